%% benchmark: a 50 million iteration tail-recursive loop (the dispatch loop and reductions)
-module(tail_loop).
-export([main/1]).
-mode(compile).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    R = loop(50000000, 0),
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p~n", [R]),
    io:format("time_us: ~p~n", [T1 - T0]).

%% the accumulator stays a small integer: (Acc + N) band 16#FFFFFFF
loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, (Acc + N) band 16#FFFFFFF).
