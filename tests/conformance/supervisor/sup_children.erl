%% supervisor: child specs (maps and tuples), restart types, child management calls
-module(sup_children).
-mode(compile).
-export([main/1, init/1, start_worker/2, worker/2]).

main(_) ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, my_sup}, ?MODULE, top),
    show(ids(my_sup)),
    show(supervisor:count_children(Sup)),
    %% restart types: an abnormal exit restarts permanent and transient children
    [stop_child(Id, oops) || Id <- [perm, trans]],
    timer:sleep(30),
    show(status(Sup)),
    %% a normal exit restarts only permanent ones; temporary ones are forgotten either way
    [stop_child(Id, normal) || Id <- [perm, trans, temp]],
    timer:sleep(30),
    show(status(Sup)),
    %% start_child with a map and a tuple spec
    show(ok_pid(supervisor:start_child(Sup, #{id => extra, start => {?MODULE, start_worker, [extra, 0]},
                                              restart => transient, shutdown => brutal_kill}))),
    show(ok_pid(supervisor:start_child(Sup, {extra2, {?MODULE, start_worker, [extra2, 0]},
                                             temporary, 1000, worker, [?MODULE]}))),
    show(element(1, supervisor:start_child(Sup, #{id => extra, start => {?MODULE, start_worker, [extra, 0]}}))),
    show(supervisor:start_child(Sup, #{id => bad, start => nonsense})),
    show(supervisor:start_child(Sup, #{start => {?MODULE, start_worker, [x, 0]}})),
    show(supervisor:start_child(Sup, {a, b})),
    show(supervisor:start_child(Sup, #{id => fails, start => {?MODULE, start_worker, [fails, fail]}})),
    show(supervisor:start_child(Sup, #{id => ignored, start => {?MODULE, start_worker, [ignored, ignore]}})),
    show(ids(Sup)),
    %% terminate, restart, delete
    show(supervisor:terminate_child(Sup, extra)),
    show(supervisor:terminate_child(Sup, nope)),
    show(status(Sup)),
    show(supervisor:restart_child(Sup, perm)),
    show(ok_pid(supervisor:restart_child(Sup, extra))),
    show(supervisor:terminate_child(Sup, extra)),
    show(supervisor:delete_child(Sup, perm)),
    show(supervisor:delete_child(Sup, extra)),
    show(supervisor:delete_child(Sup, extra)),
    show(supervisor:restart_child(Sup, extra)),
    show(supervisor:get_childspec(Sup, trans)),
    show(supervisor:get_childspec(Sup, nope)),
    show(supervisor:count_children(Sup)),
    show(supervisor:check_childspecs([#{id => x, start => {m, f, []}}])),
    show(supervisor:check_childspecs([#{id => x, start => {m, f, []}, restart => sometimes}])),
    show(supervisor:check_childspecs([#{id => x, start => {m, f, []}}, #{id => x, start => {m, f, []}}])),
    %% bad init returns
    show(supervisor:start_link(?MODULE, bad_flags)),
    show(supervisor:start_link(?MODULE, bad_spec)),
    show(supervisor:start_link(?MODULE, bad_return)),
    show(supervisor:start_link(?MODULE, ignore)),
    show(supervisor:start_link(?MODULE, failing_child)),
    flush(),
    ok.

show(X) -> io:format("~p~n", [X]).

flush() ->
    receive {'EXIT', _, R} -> show({exit, R}), flush() after 50 -> ok end.

ok_pid({ok, P}) when is_pid(P) -> ok;
ok_pid(Other) -> Other.

ids(Sup) -> [Id || {Id, _, _, _} <- supervisor:which_children(Sup)].

status(Sup) ->
    [{Id, case P of undefined -> undefined; _ when is_pid(P) -> running; _ -> P end}
     || {Id, P, _, _} <- supervisor:which_children(Sup)].

stop_child(Id, Reason) ->
    whereis(Id) ! {stop, Reason}.

init(top) ->
    {ok, {{one_for_one, 10, 10},
          [#{id => perm, start => {?MODULE, start_worker, [perm, 0]}},
           #{id => trans, start => {?MODULE, start_worker, [trans, 0]}, restart => transient},
           #{id => temp, start => {?MODULE, start_worker, [temp, 0]}, restart => temporary}]}};
init(bad_flags) -> {ok, {{one_for_some, 1, 1}, []}};
init(bad_spec) -> {ok, {#{}, [#{id => x, start => {?MODULE, start_worker, [x, 0]}, shutdown => -1}]}};
init(bad_return) -> {ok, nothing};
init(ignore) -> ignore;
init(failing_child) ->
    {ok, {#{}, [#{id => good, start => {?MODULE, start_worker, [good, 0]}},
                #{id => broken, start => {?MODULE, start_worker, [broken, fail]}}]}}.

start_worker(_Id, fail) -> {error, cannot_start};
start_worker(_Id, ignore) -> ignore;
start_worker(Id, N) ->
    Pid = spawn_link(?MODULE, worker, [Id, N]),
    register(Id, Pid),
    {ok, Pid}.

worker(Id, N) ->
    receive
        {stop, Reason} -> exit(Reason);
        _ -> worker(Id, N + 1)
    end.
