%% re: a back reference to a group that did not take part in the match fails it (PCRE), where a
%% JavaScript back reference would match the empty string; back references in lookbehinds.
-module(re_backref_unset).
-export([main/1]).
-mode(compile).

main(_) ->
    Cases = [{"(a)?\\1", "b"}, {"(a)?\\1", "aa"}, {"(a)?\\1x", "x"}, {"(a)?b\\1", "ab"},
             {"(a)?b\\1", "b"}, {"(a)|b\\1", "b"}, {"(a)|b\\1", "ba"}, {"^(?:(a)|b)\\1$", "b"},
             {"(x)?(y)\\2\\1", "yy"}, {"(?<n>a)?c\\k<n>", "c"}, {"(?<n>a)?c\\k<n>", "aca"},
             {"(?P<n>a)?c(?P=n)", "acac"}, {"(a\\1)", "aa"}, {"(a)?(?=\\1)", "b"},
             {"(?:(a)|b)(?:\\1|c)", "bc"}, {"(a*)\\1", ""}, {"(a)?(b)\\2", "bb"},
             {"(a)?\\g{1}z", "z"}, {"(a)?\\g{-1}z", "az"}, {"(a)?(?=(?<=\\w)b)", "ab"},
             {"([ab])?c\\1", "xcx"}, {"(?i)(a)?B\\1", "AbA b"},
             {"(a)?(?:x|\\1y)", "y ay"}, {"(?:(a)|(b))\\1\\2", "ab aa bb"}],
    lists:foreach(fun({P, S}) -> io:format("~s ~p: ~p~n", [P, S, re:run(S, P, [global])]) end, Cases),
    io:format("~p~n", [re:replace("bab ab", "(a)?b\\1", "[&]", [global, {return, list}])]),
    io:format("~p~n", [re:split("xbyabz", "(a)?b\\1", [{return, list}])]),
    io:format("~p~n", [re:run("b", "(a)?b\\1", [{capture, all, list}])]),
    io:format("~p~n", [re:run("bac", "(a)?b\\1(?<q>c)?", [{capture, all_names, list}])]),
    io:format("~p~n", [re:run("xx", "(x)?(?:\\1)?", [notempty, {capture, all, index}])]),
    io:format("~p~n", [re:run("aab", "(a)?\\1b", [{offset, 1}, {capture, all, index}])]),
    io:format("~p~n", [re:run("zaab", "(?<=z)(a)?\\1b", [{capture, all, index}])]),
    lists:foreach(fun(P) -> io:format("~s: ~p~n", [P, re:compile(P)]) end,
                  ["(a)(?<=\\1)", "(a)(?<=x\\1y)b", "(?<n>a)(?<!\\k<n>)"]),
    io:format("~p~n", [try re:run("a", "(a)(?<=\\1)") catch error:E -> E end]).
