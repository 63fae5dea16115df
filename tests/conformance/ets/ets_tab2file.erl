%% ets:tab2file/2,3, file2tab/1,2 and tabfile_info/1: round trips keep type, protection, name,
%% keypos and every object; errors are OTP's terms. (File names are unique per run and not printed.)
-module(ets_tab2file).
-mode(compile).
-export([main/1]).

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Dir = "/tmp/ets_tab2file_" ++ os:getpid(),
    ok = file:make_dir(Dir),
    try run(Dir) after [file:delete(filename:join(Dir, F)) || {ok, Fs} <- [file:list_dir(Dir)], F <- Fs], file:del_dir(Dir) end.

run(Dir) ->
    F = fun(Name) -> filename:join(Dir, Name) end,
    T = ets:new(things, [ordered_set, named_table, {keypos, 2}, protected]),
    ets:insert(T, [{x, K, K * K} || K <- lists:seq(1, 5)]),
    p(ets:tab2file(T, F("things.tab"))),
    {ok, I} = ets:tabfile_info(F("things.tab")),
    p(lists:keydelete(version, 1, I)),
    p(ets:file2tab(F("things.tab"))),
    ets:delete(T),
    {ok, T2} = ets:file2tab(F("things.tab")),
    p(T2),
    p(ets:tab2list(T2)),
    p([ets:info(T2, K) || K <- [type, keypos, protection, named_table, size]]),
    p(ets:info(T2, owner) =:= self()),

    U = ets:new(u, [bag, public]),
    ets:insert(U, [{a, 1}, {a, 2}, {b, <<"x">>}, {c, #{k => [1.5, -(1 bsl 70)]}}, {d, {1, "str", 'Atom'}}]),
    p(ets:tab2file(U, F("u.tab"), [{extended_info, [object_count, md5sum]}, {sync, true}])),
    {ok, UI} = ets:tabfile_info(F("u.tab")),
    p(lists:keydelete(version, 1, UI)),
    {ok, U2} = ets:file2tab(F("u.tab"), [{verify, true}]),
    p(is_reference(U2)),
    p(lists:sort(ets:tab2list(U2)) =:= lists:sort(ets:tab2list(U))),
    p([ets:info(U2, K) || K <- [type, protection, named_table, size]]),

    %% many objects; the file is replaced by a smaller table's
    D = ets:new(dups, [duplicate_bag]),
    ets:insert(D, [{K rem 7, K} || K <- lists:seq(1, 2500)]),
    p(ets:tab2file(D, F("d.tab"))),
    {ok, D2} = ets:file2tab(F("d.tab")),
    p({ets:info(D2, size), lists:sort(ets:tab2list(D2)) =:= lists:sort(ets:tab2list(D))}),
    S = ets:new(small, [set, private]),
    ets:insert(S, {only, 1}),
    p(ets:tab2file(S, F("d.tab"))),
    {ok, S2} = ets:file2tab(F("d.tab"), [{verify, true}]),
    p({ets:info(S2, protection), ets:tab2list(S2)}),
    E = ets:new(empty, [set]),
    p(ets:tab2file(E, F("e.tab"))),
    {ok, E2} = ets:file2tab(F("e.tab")),
    p(ets:tab2list(E2)),

    %% errors
    Missing = F("missing.tab"),
    p(ets:file2tab(Missing) =:= {error, {read_error, {file_error, Missing, enoent}}}),
    p(ets:tabfile_info(Missing) =:= {error, {read_error, {file_error, Missing, enoent}}}),
    ok = file:write_file(F("junk.tab"), <<"junk">>),
    p(ets:file2tab(F("junk.tab")) =:= {error, {read_error, {not_a_log_file, F("junk.tab")}}}),
    p(ets:tabfile_info(F("junk.tab")) =:= {error, {read_error, {not_a_log_file, F("junk.tab")}}}),
    p(ets:tab2file(nosuch, F("x.tab"))),
    p(ets:tab2file(U, "/nonexistent_dir/x.tab")),
    p(ets:tab2file(U, F("x.tab"), [bad])),
    p(ets:tab2file(U, F("x.tab"), [{sync, maybe}])),
    p(ets:file2tab(F("u.tab"), [bad])),
    p(ets:file2tab(F("u.tab"), [{verify, 1}])),
    ok.
