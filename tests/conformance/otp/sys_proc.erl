%% proc_lib start/init_ack, sys on a gen_server, parent shutdown reaching terminate/2
-module(sys_proc).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, terminate/2, code_change/3,
         format_status/2, child/2]).

main(_) ->
    process_flag(trap_exit, true),
    %% proc_lib
    {ok, C} = proc_lib:start_link(?MODULE, child, [self(), ok]),
    show({started, is_pid(C)}),
    show(proc_lib:start_link(?MODULE, child, [self(), {error, nope}])),
    show(proc_lib:start(?MODULE, child, [self(), slow], 50)),
    C ! {ancestors, self()},
    receive {ancestors, A} -> show(A =:= [self()]) end,
    Pl = proc_lib:spawn_link(fun() -> receive go -> exit(normal) end end),
    Pl ! go,
    receive {'EXIT', Pl, R0} -> show({spawn_link_exit, R0}) end,
    %% sys
    {ok, S} = gen_server:start_link({local, sys_srv}, ?MODULE, 1, []),
    show(sys:get_state(sys_srv)),
    show(sys:replace_state(sys_srv, fun(X) -> X * 10 end)),
    show(gen_server:call(sys_srv, get)),
    ok = sys:suspend(sys_srv),
    show(catch gen_server:call(sys_srv, get, 50)),
    show(sys:change_code(sys_srv, ?MODULE, "0.1", add_one)),
    ok = sys:resume(sys_srv),
    show(gen_server:call(sys_srv, get)),
    show(sys:change_code(sys_srv, ?MODULE, "0.1", add_one)),
    {status, Pid, Mod, [_PDict, SysState, Parent, _Dbg, Misc]} = sys:get_status(sys_srv),
    show({Pid =:= S, Mod, SysState, Parent =:= self(), Misc}),
    show(catch sys:get_state(no_such_process)),
    %% the parent's exit reaches terminate/2 of a server trapping exits
    exit(S, shutdown),
    receive {'EXIT', S, R} -> show({exit, R}) end,
    ok.

show(X) -> io:format("~p~n", [X]).

child(Parent, ok) ->
    proc_lib:init_ack(Parent, {ok, self()}),
    receive {ancestors, From} -> From ! {ancestors, get('$ancestors')} end;
child(_Parent, {error, R}) ->
    proc_lib:init_ack({error, R});
child(_Parent, slow) ->
    timer:sleep(500).

init(N) -> process_flag(trap_exit, true), {ok, N}.
handle_call(get, _From, N) -> {reply, N, N}.
handle_cast(_, N) -> {noreply, N}.
terminate(Reason, N) -> io:format("terminate ~p ~p~n", [Reason, N]).
code_change("0.1", N, add_one) -> {ok, N + 1}.
format_status(_Opt, [_PDict, N]) -> [{data, [{"Counter", N}]}].
