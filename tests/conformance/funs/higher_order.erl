%% higher-order functions from lists and hand-written ones, apply/2,3
-module(higher_order).
-export([main/1, add/2]).
-mode(compile).

main(_) ->
    L = lists:seq(1, 10),
    io:format("~p~n", [lists:map(fun(X) -> X * X end, L)]),
    io:format("~p~n", [lists:filter(fun(X) -> X rem 3 =:= 0 end, L)]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:foldl(fun(X, {S, P}) -> {S + X, P * X} end, {0, 1}, L)]),
    io:format("~p~n", [lists:mapfoldl(fun(X, Acc) -> {X * 2, Acc + X} end, 0, L)]),
    io:format("~p~n", [lists:mapfoldr(fun(X, Acc) -> {{X, Acc}, Acc + 1} end, 0, [a, b, c])]),
    io:format("~p~n", [lists:filtermap(fun(X) when X > 7 -> {true, -X}; (X) -> X rem 2 =:= 0 end, L)]),
    io:format("~p~n", [lists:flatmap(fun(X) -> lists:duplicate(X, X) end, [1, 2, 3])]),
    io:format("~p~n", [[lists:all(fun is_integer/1, L), lists:any(fun(X) -> X > 9 end, L), lists:all(fun(X) -> X > 1 end, [])]]),
    io:format("~p~n", [lists:takewhile(fun(X) -> X < 4 end, L)]),
    io:format("~p~n", [lists:dropwhile(fun(X) -> X < 8 end, L)]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X < 3 end, L)]),
    io:format("~p~n", [lists:partition(fun(X) -> X rem 2 =:= 0 end, L)]),
    io:format("~p~n", [lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6])]),
    io:format("~p~n", [lists:zipwith3(fun(A, B, C) -> A + B + C end, [1, 2], [3, 4], [5, 6])]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A > B end, L)]),
    io:format("~p~n", [lists:search(fun(X) -> X > 4 end, L)]),
    io:format("~p~n", [lists:search(fun(X) -> X > 40 end, L)]),
    lists:foreach(fun(X) -> io:format("~p,", [X]) end, L),
    io:format("~n"),
    io:format("~p~n", [[apply(fun add/2, [1, 2]), apply(?MODULE, add, [3, 4]), apply(lists, max, [[3, 9, 2]])]]),
    io:format("~p~n", [erlang:apply(erlang, '+', [1, 2])]),
    io:format("~p~n", [my_map(fun(X) -> {X} end, [a, b])]),
    io:format("~p~n", [my_reduce(fun erlang:max/2, [3, 1, 4, 1, 5, 9, 2, 6])]),
    io:format("~p~n", [(compose_all([fun(X) -> X + 1 end, fun(X) -> X * 10 end, fun(X) -> X - 3 end]))(5)]),
    io:format("~p~n", [lists:foldl(fun(F, Acc) -> F(Acc) end, 2, [fun(X) -> X * X end || _ <- lists:seq(1, 5)])]),
    io:format("~p~n", [lists:keymap(fun(X) -> X * 100 end, 2, [{a, 1}, {b, 2}])]),
    io:format("~p~n", [lists:uniq(fun(X) -> X rem 3 end, L)]),
    ok.

add(A, B) -> A + B.

my_map(_, []) -> [];
my_map(F, [H | T]) -> [F(H) | my_map(F, T)].

my_reduce(F, [H | T]) -> lists:foldl(F, H, T).

compose_all(Fs) -> lists:foldr(fun(F, Acc) -> fun(X) -> Acc(F(X)) end end, fun(X) -> X end, Fs).
