%% string: the classic API (flat lists) with edge cases and the errors OTP raises
-module(string_classic_edges).
-export([main/1]).
-mode(compile).

t(Name, F) ->
    try F() of V -> io:format("~s: ~w~n", [Name, V])
    catch C:R -> io:format("~s: ~w~n", [Name, {C, R}])
    end.

main(_) ->
    t("tokens", fun() -> [string:tokens(S, Sep) || {S, Sep} <- [{"a b  c", " "}, {"", " "}, {"abc", ""}, {",a,,b,", ","}, {"a;b,c", ",;"}]] end),
    t("tokens_bad", fun() -> string:tokens(<<"a b">>, " ") end),
    t("join", fun() -> [string:join(L, Sep) || {L, Sep} <- [{["a", "b", "c"], ", "}, {[], ","}, {["x"], ","}, {["", ""], "-"}]] end),
    t("join_bad", fun() -> string:join(["a", b], ",") end),
    t("words", fun() -> [string:words("  hello  big world "), string:words("a-b--c", $-), string:words(""), string:words("   ")] end),
    t("sub_word", fun() -> [string:sub_word(" hello big world", 2), string:sub_word("a-b-c", 3, $-), string:sub_word("abc", 2)] end),
    t("substr", fun() -> [string:substr("hello", 2), string:substr("hello", 2, 3), string:substr("hello", 6), string:substr("hello", 1, 0), string:substr("hi", 1, 10)] end),
    t("substr_bad0", fun() -> string:substr("hello", 0) end),
    t("substr_bad7", fun() -> string:substr("hello", 7) end),
    t("sub_string", fun() -> [string:sub_string("hello world", 7), string:sub_string("hello world", 1, 5)] end),
    t("str", fun() -> [string:str("hello", "ll"), string:str("hello", "z"), string:str("hello", ""), string:str("", "a"), string:str("abab", "ab")] end),
    t("rstr", fun() -> [string:rstr("abab", "ab"), string:rstr("hello", "z"), string:rstr("hello", "")] end),
    t("chr", fun() -> [string:chr("hello", $l), string:chr("hello", $z), string:rchr("hello", $l), string:rchr("", $a)] end),
    t("strip", fun() -> [string:strip("  a b  "), string:strip("  a b  ", left), string:strip("  a b  ", right), string:strip("xxaxx", both, $x), string:strip("")] end),
    t("strip_bad", fun() -> string:strip("a", middle) end),
    t("left", fun() -> [string:left("abc", 5), string:left("abcdef", 3), string:left("abc", 5, $.), string:left("", 2)] end),
    t("right", fun() -> [string:right("abc", 5), string:right("abcdef", 3), string:right("abc", 5, $.)] end),
    t("centre", fun() -> [string:centre("abc", 7), string:centre("abc", 6), string:centre("abcdef", 3), string:centre("ab", 5, $*), string:centre("", 0)] end),
    t("copies", fun() -> [string:copies("ab", 3), string:copies("ab", 0), string:copies("", 5)] end),
    t("copies_bad", fun() -> string:copies("ab", -1) end),
    t("chars", fun() -> [string:chars($a, 3), string:chars($a, 0), string:chars($b, 2, "tail")] end),
    t("case", fun() -> [string:to_upper("hello \xe9\xff"), string:to_lower("HELLO \xc9"), string:to_upper($a), string:to_lower($Z), string:to_upper("\x{101}")] end),
    t("span", fun() -> [string:span("  abc", " "), string:span("abc", "ab"), string:cspan("abc d", " "), string:cspan("abc", "x")] end),
    t("len", fun() -> [string:len("abc"), string:len("")] end),
    t("concat", fun() -> [string:concat("ab", "cd"), string:concat("", "")] end),
    t("equal", fun() -> [string:equal("a", "a"), string:equal("a", <<"a">>), string:equal(<<"a">>, <<"b">>)] end),
    t("list_to_integer", fun() -> [string:list_to_integer(S) || S <- ["12ab", "-3", "+", "x", "1.5"]] end),
    t("list_to_float", fun() -> [string:list_to_float(S) || S <- ["1.5x", "1", "1.5e10", "-0.5", "2.e3"]] end),
    t("list_to_integer_bad", fun() -> string:list_to_integer(<<"1">>) end),
    ok.
