%% supervisor: OTP 25's supervisor as a gen_server callback module. Children are kept in a list
%% in termination order (the reverse of start order); simple_one_for_one keeps its dynamic
%% children in a map Pid => Args. Restart intensity is the list of restart times (seconds) within
%% the period, newest first, exactly as OTP counts it. Reports go through the logger in OTP's layout.
-module(supervisor).
-behaviour(gen_server).
-export([start_link/2, start_link/3, start_child/2, restart_child/2, delete_child/2,
         terminate_child/2, which_children/1, count_children/1, check_childspecs/1,
         check_childspecs/2, get_childspec/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3,
         format_status/2, add_restart/3]).

-record(child, {pid = undefined, id, mfargs, restart_type, significant = false,
                shutdown, child_type, modules = []}).
-record(state, {name, strategy, children = [], dynamics = #{}, dynamic_restarts = 0,
                intensity, period, restarts = [], auto_shutdown = never, module, args}).

-define(is_simple(State), State#state.strategy =:= simple_one_for_one).

start_link(Mod, Args) ->
    gen_server:start_link(supervisor, {self, Mod, Args}, []).

start_link(SupName, Mod, Args) ->
    gen_server:start_link(SupName, supervisor, {SupName, Mod, Args}, []).

start_child(Sup, ChildSpec) -> call(Sup, {start_child, ChildSpec}).
restart_child(Sup, Id) -> call(Sup, {restart_child, Id}).
delete_child(Sup, Id) -> call(Sup, {delete_child, Id}).
terminate_child(Sup, Id) -> call(Sup, {terminate_child, Id}).
get_childspec(Sup, Id) -> call(Sup, {get_childspec, Id}).
which_children(Sup) -> call(Sup, which_children).
count_children(Sup) -> call(Sup, count_children).

call(Sup, Req) -> gen_server:call(Sup, Req, infinity).

check_childspecs(ChildSpecs) -> check_childspecs(ChildSpecs, undefined).

check_childspecs(ChildSpecs, AutoShutdown) when is_list(ChildSpecs) ->
    A = case AutoShutdown of undefined -> never; _ -> AutoShutdown end,
    case check_startspec(ChildSpecs, A) of
        {ok, _} -> ok;
        Error -> {error, Error}
    end;
check_childspecs(X, _) -> {error, {badarg, X}}.

%% ---- gen_server callbacks ----

init({SupName, Mod, Args}) ->
    process_flag(trap_exit, true),
    case Mod:init(Args) of
        {ok, {SupFlags, StartSpec}} ->
            case set_flags(SupFlags, #state{name = supname(SupName, Mod), module = Mod, args = Args}) of
                {ok, State} when ?is_simple(State) -> init_dynamic(State, StartSpec);
                {ok, State} -> init_children(State, StartSpec);
                Error -> {stop, {supervisor_data, Error}}
            end;
        ignore -> ignore;
        Error -> {stop, {bad_return, {Mod, init, Error}}}
    end.

supname(self, Mod) -> {self(), Mod};
supname(N, _) -> N.

init_children(State, StartSpec) ->
    case check_startspec(StartSpec, State#state.auto_shutdown) of
        {ok, Children} ->
            case start_children(Children, State#state.name) of
                {ok, Started} -> {ok, State#state{children = Started}};
                {error, Partial, Reason} ->
                    terminate_children(Partial, State#state.name),
                    {stop, {shutdown, Reason}}
            end;
        Error -> {stop, {start_spec, Error}}
    end.

init_dynamic(State, [StartSpec]) ->
    case check_startspec([StartSpec], State#state.auto_shutdown) of
        {ok, Children} -> {ok, State#state{children = Children}};
        Error -> {stop, {start_spec, Error}}
    end;
init_dynamic(_State, StartSpec) ->
    {stop, {bad_start_spec, StartSpec}}.

%% Starts children given in start order; returns them in termination order.
start_children(Children, SupName) -> start_children(Children, SupName, []).

start_children([Child | Rest], SupName, Started) ->
    case do_start_child(SupName, Child) of
        {ok, undefined} when Child#child.restart_type =:= temporary ->
            start_children(Rest, SupName, Started);
        {ok, Pid} ->
            start_children(Rest, SupName, [Child#child{pid = Pid} | Started]);
        {ok, Pid, _Extra} ->
            start_children(Rest, SupName, [Child#child{pid = Pid} | Started]);
        {error, Reason} ->
            report_error(start_error, Reason, Child, SupName),
            Keep = [C#child{pid = undefined} || C <- Rest, C#child.restart_type =/= temporary],
            {error, lists:reverse(Keep) ++ [Child#child{pid = undefined} | Started],
             {failed_to_start_child, Child#child.id, Reason}}
    end;
start_children([], _SupName, Started) ->
    {ok, Started}.

do_start_child(SupName, Child) ->
    #child{mfargs = {M, F, Args}} = Child,
    case do_start_child_i(M, F, Args) of
        {ok, Pid} when is_pid(Pid) ->
            report_progress(Child#child{pid = Pid}, SupName),
            {ok, Pid};
        {ok, Pid, Extra} when is_pid(Pid) ->
            report_progress(Child#child{pid = Pid}, SupName),
            {ok, Pid, Extra};
        Other -> Other
    end.

do_start_child_i(M, F, A) ->
    case catch apply(M, F, A) of
        {ok, Pid} when is_pid(Pid) -> {ok, Pid};
        {ok, Pid, Extra} when is_pid(Pid) -> {ok, Pid, Extra};
        ignore -> {ok, undefined};
        {error, Error} -> {error, Error};
        What -> {error, What}
    end.

handle_call({start_child, EArgs}, _From, State) when ?is_simple(State) ->
    [Child] = State#state.children,
    #child{mfargs = {M, F, A}} = Child,
    Args = A ++ EArgs,
    case do_start_child_i(M, F, Args) of
        {ok, undefined} -> {reply, {ok, undefined}, State};
        {ok, Pid} -> {reply, {ok, Pid}, dyn_store(Pid, Args, State)};
        {ok, Pid, Extra} -> {reply, {ok, Pid, Extra}, dyn_store(Pid, Args, State)};
        What -> {reply, What, State}
    end;
handle_call({start_child, ChildSpec}, _From, State) ->
    case check_childspec(ChildSpec, State#state.auto_shutdown) of
        {ok, Child} ->
            {Resp, NState} = handle_start_child(Child, State),
            {reply, Resp, NState};
        What -> {reply, {error, What}, State}
    end;
handle_call({terminate_child, Id}, _From, State) when not is_pid(Id), ?is_simple(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({terminate_child, Pid}, _From, State) when ?is_simple(State) ->
    %% As in OTP, a pid that is no child but is dead anyway counts as terminated.
    Known = maps:is_key(Pid, State#state.dynamics),
    Restarting = maps:is_key({restarting, Pid}, State#state.dynamics),
    case Known orelse Restarting orelse not is_process_alive(Pid) of
        true ->
            [Child] = State#state.children,
            Key = case Restarting of true -> {restarting, Pid}; false -> Pid end,
            do_terminate(Child#child{pid = Key}, State#state.name),
            {reply, ok, dyn_erase(Key, State)};
        false -> {reply, {error, not_found}, State}
    end;
handle_call({terminate_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, Child} ->
            do_terminate(Child, State#state.name),
            {reply, ok, del_child(Child, State)};
        error -> {reply, {error, not_found}, State}
    end;
handle_call({restart_child, _Id}, _From, State) when ?is_simple(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({restart_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined} = Child} ->
            case do_start_child(State#state.name, Child) of
                {ok, Pid} -> {reply, {ok, Pid}, set_pid(Pid, Id, State)};
                {ok, Pid, Extra} -> {reply, {ok, Pid, Extra}, set_pid(Pid, Id, State)};
                Error -> {reply, Error, State}
            end;
        {ok, #child{pid = {restarting, _}}} -> {reply, {error, restarting}, State};
        {ok, _} -> {reply, {error, running}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call({delete_child, _Id}, _From, State) when ?is_simple(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({delete_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined}} ->
            {reply, ok, State#state{children = lists:keydelete(Id, #child.id, State#state.children)}};
        {ok, #child{pid = {restarting, _}}} -> {reply, {error, restarting}, State};
        {ok, _} -> {reply, {error, running}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call({get_childspec, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, Child} -> {reply, {ok, child_to_spec(Child)}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call(which_children, _From, State) when ?is_simple(State) ->
    [#child{child_type = CT, modules = Mods}] = State#state.children,
    Reply = [case P of
                 {restarting, _} -> {undefined, restarting, CT, Mods};
                 _ -> {undefined, P, CT, Mods}
             end || P <- maps:keys(State#state.dynamics)],
    {reply, Reply, State};
handle_call(which_children, _From, State) ->
    Reply = [case C of
                 #child{pid = {restarting, _}} -> {Id, restarting, CT, Mods};
                 #child{pid = Pid} -> {Id, Pid, CT, Mods}
             end || #child{id = Id, child_type = CT, modules = Mods} = C <- State#state.children],
    {reply, Reply, State};
handle_call(count_children, _From, State) when ?is_simple(State) ->
    [#child{child_type = CT}] = State#state.children,
    Sz = maps:size(State#state.dynamics),
    Active = Sz - State#state.dynamic_restarts,
    Reply = case CT of
                supervisor -> [{specs, 1}, {active, Active}, {supervisors, Sz}, {workers, 0}];
                worker -> [{specs, 1}, {active, Active}, {supervisors, 0}, {workers, Sz}]
            end,
    {reply, Reply, State};
handle_call(count_children, _From, State) ->
    {Specs, Active, Supers, Workers} =
        lists:foldl(fun count_child/2, {0, 0, 0, 0}, State#state.children),
    {reply, [{specs, Specs}, {active, Active}, {supervisors, Supers}, {workers, Workers}], State}.

count_child(#child{pid = Pid, child_type = Type}, {Specs, Active, Supers, Workers}) ->
    A = case is_pid(Pid) andalso is_process_alive(Pid) of true -> 1; false -> 0 end,
    case Type of
        worker -> {Specs + 1, Active + A, Supers, Workers + 1};
        supervisor -> {Specs + 1, Active + A, Supers + 1, Workers}
    end.

handle_cast({try_again_restart, TryAgainId}, State) ->
    case find_restarting(TryAgainId, State) of
        {ok, Child} ->
            case restart(Child, State) of
                {ok, State1} -> {noreply, State1};
                {shutdown, State1} -> {stop, shutdown, State1}
            end;
        error -> {noreply, State}
    end.

handle_info({'EXIT', Pid, Reason}, State) ->
    case find_child_by_pid(Pid, State) of
        {ok, Child} ->
            case do_restart(Reason, Child, State) of
                {ok, State1} -> {noreply, State1};
                {shutdown, State1} -> {stop, shutdown, State1}
            end;
        error -> {noreply, State}
    end;
handle_info(Msg, State) ->
    case minierl_otp:enabled(error) of
        true ->
            minierl_otp:log(error, "ERROR REPORT",
                            io_lib:format("Supervisor received unexpected message: ~tp~n", [Msg]));
        false -> ok
    end,
    {noreply, State}.

terminate(_Reason, State) when ?is_simple(State) ->
    terminate_dynamic_children(State);
terminate(_Reason, State) ->
    terminate_children(State#state.children, State#state.name),
    ok.

code_change(_, State, _) ->
    case (State#state.module):init(State#state.args) of
        {ok, {SupFlags, StartSpec}} ->
            case set_flags(SupFlags, State) of
                {ok, State1} -> update_childspec(State1, StartSpec);
                {invalid_type, SupFlags} -> {error, {bad_flags, SupFlags}};
                Error -> {error, Error}
            end;
        ignore -> {ok, State};
        Error -> Error
    end.

update_childspec(State, StartSpec) when ?is_simple(State) ->
    case check_startspec(StartSpec, State#state.auto_shutdown) of
        {ok, [_] = Children} -> {ok, State#state{children = Children}};
        {ok, _} -> {error, {bad_start_spec, StartSpec}};
        Error -> {error, Error}
    end;
update_childspec(State, StartSpec) ->
    case check_startspec(StartSpec, State#state.auto_shutdown) of
        {ok, New} ->
            Old = State#state.children,
            Updated = [case lists:keyfind(Id, #child.id, Old) of
                           #child{pid = Pid} -> C#child{pid = Pid};
                           false -> C
                       end || #child{id = Id} = C <- lists:reverse(New)],
            Kept = [C || #child{id = Id} = C <- Old, not lists:keymember(Id, #child.id, New)],
            {ok, State#state{children = Updated ++ Kept}};
        Error -> {error, Error}
    end.

format_status(terminate, [_PDict, State]) -> State;
format_status(_, [_PDict, State]) ->
    [{data, [{"State", State}]}, {supervisor, [{"Callback", State#state.module}]}].

%% ---- child bookkeeping ----

find_child(Id, State) ->
    case lists:keyfind(Id, #child.id, State#state.children) of
        false -> error;
        Child -> {ok, Child}
    end.

find_child_by_pid(Pid, State) when ?is_simple(State) ->
    case maps:find(Pid, State#state.dynamics) of
        {ok, Args} ->
            [Child] = State#state.children,
            {M, F, _} = Child#child.mfargs,
            {ok, Child#child{pid = Pid, mfargs = {M, F, Args}}};
        error -> error
    end;
find_child_by_pid(Pid, State) ->
    case lists:keyfind(Pid, #child.pid, State#state.children) of
        false -> error;
        Child -> {ok, Child}
    end.

find_restarting({restarting, _} = R, State) when ?is_simple(State) ->
    find_child_by_pid(R, State);
find_restarting(Id, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = {restarting, _}} = Child} -> {ok, Child};
        {ok, #child{pid = undefined} = Child} -> {ok, Child};
        _ -> error
    end.

handle_start_child(Child, State) ->
    case find_child(Child#child.id, State) of
        error ->
            case do_start_child(State#state.name, Child) of
                {ok, undefined} when Child#child.restart_type =:= temporary ->
                    {{ok, undefined}, State};
                {ok, Pid} ->
                    {{ok, Pid}, save_child(Child#child{pid = Pid}, State)};
                {ok, Pid, Extra} ->
                    {{ok, Pid, Extra}, save_child(Child#child{pid = Pid}, State)};
                {error, What} ->
                    {{error, {What, child_to_spec_tuple(Child)}}, State}
            end;
        {ok, #child{pid = Pid}} when is_pid(Pid) ->
            {{error, {already_started, Pid}}, State};
        {ok, _} ->
            {{error, already_present}, State}
    end.

%% OTP puts its internal child record in this error; we show the same fields as a tuple.
child_to_spec_tuple(#child{id = Id, mfargs = MFA, restart_type = R, significant = S,
                           shutdown = Sh, child_type = T, modules = M}) ->
    {child, undefined, Id, MFA, R, S, Sh, T, M}.

save_child(Child, State) ->
    State#state{children = [Child | State#state.children]}.

set_pid(Pid, Id, State) ->
    State#state{children = set_pid_in(Pid, Id, State#state.children)}.

set_pid_in(Pid, Id, Children) ->
    [case C of #child{id = Id} -> C#child{pid = Pid}; _ -> C end || C <- Children].

%% After its process is gone: temporary children are forgotten, the others stay as specs.
del_child(#child{pid = Pid}, State) when ?is_simple(State) ->
    dyn_erase(Pid, State);
del_child(#child{id = Id, restart_type = temporary}, State) ->
    State#state{children = lists:keydelete(Id, #child.id, State#state.children)};
del_child(#child{id = Id}, State) ->
    set_pid(undefined, Id, State).

dyn_store(Pid, Args, State) ->
    State#state{dynamics = maps:put(Pid, Args, State#state.dynamics)}.

dyn_erase(Pid, State) ->
    State#state{dynamics = maps:remove(Pid, State#state.dynamics)}.

%% ---- restarting ----

do_restart(Reason, #child{restart_type = permanent} = Child, State) ->
    report_error(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
do_restart(normal, Child, State) -> do_auto_shutdown(Child, del_child(Child, State));
do_restart(shutdown, Child, State) -> do_auto_shutdown(Child, del_child(Child, State));
do_restart({shutdown, _}, Child, State) -> do_auto_shutdown(Child, del_child(Child, State));
do_restart(Reason, #child{restart_type = transient} = Child, State) ->
    report_error(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
do_restart(Reason, #child{restart_type = temporary} = Child, State) ->
    report_error(child_terminated, Reason, Child, State#state.name),
    do_auto_shutdown(Child, del_child(Child, State)).

do_auto_shutdown(_Child, #state{auto_shutdown = never} = State) -> {ok, State};
do_auto_shutdown(#child{significant = false}, State) -> {ok, State};
do_auto_shutdown(_Child, #state{auto_shutdown = any_significant} = State) -> {shutdown, State};
do_auto_shutdown(_Child, State) when ?is_simple(State) ->
    case maps:size(State#state.dynamics) of
        0 -> {shutdown, State};
        _ -> {ok, State}
    end;
do_auto_shutdown(_Child, State) ->
    case [C || #child{pid = P, significant = true} = C <- State#state.children, P =/= undefined] of
        [] -> {shutdown, State};
        _ -> {ok, State}
    end.

restart(Child, State) ->
    {Verdict, Restarts} = add_restart(State#state.restarts, erlang:monotonic_time(second),
                                      {State#state.intensity, State#state.period}),
    NState = State#state{restarts = Restarts},
    case Verdict of
        ok ->
            case restart(NState#state.strategy, Child, NState) of
                {{try_again, TryAgainId}, NState2} ->
                    gen_server:cast(self(), {try_again_restart, TryAgainId}),
                    {ok, NState2};
                Other -> Other
            end;
        terminate ->
            report_error(shutdown, reached_max_restart_intensity, Child, State#state.name),
            {shutdown, del_child(Child, NState)}
    end.

%% The restart bookkeeping: Restarts holds the times (in seconds) of the restarts within the
%% period, newest first. A new restart at Now is allowed while at most Intensity restarts fall in
%% the window [Now - Period, Now]; one more and the supervisor gives up.
add_restart(Restarts, Now, {Intensity, Period}) ->
    Threshold = Now - Period,
    Recent = [Now | lists:takewhile(fun(R) -> R >= Threshold end, Restarts)],
    case length(Recent) =< Intensity of
        true -> {ok, Recent};
        false -> {terminate, Recent}
    end.

restart(simple_one_for_one, Child, State0) ->
    #child{pid = OldPid, mfargs = {M, F, A}} = Child,
    State1 = case OldPid of
                 {restarting, _} -> State0#state{dynamic_restarts = State0#state.dynamic_restarts - 1};
                 _ -> State0
             end,
    State2 = dyn_erase(OldPid, State1),
    case do_start_child_i(M, F, A) of
        {ok, Pid} -> {ok, dyn_store(Pid, A, State2)};
        {ok, Pid, _Extra} -> {ok, dyn_store(Pid, A, State2)};
        {error, Error} ->
            ROldPid = restarting(OldPid),
            State3 = State2#state{dynamic_restarts = State2#state.dynamic_restarts + 1},
            NState = dyn_store(ROldPid, A, State3),
            report_error(start_error, Error, Child, NState#state.name),
            {{try_again, ROldPid}, NState}
    end;
restart(one_for_one, #child{id = Id} = Child, State) ->
    case do_start_child(State#state.name, Child) of
        {ok, Pid} -> {ok, set_pid(Pid, Id, State)};
        {ok, Pid, _Extra} -> {ok, set_pid(Pid, Id, State)};
        {error, Reason} ->
            report_error(start_error, Reason, Child, State#state.name),
            {{try_again, Id}, set_pid(restarting(Child#child.pid), Id, State)}
    end;
restart(rest_for_one, #child{id = Id} = Child, State) ->
    %% Children are in termination order: the ones started after Child come before it.
    {After, [_ | Before]} = lists:splitwith(fun(#child{id = I}) -> I =/= Id end, State#state.children),
    {Return, After2} = restart_multiple(Child, After ++ [Child], State#state.name),
    {Return, State#state{children = After2 ++ Before}};
restart(one_for_all, Child, State) ->
    {Return, NChildren} = restart_multiple(Child, State#state.children, State#state.name),
    {Return, State#state{children = NChildren}}.

%% Terminates Children (termination order, the dead Child included) and starts them again.
restart_multiple(Child, Children, SupName) ->
    Living = [case C of #child{id = I} when I =:= Child#child.id -> C#child{pid = undefined}; _ -> C end
              || C <- Children],
    Remaining = terminate_children(Living, SupName),
    case start_children(lists:reverse(Remaining), SupName) of
        {ok, NChildren} -> {ok, NChildren};
        {error, NChildren, {failed_to_start_child, FailedId, _Reason}} ->
            NewPid = case FailedId =:= Child#child.id of
                         true -> restarting(Child#child.pid);
                         false -> {restarting, undefined}
                     end,
            {{try_again, FailedId}, set_pid_in(NewPid, FailedId, NChildren)}
    end.

restarting(Pid) when is_pid(Pid) -> {restarting, Pid};
restarting(RPid) -> RPid.

%% ---- shutting children down ----

%% Children in termination order; returns the ones that remain as specs (not temporary).
terminate_children(Children, SupName) ->
    terminate_children(Children, SupName, []).

terminate_children([Child | Rest], SupName, Acc) ->
    do_terminate(Child, SupName),
    case Child#child.restart_type of
        temporary -> terminate_children(Rest, SupName, Acc);
        _ -> terminate_children(Rest, SupName, [Child#child{pid = undefined} | Acc])
    end;
terminate_children([], _SupName, Acc) ->
    lists:reverse(Acc).

do_terminate(#child{pid = Pid} = Child, SupName) when is_pid(Pid) ->
    case shutdown(Child) of
        ok -> ok;
        {error, OtherReason} -> report_error(shutdown_error, OtherReason, Child, SupName)
    end,
    ok;
do_terminate(_Child, _SupName) ->
    ok.

shutdown(#child{pid = Pid, shutdown = brutal_kill} = Child) ->
    Mon = erlang:monitor(process, Pid),
    exit(Pid, kill),
    receive
        {'DOWN', Mon, process, Pid, Reason0} ->
            check_shutdown(unlink_flush(Pid, Reason0), killed, Child)
    end;
shutdown(#child{pid = Pid, shutdown = Time} = Child) ->
    Mon = erlang:monitor(process, Pid),
    exit(Pid, shutdown),
    receive
        {'DOWN', Mon, process, Pid, Reason0} ->
            check_shutdown(unlink_flush(Pid, Reason0), shutdown, Child)
    after Time ->
        exit(Pid, kill),
        receive
            {'DOWN', Mon, process, Pid, Reason0} ->
                check_shutdown(unlink_flush(Pid, Reason0), shutdown, Child)
        end
    end.

check_shutdown(Expected, Expected, _Child) -> ok;
check_shutdown(shutdown, _, #child{restart_type = R}) when R =/= permanent -> ok;
check_shutdown({shutdown, _}, _, #child{restart_type = R}) when R =/= permanent -> ok;
check_shutdown(normal, _, #child{restart_type = R}) when R =/= permanent -> ok;
check_shutdown(Reason, _, _Child) -> {error, Reason}.

unlink_flush(Pid, DefaultReason) ->
    unlink(Pid),
    receive
        {'EXIT', Pid, Reason} -> Reason
    after 0 -> DefaultReason
    end.

terminate_dynamic_children(State) ->
    [Child] = State#state.children,
    Pids = maps:fold(
             fun(P, _, Acc) when is_pid(P) ->
                     Mon = erlang:monitor(process, P),
                     case Child#child.shutdown of
                         brutal_kill -> exit(P, kill);
                         _ -> exit(P, shutdown)
                     end,
                     Acc#{{P, Mon} => true};
                (_, _, Acc) -> Acc
             end, #{}, State#state.dynamics),
    TRef = case Child#child.shutdown of
               brutal_kill -> undefined;
               infinity -> undefined;
               Time -> erlang:start_timer(Time, self(), kill)
           end,
    Errors = wait_dynamic_children(Child, Pids, maps:size(Pids), TRef, #{}),
    maps:foreach(fun(Reason, Ls) ->
                         report_error(shutdown_error, Reason, Child#child{pid = Ls}, State#state.name)
                 end, Errors).

wait_dynamic_children(_Child, _Pids, 0, undefined, Errors) -> Errors;
wait_dynamic_children(_Child, _Pids, 0, TRef, Errors) ->
    _ = erlang:cancel_timer(TRef),
    receive {timeout, TRef, kill} -> Errors after 0 -> Errors end;
wait_dynamic_children(Child, Pids, Sz, TRef, Errors) ->
    Expected = case Child#child.shutdown of brutal_kill -> killed; _ -> shutdown end,
    receive
        {'DOWN', Mon, process, Pid, Reason0} when is_map_key({Pid, Mon}, Pids) ->
            Rest = maps:remove({Pid, Mon}, Pids),
            case check_shutdown(unlink_flush(Pid, Reason0), Expected, Child) of
                ok -> wait_dynamic_children(Child, Rest, Sz - 1, TRef, Errors);
                {error, Reason} ->
                    wait_dynamic_children(Child, Rest, Sz - 1, TRef,
                                          maps:put(Reason, [Pid | maps:get(Reason, Errors, [])], Errors))
            end;
        {timeout, TRef, kill} ->
            maps:foreach(fun({P, _}, _) -> exit(P, kill) end, Pids),
            wait_dynamic_children(Child, Pids, Sz, undefined, Errors)
    end.

%% ---- flags and child specs ----

set_flags(Flags, State) ->
    try check_flags(Flags) of
        #{strategy := Strategy, intensity := MaxIntensity, period := Period,
          auto_shutdown := AutoShutdown} ->
            {ok, State#state{strategy = Strategy, intensity = MaxIntensity,
                             period = Period, auto_shutdown = AutoShutdown}}
    catch
        throw:Thrown -> Thrown
    end.

check_flags(SupFlags) when is_map(SupFlags) ->
    do_check_flags(maps:merge(#{strategy => one_for_one, intensity => 1, period => 5,
                                auto_shutdown => never}, SupFlags));
check_flags({Strategy, MaxIntensity, Period}) ->
    check_flags(#{strategy => Strategy, intensity => MaxIntensity, period => Period,
                  auto_shutdown => never});
check_flags(What) ->
    throw({invalid_type, What}).

do_check_flags(#{strategy := Strategy, intensity := MaxIntensity, period := Period,
                 auto_shutdown := AutoShutdown} = Flags) ->
    valid_strategy(Strategy),
    valid_intensity(MaxIntensity),
    valid_period(Period),
    valid_auto_shutdown(AutoShutdown),
    Flags.

valid_strategy(S) when S =:= simple_one_for_one; S =:= one_for_one; S =:= one_for_all;
                       S =:= rest_for_one -> true;
valid_strategy(What) -> throw({invalid_strategy, What}).

valid_intensity(Max) when is_integer(Max), Max >= 0 -> true;
valid_intensity(What) -> throw({invalid_intensity, What}).

valid_period(Period) when is_integer(Period), Period > 0 -> true;
valid_period(What) -> throw({invalid_period, What}).

valid_auto_shutdown(A) when A =:= never; A =:= any_significant; A =:= all_significant -> true;
valid_auto_shutdown(What) -> throw({invalid_auto_shutdown, What}).

%% Checks child specs given in start order; returns the #child records in start order.
check_startspec(Children, AutoShutdown) -> check_startspec(Children, [], AutoShutdown).

check_startspec([ChildSpec | T], Acc, AutoShutdown) ->
    case check_childspec(ChildSpec, AutoShutdown) of
        {ok, #child{id = Id} = Child} ->
            case lists:keymember(Id, #child.id, Acc) of
                true -> {duplicate_child_name, Id};
                false -> check_startspec(T, [Child | Acc], AutoShutdown)
            end;
        Error -> Error
    end;
check_startspec([], Acc, _AutoShutdown) ->
    {ok, lists:reverse(Acc)};
check_startspec(X, _Acc, _AutoShutdown) ->
    {invalid_child_spec, X}.

check_childspec(ChildSpec, AutoShutdown) when is_map(ChildSpec) ->
    catch do_check_childspec(maps:merge(#{restart => permanent, type => worker}, ChildSpec),
                             AutoShutdown);
check_childspec({Id, Func, RestartType, Shutdown, ChildType, Mods}, AutoShutdown) ->
    check_childspec(#{id => Id, start => Func, restart => RestartType, significant => false,
                      shutdown => Shutdown, type => ChildType, modules => Mods}, AutoShutdown);
check_childspec(X, _AutoShutdown) -> {invalid_child_spec, X}.

do_check_childspec(#{restart := RestartType, type := ChildType} = ChildSpec, AutoShutdown) ->
    Id = case ChildSpec of #{id := I} -> I; _ -> throw(missing_id) end,
    Func = case ChildSpec of #{start := F} -> F; _ -> throw(missing_start) end,
    valid_func(Func),
    valid_restart_type(RestartType),
    Significant = case ChildSpec of #{significant := Signf} -> Signf; _ -> false end,
    valid_significant(Significant, RestartType, AutoShutdown),
    valid_child_type(ChildType),
    Shutdown = case ChildSpec of
                   #{shutdown := S} -> S;
                   #{type := worker} -> 5000;
                   #{type := supervisor} -> infinity
               end,
    valid_shutdown(Shutdown),
    Mods = case ChildSpec of
               #{modules := Ms} -> Ms;
               _ -> {M, _, _} = Func, [M]
           end,
    valid_mods(Mods),
    {ok, #child{id = Id, mfargs = Func, restart_type = RestartType, significant = Significant,
                shutdown = Shutdown, child_type = ChildType, modules = Mods}}.

valid_child_type(supervisor) -> true;
valid_child_type(worker) -> true;
valid_child_type(What) -> throw({invalid_child_type, What}).

valid_func({M, F, A}) when is_atom(M), is_atom(F), is_list(A) -> true;
valid_func(Func) -> throw({invalid_mfa, Func}).

valid_restart_type(R) when R =:= permanent; R =:= temporary; R =:= transient -> true;
valid_restart_type(RestartType) -> throw({invalid_restart_type, RestartType}).

valid_significant(true, _RestartType, never) ->
    throw({bad_combination, [{auto_shutdown, never}, {significant, true}]});
valid_significant(true, permanent, _AutoShutdown) ->
    throw({bad_combination, [{restart, permanent}, {significant, true}]});
valid_significant(Significant, _RestartType, _AutoShutdown) when is_boolean(Significant) -> true;
valid_significant(Significant, _RestartType, _AutoShutdown) ->
    throw({invalid_significant, Significant}).

valid_shutdown(Shutdown) when is_integer(Shutdown), Shutdown >= 0 -> true;
valid_shutdown(infinity) -> true;
valid_shutdown(brutal_kill) -> true;
valid_shutdown(Shutdown) -> throw({invalid_shutdown, Shutdown}).

valid_mods(dynamic) -> true;
valid_mods(Mods) when is_list(Mods) ->
    lists:foreach(fun(Mod) when is_atom(Mod) -> ok;
                     (Mod) -> throw({invalid_module, Mod})
                  end, Mods);
valid_mods(Mods) -> throw({invalid_modules, Mods}).

child_to_spec(#child{id = Id, mfargs = Func, restart_type = RestartType, significant = Significant,
                     shutdown = Shutdown, child_type = ChildType, modules = Mods}) ->
    #{id => Id, start => Func, restart => RestartType, significant => Significant,
      shutdown => Shutdown, type => ChildType, modules => Mods}.

%% ---- reports ----

extract_child(#child{pid = Pid} = Child) when is_list(Pid) ->
    [{nb_children, length(Pid)} | child_fields(Child)];
extract_child(Child) ->
    [{pid, Child#child.pid} | child_fields(Child)].

child_fields(Child) ->
    [{id, Child#child.id},
     {mfargs, Child#child.mfargs},
     {restart_type, Child#child.restart_type},
     {significant, Child#child.significant},
     {shutdown, Child#child.shutdown},
     {child_type, Child#child.child_type}].

report_error(Error, Reason, Child, SupName) ->
    case minierl_otp:enabled(error) of
        true ->
            minierl_otp:log(error, "SUPERVISOR REPORT",
                            io_lib:format("    supervisor: ~tp~n    errorContext: ~tp~n"
                                          "    reason: ~tp~n    offender: ~tp~n",
                                          [SupName, Error, Reason, extract_child(Child)]));
        false -> ok
    end.

report_progress(Child, SupName) ->
    case minierl_otp:enabled(info) of
        true ->
            minierl_otp:log(info, "PROGRESS REPORT",
                            io_lib:format("    supervisor: ~tp~n    started: ~tp~n",
                                          [SupName, extract_child(Child)]));
        false -> ok
    end.
