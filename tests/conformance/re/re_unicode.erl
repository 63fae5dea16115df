%% re with the unicode option: code points, byte offsets into UTF-8, chardata subjects
-module(re_unicode).
-export([main/1]).
-mode(compile).

p(T) -> io:format("~w~n", [T]).

t(F) ->
    try F() of V -> p(V)
    catch C:R -> p({C, R})
    end.

main(_) ->
    t(fun() -> re:run(<<"h\x{e9}llo"/utf8>>, "l+", [unicode]) end),
    t(fun() -> re:run("h\x{e9}llo", "l+", [unicode]) end),
    t(fun() -> re:run("h\x{e9}llo", "\x{e9}", [unicode, {capture, all, binary}]) end),
    t(fun() -> re:run("h\x{e9}llo", "\x{e9}.", [unicode, {capture, all, list}]) end),
    t(fun() -> re:run("a\x{20ac}b\x{1F600}c", ".", [unicode, global]) end),
    t(fun() -> re:run("a\x{20ac}b\x{1F600}c", ".", [unicode, global, {capture, all, list}]) end),
    t(fun() -> re:run("a\x{20ac}b\x{1F600}c", "\x{1F600}(.)", [unicode, {capture, all, binary}]) end),
    t(fun() -> re:run("a\x{20ac}b", "\\x{20ac}", [unicode]) end),
    t(fun() -> re:run("\x{3b1}\x{3b2}\x{3b3}", "\\p{Greek}+", [unicode]) end),
    t(fun() -> re:run("ab\x{3b1}", "\\p{L}+", [unicode, {capture, all, list}]) end),
    t(fun() -> re:run("ab\x{3b1}", "\\P{Ll}", [unicode]) end),
    t(fun() -> re:run("AB\x{391}", "\\pL+", [unicode]) end),
    t(fun() -> re:run("\x{391}", "\x{3b1}", [unicode, caseless]) end),
    t(fun() -> re:run("\x{e9}", "\\w", [unicode]) end),
    t(fun() -> re:run("\x{3b1}", "\\w", [unicode]) end),
    t(fun() -> re:run("\x{3b1}", "\\w", [unicode, ucp]) end),
    t(fun() -> re:run("\x{661}", "\\d", [unicode, ucp]) end),
    t(fun() -> re:run("x \x{3b1}\x{3b2} y", "\\b\\w+\\b", [unicode, ucp, global, {capture, all, list}]) end),
    t(fun() -> re:run("\x{e9}\x{e9}", "\x{e9}", [unicode, global, {offset, 2}]) end),
    t(fun() -> re:run("\x{e9}\x{e9}", "\x{e9}", [unicode, {offset, 1}]) end),
    t(fun() -> re:run([<<"\x{e9}"/utf8>>, 16#20ac], "\x{20ac}", [unicode]) end),
    t(fun() -> re:run(<<255, 0>>, "\\xff", [unicode]) end),
    t(fun() -> re:run(<<255, 0>>, "\\xff") end),
    t(fun() -> re:run(<<"\x{e9}"/utf8>>, ".", [{capture, all, binary}]) end),
    t(fun() -> re:run("\x{20ac}", ".", []) end),
    t(fun() -> re:run("\x{e9}\x{e9}", "", [unicode, global]) end),
    t(fun() -> re:split("a\x{e9}b\x{e9}c", "\x{e9}", [unicode, {return, list}]) end),
    t(fun() -> re:split("a\x{e9}b\x{e9}c", "\x{e9}", [unicode]) end),
    t(fun() -> re:split("\x{e9}\x{20ac}", "", [unicode, {return, list}]) end),
    t(fun() -> re:replace("a\x{e9}b", "\x{e9}", "\x{20ac}", [unicode, {return, list}]) end),
    t(fun() -> re:replace("a\x{e9}b", "\x{e9}", "\x{20ac}", [unicode, {return, binary}]) end),
    t(fun() -> re:replace("a\x{e9}b", "\x{e9}", "\x{20ac}", [unicode]) end),
    t(fun() -> re:replace("a\x{e9}b", "(.)", "<\\1>", [unicode, global, {return, list}]) end),
    t(fun() -> {ok, MP} = re:compile("\x{e9}+", [unicode]), re:run("x\x{e9}\x{e9}", MP) end),
    t(fun() -> {ok, MP} = re:compile("\x{e9}+", [unicode]), re:replace("x\x{e9}\x{e9}", MP, "y", [{return, list}]) end),
    t(fun() -> re:compile("\x{e9}(", [unicode]) end),
    ok.
