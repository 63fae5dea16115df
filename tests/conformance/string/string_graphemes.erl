%% string: grapheme clusters (combining marks, CRLF, Hangul, emoji sequences) and chardata shapes
-module(string_graphemes).
-export([main/1]).
-mode(compile).

t(F) ->
    try F() of V -> io:format("~w~n", [V])
    catch C:R -> io:format("~w~n", [{C, R}])
    end.

main(_) ->
    S1 = "e\x{301}x",
    S2 = "a\r\nb",
    S3 = "\x{1F468}\x{200D}\x{1F469}\x{200D}\x{1F467}!",
    S4 = "\x{1100}\x{1161}\x{11A8}\x{AC00}",
    S5 = "\x{1F1EB}\x{1F1F7}\x{1F1E9}\x{1F1EA}",
    S6 = "\x{1F44D}\x{1F3FD}ok",
    S7 = "\x{915}\x{94D}\x{937}",
    Ss = [S1, S2, S3, S4, S5, S6, S7, <<"e\x{301}x"/utf8>>, ["e", [<<"\x{301}"/utf8>>], $x]],
    [t(fun() -> string:length(S) end) || S <- Ss],
    [t(fun() -> string:to_graphemes(S) end) || S <- Ss],
    [t(fun() -> string:next_grapheme(S) end) || S <- Ss],
    [t(fun() -> string:next_codepoint(S) end) || S <- Ss],
    [t(fun() -> string:reverse(S) end) || S <- Ss],
    [t(fun() -> string:slice(S, 1) end) || S <- Ss],
    [t(fun() -> string:slice(S, 0, 1) end) || S <- Ss],
    [t(fun() -> string:pad(S, 5) end) || S <- Ss],
    [t(fun() -> string:take(S, "e") end) || S <- Ss],
    [t(fun() -> string:equal(S, S) end) || S <- Ss],
    t(fun() -> string:equal("\x{e9}", "e\x{301}", false, nfc) end),
    t(fun() -> string:equal("\x{e9}", "e\x{301}", false, none) end),
    t(fun() -> string:equal("\x{c9}", "e\x{301}", true, nfd) end),
    t(fun() -> string:equal("\x{fb01}", "fi", false, nfkc) end),
    t(fun() -> string:equal("ABC", "abc", true) end),
    t(fun() -> string:find("ae\x{301}e", "e") end),
    t(fun() -> string:split("ae\x{301}e,b", "e") end),
    t(fun() -> string:split("a\r\nb\nc", "\n", all) end),
    t(fun() -> string:lexemes("a\r\nb\nc", "\n") end),
    t(fun() -> string:lexemes("a\r\nb\nc", "\r\n") end),
    t(fun() -> string:trim("\r\n a \r\n") end),
    t(fun() -> string:trim("e\x{301}e\x{301}xe", both, "e") end),
    t(fun() -> string:uppercase("e\x{301}\x{df}") end),
    t(fun() -> string:titlecase("\x{df}x") end),
    t(fun() -> string:titlecase("\x{1c6}x") end),
    t(fun() -> string:casefold("\x{df}\x{130}") end),
    t(fun() -> string:lowercase("\x{130}X") end),
    t(fun() -> string:length(<<"a", 255>>) end),
    t(fun() -> string:length(atom) end),
    t(fun() -> string:next_grapheme(<<"a", 255>>) end),
    t(fun() -> string:next_grapheme(<<255, "a">>) end),
    t(fun() -> string:next_codepoint(<<255, "a">>) end),
    t(fun() -> string:is_empty(["", <<>>, [[]]]) end),
    t(fun() -> string:is_empty(["", <<"a">>]) end),
    ok.
