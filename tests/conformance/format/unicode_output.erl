%% unicode in ~tp/~ts versus ~p/~s on a latin1 standard_io (escript's default)
-module(unicode_output).
-export([main/1]).
-mode(compile).

main(_) ->
    Latin = "café",
    Greek = [945, 946, 947],
    Bin8 = <<"naïve €"/utf8>>,
    io:format("~p ~tp~n", [Latin, Latin]),
    io:format("~p ~tp~n", [Greek, Greek]),
    io:format("~s|~ts~n", [Latin, Latin]),
    io:format("~ts~n", [Greek]),
    io:format("~p~n", [Bin8]),
    io:format("~tp~n", [Bin8]),
    io:format("~s~n", [Bin8]),
    io:format("~ts~n", [Bin8]),
    io:format("~w~n", [Bin8]),
    io:format("~tw~n", [Greek]),
    io:format("~p~n", ['atom_é']),
    io:format("~p~n", ['αβ']),
    io:format("~tp~n", ['αβ']),
    io:format("~tc~n", [8364]),
    io:format("~c~n", [233]),
    io:format("[~5ts]~n", [Greek]),
    io:format("[~-5ts]~n", [Greek]),
    io:format("~p~n", [io:getopts(standard_io)]),
    io:format("~p~n", [length(lists:flatten(io_lib:format("~ts", [Greek])))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~tp", [Greek]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [Greek]))]),
    io:format("~p~n", [[unicode:characters_to_list(Bin8)]]),
    io:format("~tp~n", [[unicode:characters_to_list(Bin8)]]),
    ok.
