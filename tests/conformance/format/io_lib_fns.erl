%% io_lib functions and what io:format returns; chars vs flat strings
-module(io_lib_fns).
-export([main/1]).
-mode(compile).

main(_) ->
    R = io:format(""),
    io:format("~p~n", [R]),
    Chars = io_lib:format("~p and ~w", [[1, 2], "ab"]),
    io:format("~p~n", [lists:flatten(Chars)]),
    io:format("~p~n", [is_list(Chars)]),
    io:format("~p~n", [lists:flatten(io_lib:write({a, "b", <<"c">>}))]),
    io:format("~p~n", [lists:flatten(io_lib:print({a, "b", <<"c">>}))]),
    io:format("~p~n", [lists:flatten(io_lib:write_atom('needs quotes'))]),
    io:format("~p~n", [lists:flatten(io_lib:write_string("quote\"me"))]),
    io:format("~p~n", [lists:flatten(io_lib:fwrite("~5.1f|", [2.25]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~s|~s", [<<"bin">>, "list"]))]),
    io:format("~p~n", [io_lib:char_list("abc")]),
    io:format("~p~n", [io_lib:deep_char_list(["ab", ["c"]])]),
    io:format("~p~n", [io_lib:latin1_char_list([256])]),
    io:format("~p~n", [lists:flatten(io_lib:write(lists:seq(1, 30), 3))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~10.5.xs|", ["abc"]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~-10.5.xs|", ["abc"]))]),
    io:format("~p~n", [io_lib:fread("~d ~s", "42 hello")]),
    io:format("~p~n", [io_lib:fread("~d", "abc")]),
    io:put_chars("put_chars string\n"),
    io:put_chars(<<"put_chars binary\n">>),
    io:put_chars(["deep ", ["io", $l], <<"ist\n">>]),
    io:write({written, "term"}),
    io:nl(),
    io:format(standard_io, "explicit standard_io~n", []),
    io:format(user, "explicit user device~n", []),
    io:format("~s~n", [string:join(["a", "b", "c"], ", ")]),
    io:format("~p~n", [lists:flatten(io_lib:format("~w", [x])) =:= "x"]),
    S = lists:flatten(io_lib:format("~8.3f|~-6w|~6s", [1.5, ab, "xy"])),
    io:format("~p ~p~n", [S, length(S)]),
    ok.
