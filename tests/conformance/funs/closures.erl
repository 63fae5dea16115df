%% closures capturing variables, funs returning funs, composition, currying
-module(closures).
-export([main/1]).
-mode(compile).

main(_) ->
    X = 10,
    AddX = fun(Y) -> X + Y end,
    io:format("~p~n", [AddX(5)]),
    Adders = [fun(Y) -> N + Y end || N <- lists:seq(1, 5)],
    io:format("~p~n", [[F(100) || F <- Adders]]),
    Compose = fun(F, G) -> fun(V) -> F(G(V)) end end,
    Inc = fun(V) -> V + 1 end,
    Dbl = fun(V) -> V * 2 end,
    io:format("~p ~p~n", [(Compose(Inc, Dbl))(5), (Compose(Dbl, Inc))(5)]),
    Pipeline = lists:foldl(Compose, fun(V) -> V end, [Inc, Dbl, Inc, Dbl]),
    io:format("~p~n", [Pipeline(1)]),
    Curry = fun(A) -> fun(B) -> fun(C) -> {A, B, C} end end end,
    io:format("~p~n", [((Curry(1))(2))(3)]),
    MakeCounter = fun(Start) -> fun(step) -> Start + 1; (peek) -> Start end end,
    C = MakeCounter(41),
    io:format("~p ~p~n", [C(step), C(peek)]),
    Big = lists:seq(1, 100),
    SumBig = fun() -> lists:sum(Big) end,
    io:format("~p~n", [SumBig()]),
    {A1, B1} = {fun() -> X * 2 end, fun(Z) -> {X, Z} end},
    io:format("~p ~p~n", [A1(), B1(z)]),
    Shadow = fun(X2) -> fun(X3) -> X2 - X3 end end,
    io:format("~p~n", [(Shadow(10))(3)]),
    io:format("~p~n", [(fun() -> (fun() -> (fun() -> deep end)() end)() end)()]),
    Self = self(),
    spawn(fun() -> Self ! {from_closure, X, AddX(1)} end),
    io:format("~p~n", [receive M -> M end]),
    Acc = lists:foldl(fun(E, Fs) -> [fun() -> E * E end | Fs] end, [], [1, 2, 3]),
    io:format("~p~n", [[F() || F <- Acc]]),
    io:format("~p~n", [apply(AddX, [1])]),
    io:format("~p~n", [[is_function(AddX), is_function(AddX, 1), is_function(AddX, 2)]]),
    io:format("~p~n", [AddX =:= AddX]),
    ok.
