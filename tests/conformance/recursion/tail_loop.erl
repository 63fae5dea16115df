%% long tail-recursive loops must run in constant stack (10 million iterations)
-module(tail_loop).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [count(10000000, 0)]),
    io:format("~p~n", [sum_to(10000000, 0)]),
    io:format("~p~n", [is_even(1000001)]),
    io:format("~p~n", [collatz_max(100000)]),
    io:format("~p~n", [loop_with_case(3000000, 0)]),
    io:format("~p~n", [float_loop(1000000, 0.0)]),
    ok.

count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

sum_to(0, Acc) -> Acc;
sum_to(N, Acc) -> sum_to(N - 1, Acc + N).

%% mutual tail recursion
is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

collatz_max(N) -> collatz_max(N, 1, 0, 0).
collatz_max(0, _, Best, BestLen) -> {Best, BestLen};
collatz_max(N, _, Best, BestLen) ->
    L = collatz_len(N, 1),
    if L > BestLen -> collatz_max(N - 1, 0, N, L);
       true -> collatz_max(N - 1, 0, Best, BestLen)
    end.

collatz_len(1, L) -> L;
collatz_len(N, L) when N rem 2 =:= 0 -> collatz_len(N div 2, L + 1);
collatz_len(N, L) -> collatz_len(3 * N + 1, L + 1).

loop_with_case(0, Acc) -> Acc;
loop_with_case(N, Acc) ->
    case N rem 3 of
        0 -> loop_with_case(N - 1, Acc + 1);
        1 -> loop_with_case(N - 1, Acc - 1);
        _ -> loop_with_case(N - 1, Acc)
    end.

float_loop(0, Acc) -> Acc;
float_loop(N, Acc) -> float_loop(N - 1, Acc + 1.0 / N).
