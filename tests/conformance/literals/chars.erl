%% character literals ($a, escapes) and when ~p prints a list as a string
-module(chars).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [$a, $A, $0, $\n, $\t, $\s, $\\, $\', $", $\0, $\177, $\x41, $\x{1F600}, $\^a, $\^Z,
         $\^@, $ , $\e, $\d, $\b, $\f, $\v, $\r, $\101, $\7, $\x{ff}, $é, $\x{100}],
    lists:foreach(fun(C) -> io:format("~w~n", [C]) end, L),
    io:format("~w~n", [L]),
    io:format("~p~n", [[$a, $b, $c]]),
    io:format("~p~n", [[$h, $i, $\n]]),
    io:format("~p~n", [[$a, 1]]),
    io:format("~p~n", [[$a, 0]]),
    io:format("~p~n", [[7, 8, 9, 10, 11, 12, 13, 27]]),
    io:format("~p~n", [[6]]),
    io:format("~p~n", [[127]]),
    io:format("~p~n", [[160, 161, 255]]),
    io:format("~p~n", [[128, 159]]),
    io:format("~p~n", [[$a | $b]]),
    io:format("~p~n", [[$", $\\, $']]),
    io:format("~w~n", ["abc"]),
    io:format("~p~n", [[]]),
    io:format("~p~n", [[[]]]),
    io:format("~p~n", [["abc", "def"]]),
    io:format("~p~n", [["abc" | "def"]]),
    io:format("~p~n", [io_lib:printable_list("hello")]),
    io:format("~p~n", [io_lib:printable_list([1, 2])]),
    io:format("~p~n", [io_lib:printable_latin1_list([200])]),
    io:format("~p~n", [io_lib:printable_unicode_list([1000])]),
    ok.
