%% string literals: escapes, concatenation of adjacent literals, lists of codes
-module(strings).
-export([main/1]).
-mode(compile).

main(_) ->
    S = "tab\there\nnewline \"quoted\" back\\slash \'single\' \e\d\s\b\f\v\r\0end",
    io:format("~w~n", [S]),
    io:format("~p~n", [S]),
    io:format("~p~n", ["adjacent" " literals" " joined"]),
    io:format("~p~n", ["\x41\x{42}\103\1010"]),
    io:format("~p~n", ["\^A\^z\^["]),
    io:format("~p~n", [length("héllo")]),
    io:format("~w~n", ["héllo"]),
    io:format("~w~n", ["\x{3b1}\x{3b2}"]),
    io:format("~p~n", ["\x{3b1}\x{3b2}"]),
    io:format("~tp~n", ["abc\x{3b1}"]),
    io:format("~p~n", [""]),
    io:format("~p~n", ["a" ++ "b" ++ [] ++ "c"]),
    io:format("~p~n", [[$a | "bc"]]),
    io:format("~p~n", ["abc" -- "b"]),
    io:format("~p~n", [<<"binary string">>]),
    io:format("~p~n", [<<"with \"escapes\"\n">>]),
    io:format("~p~n", [<<"héllo"/utf8>>]),
    io:format("~p~n", [<<"héllo">>]),
    io:format("~p~n", [<<1, 2, 3>>]),
    io:format("~p~n", [<<"abc", 0>>]),
    io:format("~p~n", [<<>>]),
    io:format("~s~n", ["plain ~s arg"]),
    io:format("~s~n", [<<"binary ~s arg">>]),
    io:format("~s~n", [["i", "o", $l, <<"ist">>, [[[$!]]]]]),
    io:format("~p~n", [lists:flatten(["a", ["b", ["c"]], "d"])]),
    io:format("~p~n", [unicode:characters_to_list(<<"h\xc3\xa9">>)]),
    io:format("~p~n", [unicode:characters_to_binary("h\x{e9}")]),
    io:format("~p~n", [unicode:characters_to_binary("\x{3b1}")]),
    ok.
