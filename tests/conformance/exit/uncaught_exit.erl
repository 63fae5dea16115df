%% exit(normal) in main is still an uncaught exception for escript: status 127
-module(uncaught_exit).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("exiting normally?~n"),
    exit(normal).
