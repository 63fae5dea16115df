%% halt(0) after output: exit status 0 and nothing after the halt runs
-module(halt_zero).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("before halt~n"),
    erlang:halt(0),
    io:format("never printed~n").
