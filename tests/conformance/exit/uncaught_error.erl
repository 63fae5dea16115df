%% an uncaught error in main: stdout so far is kept, exit status 127
-module(uncaught_error).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("about to fail~n"),
    X = lists:sum([1, 2, 3]),
    io:format("sum ~p~n", [X]),
    {ok, _} = id({error, X}),
    io:format("unreachable~n").

id(X) -> X.
