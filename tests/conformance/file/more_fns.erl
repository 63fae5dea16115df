% file/filename/os/io/io_lib extras: change_*, make_link, path_open, get_cwd/1, append, env, perf_counter, quote_atom
-module(more_fns).
-mode(compile).
-export([main/1]).
-include_lib("kernel/include/file.hrl").

-define(D, "tmp_more_fns").
p(X) -> io:format("~p~n", [X]).
t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    _ = file:del_dir_r(?D),
    ok = file:make_dir(?D),
    try run() after file:del_dir_r(?D) end.

run() ->
    A = ?D ++ "/a",
    ok = file:write_file(A, "abc"),
    p(file:change_mode(A, 8#600)),
    {ok, I} = file:read_file_info(A),
    p(I#file_info.mode band 8#777),
    p(file:change_time(A, {{2021, 2, 3}, {4, 5, 6}})),
    {ok, I2} = file:read_file_info(A),
    p(I2#file_info.mtime),
    p(file:change_time(A, {{2020, 1, 1}, {0, 0, 0}}, {{2022, 12, 31}, {23, 59, 59}})),
    {ok, I3} = file:read_file_info(A),
    p({I3#file_info.atime, I3#file_info.mtime}),
    p(file:change_owner(A, I3#file_info.uid)),
    p(file:change_group(A, I3#file_info.gid)),
    p(file:change_owner(A, I3#file_info.uid, I3#file_info.gid)),
    p(t(fun() -> file:change_mode(A, x) end)),
    p(file:change_mode("nope", 8#600)),
    p(file:make_link(A, ?D ++ "/b")),
    {ok, I4} = file:read_file_info(A),
    p(I4#file_info.links),
    p(file:make_link(A, ?D ++ "/b")),
    p(file:make_link("nope", ?D ++ "/c")),
    p(file:make_symlink("a", ?D ++ "/s")),
    p(file:read_link(?D ++ "/s")),
    p(file:read_link(A)),
    {ok, LI} = file:read_link_info(?D ++ "/s"),
    p(LI#file_info.type),
    {ok, Fd, Full} = file:path_open(["nope", ?D], "a", [read]),
    p({Full, file:read(Fd, 10)}),
    file:close(Fd),
    p(file:path_open(["nope"], "a", [read])),
    p(file:path_open([], "a", [read])),
    p(element(1, file:path_open(["nope"], filename:absname(A), [read]))),
    p(file:get_cwd("c:")),
    p(file:get_cwd(123)),
    p([filename:append("a/", "b"), filename:append(<<"x">>, "y"), filename:append("x", <<"y">>), filename:append("", "")]),
    Env = os:env(),
    os:putenv("MINIERL_MORE", "v"),
    p(lists:member({"MINIERL_MORE", "v"}, os:env())),
    p(is_list(Env)),
    P1 = os:perf_counter(), P2 = os:perf_counter(),
    p(is_integer(P1) andalso P2 >= P1),
    p(is_integer(os:perf_counter(millisecond))),
    p(t(fun() -> os:perf_counter(bogus) end)),
    p([io_lib:quote_atom(A1, atom_to_list(A1)) || A1 <- [abc, 'a b', 'case', 'Abc', aB@1, '']]),
    p([io_lib:write_unicode_string([955, $a]), io_lib:write_unicode_char(955)]).
