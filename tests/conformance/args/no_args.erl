%% with no arguments main/1 gets []
-module(no_args).
-export([main/1]).
-mode(compile).

main(Args) ->
    io:format("~p ~p~n", [Args, Args =:= []]).
