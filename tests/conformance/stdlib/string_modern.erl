%% modern (unicode-aware, chardata) string functions
-module(string_modern).
-export([main/1]).
-mode(compile).

main(_) ->
    p(string:split("a,b,c", ",")),
    p(string:split("a,b,c", ",", all)),
    p(string:split("a,b,c", ",", trailing)),
    p(string:split(<<"k=v=w">>, "=")),
    p(string:split("a--b--c", "--", all)),
    p(string:split("no-sep", ",")),
    p(string:trim("  padded  ")),
    p(string:trim("  padded  ", leading)),
    p(string:trim("  padded  ", trailing)),
    p(string:trim("xxhixx", both, "x")),
    p(string:trim(<<"\t\n bin \r\n">>)),
    p(string:lexemes("a  b   c", " ")),
    p(string:lexemes("a,b;c", ",;")),
    p([string:uppercase("hello"), string:lowercase("HeLLo"), string:titlecase("hello world"), string:casefold("ABC")]),
    p(string:uppercase(<<"binary">>)),
    p([string:find("hello world", "o"), string:find("hello world", "o", trailing), string:find("hello", "z")]),
    p(string:find(<<"abcabc">>, "ca")),
    p([f(string:replace("a.b.c", ".", "-")), f(string:replace("a.b.c", ".", "-", all))]),
    p(lists:flatten(string:replace("a.b.c", ".", "-", all))),
    p([string:length("hello"), string:length(<<"héllo"/utf8>>), string:length(""), string:length(["ab", <<"cd">>])]),
    p([string:slice("hello world", 6), string:slice("hello world", 0, 5), string:slice(<<"binary">>, 2, 3)]),
    p([f(string:pad("abc", 6)), f(string:pad("abc", 6, leading)), f(string:pad("abc", 7, both, $*))]),
    p(lists:flatten(string:pad("abc", 6, trailing, $.))),
    p([string:reverse("hello"), string:reverse(<<"abc">>)]),
    p([string:equal("abc", "abc"), string:equal("abc", "ABC"), string:equal("abc", "ABC", true), string:equal(<<"a">>, "a")]),
    p([string:prefix("hello world", "hello "), string:prefix("hello", "x"), string:prefix(<<"foobar">>, "foo")]),
    p([string:is_empty(""), string:is_empty(<<>>), string:is_empty([[]]), string:is_empty("a")]),
    p([string:take("abc123", "abc"), string:take("abc123", "0123456789", true), string:take("abc123", "abc", false, trailing)]),
    p([string:next_grapheme("abc"), string:next_codepoint("abc"), string:next_grapheme("")]),
    p([string:to_integer(<<"123abc">>), string:to_float("0.5 and more")]),
    p([string:chomp("line\n"), string:chomp("line\r\n"), string:chomp("line")]),
    p(string:nth_lexeme("a b c", 2, " ")),
    p(string:join(["a"], ", ")),
    p([string:str("abc", ""), string:find("abc", "")]),
    ok.

p(X) -> io:format("~p~n", [X]).

%% chardata results may be deep lists; their exact nesting is not part of the contract
f(Chars) -> unicode:characters_to_list(Chars).
