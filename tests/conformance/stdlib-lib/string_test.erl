%% Exercises stdlib/lib/string.erl: the classic list API and the OTP 20+ chardata API.
%% Results for flat lists and binaries are printed raw and must match OTP's exactly; for mixed
%% chardata only the characters are compared (flattened), since OTP's nesting of the result
%% follows its internal traversal. Inputs avoid combining marks and other multi-codepoint
%% grapheme clusters (only \r\n is clustered), and use Latin-1, Greek and Cyrillic letters.
-module(string_test).
-export([main/1]).
-mode(compile).

t(Tag, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~w: ~w~n", [Tag, R]).

%% Chardata to a flat list of code points; binaries are UTF-8.
flat(B) when is_binary(B) -> utf8(B);
flat([H | T]) -> flat(H) ++ flat(T);
flat([]) -> [];
flat(C) when is_integer(C) -> [C];
flat(X) -> {not_chardata, X}.

utf8(<<C/utf8, R/binary>>) -> [C | utf8(R)];
utf8(<<>>) -> [].

bin(L) -> bin(L, <<>>).
bin([C | T], Acc) -> bin(T, <<Acc/binary, C/utf8>>);
bin([], Acc) -> Acc.

%% A mixed chardata version of a string: pieces alternate between lists and binaries.
mixed(S) -> mixed(S, 0).
mixed([], _) -> [];
mixed([C], N) when N rem 3 =:= 1 -> [bin([C])];
mixed([C, D | T], 0) -> [[C, D] | mixed(T, 1)];
mixed([C, D | T], 1) -> [bin([C, D]) | mixed(T, 2)];
mixed([C | T], _) -> [C | mixed(T, 0)].

main(_) ->
    Strs = ["", "abc", "  ab cd  ", "\t\n x \r\n", "a\x{e4}b", "\x{c5}\x{c4}\x{d6}",
            "a\r\nb", "\r\n", "\x{3b1}\x{3b2}\x{3b3}", "\x{65e5}\x{672c}", "x,y,,z,", "  ",
            "ab\r\n\r\ncd", "\x{2028}a\x{85}", "a\n\r\n\n", "\rb\r", "\r\r\nx\r"],
    Ix = lists:zip(lists:seq(1, length(Strs)), Strs),
    Forms = fun(S) -> [{l, S}, {b, bin(S)}] end,
    All = [{I, K, V} || {I, S} <- Ix, {K, V} <- Forms(S)],
    Mixed = [{I, m, mixed(S)} || {I, S} <- Ix, length(S) > 1],
    One = fun(Name, F) ->
                  [t({Name, I, K}, fun() -> F(S) end) || {I, K, S} <- All],
                  [t({Name, I, K}, fun() -> flat(F(S)) end) || {I, K, S} <- Mixed]
          end,
    Parts = fun(Name, F) ->
                    [t({Name, I, K}, fun() -> F(S) end) || {I, K, S} <- All],
                    [t({Name, I, K}, fun() -> [flat(P) || P <- F(S)] end) || {I, K, S} <- Mixed]
            end,
    Pair = fun(Name, F) ->
                   [t({Name, I, K}, fun() -> F(S) end) || {I, K, S} <- All],
                   [t({Name, I, K}, fun() -> {A, B} = F(S), {flat(A), flat(B)} end) || {I, K, S} <- Mixed]
           end,
    Value = fun(Name, F) -> [t({Name, I, K}, fun() -> F(S) end) || {I, K, S} <- All ++ Mixed] end,

    %% ---- OTP 20+ API
    Value(length, fun string:length/1),
    Value(is_empty, fun string:is_empty/1),
    Value(reverse, fun string:reverse/1),
    Value(to_graphemes, fun string:to_graphemes/1),
    One(next_grapheme, fun(S) -> case string:next_grapheme(S) of [G | R] -> [G | flat(R)]; X -> X end end),
    One(next_codepoint, fun(S) -> case string:next_codepoint(S) of [G | R] -> [G | flat(R)]; X -> X end end),
    [t({next_grapheme_raw, I, K}, fun() -> string:next_grapheme(S) end) || {I, K, S} <- All],
    [t({next_codepoint_raw, I, K}, fun() -> string:next_codepoint(S) end) || {I, K, S} <- All],
    [One({slice, A}, fun(S) -> string:slice(S, A) end) || A <- [0, 1, 2, 5]],
    [One({slice, A, B}, fun(S) -> string:slice(S, A, B) end) || A <- [0, 1, 3], B <- [0, 1, 2, infinity]],
    One(trim, fun string:trim/1),
    [One({trim, D}, fun(S) -> string:trim(S, D) end) || D <- [leading, trailing, both]],
    [One({trim, D, C}, fun(S) -> string:trim(S, D, C) end)
     || D <- [leading, trailing, both], C <- [" ", "xa,", [[$\r, $\n], $\s], [$\r], ""]],
    [Pair({take, C}, fun(S) -> string:take(S, C) end) || C <- [" ", "ab", [[$\r, $\n]], "\t\n"]],
    [Pair({take, C, N}, fun(S) -> string:take(S, C, N) end) || C <- [" ", "ab,"], N <- [false, true]],
    [Pair({take, C, N, D}, fun(S) -> string:take(S, C, N, D) end)
     || C <- [" ", "bc,"], N <- [false, true], D <- [leading, trailing]],
    [Parts({split, P}, fun(S) -> string:split(S, P) end) || P <- [" ", ",", "b", "\r\n", "ab", "\n"]],
    [Parts({split, P, W}, fun(S) -> string:split(S, P, W) end)
     || P <- [" ", ",", "\r\n", "b c"], W <- [leading, trailing, all]],
    [Parts({lexemes, Sep}, fun(S) -> string:lexemes(S, Sep) end)
     || Sep <- [" ", ", ", [[$\r, $\n], $\s], "b", [$\r], ""]],
    [One({nth_lexeme, N, Sep}, fun(S) -> string:nth_lexeme(S, N, Sep) end)
     || N <- [1, 2, 3], Sep <- [" ", ","]],
    [One({find, P}, fun(S) -> string:find(S, P) end) || P <- [" ", "b", "\r\n", "", "\n", ",,"]],
    [One({find, P, D}, fun(S) -> string:find(S, P, D) end) || P <- [" ", "b", ","], D <- [leading, trailing]],
    [One({replace, P, R}, fun(S) -> string:replace(S, P, R) end) || P <- [" ", ","], R <- ["_", ""]],
    [One({replace, P, R, W}, fun(S) -> string:replace(S, P, R, W) end)
     || P <- [" ", ",", "\n"], R <- ["<>"], W <- [leading, trailing, all]],
    [One({pad, N}, fun(S) -> string:pad(S, N) end) || N <- [0, 3, 8]],
    [One({pad, N, D}, fun(S) -> string:pad(S, N, D) end) || N <- [3, 8], D <- [leading, trailing, both]],
    [One({pad, N, D, C}, fun(S) -> string:pad(S, N, D, C) end) || N <- [7], D <- [leading, both], C <- [$., [$\r, $\n]]],
    One(chomp, fun string:chomp/1),
    [One({prefix, P}, fun(S) -> string:prefix(S, P) end) || P <- ["", "a", "  ", "\r", "\t\n", <<"ab">>]],
    One(uppercase, fun string:uppercase/1),
    One(lowercase, fun string:lowercase/1),
    One(titlecase, fun string:titlecase/1),
    One(casefold, fun string:casefold/1),
    [Value({equal, X}, fun(S) -> string:equal(S, X) end) || X <- ["abc", <<"abc">>, ["a", <<"bc">>], ""]],
    [Value({equal_ic, X}, fun(S) -> string:equal(S, X, true) end) || X <- ["ABC", "\x{c5}\x{e4}\x{f6}", "A\r\nB"]],
    [Value({equal4, X}, fun(S) -> string:equal(S, X, true, none) end) || X <- ["ABC"]],

    %% Case mapping over whole ranges, compared code point by code point.
    CPs = lists:seq(0, 16#24f) ++ lists:seq(16#370, 16#4ff),
    [t({case_map, F}, fun() -> [{C, X} || C <- CPs, X <- [string:F([C])], X =/= [C]] end)
     || F <- [uppercase, lowercase, titlecase, casefold]],
    t(case_map_bin, fun() -> string:uppercase(bin(lists:seq(16#e0, 16#ff))) end),

    %% Numbers.
    NumStrs = ["123", "-12abc", "+7", "0x1F", "  12", "12.5", "1.5e3x", "1e3", "-0.25E-2rest",
               "3.", ".5", "abc", "", "99999999999999999999999z", "1_000", "-", "+", "1.0e", "2.5e+2"],
    [t({to_integer, S}, fun() -> string:to_integer(S) end) || S <- NumStrs],
    [t({to_integer_b, S}, fun() -> string:to_integer(bin(S)) end) || S <- NumStrs],
    [t({to_float, S}, fun() -> string:to_float(S) end) || S <- NumStrs],
    [t({to_float_b, S}, fun() -> string:to_float(bin(S)) end) || S <- NumStrs],
    t(to_integer, fun() -> string:to_integer(["1", <<"2">>, "3x"]) end),
    t(to_integer, fun() -> string:to_integer([<<"1">>, "2x"]) end),
    t(to_float, fun() -> {F, R} = string:to_float(["1.", <<"5">>, "x"]), {F, flat(R)} end),
    t(to_integer, fun() -> string:to_integer(notastring) end),
    t(to_float, fun() -> string:to_float(notastring) end),
    t(to_integer, fun() -> string:to_integer([a]) end),
    [t({list_to_integer, S}, fun() -> string:list_to_integer(S) end) || S <- ["12ab", "x", <<"12">>]],
    [t({list_to_float, S}, fun() -> string:list_to_float(S) end) || S <- ["1.5x", "1", <<"1.5">>]],

    %% ---- Classic API (flat lists)
    t(len, fun() -> string:len("abc") end),
    t(len, fun() -> string:len("") end),
    t(concat, fun() -> string:concat("ab", "cd") end),
    t(concat, fun() -> string:concat("", [1 | 2]) end),
    [t({chr, S, C}, fun() -> string:chr(S, C) end) || S <- ["abcb", ""], C <- [$b, $z]],
    [t({rchr, S, C}, fun() -> string:rchr(S, C) end) || S <- ["abcb", ""], C <- [$b, $z]],
    [t({str, S, P}, fun() -> string:str(S, P) end) || S <- ["abcabc", ""], P <- ["bc", "x", ""]],
    [t({rstr, S, P}, fun() -> string:rstr(S, P) end) || S <- ["abcabc", ""], P <- ["bc", "x", ""]],
    [t({span, S, C}, fun() -> string:span(S, C) end) || S <- ["aabbc", ""], C <- ["ab", "x", ""]],
    [t({cspan, S, C}, fun() -> string:cspan(S, C) end) || S <- ["aabbc", ""], C <- ["cx", "a", ""]],
    [t({substr, S, B}, fun() -> string:substr(S, B) end) || S <- ["hello"], B <- [0, 1, 3, 5, 6, 7]],
    [t({substr, S, B, L}, fun() -> string:substr(S, B, L) end) || S <- ["hello"], B <- [1, 3, 6], L <- [0, 2, 10, -1]],
    [t({sub_string, S, B}, fun() -> string:sub_string(S, B) end) || S <- ["hello"], B <- [1, 3, 6, 7]],
    [t({sub_string, S, B, E}, fun() -> string:sub_string(S, B, E) end) || S <- ["hello"], B <- [1, 3], E <- [2, 3, 5, 9]],
    [t({tokens, S, Sep}, fun() -> string:tokens(S, Sep) end)
     || S <- ["a b  c ", "", "  ", "a,b;c"], Sep <- [" ", ",;", ""]],
    [t({join, L, Sep}, fun() -> string:join(L, Sep) end) || L <- [["a", "b", "c"], [], ["x"]], Sep <- [", ", ""]],
    [t({chars, C, N}, fun() -> string:chars(C, N) end) || C <- [$x], N <- [0, 3]],
    [t({chars, C, N, T}, fun() -> string:chars(C, N, T) end) || C <- [$x], N <- [0, 2], T <- ["yz"]],
    t(chars, fun() -> string:chars($x, -1) end),
    [t({copies, S, N}, fun() -> string:copies(S, N) end) || S <- ["ab", ""], N <- [0, 3]],
    t(copies, fun() -> string:copies("a", -1) end),
    [t({words, S}, fun() -> string:words(S) end) || S <- ["hello world  foo", "", "   ", "one"]],
    [t({words, S, C}, fun() -> string:words(S, C) end) || S <- ["a,b,,c", ",", ""], C <- [$,]],
    [t({sub_word, S, N}, fun() -> string:sub_word(S, N) end) || S <- ["  hello world  foo"], N <- [1, 2, 3, 4]],
    [t({sub_word, S, N, C}, fun() -> string:sub_word(S, N, C) end) || S <- ["a,b,,c"], N <- [1, 3, 4], C <- [$,]],
    [t({strip, S}, fun() -> string:strip(S) end) || S <- ["  ab  ", "", "   ", "\tab\t"]],
    [t({strip, S, D}, fun() -> string:strip(S, D) end) || S <- ["  ab  "], D <- [left, right, both]],
    [t({strip, S, D, C}, fun() -> string:strip(S, D, C) end) || S <- ["xxabxx", "xxx"], D <- [left, right, both], C <- [$x]],
    [t({left, S, N}, fun() -> string:left(S, N) end) || S <- ["abc"], N <- [0, 2, 3, 5]],
    [t({left, S, N, C}, fun() -> string:left(S, N, C) end) || S <- ["abc"], N <- [5], C <- [$.]],
    [t({right, S, N}, fun() -> string:right(S, N) end) || S <- ["abc"], N <- [0, 2, 3, 5]],
    [t({right, S, N, C}, fun() -> string:right(S, N, C) end) || S <- ["abc"], N <- [5], C <- [$.]],
    [t({centre, S, N}, fun() -> string:centre(S, N) end) || S <- ["abc", "ab"], N <- [0, 2, 3, 6, 7]],
    [t({centre, S, N, C}, fun() -> string:centre(S, N, C) end) || S <- ["abc"], N <- [8], C <- [$*]],
    [t({to_upper, S}, fun() -> string:to_upper(S) end) || S <- ["abc xyz", lists:seq(0, 255)]],
    [t({to_lower, S}, fun() -> string:to_lower(S) end) || S <- ["ABC XYZ", lists:seq(0, 255)]],
    [t({to_upper_c, C}, fun() -> string:to_upper(C) end) || C <- [$a, $A, 16#e9, 16#ff, 16#df, 16#3b1, $1]],
    [t({to_lower_c, C}, fun() -> string:to_lower(C) end) || C <- [$a, $A, 16#c9, 16#d7, 16#391, $1]],
    [t({equal_classic, A, B}, fun() -> string:equal(A, B) end) || {A, B} <- [{"a", "a"}, {"a", "b"}, {"", ""}]],

    %% ---- Bad arguments. OTP's errors for some other bad chardata (improper lists, and bad
    %% UTF-8 or non-chardata given to split, find, replace, prefix and equal) follow its internal
    %% traversal and are not reproduced.
    Bad = [notastring, [a], 42, [-1], [16#110000], <<255>>, [<<255>>], {x}],
    [t({F, B}, fun() -> string:F(B) end)
     || F <- [length, is_empty, reverse, to_graphemes, next_grapheme, next_codepoint, trim, chomp,
              uppercase, lowercase, titlecase, casefold],
        B <- Bad],
    [t({F2, B}, fun() -> string:F2(B, " ") end) || F2 <- [take, lexemes], B <- Bad],
    [t({slice, B}, fun() -> string:slice(B, 1) end) || B <- Bad],
    [t({pad, B}, fun() -> string:pad(B, 5) end) || B <- Bad],
    t(slice, fun() -> string:slice("abc", -1) end),
    t(slice, fun() -> string:slice("abc", 1, -1) end),
    t(slice, fun() -> string:slice("abc", a) end),
    t(pad, fun() -> string:pad("abc", -1) end),
    t(pad, fun() -> string:pad("abc", 5, middle) end),
    t(trim, fun() -> string:trim("abc", middle) end),
    t(trim, fun() -> string:trim("abc", both, notalist) end),
    t(split, fun() -> string:split("abc", "", all) end),
    t(nth_lexeme, fun() -> string:nth_lexeme("abc", 0, " ") end),
    t(take, fun() -> string:take("abc", "a", maybe) end),
    t(equal, fun() -> string:equal("a", "a", maybe) end),
    [t({F, B}, fun() -> string:F(B) end) || F <- [len, strip, to_upper, to_lower], B <- [notastring, [a | b]]],
    [t({tokens, B}, fun() -> string:tokens(B, " ") end) || B <- [notastring, [a | b], <<"a b">>]],
    [t({words, B}, fun() -> string:words(B) end) || B <- [notastring, [a | b]]],
    [t({chr, B}, fun() -> string:chr(B, $a) end) || B <- [notastring, [b | c]]],
    [t({substr, B}, fun() -> string:substr(B, 1, 1) end) || B <- [notastring, <<"ab">>]],
    [t({join, B}, fun() -> string:join(B, ",") end) || B <- [notalist, ["a" | b], [a, b]]],
    [t({left, B}, fun() -> string:left(B, 3) end) || B <- [notastring, <<"ab">>]],
    ok.
