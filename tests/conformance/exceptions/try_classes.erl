%% try/catch with every class, default class (throw), and class-specific clauses
-module(try_classes).
-export([main/1]).
-mode(compile).

main(_) ->
    Raisers = [fun() -> throw(t) end, fun() -> error(e) end, fun() -> exit(x) end,
               fun() -> throw({complex, [1, 2]}) end, fun() -> error({badmatch, 1}) end,
               fun() -> exit(normal) end, fun() -> ok end, fun() -> 1 / id(0) end],
    lists:foreach(fun(F) -> io:format("~p~n", [classify(F)]) end, Raisers),
    lists:foreach(fun(F) -> io:format("~p~n", [only_throw(F)]) end, Raisers),
    io:format("~p~n", [try throw(1) catch 1 -> one; 2 -> two end]),
    io:format("~p~n", [try throw(2) catch 1 -> one; 2 -> two end]),
    io:format("~p~n", [try try throw(3) catch 1 -> one end catch X -> {outer, X} end]),
    io:format("~p~n", [try try error(inner) catch throw:_ -> wrong end catch error:Y -> {outer_error, Y} end]),
    io:format("~p~n", [try exit(ex) catch error:_ -> err; exit:ex -> matched_exit end]),
    io:format("~p~n", [try error(badarg) catch error:badarg -> badarg_atom end]),
    io:format("~p~n", [try id(5) catch _:_ -> caught end]),
    io:format("~p~n", [try id(5), id(6) catch _:_ -> caught end]),
    io:format("~p~n", [try throw(x) catch Class:Reason -> {Class, Reason} end]),
    io:format("~p~n", [try error(x) catch Class2:Reason2:_ -> {Class2, Reason2} end]),
    io:format("~p~n", [try throw(guarded) catch throw:G when is_atom(G) -> {atom, G}; throw:G -> {other, G} end]),
    io:format("~p~n", [try throw(42) catch throw:G2 when is_atom(G2) -> {atom, G2}; throw:G2 -> {other, G2} end]),
    Cl = id(error),
    io:format("~p~n", [try erlang:Cl(dynamic) catch error:dynamic -> dynamic_class end]),
    ok.

classify(F) ->
    try F() of
        V -> {returned, V}
    catch
        throw:T -> {thrown, T};
        error:E -> {error, E};
        exit:X -> {exit, X}
    end.

only_throw(F) ->
    try
        try F() catch Thrown -> {caught_throw, Thrown} end
    catch
        C:R -> {escaped, C, R}
    end.

id(X) -> X.
