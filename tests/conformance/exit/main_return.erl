%% main/1 may return any value; the exit status is still 0
-module(main_return).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("returning a tuple~n"),
    {error, this_is_ignored}.
