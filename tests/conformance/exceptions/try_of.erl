%% try ... of ... catch: try_clause, exceptions in the of-branch are not caught by the same try
-module(try_of).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [f(1)]),
    io:format("~p~n", [f(2)]),
    io:format("~p~n", [f(3)]),
    io:format("~p~n", [t(fun() -> f(4) end)]),
    io:format("~p~n", [t(fun() -> f(5) end)]),
    io:format("~p~n", [t(fun() -> f(6) end)]),
    io:format("~p~n", [t(fun() -> try id(zzz) of a -> a after ok end end)]),
    io:format("~p~n", [t(fun() -> try id({x, 1}) of {y, _} -> y after ok end end)]),
    io:format("~p~n", [try id([1, 2]) of [H | _] when H > 0 -> {head, H}; _ -> other catch _ -> no end]),
    io:format("~p~n", [try id(1) of X -> X + 1 catch _ -> no end]),
    ok.

f(N) ->
    try g(N) of
        ok -> was_ok;
        {value, V} -> {value, V};
        boom -> throw(from_of_branch);
        err -> error(from_of_branch)
    catch
        throw:T -> {caught, T}
    end.

g(1) -> ok;
g(2) -> {value, 2};
g(3) -> throw(from_body);
g(4) -> unexpected;
g(5) -> boom;
g(6) -> err.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
