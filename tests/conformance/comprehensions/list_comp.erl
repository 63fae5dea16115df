%% list comprehensions: generators, filters, multiple generators, pattern generators
-module(list_comp).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[X * 2 || X <- [1, 2, 3]]]),
    io:format("~p~n", [[X || X <- lists:seq(1, 20), X rem 3 =:= 0, X rem 2 =:= 0]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], Y <- lists:seq(X, 3)]]),
    io:format("~p~n", [[{X, Y, Z} || X <- lists:seq(1, 20), Y <- lists:seq(X, 20), Z <- lists:seq(Y, 20),
                                      X * X + Y * Y =:= Z * Z]]),
    io:format("~p~n", [[V || {ok, V} <- [{ok, 1}, {error, 2}, {ok, 3}, ok, {ok, 4, 5}]]]),
    io:format("~p~n", [[K || {K, K} <- [{a, a}, {a, b}, {1, 1}, {1, 1.0}]]]),
    io:format("~p~n", [[X || X <- [1, a, "s", 2.0, {}], is_number(X)]]),
    io:format("~p~n", [[X || X <- [], X > 1]]),
    io:format("~p~n", [[x || _ <- lists:seq(1, 3)]]),
    io:format("~p~n", [[X || X <- [1, 2, 3], true]]),
    io:format("~p~n", [[X || X <- [1, 2, 3], id(false)]]),
    io:format("~p~n", [qsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]),
    io:format("~p~n", [perms([a, b, c])]),
    io:format("~p~n", [[[Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)]]),
    Y = 2,
    io:format("~p~n", [[X || {X, Y2} <- [{a, 1}, {b, 2}, {c, 2}], Y2 =:= Y]]),
    io:format("~p~n", [[X || X <- [1, 2, 3], X =/= Y]]),
    io:format("~p~n", [[{I, C} || {I, C} <- lists:zip(lists:seq(1, 3), "abc")]]),
    io:format("~p~n", [[X || X <- "hello world", X =/= $o]]),
    io:format("~p~n", [[X + Y2 || X <- [1, 2], Y2 <- [10, 20], X + Y2 > 12]]),
    io:format("~p~n", [length([ok || _ <- lists:seq(1, 100000)])]),
    io:format("~p~n", [[catch 1 / X || X <- [1, 2]]]),
    io:format("~p~n", [[X || X <- [3, 1, 2], is_integer(X), X > 1]]),
    io:format("~p~n", [[{A, B} || <<A, B>> <= <<1, 2, 3, 4>>, A < B]]),
    io:format("~p~n", [[H || [H | _] <- ["abc", [], "de", [x]]]]),
    io:format("~p~n", [[X || #{x := X} <- [#{x => 1}, #{}, #{x => 2}]]]),
    io:format("~p~n", [t(fun() -> [X || X <- id(not_a_list)] end)]),
    io:format("~p~n", [t(fun() -> [X || X <- id([1 | 2])] end)]),
    io:format("~p~n", [t(fun() -> [X || X <- [1, 2], id(X)] end)]),
    ok.

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
