%% the catch expression: values, throws, errors ({'EXIT',{R,Stack}}) and exits ({'EXIT',R})
-module(catch_expr).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [catch 1 + 2]),
    io:format("~p~n", [catch throw(thrown_value)]),
    io:format("~p~n", [catch exit(exit_reason)]),
    io:format("~p~n", [catch exit({complex, [1]})]),
    {'EXIT', {Reason, Stack}} = catch error(err_reason),
    io:format("~p ~p~n", [Reason, is_list(Stack)]),
    {'EXIT', {badarith, _}} = catch 1 / id(0),
    io:format("badarith caught~n"),
    {'EXIT', {{badmatch, 2}, _}} = catch (1 = id(2)),
    io:format("badmatch caught~n"),
    X = (catch throw(ok)),
    io:format("~p~n", [X]),
    io:format("~p~n", [catch throw({'EXIT', fake})]),
    io:format("~p~n", [[catch throw(N) || N <- [1, 2, 3]]]),
    io:format("~p~n", [catch catch throw(nested)]),
    io:format("~p~n", [catch id(normal_value)]),
    io:format("~p~n", [(catch exit(normal))]),
    io:format("~p~n", [element(1, catch error(x))]),
    Y = catch 10,
    io:format("~p~n", [Y]),
    io:format("~p~n", [catch begin put(k, v), throw(after_put) end]),
    io:format("~p~n", [get(k)]),
    io:format("~p~n", [catch lists:foldl(fun(E, _) when E > 2 -> throw({found, E}); (_, A) -> A end, none, [1, 2, 3, 4])]),
    ok.

id(X) -> X.
