%% minierl run examples/hello.erl world
-module(hello).
-export([main/1]).

main([]) ->
    io:format("Hello, world!~n");
main(Names) ->
    [io:format("Hello, ~s!~n", [Name]) || Name <- Names],
    ok.
