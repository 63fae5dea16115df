%% if expressions with guard sequences and if_clause
-module(if_expr).
-export([main/1]).
-mode(compile).

main(_) ->
    lists:foreach(fun(X) -> io:format("~p: ~p~n", [X, sign(X)]) end, [-2, 0, 3, 1.5, -0.0]),
    lists:foreach(fun(X) -> io:format("~p: ~p~n", [X, fizz(X)]) end, lists:seq(1, 16)),
    One = id(1), A = id(a), B = id(c), Nil = id([]), Pair = id([1, 2]),
    io:format("~p~n", [t(fun() -> if One > 2 -> yes end end)]),
    io:format("~p~n", [t(fun() -> V = id(x), if is_integer(V) -> int; is_float(V) -> float end end)]),
    io:format("~p~n", [if A =:= a, B =:= b -> both; A =:= a -> only_a; true -> neither end]),
    io:format("~p~n", [if length(Pair) == 2 -> two; true -> other end]),
    %% a guard that raises is just false
    io:format("~p~n", [if hd(Nil) =:= 1 -> bad; true -> guard_failed end]),
    io:format("~p~n", [if One / 0 > 1 -> bad; One =:= 1 -> second_branch end]),
    ok.

sign(X) ->
    if X > 0 -> positive;
       X < 0 -> negative;
       true -> zero
    end.

fizz(N) ->
    if N rem 15 =:= 0 -> fizzbuzz;
       N rem 5 =:= 0 -> buzz;
       N rem 3 =:= 0 -> fizz;
       true -> N
    end.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
