%% benchmark: lists:sort/1 of one million pseudo-random integers from an LCG (no rand module)
-module(sort).
-export([main/1]).
-mode(compile).

-define(N, 1000000).

main(_) ->
    Input = lcg(?N, 12345, []),
    T0 = erlang:monotonic_time(microsecond),
    Sorted = lists:sort(Input),
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p ~p ~p ~p~n", [length(Sorted), hd(Sorted), lists:last(Sorted), weighted(Sorted, 1, 0)]),
    io:format("time_us: ~p~n", [T1 - T0]).

%% Numerical Recipes LCG, kept to 32 bits so every value stays a small integer
lcg(0, _, Acc) -> Acc;
lcg(N, X, Acc) ->
    X1 = (1664525 * X + 1013904223) band 16#FFFFFFFF,
    lcg(N - 1, X1, [X1 bsr 4 | Acc]).

weighted([], _, Acc) -> Acc;
weighted([H | T], I, Acc) -> weighted(T, I + 1, (Acc + H * I) band 16#FFFFFFFFFFFF).
