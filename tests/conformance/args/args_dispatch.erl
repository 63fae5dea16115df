%% pattern match on the argument list like a command line tool
-module(args_dispatch).
-export([main/1]).
-mode(compile).

main(["greet", Name | Rest]) ->
    io:format("Hello, ~s!~n", [Name]),
    io:format("extra: ~p~n", [Rest]),
    main_opts(Rest, #{});
main(_) ->
    io:format("usage~n"),
    halt(2).

main_opts([], Opts) -> io:format("~p~n", [Opts]);
main_opts(["-v" | T], Opts) -> main_opts(T, Opts#{verbose => true});
main_opts(["-n", N | T], Opts) -> main_opts(T, Opts#{n => list_to_integer(N)});
main_opts([Other | T], Opts) -> main_opts(T, Opts#{Other => unknown}).
