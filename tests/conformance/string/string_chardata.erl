%% string: the OTP 20+ API on binaries, deep lists and mixed chardata, and its errors
-module(string_chardata).
-export([main/1]).
-mode(compile).

t(Name, F) ->
    try F() of V -> io:format("~s: ~w~n", [Name, V])
    catch C:R -> io:format("~s: ~w~n", [Name, {C, R}])
    end.

main(_) ->
    Inputs = ["  Hello World  ", <<"  Hello World  ">>, "", <<>>, "a,b,,c", <<"a,b,,c">>,
              "h\x{e9}llo w\x{f6}rld", <<"h\x{e9}llo w\x{f6}rld"/utf8>>, "line1\r\nline2\n", <<"line1\r\nline2\n">>,
              %% deep lists of code points (io_lib:format output), returned in OTP's shapes
              ["  Hel", ["lo W"], "orld  "], [["a,"], "b,,", [$c]], ["  ", [["x  y"]], "  "],
              [$a, "\r", [$\n, $b]], ["e", [16#301], "x,y"]],
    %% Deep chardata: the functions whose results do not depend on how OTP walks nested binaries.
    Deep = [["  Hel", [<<"lo W">>], "orld  "], [<<"  Hello">>, " World  "], [[], <<>>], ["a,", <<"b,,">>, $c],
            [$e, [<<"\x{301}"/utf8>>, "x"]]],
    lists:foreach(fun(S) ->
        t("deep length", fun() -> string:length(S) end),
        t("deep to_graphemes", fun() -> string:to_graphemes(S) end),
        t("deep trim_l", fun() -> string:trim(S, leading) end),
        t("deep slice", fun() -> string:slice(S, 2, 5) end),
        t("deep slice_inf", fun() -> string:slice(S, 3) end),
        t("deep pad", fun() -> string:pad(S, 20, both, $*) end),
        t("deep upper", fun() -> string:uppercase(S) end),
        t("deep lower", fun() -> string:lowercase(S) end),
        t("deep title", fun() -> string:titlecase(S) end),
        t("deep reverse", fun() -> string:reverse(S) end),
        t("deep is_empty", fun() -> string:is_empty(S) end),
        t("deep equal", fun() -> string:equal(S, "  Hello World  ") end),
        t("deep equal_ci", fun() -> string:equal(S, "  HELLO WORLD  ", true) end),
        t("deep next_grapheme", fun() -> string:next_grapheme(S) end),
        t("deep next_codepoint", fun() -> string:next_codepoint(S) end)
    end, Deep),
    lists:foreach(fun(S) ->
        t("length", fun() -> string:length(S) end),
        t("to_graphemes", fun() -> string:to_graphemes(S) end),
        t("trim", fun() -> string:trim(S) end),
        t("trim_l", fun() -> string:trim(S, leading) end),
        t("trim_t", fun() -> string:trim(S, trailing) end),
        t("trim_sep", fun() -> string:trim(S, both, " d") end),
        t("split", fun() -> string:split(S, ",") end),
        t("split_all", fun() -> string:split(S, ",", all) end),
        t("split_t", fun() -> string:split(S, "l", trailing) end),
        t("lexemes", fun() -> string:lexemes(S, ", ") end),
        t("nth_lexeme", fun() -> string:nth_lexeme(S, 2, ", ") end),
        t("find", fun() -> string:find(S, "l") end),
        t("find_t", fun() -> string:find(S, "l", trailing) end),
        t("replace", fun() -> string:replace(S, "l", "L") end),
        t("replace_all", fun() -> string:replace(S, "l", "L", all) end),
        t("slice", fun() -> string:slice(S, 2, 5) end),
        t("slice_inf", fun() -> string:slice(S, 3) end),
        t("pad", fun() -> string:pad(S, 20, both, $*) end),
        t("upper", fun() -> string:uppercase(S) end),
        t("lower", fun() -> string:lowercase(S) end),
        t("title", fun() -> string:titlecase(S) end),
        t("fold", fun() -> string:casefold(S) end),
        t("reverse", fun() -> string:reverse(S) end),
        t("take", fun() -> string:take(S, " ") end),
        t("take_c", fun() -> string:take(S, " ", true) end),
        t("take_t", fun() -> string:take(S, " \n", false, trailing) end),
        t("take_tc", fun() -> string:take(S, " ", true, trailing) end),
        t("chomp", fun() -> string:chomp(S) end),
        t("prefix", fun() -> string:prefix(S, "  He") end),
        t("is_empty", fun() -> string:is_empty(S) end),
        t("equal", fun() -> string:equal(S, "  Hello World  ") end),
        t("equal_ci", fun() -> string:equal(S, "  HELLO WORLD  ", true) end),
        t("next_grapheme", fun() -> string:next_grapheme(S) end),
        t("next_codepoint", fun() -> string:next_codepoint(S) end)
    end, Inputs),
    t("to_integer", fun() -> [string:to_integer(X) || X <- ["123abc", <<"-42">>, ["+7", <<"x">>], "abc", "", "1.5"]] end),
    t("to_float", fun() -> [string:to_float(X) || X <- ["1.5e3x", <<"-0.25">>, "1", "1.", ".5", "2.5E-2"]] end),
    t("to_integer_bad", fun() -> string:to_integer(atom) end),
    t("length_bad", fun() -> string:length(<<"a", 255>>) end),
    t("length_atom", fun() -> string:length(atom) end),
    t("upper_bad", fun() -> string:uppercase(<<"a", 255>>) end),
    t("upper_atom", fun() -> string:uppercase(atom) end),
    t("slice_bad", fun() -> string:slice("abc", -1) end),
    t("pad_bad", fun() -> string:pad("abc", x) end),
    t("split_empty", fun() -> string:split("abc", "") end),
    t("find_empty", fun() -> string:find("abc", "") end),
    t("lexemes_empty", fun() -> string:lexemes("a b", []) end),
    t("slice_cr", fun() -> [string:slice(<<"a\rb\r\nc">>, N) || N <- [0, 1, 2, 3, 4, 5]] end),
    t("slice_cr2", fun() -> [string:slice(<<"a\rb\r\nc">>, N, 2) || N <- [0, 1, 2, 3, 4, 5]] end),
    t("trim_crlf", fun() -> string:trim("a\r\n\r\n", trailing, "\n") end),
    t("trim_crlf2", fun() -> string:trim("a\r\n\r\n", trailing, [[$\r, $\n]]) end),
    t("split_crlf", fun() -> string:split("a\r\nb", "\r") end),
    t("prefix_gc", fun() -> [string:prefix("e\x{301}x", "e"), string:prefix("e\x{301}x", "e\x{301}")] end),
    t("equal_norm", fun() -> [string:equal("\x{e9}", "e\x{301}", false, N) || N <- [none, nfc, nfd, nfkc, nfkd]] end),
    ok.
