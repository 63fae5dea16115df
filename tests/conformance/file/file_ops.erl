% file: whole-file and directory operations, file_info, consult, error returns
-module(file_ops).
-mode(compile).
-export([main/1]).
-include_lib("kernel/include/file.hrl").

-define(D, "tmp_file_ops").

p(X) -> io:format("~p~n", [X]).

main(_) ->
    _ = file:del_dir_r(?D),
    ok = file:make_dir(?D),
    try run() after file:del_dir_r(?D) end,
    p(file:read_file_info(?D)).

run() ->
    p(file:make_dir(?D)),
    p(file:make_dir(?D ++ "/no/such")),
    p([file:read_file(N) || N <- [123, "nope", ?D, ?D ++ "/nope/x", <<"nope">>, nope]]),
    p(file:write_file(?D ++ "/a.txt", ["hello", <<" world">>, $\n])),
    p(file:write_file(?D ++ "/a.txt", [256])),
    p(file:write_file(?D ++ "/a.txt", bad)),
    p(file:write_file(?D ++ "/a.txt", "more\n", [append])),
    p(file:read_file(?D ++ "/a.txt")),
    p(file:read_file(<<?D, "/a.txt">>)),
    p(file:read_file([?D, "/", ['a', ".txt"]])),
    p(file:write_file(?D ++ "/nod/a.txt", "x")),
    p(file:write_file(?D, "x")),
    ok = file:write_file(?D ++ "/empty", <<>>),
    p(file:read_file(?D ++ "/empty")),
    p(lists:sort(element(2, file:list_dir(?D)))),
    p(file:list_dir(?D ++ "/a.txt")),
    p(file:list_dir("nope")),
    p(file:list_dir_all(?D ++ "/empty")),
    p(file:del_dir(?D)),
    p(file:del_dir(?D ++ "/a.txt")),
    p(file:del_dir("nope")),
    p(file:delete(?D)),
    p(file:delete("nope")),
    p(file:delete(?D ++ "/empty")),
    p(file:rename("nope", "x")),
    p(file:rename(?D ++ "/a.txt", ?D ++ "/b.txt")),
    p(file:read_file(?D ++ "/a.txt")),
    p(file:copy(?D ++ "/b.txt", ?D ++ "/c.txt")),
    p(file:read_file(?D ++ "/c.txt")),
    p(file:copy(?D ++ "/b.txt", {?D ++ "/c.txt", [append]}, 5)),
    p(file:read_file(?D ++ "/c.txt")),
    p(file:copy("nope", ?D ++ "/d.txt")),
    p(file:copy(?D ++ "/b.txt", ?D ++ "/nod/d.txt")),
    {ok, I} = file:read_file_info(?D ++ "/b.txt"),
    p({I#file_info.size, I#file_info.type, I#file_info.access, I#file_info.links}),
    p(is_tuple(I#file_info.mtime) andalso tuple_size(I#file_info.mtime)),
    {ok, I2} = file:read_file_info(?D ++ "/b.txt", [{time, posix}]),
    p(is_integer(I2#file_info.mtime)),
    p(file:read_file_info("nope")),
    p(file:read_file_info(?D ++ "/b.txt/x")),
    {ok, ID} = file:read_file_info(?D),
    p(ID#file_info.type),
    p(file:write_file_info(?D ++ "/b.txt", I#file_info{mode = 8#100400})),
    {ok, I3} = file:read_file_info(?D ++ "/b.txt"),
    p({I3#file_info.mode band 8#777}),
    ok = file:write_file_info(?D ++ "/b.txt", #file_info{mode = 8#100644}),
    p(file:write_file_info(?D ++ "/b.txt", #file_info{mtime = {{2020, 1, 2}, {3, 4, 5}}}, [{time, universal}])),
    {ok, I4} = file:read_file_info(?D ++ "/b.txt", [{time, universal}]),
    p(I4#file_info.mtime),
    {ok, I5} = file:read_file_info(?D ++ "/b.txt", [{time, posix}]),
    p(I5#file_info.mtime),
    ok = file:make_dir(?D ++ "/sub"),
    ok = file:write_file(?D ++ "/sub/f", "x"),
    p(file:del_dir(?D ++ "/sub")),
    p(file:del_dir_r(?D ++ "/sub")),
    p(file:del_dir_r(?D ++ "/sub")),
    consult().

consult() ->
    p(file:consult("nope")),
    W = fun(Name, Text) -> ok = file:write_file(?D ++ "/" ++ Name, Text), file:consult(?D ++ "/" ++ Name) end,
    p(W("t1", "{a, 1}.\n[x, \"y\" \"z\", $c, -3, 2.5e3, <<1,2>>, <<\"ab\">>].\n% comment\n#{k => [v]}. 'q w'.")),
    p(W("t2", "")),
    p(W("t3", "{a, 1}.\n[x,\"y\".\n")),
    p(W("t4", "{a, 1}.\n\n{b, X}.\n")),
    p(W("t5", "{a, 1}")),
    p(W("t6", "[1 | 2]. {}. [].\n-7.5. 16#ff. \"\".")),
    p(file:path_consult(["nope", ?D], "t1")),
    p(file:path_consult(["nope"], "t1")).
