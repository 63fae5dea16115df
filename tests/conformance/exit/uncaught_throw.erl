%% an uncaught throw in main exits with status 127
-module(uncaught_throw).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("throwing~n"),
    try throw(inner) catch throw:inner -> io:format("inner caught~n") end,
    throw({not_caught, [1, 2, 3]}).
