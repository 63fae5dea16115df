%% a compile error (unbound variable) is reported on stdout, quoted, exit 127
-module(lint_error).
-export([main/1]).
-mode(compile).
main(_) ->
    io:format("~p~n", [X]).
