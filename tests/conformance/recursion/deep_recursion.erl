%% body (non-tail) recursion one million deep must not overflow
-module(deep_recursion).
-export([main/1]).
-mode(compile).

main(_) ->
    L = seq(1, 1000000),
    io:format("~p~n", [len(L)]),
    io:format("~p~n", [sum(L)]),
    Doubled = double_all(L),
    io:format("~p ~p~n", [hd(Doubled), lists:last(Doubled)]),
    io:format("~p~n", [depth(1000000)]),
    io:format("~p~n", [length(append(L, [x, y]))]),
    io:format("~p~n", [nested_tuple_depth(build_nested(100000))]),
    io:format("~p~n", [length(lists:seq(1, 2000000))]),
    io:format("~p~n", [length(lists:map(fun(X) -> X + 1 end, L))]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> X + A end, 0, L)]),
    ok.

seq(N, M) when N > M -> [];
seq(N, M) -> [N | seq(N + 1, M)].

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

sum([]) -> 0;
sum([H | T]) -> H + sum(T).

double_all([]) -> [];
double_all([H | T]) -> [H * 2 | double_all(T)].

depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).

append([], Ys) -> Ys;
append([X | Xs], Ys) -> [X | append(Xs, Ys)].

build_nested(0) -> leaf;
build_nested(N) -> {node, build_nested(N - 1)}.

nested_tuple_depth(leaf) -> 0;
nested_tuple_depth({node, T}) -> 1 + nested_tuple_depth(T).
