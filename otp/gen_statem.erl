%% gen_statem: OTP 25's generic state machine on proc_lib, gen and sys. Callback modes
%% state_functions and handle_event_function, with or without state enter calls; events from
%% calls, casts, infos, timeouts and next_event actions; postponing; event, state and generic
%% (named) timeouts. The event queue holds inserted and retried events, head first; postponed
%% events are kept newest first and retried, oldest first, after the next state change.
-module(gen_statem).
-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3, cast/2, reply/1, reply/2, send_request/2,
         wait_response/2, receive_response/2, check_response/2]).
-export([init_it/6, system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2]).

-record(p, {name, module, mode, enter = false, parent}).
-record(s, {state, data, postponed = [], timers = #{}, evtimeout = none}).
%% What a callback's actions ask for, collected in order.
-record(acts, {postpone = false, events = [], timeouts = [], error = none}).

start(Mod, Args, Opts) -> gen:start(?MODULE, nolink, Mod, Args, Opts).
start(Name, Mod, Args, Opts) -> gen:start(?MODULE, nolink, Name, Mod, Args, Opts).
start_link(Mod, Args, Opts) -> gen:start(?MODULE, link, Mod, Args, Opts).
start_link(Name, Mod, Args, Opts) -> gen:start(?MODULE, link, Name, Mod, Args, Opts).
start_monitor(Mod, Args, Opts) -> gen:start(?MODULE, monitor, Mod, Args, Opts).
start_monitor(Name, Mod, Args, Opts) -> gen:start(?MODULE, monitor, Name, Mod, Args, Opts).

stop(ServerRef) -> gen:stop(ServerRef).
stop(ServerRef, Reason, Timeout) -> gen:stop(ServerRef, Reason, Timeout).

call(ServerRef, Request) -> call(ServerRef, Request, infinity).

call(ServerRef, Request, Timeout) ->
    T = case Timeout of
            {dirty_timeout, T0} -> T0;
            {clean_timeout, T0} -> T0;
            T0 -> T0
        end,
    try gen:call(ServerRef, '$gen_call', Request, T) of
        {ok, Reply} -> Reply
    catch
        Class:Reason:Stacktrace ->
            erlang:raise(Class, {Reason, {?MODULE, call, [ServerRef, Request, Timeout]}}, Stacktrace)
    end.

cast(ServerRef, Msg) when is_pid(ServerRef); is_atom(ServerRef) ->
    try ServerRef ! {'$gen_cast', Msg} catch error:_ -> ok end,
    ok;
cast({Name, _Node}, Msg) when is_atom(Name) -> cast(Name, Msg);
cast(_, _Msg) -> ok.

reply({reply, From, Reply}) -> reply(From, Reply);
reply(Replies) when is_list(Replies) -> lists:foreach(fun reply/1, Replies), ok.

reply(From, Reply) -> gen:reply(From, Reply).

send_request(ServerRef, Request) -> gen_server:send_request(ServerRef, Request).
wait_response(ReqId, Timeout) -> gen_server:wait_response(ReqId, Timeout).
receive_response(ReqId, Timeout) -> gen_server:receive_response(ReqId, Timeout).
check_response(Msg, ReqId) -> gen_server:check_response(Msg, ReqId).

%% ---- starting ----

init_it(Starter, self, Name, Mod, Args, Opts) ->
    init_it(Starter, self(), Name, Mod, Args, Opts);
init_it(Starter, Parent, Name0, Mod, Args, _Opts) ->
    Name = gen:name(Name0),
    Result = try Mod:init(Args)
             catch
                 throw:R -> R;
                 Class:Reason:Stacktrace ->
                     gen:unregister_name(Name0),
                     proc_lib:init_ack(Starter, {error, Reason}),
                     erlang:raise(Class, Reason, Stacktrace)
             end,
    case Result of
        {ok, State, Data} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            init_result(Parent, Name, Mod, State, Data, []);
        {ok, State, Data, Actions} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            init_result(Parent, Name, Mod, State, Data, Actions);
        {stop, Reason2} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, Reason2}),
            exit(Reason2);
        ignore ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        Else ->
            Error = {bad_return_from_init, Else},
            proc_lib:init_ack(Starter, {error, Error}),
            exit(Error)
    end.

