%% re: empty matches in global runs (with and without look-left), notempty, newline conventions
-module(re_edge).
-export([main/1]).
-mode(compile).

t(F) ->
    try F() of V -> io:format("~w~n", [V])
    catch C:R -> io:format("~w~n", [{C, R}])
    end.

main(_) ->
    t(fun() -> re:run("abab", "(?<=a)b*", [global]) end),
    t(fun() -> re:run("ab cd", "\\b", [global]) end),
    t(fun() -> re:run("ab cd", "\\B", [global]) end),
    t(fun() -> re:run("a1b", "(?<=\\d)|b", [global]) end),
    t(fun() -> re:run("aaa", "^a*?", [global]) end),
    t(fun() -> re:run("a\nb", "^\\w*", [global, multiline]) end),
    t(fun() -> re:run("abc", "(?=b)|c", [global, {capture, all, list}]) end),
    t(fun() -> re:run("abcabc", "(a)?(?:b|$)", [global]) end),
    t(fun() -> re:run("xaxb", "(?<=x)\\w?", [global, {capture, all, list}]) end),
    t(fun() -> re:run("aaa", "a*?", [global, notempty]) end),
    t(fun() -> re:run("aaa", "(?<=a)a*?", [global, notempty]) end),
    t(fun() -> re:run("bab", "a*", [notempty_atstart]) end),
    t(fun() -> re:run("bab", "a*", [notempty_atstart, {offset, 1}]) end),
    t(fun() -> re:run("abc", "x*", [notempty]) end),
    t(fun() -> re:run("abc", "x*|b", [notempty]) end),
    t(fun() -> re:run("abc", "x*|b", [notempty, anchored]) end),
    t(fun() -> re:replace("hello", "l*", "-", [global, {return, list}]) end),
    t(fun() -> re:replace("hello", "(?<=l)", "-", [global, {return, list}]) end),
    t(fun() -> re:split("hello", "l*", [{return, list}]) end),
    t(fun() -> re:split("a1b2c3", "(?<=\\d)", [{return, list}]) end),
    t(fun() -> re:run("a\r\nb", "$", [global, {newline, crlf}]) end),
    t(fun() -> re:run("a\r\nb", "", [global, {newline, crlf}]) end),
    t(fun() -> re:run("a\r\nb", "", [global, {newline, lf}]) end),
    t(fun() -> re:run("a\x{e9}b", "", [global, unicode]) end),
    t(fun() -> re:run("a\x{1F600}b", "", [global, unicode]) end),
    t(fun() -> re:run("a\x{1F600}b", "\\x{1F600}?", [global, unicode, notempty]) end),
    t(fun() -> re:run(lists:duplicate(3000, $a) ++ "b", "a*?b") end),
    t(fun() -> length(element(2, re:run(lists:duplicate(2000, $x), "y*", [global]))) end),
    t(fun() -> length(element(2, re:run(lists:duplicate(2000, $x), "\\b|y*", [global]))) end),
    ok.
