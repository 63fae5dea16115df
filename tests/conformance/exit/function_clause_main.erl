%% main/1 has no clause matching the arguments: uncaught function_clause, status 127
-module(function_clause_main).
-export([main/1]).
-mode(compile).

main(["expected"]) ->
    io:format("matched~n").
