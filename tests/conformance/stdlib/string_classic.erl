%% classic (list-based) string functions
-module(string_classic).
-export([main/1]).
-mode(compile).

main(_) ->
    S = "  Hello, World!  ",
    p(string:tokens("a,b,,c", ",")),
    p(string:tokens("  split  on   spaces ", " ")),
    p(string:tokens("a-b_c", "-_")),
    p(string:join(["x", "y", "z"], "/")),
    p(string:join([], "/")),
    p([string:str("hello world", "o"), string:rstr("hello world", "o"), string:str("abc", "z")]),
    p([string:chr("hello", $l), string:rchr("hello", $l), string:chr("hello", $z)]),
    p([string:substr("hello world", 7), string:substr("hello world", 1, 5)]),
    p([string:sub_string("hello world", 1, 5), string:sub_string("hello world", 7)]),
    p([string:strip(S), string:strip(S, left), string:strip(S, right), string:strip("xxhixx", both, $x)]),
    p([string:left("abc", 6), string:left("abc", 6, $.), string:left("abcdef", 3)]),
    p([string:right("abc", 6), string:right("abc", 6, $.), string:right("abcdef", 3)]),
    p([string:centre("abc", 9), string:centre("abc", 8, $*), string:centre("abcdef", 3)]),
    p([string:chars($x, 3), string:chars($x, 3, "tail"), string:copies("ab", 3)]),
    p([string:words("the quick  brown fox"), string:words("a,b,c", $,)]),
    p([string:sub_word("the quick brown fox", 2), string:sub_word("a,b,c", 3, $,)]),
    p([string:to_lower("MiXeD 123"), string:to_upper("MiXeD 123"), string:to_upper($a), string:to_lower($Z)]),
    p([string:concat("ab", "cd"), string:len("hello"), string:len("")]),
    p([string:span("123abc", "0123456789"), string:cspan("abc123", "0123456789")]),
    p([string:to_integer("42 rest"), string:to_integer("-7"), string:to_integer("abc"), string:to_integer("")]),
    p([string:to_float("3.14 rest"), string:to_float("1e5"), string:to_float("2.5e3x"), string:to_float("12")]),
    ok.

p(X) -> io:format("~p~n", [X]).
