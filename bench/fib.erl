%% benchmark: naive doubly recursive fib(30) (calls and small-integer arithmetic)
-module(fib).
-export([main/1]).
-mode(compile).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    R = fib(30),
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p~n", [R]),
    io:format("time_us: ~p~n", [T1 - T0]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
