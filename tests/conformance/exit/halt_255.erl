%% halt(255) inside try/after: halting is not an exception, the after clause does not run
-module(halt_255).
-export([main/1]).
-mode(compile).

main(_) ->
    try
        io:format("in try~n"),
        halt(255)
    catch
        _:_ -> io:format("caught?~n")
    after
        io:format("after?~n")
    end.
