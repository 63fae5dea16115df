%% re: the newline conventions ({newline, NL}) for dot, ^, $ and \Z
-module(re_newline).
-export([main/1]).
-mode(compile).

t(F) ->
    try F() of V -> io:format("~w~n", [V])
    catch C:R -> io:format("~w~n", [{C, R}])
    end.

main(_) ->
    S = "a\rb\nc\r\nd\x{85}e",
    lists:foreach(fun(NL) ->
        O = [{newline, NL}],
        t(fun() -> {NL, re:run(S, ".", [global | O])} end),
        t(fun() -> {NL, re:run(S, "^.", [global, multiline | O])} end),
        t(fun() -> {NL, re:run(S, ".$", [global, multiline | O])} end),
        t(fun() -> {NL, re:run(S, "\\N+", [global | O])} end),
        t(fun() -> {NL, re:run("ab\r\n", "b$", O)} end),
        t(fun() -> {NL, re:run("ab\r", "b$", O)} end),
        t(fun() -> {NL, re:run("ab\r", "b\\Z", O)} end),
        t(fun() -> {NL, re:run(S, "", [global | O])} end),
        t(fun() -> {NL, re:split(S, "$", [multiline, {return, list} | O])} end)
    end, [lf, cr, crlf, anycrlf, any]),
    t(fun() -> {ok, MP} = re:compile("^x", [multiline, {newline, cr}]), re:run("a\rx", MP) end),
    t(fun() -> re:compile("a", [{newline, bogus}]) end),
    t(fun() -> [re:run("a\x{85}b\r\nc\vd", "\\R", [global | O]) || O <- [[], [bsr_anycrlf], [bsr_unicode]]] end),
    ok.
