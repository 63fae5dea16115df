%% "prefix" ++ Rest patterns, char patterns, strings in case
-module(string_prefix).
-export([main/1]).
-mode(compile).

main(_) ->
    Cmds = ["get key1", "set key2 value", "del", "delete x", "", "GET x", "get", "getx"],
    lists:foreach(fun(C) -> io:format("~p -> ~p~n", [C, parse(C)]) end, Cmds),
    io:format("~p~n", [[digit(C) || C <- "a1Z9 "]]),
    io:format("~p~n", [strip_prefix("http://example.com")]),
    io:format("~p~n", [strip_prefix("https://example.com")]),
    io:format("~p~n", [strip_prefix("ftp://x")]),
    io:format("~p~n", [[$a, $b | "cd"] =:= "abcd"]),
    case "hello world" of
        "hello" ++ Rest -> io:format("rest=~p~n", [Rest])
    end,
    case "x" of
        [$x] -> io:format("char list match~n")
    end,
    ok.

parse("get " ++ Key) -> {get, Key};
parse("set " ++ Rest) ->
    [K, V] = string:split(Rest, " "),
    {set, K, V};
parse("del" ++ "ete " ++ X) -> {delete, X};
parse("del") -> del;
parse([]) -> empty;
parse([C | _]) when C >= $A, C =< $Z -> upper;
parse(_) -> unknown.

digit(C) when C >= $0, C =< $9 -> C - $0;
digit($Z) -> zed;
digit($\s) -> space;
digit(_) -> no.

strip_prefix("http://" ++ R) -> {http, R};
strip_prefix("https://" ++ R) -> {https, R};
strip_prefix(Other) -> {other, Other}.
