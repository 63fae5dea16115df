%% main/1 receives the command line arguments as a list of strings
-module(echo_args).
-export([main/1]).
-mode(compile).

main(Args) ->
    io:format("~p~n", [Args]),
    io:format("count: ~p~n", [length(Args)]),
    lists:foreach(fun({I, A}) -> io:format("~p: ~s (~p chars)~n", [I, A, length(A)]) end,
                  lists:zip(lists:seq(1, length(Args)), Args)).
