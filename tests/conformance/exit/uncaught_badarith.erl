%% uncaught badarith deep in a call chain
-module(uncaught_badarith).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [compute(3)]),
    io:format("~p~n", [compute(0)]).

compute(N) -> 100 div N + helper(N).
helper(N) -> N * 2.
