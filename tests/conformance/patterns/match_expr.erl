%% = as expression and as alias pattern, repeated variables, bound variables in patterns
-module(match_expr).
-export([main/1]).
-mode(compile).

main(_) ->
    {A, B} = {1, 2},
    [C | D] = [3, 4, 5],
    {E, _, E} = {same, middle, same},
    X = Y = Z = 7,
    io:format("~p~n", [[A, B, C, D, E, X, Y, Z]]),
    T = {P, Q} = {10, 20},
    io:format("~p ~p ~p~n", [T, P, Q]),
    {R, S} = T2 = {30, 40},
    io:format("~p ~p ~p~n", [R, S, T2]),
    [First | _] = L = lists:seq(1, 5),
    io:format("~p ~p~n", [First, L]),
    V = 5,
    io:format("~p~n", [[case W of V -> bound_match; _ -> no end || W <- [4, 5, 6]]]),
    io:format("~p~n", [aliasp({pt, 1, 2})]),
    io:format("~p~n", [aliasp({pt, 3, 3})]),
    io:format("~p~n", [aliasp([1, 2, 3])]),
    io:format("~p~n", [same([1, 1])]),
    io:format("~p~n", [same([1, 1.0])]),
    io:format("~p~n", [same([{a, b}, {a, b}])]),
    io:format("~p~n", [t(fun() -> {K, K} = id({1, 2}), K end)]),
    io:format("~p~n", [t(fun() -> [_, _] = id([1, 2, 3]) end)]),
    io:format("~p~n", [t(fun() -> V = id(6) end)]),
    io:format("~p~n", [t(fun() -> {ok, Val} = id({error, nope}), Val end)]),
    io:format("~p~n", [t(fun() -> "abc" = id("abd") end)]),
    io:format("~p~n", [t(fun() -> 1 = id(1.0) end)]),
    io:format("~p~n", [t(fun() -> 1.0 = id(1) end)]),
    io:format("~p~n", [t(fun() -> 0.0 = id(-0.0) end)]),
    {ok, Res} = {ok, {nested, [deep, {er}]}},
    {nested, [_, {Deep}]} = Res,
    io:format("~p~n", [Deep]),
    Val2 = case {1, 2} of {1, _} = Whole -> Whole end,
    io:format("~p~n", [Val2]),
    io:format("~p~n", [(fun({Xa, Ya} = Pair) -> {Xa + Ya, Pair} end)({3, 4})]),
    ok.

aliasp({pt, X, X} = P) -> {diagonal, P};
aliasp({pt, _, _} = P) -> {point, element(2, P)};
aliasp([_ | Rest] = All) -> {list, length(All), Rest}.

same([X, X]) -> {same, X};
same(_) -> different.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