init_result(Parent, Name, Mod, State, Data, Actions) ->
    P0 = #p{name = Name, module = Mod, parent = Parent},
    S = #s{state = State, data = Data},
    case callback_mode(Mod) of
        {ok, Mode, Enter} ->
            P = P0#p{mode = Mode, enter = Enter},
            case collect(Actions, #acts{}, init) of
                #acts{error = none} = A ->
                    after_transition(P, S, State, true, A, []);
                #acts{error = Bad} ->
                    terminate(error, {bad_action_from_state_function, Bad}, [], P, S, [])
            end;
        {error, Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, P0#p{mode = state_functions}, S, [])
    end.

callback_mode(Mod) ->
    try Mod:callback_mode() of
        CM -> parse_callback_mode(CM, CM, undefined, false)
    catch
        throw:CM -> parse_callback_mode(CM, CM, undefined, false);
        Class:Reason:Stacktrace -> {error, Class, Reason, Stacktrace}
    end.

parse_callback_mode([], CM, undefined, _Enter) ->
    {error, error, {bad_callback_mode, CM}, []};
parse_callback_mode([], _CM, Mode, Enter) -> {ok, Mode, Enter};
parse_callback_mode([H | T], CM, Mode, Enter) ->
    case H of
        state_enter -> parse_callback_mode(T, CM, Mode, true);
        _ when (H =:= state_functions orelse H =:= handle_event_function), Mode =:= undefined ->
            parse_callback_mode(T, CM, H, Enter);
        _ -> {error, error, {bad_callback_mode, CM}, []}
    end;
parse_callback_mode(M, _CM, _, _) when M =:= state_functions; M =:= handle_event_function ->
    {ok, M, false};
parse_callback_mode(_, CM, _, _) ->
    {error, error, {bad_callback_mode, CM}, []}.

%% ---- the event loop ----

loop(P, S, [Event | Q]) ->
    event(P, S#s{evtimeout = none}, Event, Q);
loop(P, #s{evtimeout = none} = S, []) ->
    receive Msg -> message(P, S, Msg) end;
loop(P, #s{evtimeout = {Deadline, TMsg}} = S, []) ->
    Wait = erlang:max(0, Deadline - erlang:monotonic_time(millisecond)),
    receive
        Msg -> message(P, S, Msg)
    after Wait ->
        event(P, S#s{evtimeout = none}, {timeout, TMsg}, [])
    end.

message(P, S, Msg) ->
    case Msg of
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, P#p.parent, ?MODULE, [], {P, S});
        {'EXIT', Parent, Reason} when Parent =:= P#p.parent ->
            terminate(exit, Reason, [], P, S, [{info, Msg}]);
        {timeout, TRef, _} when is_reference(TRef) ->
            %% The message stored with the timer, which an update action may have replaced.
            case find_timer(TRef, maps:to_list(S#s.timers)) of
                {ok, Type, TMsg} ->
                    Timers = maps:remove(Type, S#s.timers),
                    event(P, S#s{timers = Timers, evtimeout = none}, {Type, TMsg}, []);
                error ->
                    event(P, S#s{evtimeout = none}, {info, Msg}, [])
            end;
        {'$gen_call', From, Req} ->
            event(P, S#s{evtimeout = none}, {{call, From}, Req}, []);
        {'$gen_cast', Cast} ->
            event(P, S#s{evtimeout = none}, {cast, Cast}, []);
        _ ->
            event(P, S#s{evtimeout = none}, {info, Msg}, [])
    end.

find_timer(TRef, [{Type, {TRef, Msg}} | _]) -> {ok, Type, Msg};
find_timer(TRef, [_ | T]) -> find_timer(TRef, T);
find_timer(_TRef, []) -> error.

event(P, S, {Type, Content} = Event, Q) ->
    case call_state(P, S#s.state, Type, Content, S#s.data) of
        {ok, Result} -> event_result(P, S, Event, Q, Result);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, P, S, [Event | Q])
    end.

call_state(#p{mode = state_functions, module = Mod}, State, Type, Content, Data) ->
    try {ok, Mod:State(Type, Content, Data)}
    catch
        throw:R -> {ok, R};
        Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
    end;
call_state(#p{mode = handle_event_function, module = Mod}, State, Type, Content, Data) ->
    try {ok, Mod:handle_event(Type, Content, State, Data)}
    catch
        throw:R -> {ok, R};
        Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
    end.

%% The callback's return, normalised: {Kind, NextState, NewData, Actions}, a stop, or bad.
parse_result(Result, State, Data) ->
    case Result of
        {next_state, NS, ND} -> {next_state, NS, ND, []};
        {next_state, NS, ND, A} -> {next_state, NS, ND, A};
        {keep_state, ND} -> {keep_state, State, ND, []};
        {keep_state, ND, A} -> {keep_state, State, ND, A};
        keep_state_and_data -> {keep_state, State, Data, []};
        {keep_state_and_data, A} -> {keep_state, State, Data, A};
        {repeat_state, ND} -> {repeat_state, State, ND, []};
        {repeat_state, ND, A} -> {repeat_state, State, ND, A};
        repeat_state_and_data -> {repeat_state, State, Data, []};
        {repeat_state_and_data, A} -> {repeat_state, State, Data, A};
        stop -> {stop, normal, Data};
        {stop, Reason} -> {stop, Reason, Data};
        {stop, Reason, ND} -> {stop, Reason, ND};
        {stop_and_reply, Reason, Replies} -> {stop_and_reply, Reason, Replies, Data};
        {stop_and_reply, Reason, Replies, ND} -> {stop_and_reply, Reason, Replies, ND};
        _ -> bad
    end.

event_result(P, S, Event, Q, Result) ->
    case parse_result(Result, S#s.state, S#s.data) of
        {stop, Reason, ND} ->
            terminate(exit, Reason, [], P, S#s{data = ND}, [Event | Q]);
        {stop_and_reply, Reason, Replies, ND} ->
            stop_and_reply(P, S#s{data = ND}, Reason, Replies, [Event | Q]);
        {Kind, NextState, NewData, Actions} ->
            case collect(Actions, #acts{}, event) of
                #acts{error = none} = A ->
                    Postponed = case A#acts.postpone of
                                    true -> [Event | S#s.postponed];
                                    false -> S#s.postponed
                                end,
                    Changed = NextState =/= S#s.state,
                    {Q1, Postponed1} =
                        case Changed of
                            true -> {lists:reverse(Postponed, Q), []};
                            false -> {Q, Postponed}
                        end,
                    S1 = S#s{state = NextState, data = NewData, postponed = Postponed1},
                    after_transition(P, S1, S#s.state, Changed orelse Kind =:= repeat_state, A, Q1,
                                     Changed);
                #acts{error = Bad} ->
                    terminate(error, {bad_action_from_state_function, Bad}, [], P, S, [Event | Q])
            end;
        bad ->
            terminate(error, {bad_return_from_state_function, Result}, [], P, S, [Event | Q])
    end.

stop_and_reply(P, S, Reason, Replies, Q) ->
    case collect(Replies, #acts{}, reply) of
        #acts{error = none} -> terminate(exit, Reason, [], P, S, Q);
        #acts{error = Bad} ->
            terminate(error, {bad_reply_action_from_state_function, Bad}, [], P, S, Q)
    end.

after_transition(P, S, OldState, Enter, A, Q) ->
    after_transition(P, S, OldState, Enter, A, Q, true).

%% After a callback: state enter call if due, then the inserted events go first in the queue and
%% the timeouts are (re)armed.
after_transition(P, S, OldState, EnterDue, A, Q, Changed) ->
    S1 = case Changed of
             true -> cancel_timer(state_timeout, S);
             false -> S
         end,
    case EnterDue andalso P#p.enter of
        true -> enter_call(P, S1, OldState, A, Q);
        false -> finish(P, S1, A, Q)
    end.

enter_call(P, S, OldState, A, Q) ->
    State = S#s.state,
    case call_state(P, State, enter, OldState, S#s.data) of
        {ok, Result} ->
            case parse_result(Result, State, S#s.data) of
                {stop, Reason, ND} ->
                    terminate(exit, Reason, [], P, S#s{data = ND}, Q);
                {stop_and_reply, Reason, Replies, ND} ->
                    stop_and_reply(P, S#s{data = ND}, Reason, Replies, Q);
                {Kind, NS, ND, Actions} when NS =:= State ->
                    case collect(Actions, #acts{}, enter) of
                        #acts{error = none} = EA ->
                            A1 = A#acts{timeouts = A#acts.timeouts ++ EA#acts.timeouts},
                            S1 = S#s{data = ND},
                            case Kind of
                                repeat_state -> enter_call(P, S1, OldState, A1, Q);
                                _ -> finish(P, S1, A1, Q)
                            end;
                        #acts{error = Bad} ->
                            terminate(error, {bad_state_enter_action_from_state_function, Bad},
                                      [], P, S, Q)
                    end;
                _ ->
                    terminate(error, {bad_state_enter_return_from_state_function, Result},
                              [], P, S, Q)
            end;
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, P, S, Q)
    end.

finish(P, S, A, Q) ->
    Q1 = lists:reverse(A#acts.events, Q),
    {S1, Zero} = set_timeouts(A#acts.timeouts, S, []),
    Q2 = Q1 ++ lists:reverse(Zero),
    S2 = case Q2 of
             [] -> S1;
             _ -> S1#s{evtimeout = none}
         end,
    loop(P, S2, Q2).

%% ---- actions ----

%% Context: init (no postpone), event (all), enter (no postpone or next_event), reply (replies only).
collect(Actions, A, Ctx) when is_list(Actions) -> collect_list(Actions, A, Ctx);
collect(Action, A, Ctx) -> collect_list([Action], A, Ctx).

collect_list([], A, _Ctx) -> A;
collect_list([Action | Rest], A, Ctx) ->
    case action(Action, A, Ctx) of
        #acts{error = none} = A1 -> collect_list(Rest, A1, Ctx);
        A1 -> A1
    end.

action({reply, From, Reply}, A, _Ctx) ->
    gen:reply(From, Reply),
    A;
action(Other, A, reply) -> A#acts{error = Other};
action(postpone, A, event) -> A#acts{postpone = true};
action({postpone, Bool}, A, event) when is_boolean(Bool) -> A#acts{postpone = Bool};
action({next_event, Type, Content}, A, Ctx) when Ctx =/= enter ->
    case is_event_type(Type) of
        true -> A#acts{events = [{Type, Content} | A#acts.events]};
        false -> A#acts{error = {next_event, Type, Content}}
    end;
action(hibernate, A, _Ctx) -> A;
action({hibernate, Bool}, A, _Ctx) when is_boolean(Bool) -> A;
action(Time, A, _Ctx) when Time =:= infinity; is_integer(Time), Time >= 0 ->
    add_timeout({timeout, Time, Time}, A);
action({timeout, Time, Msg}, A, _Ctx) when Time =:= infinity; is_integer(Time), Time >= 0 ->
    add_timeout({timeout, Time, Msg}, A);
action({timeout, Time, Msg, Opts}, A, _Ctx) when is_list(Opts) ->
    action({timeout, Time, Msg}, A, _Ctx);
action({state_timeout, Time, Msg}, A, _Ctx) when Time =:= infinity; is_integer(Time), Time >= 0 ->
    add_timeout({state_timeout, Time, Msg}, A);
action({state_timeout, Time, Msg, Opts}, A, _Ctx) when is_list(Opts) ->
    action({state_timeout, Time, Msg}, A, _Ctx);
action({state_timeout, cancel}, A, _Ctx) -> add_timeout({state_timeout, cancel}, A);
action({state_timeout, update, Msg}, A, _Ctx) -> add_timeout({state_timeout, update, Msg}, A);
action({{timeout, _} = Type, Time, Msg}, A, _Ctx) when Time =:= infinity; is_integer(Time), Time >= 0 ->
    add_timeout({Type, Time, Msg}, A);
action({{timeout, _} = Type, Time, Msg, Opts}, A, _Ctx) when is_list(Opts) ->
    action({Type, Time, Msg}, A, _Ctx);
action({{timeout, _} = Type, cancel}, A, _Ctx) -> add_timeout({Type, cancel}, A);
action({{timeout, _} = Type, update, Msg}, A, _Ctx) -> add_timeout({Type, update, Msg}, A);
action(Bad, A, _Ctx) -> A#acts{error = Bad}.

add_timeout(T, A) -> A#acts{timeouts = A#acts.timeouts ++ [T]}.

is_event_type({call, {Pid, _}}) when is_pid(Pid) -> true;
is_event_type(cast) -> true;
is_event_type(info) -> true;
is_event_type(internal) -> true;
is_event_type(timeout) -> true;
is_event_type(state_timeout) -> true;
is_event_type({timeout, _}) -> true;
is_event_type(_) -> false.

%% ---- timeouts ----

%% Applies timeout actions in order; returns the state and the zero-time timeout events to
%% enqueue (newest first).
set_timeouts([], S, Zero) -> {S, Zero};
set_timeouts([{timeout, infinity, _} | T], S, Zero) ->
    set_timeouts(T, S#s{evtimeout = none}, Zero);
set_timeouts([{timeout, Time, Msg} | T], S, Zero) ->
    set_timeouts(T, S#s{evtimeout = {erlang:monotonic_time(millisecond) + Time, Msg}}, Zero);
set_timeouts([{Type, cancel} | T], S, Zero) ->
    set_timeouts(T, cancel_timer(Type, S), drop_zero(Type, Zero));
set_timeouts([{Type, update, Msg} | T], S, Zero) ->
    case maps:find(Type, S#s.timers) of
        {ok, {TRef, _}} ->
            set_timeouts(T, S#s{timers = maps:put(Type, {TRef, Msg}, S#s.timers)}, Zero);
        error ->
            set_timeouts(T, S, [{Type, Msg} | drop_zero(Type, Zero)])
    end;
set_timeouts([{Type, infinity, _} | T], S, Zero) ->
    set_timeouts(T, cancel_timer(Type, S), drop_zero(Type, Zero));
set_timeouts([{Type, 0, Msg} | T], S, Zero) ->
    set_timeouts(T, cancel_timer(Type, S), [{Type, Msg} | drop_zero(Type, Zero)]);
set_timeouts([{Type, Time, Msg} | T], S, Zero) ->
    S1 = cancel_timer(Type, S),
    TRef = erlang:start_timer(Time, self(), Msg),
    set_timeouts(T, S1#s{timers = maps:put(Type, {TRef, Msg}, S1#s.timers)}, drop_zero(Type, Zero)).

drop_zero(Type, Zero) -> [Z || {Ty, _} = Z <- Zero, Ty =/= Type].

cancel_timer(Type, S) ->
    case maps:find(Type, S#s.timers) of
        {ok, {TRef, _}} ->
            case erlang:cancel_timer(TRef) of
                false -> receive {timeout, TRef, _} -> ok after 0 -> ok end;
                _ -> ok
            end,
            S#s{timers = maps:remove(Type, S#s.timers)};
        error -> S
    end.

%% ---- sys callbacks ----

system_continue(_Parent, _Debug, {P, S}) -> loop(P, S, []).

system_terminate(Reason, _Parent, _Debug, {P, S}) ->
    terminate(exit, Reason, [], P, S, []).

system_code_change({P, S}, _Mod, OldVsn, Extra) ->
    Mod = P#p.module,
    case try Mod:code_change(OldVsn, S#s.state, S#s.data, Extra) catch throw:R -> R end of
        {ok, NewState, NewData} ->
            case callback_mode(Mod) of
                {ok, Mode, Enter} ->
                    {ok, {P#p{mode = Mode, enter = Enter}, S#s{state = NewState, data = NewData}}};
                {error, Class, Reason, Stacktrace} ->
                    erlang:raise(Class, Reason, Stacktrace)
            end;
        {ok, _} = Error -> error({case_clause, Error});
        Error -> Error
    end.

system_get_state({_P, S}) -> {ok, {S#s.state, S#s.data}}.

system_replace_state(StateFun, {P, S}) ->
    {NewState, NewData} = Result = StateFun({S#s.state, S#s.data}),
    {ok, Result, {P, S#s{state = NewState, data = NewData}}}.

format_status(Opt, [PDict, SysState, Parent, _Debug, {P, S}]) ->
    Header = status_header(P#p.name),
    {NumTimers, ListTimers} = list_timeouts(S),
    State = S#s.state,
    Data = S#s.data,
    Status0 = #{state => State, data => Data, postponed => S#s.postponed, log => [],
                timeouts => ListTimers},
    Status = case gen:format_status(P#p.module, Opt, Status0, [PDict, State, Data]) of
                 #{'EXIT' := R} -> Status0#{'$status' => [{data, [{"State", {State, R}}]}]};
                 #{'$status' := L} = M when is_list(L) -> M;
                 #{'$status' := T} = M -> M#{'$status' := [T]};
                 #{state := St, data := D} = M -> M#{'$status' => [{data, [{"State", {St, D}}]}]}
             end,
    [{header, Header},
     {data, [{"Status", SysState},
             {"Parent", Parent},
             {"Modules", [P#p.module]},
             {"Time-outs", {NumTimers, maps:get(timeouts, Status)}},
             {"Logged Events", maps:get(log, Status)},
             {"Postponed", maps:get(postponed, Status)}]}
     | maps:get('$status', Status)].

status_header(Pid) when is_pid(Pid) -> "Status for state machine " ++ pid_to_list(Pid);
status_header(Name) when is_atom(Name) -> "Status for state machine " ++ atom_to_list(Name);
status_header(Name) -> {"Status for state machine", Name}.

list_timeouts(S) ->
    Timers = [{Type, Msg} || {Type, {_, Msg}} <- maps:to_list(S#s.timers)],
    All = case S#s.evtimeout of
              none -> Timers;
              {_, Msg} -> [{timeout, Msg} | Timers]
          end,
    {length(All), All}.

%% ---- termination ----

terminate(Class, Reason, Stacktrace, P, S, Q) ->
    Mod = P#p.module,
    case erlang:function_exported(Mod, terminate, 3) of
        true ->
            try Mod:terminate(Reason, S#s.state, S#s.data) of
                _ -> ok
            catch
                throw:_ -> ok;
                C:R:ST ->
                    error_info(C, R, ST, P, S, Q),
                    erlang:raise(C, R, ST)
            end;
        false -> ok
    end,
    case Reason of
        normal -> ok;
        shutdown -> ok;
        {shutdown, _} -> ok;
        _ -> error_info(Class, Reason, Stacktrace, P, S, Q)
    end,
    case Stacktrace of
        [] -> erlang:Class(Reason);
        _ -> erlang:raise(Class, Reason, Stacktrace)
    end.

error_info(Class, Reason0, Stacktrace, P, S, Q0) ->
    case minierl_otp:enabled(error) of
        true ->
            Mode = case P#p.enter of
                       true -> [P#p.mode, state_enter];
                       false -> P#p.mode
                   end,
            {Timeouts, ListTimers} = list_timeouts(S),
            Status = gen:format_status(P#p.module, terminate,
                                       #{reason => Reason0, state => S#s.state, data => S#s.data,
                                         queue => Q0, postponed => S#s.postponed,
                                         timeouts => ListTimers, log => []},
                                       [get(), S#s.state, S#s.data]),
            ShownState = case maps:find('$status', Status) of
                             error -> {maps:get(state, Status), maps:get(data, Status)};
                             {ok, St} -> St
                         end,
            Q = maps:get(queue, Status),
            Postponed = maps:get(postponed, Status),
            Reason = maps:get(reason, Status),
            TL = {Timeouts, maps:get(timeouts, Status)},
            {ClientFmt, ClientArgs} = client_info(Q0),
            Format = lists:append(
                       ["** State machine ~tp terminating~n",
                        case Q of [] -> ""; _ -> "** Last event = ~tp~n" end,
                        "** When server state  = ~tp~n",
                        "** Reason for termination = ~tp:~tp~n",
                        "** Callback modules = ~tp~n",
                        "** Callback mode = ~tp~n",
                        case Q of [_, _ | _] -> "** Queued = ~tp~n"; _ -> "" end,
                        case Postponed of [] -> ""; _ -> "** Postponed = ~tp~n" end,
                        case Stacktrace of [] -> ""; _ -> "** Stacktrace =~n**  ~tp~n" end,
                        case Timeouts of 0 -> ""; _ -> "** Time-outs: ~tp~n" end]),
            Args = [P#p.name] ++
                case Q of [] -> []; [E | _] -> [E] end ++
                [ShownState, Class, Reason, [P#p.module], Mode] ++
                case Q of [_ | [_ | _] = Events] -> [Events]; _ -> [] end ++
                case Postponed of [] -> []; Ps -> [Ps] end ++
                case Stacktrace of [] -> []; _ -> [Stacktrace] end ++
                case Timeouts of 0 -> []; _ -> [TL] end,
            minierl_otp:log(error, "ERROR REPORT",
                            io_lib:format(Format ++ ClientFmt, Args ++ ClientArgs));
        false -> ok
    end.

client_info([{{call, {Pid, _Tag}}, _Req} | _]) when is_pid(Pid) ->
    case minierl_otp:current_stacktrace(Pid) of
        undefined -> {"** Client ~tp is dead~n", [Pid]};
        {Name, Stacktrace} -> {"** Client ~tp stacktrace~n** ~tp~n", [Name, Stacktrace]}
    end;
client_info(_) -> {"", []}.
