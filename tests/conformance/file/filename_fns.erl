% filename: join, basename, dirname, extension, rootname, split, absname, nativename, flatten, pathtype
-module(filename_fns).
-mode(compile).
-export([main/1]).

names() ->
    ["", "/", "//", "a", "a/", "/a", "/a/", "a/b", "a//b", "a/b/", "/a/b/c.erl", "a.b/c", "a.b/c.d",
     ".profile", "a/.profile", "foo.tar.gz", "a/b.", "..", "../x.erl", "./x", "x/./y", "/usr/lib//",
     <<"/a/b.erl">>, <<"c/d/">>, <<>>, <<"/">>, <<"a//b/">>, <<"/a">>, <<"a">>, <<"//x//y">>, <<".x">>,
     "a.b.c", "/.x", "a/b.c/", "a.b/", "/a.b/c.d.e", "..x", "a/..", [$a, [$b, "/c"], '.erl'], 'at/om.e'].

main(_) ->
    lists:foreach(fun show/1, names()),
    Pairs = [{"a", "b"}, {"a/", "b"}, {"a", "/b"}, {"/", "a"}, {"a//", "b//"}, {"", "a"}, {"a", ""},
             {<<"a">>, "b"}, {"a", <<"b">>}, {<<"/x/">>, <<"y">>}, {"a", "./b"}, {x, 'y.z'}],
    [io:format("join(~p, ~p) = ~p~n", [A, B, try filename:join(A, B) catch C:R -> {C, R} end]) || {A, B} <- Pairs],
    io:format("~p~n", [filename:join(["a", "b/", "/c", "d"])]),
    io:format("~p~n", [filename:join(["/"])]),
    io:format("~p~n", [filename:join(["a/b//"])]),
    io:format("~p~n", [try filename:join([]) catch C:R -> {C, R} end]),
    Exts = [{"a/b.erl", ".erl"}, {"a/b.erl", "erl"}, {"a/b.erl", ".beam"}, {"b.erl/", ".erl"},
            {<<"a/b.erl">>, ".erl"}, {"a/b.erl", <<".erl">>}, {".erl", ".erl"}, {"x/y.erl", "y.erl"}],
    [io:format("basename(~p, ~p) = ~p; rootname = ~p~n",
               [N, E, filename:basename(N, E), filename:rootname(N, E)]) || {N, E} <- Exts],
    io:format("~p~n", [filename:rootname("a/b.erl/", ".erl")]),
    io:format("~p~n", [filename:rootname("a.erl/b", "/b")]),
    io:format("~p~n", [[filename:absname(N, "/base/dir") || N <- ["x", "/y", "../z", "", ".", <<"b">>]]]),
    io:format("~p~n", [filename:absname(<<"q">>, "/base")]),
    io:format("~p~n", [filename:absname("w", <<"/base">>)]),
    {ok, Cwd} = file:get_cwd(),
    io:format("~p~n", [filename:absname("f.txt") =:= Cwd ++ "/f.txt"]),
    io:format("~p~n", [filename:absname_join("/a", "b/c")]),
    io:format("~p~n", [[filename:nativename(N) || N <- ["/a/b/", "a//b", <<"x/">>, "/"]]]),
    io:format("~p~n", [[filename:flatten(N) || N <- [[a, "b", [$c, ['d']]], <<"bin">>, "s", abc]]]),
    io:format("~p~n", [[filename:pathtype(N) || N <- ["/a", "a", <<"/b">>, "", a]]]).

show(N) ->
    Fs = [basename, dirname, extension, rootname, split],
    io:format("~p:~s~n", [N, [io_lib:format(" ~p", [try filename:F(N) catch C:R -> {C, R} end]) || F <- Fs]]).
