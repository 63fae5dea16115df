%% a tool that prints usage and exits 2 when the arguments are wrong
-module(usage_exit).
-export([main/1]).
-mode(compile).

main(["run"]) -> io:format("running~n");
main(Args) ->
    io:format("usage: usage_exit run (got ~p)~n", [Args]),
    halt(2).
