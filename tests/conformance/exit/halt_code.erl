%% halt(3) from a nested call: output so far is flushed, exit status 3
-module(halt_code).
-export([main/1]).
-mode(compile).

main(_) ->
    [io:format("line ~p~n", [N]) || N <- lists:seq(1, 100)],
    io:format("no newline at the end"),
    deep(5).

deep(0) -> halt(3);
deep(N) -> [N | deep(N - 1)].
