%% re:replace/3,4 and re:split/2,3: replacement syntax, return types, parts, trim, group
-module(re_replace_split).
-export([main/1]).
-mode(compile).

p(T) -> io:format("~p~n", [T]).

t(F) ->
    try F() of V -> p(V)
    catch C:R -> p({C, R})
    end.

main(_) ->
    t(fun() -> re:replace("abcb", "b", "[&\\1]") end),
    t(fun() -> re:replace("abcb", "(b)", "[&\\1]", [global]) end),
    t(fun() -> re:replace("abcb", "b", "x", [global, {return, list}]) end),
    t(fun() -> re:replace("abcb", "b", "x", [global, {return, binary}]) end),
    t(fun() -> re:replace("abcb", "z", "x") end),
    t(fun() -> re:replace("abcb", "z", "x", [{return, binary}]) end),
    t(fun() -> re:replace(<<"abcb">>, "z", "x") end),
    t(fun() -> re:replace("abc", "b", "") end),
    t(fun() -> re:replace("abc", "b", "", [{return, list}]) end),
    t(fun() -> re:replace("abc", "^", ">", [global, {return, list}]) end),
    t(fun() -> re:replace("abc", "", "-", [global, {return, list}]) end),
    t(fun() -> re:replace("abc", "c$", "C") end),
    t(fun() -> re:replace("a.b", "\\.", "\\&", [{return, list}]) end),
    t(fun() -> re:replace("a.b", "\\.", "\\\\", [{return, list}]) end),
    t(fun() -> re:replace("a.b", "(\\.)", "\\0", [{return, list}]) end),
    t(fun() -> re:replace("ab", "(a)(b)", "\\2\\1", [{return, list}]) end),
    t(fun() -> re:replace("ab", "(a)(b)", "\\g2\\g{1}", [{return, list}]) end),
    t(fun() -> re:replace("ab", "(a)(b)", "\\g{2}0", [{return, list}]) end),
    t(fun() -> re:replace("ab", "(a)(b)", "\\9", [{return, list}]) end),
    t(fun() -> re:replace("ab", "(a)|(b)", "[\\2]", [global, {return, list}]) end),
    t(fun() -> re:replace("ab", "a", "x\\", [{return, list}]) end),
    t(fun() -> re:replace("hello world", "o", "0", [global, {return, list}]) end),
    t(fun() -> re:replace("Hello", "h", "J", [caseless, {return, list}]) end),
    t(fun() -> re:replace("abab", "b", "X", [{offset, 2}, {return, list}]) end),
    t(fun() -> re:replace(["ab", <<"cd">>], "bc", "-", [{return, list}]) end),
    t(fun() -> re:replace("abc", "b", ["x", <<"y">>], [{return, list}]) end),
    t(fun() -> re:replace("abc", "b", "x", [{capture, all}]) end),
    t(fun() -> re:replace("abc", "b", "x", [{return, bogus}]) end),
    t(fun() -> re:replace("abc", "(", "x") end),
    t(fun() -> re:replace("abc", "b", "x", notalist) end),
    t(fun() -> re:split("a,b,,c,,", ",") end),
    t(fun() -> re:split("a,b,,c,,", ",", [trim]) end),
    t(fun() -> re:split("a,b,,c,,", ",", [{parts, 2}]) end),
    t(fun() -> re:split("a,b,,c,,", ",", [{parts, 0}]) end),
    t(fun() -> re:split("a,b,,c,,", ",", [{parts, infinity}, {return, list}]) end),
    t(fun() -> re:split("a,b,,c,,", "(,)", [group, {return, list}]) end),
    t(fun() -> re:split("a,b,,c,,", "(,)", [group, trim, {return, list}]) end),
    t(fun() -> re:split("a,b,,c,,", "(,)", [{return, list}]) end),
    t(fun() -> re:split("a1b", "(\\d)|(x)", [{return, list}]) end),
    t(fun() -> re:split("abc", "", []) end),
    t(fun() -> re:split("abc", "", [{return, list}]) end),
    t(fun() -> re:split("abc", "x*", [{return, list}]) end),
    t(fun() -> re:split("", ",", []) end),
    t(fun() -> re:split("", ",", [trim]) end),
    t(fun() -> re:split("", ",", [group]) end),
    t(fun() -> re:split(",,", ",", [trim]) end),
    t(fun() -> re:split(",,", ",", [group, trim]) end),
    t(fun() -> re:split("abc", "x", [group]) end),
    t(fun() -> re:split("a b  c", "\\s+", [{return, list}]) end),
    t(fun() -> re:split("a b  c", " ", [{return, binary}]) end),
    t(fun() -> re:split("aXbxc", "x", [caseless, {return, list}]) end),
    t(fun() -> {ok, MP} = re:compile(";"), re:split("a;b", MP, [{return, list}]) end),
    t(fun() -> {ok, MP} = re:compile(";"), re:split("a;b", MP, [caseless]) end),
    t(fun() -> re:split("a;b", ";", [global]) end),
    t(fun() -> re:split("a;b", ";", [{parts, -1}]) end),
    t(fun() -> re:split("a;b", "(") end),
    t(fun() -> re:split(atom, ";") end),
    ok.
