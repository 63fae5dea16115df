%% gen_server: OTP 25's generic server on proc_lib, gen and sys. The loop keeps
%% [Name, State, Mod, Time] as sys's Misc; the callbacks' returns are checked exactly as OTP
%% checks them, and a crash is reported through the logger in OTP's own layout before the
%% process exits with the same reason and stacktrace OTP would use.
-module(gen_server).
-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3, cast/2, reply/2, abcast/2, enter_loop/3, enter_loop/4,
         enter_loop/5, send_request/2, wait_response/2, receive_response/2, check_response/2]).
-export([init_it/6, system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2]).

-define(is_timeout(T), (T =:= infinity orelse (is_integer(T) andalso T >= 0))).

start(Mod, Args, Options) -> gen:start(?MODULE, nolink, Mod, Args, Options).
start(Name, Mod, Args, Options) -> gen:start(?MODULE, nolink, Name, Mod, Args, Options).
start_link(Mod, Args, Options) -> gen:start(?MODULE, link, Mod, Args, Options).
start_link(Name, Mod, Args, Options) -> gen:start(?MODULE, link, Name, Mod, Args, Options).
start_monitor(Mod, Args, Options) -> gen:start(?MODULE, monitor, Mod, Args, Options).
start_monitor(Name, Mod, Args, Options) -> gen:start(?MODULE, monitor, Name, Mod, Args, Options).

stop(ServerRef) -> gen:stop(ServerRef).
stop(ServerRef, Reason, Timeout) -> gen:stop(ServerRef, Reason, Timeout).

call(ServerRef, Request) ->
    case catch gen:call(ServerRef, '$gen_call', Request) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, {?MODULE, call, [ServerRef, Request]}})
    end.

call(ServerRef, Request, Timeout) ->
    case catch gen:call(ServerRef, '$gen_call', Request, Timeout) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, {?MODULE, call, [ServerRef, Request, Timeout]}})
    end.

send_request(ServerRef, Request) ->
    Pid = try where_pid(ServerRef) catch exit:_ -> self() end,
    Mref = erlang:monitor(process, Pid, [{alias, demonitor}]),
    _ = erlang:send(Pid, {'$gen_call', {self(), [alias | Mref]}, Request}, [noconnect]),
    Mref.

wait_response(Mref, Timeout) -> receive_reply(Mref, Timeout, false).
receive_response(Mref, Timeout) -> receive_reply(Mref, Timeout, true).

receive_reply(Mref, Timeout, Abandon) ->
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {reply, Reply};
        {'DOWN', Mref, _, Object, Reason} ->
            {error, {Reason, Object}}
    after Timeout ->
        case Abandon of
            true -> erlang:demonitor(Mref, [flush]);
            false -> ok
        end,
        timeout
    end.

check_response({[alias | Mref], Reply}, Mref) ->
    erlang:demonitor(Mref, [flush]),
    {reply, Reply};
check_response({'DOWN', Mref, _, Object, Reason}, Mref) ->
    {error, {Reason, Object}};
check_response(_, _) -> no_reply.

where_pid(Pid) when is_pid(Pid) -> Pid;
where_pid(Name) when is_atom(Name) ->
    case whereis(Name) of undefined -> exit(noproc); Pid -> Pid end;
where_pid({Name, _Node}) when is_atom(Name) -> where_pid(Name).

cast({global, _}, _Request) -> ok;
cast({via, _, _}, _Request) -> ok;
cast(Dest, Request) when is_atom(Dest); is_pid(Dest) ->
    do_send(Dest, {'$gen_cast', Request});
cast({Name, Node} = Dest, Request) when is_atom(Name), is_atom(Node) ->
    do_send(Dest, {'$gen_cast', Request}).

do_send({Name, _Node}, Msg) -> do_send(Name, Msg);
do_send(Dest, Msg) ->
    try Dest ! Msg catch error:_ -> ok end,
    ok.

abcast(Name, Request) when is_atom(Name) ->
    do_send(Name, {'$gen_cast', Request}),
    abcast.

reply(From, Reply) -> gen:reply(From, Reply).

enter_loop(Mod, Options, State) -> enter_loop(Mod, Options, State, self(), infinity).
enter_loop(Mod, Options, State, {local, _} = ServerName) ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, Timeout) ->
    enter_loop(Mod, Options, State, self(), Timeout).
enter_loop(Mod, _Options, State, ServerName, Timeout) ->
    Name = gen:name(ServerName),
    Parent = gen:get_parent(),
    loop(Parent, Name, State, Mod, Timeout).

%% ---- the server process ----

init_it(Starter, self, Name, Mod, Args, Options) ->
    init_it(Starter, self(), Name, Mod, Args, Options);
init_it(Starter, Parent, Name0, Mod, Args, _Options) ->
    Name = gen:name(Name0),
    case init_it(Mod, Args) of
        {ok, {ok, State}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, infinity);
        {ok, {ok, State, TimeoutOrHibernate}}
          when ?is_timeout(TimeoutOrHibernate); TimeoutOrHibernate =:= hibernate ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, TimeoutOrHibernate);
        {ok, {ok, State, {continue, _} = Continue}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, Continue);
        {ok, {stop, Reason}} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, Reason}),
            exit(Reason);
        {ok, ignore} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        {ok, Else} ->
            Error = {bad_return_value, Else},
            proc_lib:init_ack(Starter, {error, Error}),
            exit(Error);
        {'EXIT', Class, Reason, Stacktrace} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, terminate_reason(Class, Reason, Stacktrace)}),
            erlang:raise(Class, Reason, Stacktrace)
    end.

init_it(Mod, Args) ->
    try
        {ok, Mod:init(Args)}
    catch
        throw:R -> {ok, R};
        Class:R:S -> {'EXIT', Class, R, S}
    end.

loop(Parent, Name, State, Mod, {continue, Continue} = Msg) ->
    Reply = try_dispatch(Mod, handle_continue, Continue, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, State);
loop(Parent, Name, State, Mod, hibernate) ->
    %% Hibernation only compacts the process in OTP; here the server simply waits.
    receive
        Msg -> decode_msg(Msg, Parent, Name, State, Mod, hibernate)
    end;
loop(Parent, Name, State, Mod, infinity) ->
    receive
        Msg -> decode_msg(Msg, Parent, Name, State, Mod, infinity)
    end;
loop(Parent, Name, State, Mod, Time) ->
    Msg = receive
              Input -> Input
          after Time -> timeout
          end,
    decode_msg(Msg, Parent, Name, State, Mod, Time).

decode_msg(Msg, Parent, Name, State, Mod, Time) ->
    case Msg of
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, Parent, ?MODULE, [], [Name, State, Mod, Time]);
        {'EXIT', Parent, Reason} ->
            terminate(Reason, [], Name, undefined, Msg, Mod, State);
        _ ->
            handle_msg(Msg, Parent, Name, State, Mod)
    end.

try_dispatch({'$gen_cast', Msg}, Mod, State) ->
    try_dispatch(Mod, handle_cast, Msg, State);
try_dispatch(Info, Mod, State) ->
    try_dispatch(Mod, handle_info, Info, State).

try_dispatch(Mod, Func, Msg, State) ->
    try
        {ok, Mod:Func(Msg, State)}
    catch
        throw:R -> {ok, R};
        error:undef = R:Stacktrace when Func =:= handle_info ->
            case erlang:function_exported(Mod, handle_info, 2) of
                false ->
                    log(warning, "WARNING REPORT",
                        "** Undefined handle_info in ~p~n** Unhandled message: ~tp~n", [Mod, Msg]),
                    {ok, {noreply, State}};
                true ->
                    {'EXIT', error, R, Stacktrace}
            end;
        Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
    end.

try_handle_call(Mod, Msg, From, State) ->
    try
        {ok, Mod:handle_call(Msg, From, State)}
    catch
        throw:R -> {ok, R};
        Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
    end.

try_terminate(Mod, Reason, State) ->
    case erlang:function_exported(Mod, terminate, 2) of
        true ->
            try
                {ok, Mod:terminate(Reason, State)}
            catch
                throw:R -> {ok, R};
                Class:R:Stacktrace -> {'EXIT', Class, R, Stacktrace}
            end;
        false ->
            {ok, ok}
    end.

handle_msg({'$gen_call', From, Msg}, Parent, Name, State, Mod) ->
    case try_handle_call(Mod, Msg, From, State) of
        {ok, {reply, Reply, NState}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, infinity);
        {ok, {reply, Reply, NState, TimeoutOrHibernate}}
          when ?is_timeout(TimeoutOrHibernate); TimeoutOrHibernate =:= hibernate ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, TimeoutOrHibernate);
        {ok, {reply, Reply, NState, {continue, _} = Continue}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, Continue);
        {ok, {stop, Reason, Reply, NState}} ->
            try
                terminate(Reason, [], Name, From, Msg, Mod, NState)
            after
                reply(From, Reply)
            end;
        Other ->
            handle_common_reply(Other, Parent, Name, From, Msg, Mod, State)
    end;
handle_msg(Msg, Parent, Name, State, Mod) ->
    Reply = try_dispatch(Msg, Mod, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, State).

handle_common_reply(Reply, Parent, Name, From, Msg, Mod, State) ->
    case Reply of
        {ok, {noreply, NState}} ->
            loop(Parent, Name, NState, Mod, infinity);
        {ok, {noreply, NState, TimeoutOrHibernate}}
          when ?is_timeout(TimeoutOrHibernate); TimeoutOrHibernate =:= hibernate ->
            loop(Parent, Name, NState, Mod, TimeoutOrHibernate);
        {ok, {noreply, NState, {continue, _} = Continue}} ->
            loop(Parent, Name, NState, Mod, Continue);
        {ok, {stop, Reason, NState}} ->
            terminate(Reason, [], Name, From, Msg, Mod, NState);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, true, Name, From, Msg, Mod, State);
        {ok, BadReply} ->
            terminate({bad_return_value, BadReply}, [], Name, From, Msg, Mod, State)
    end.

%% ---- sys callbacks ----

system_continue(Parent, _Debug, [Name, State, Mod, Time]) ->
    loop(Parent, Name, State, Mod, Time).

system_terminate(Reason, _Parent, _Debug, [Name, State, Mod, _Time]) ->
    terminate(Reason, [], Name, undefined, [], Mod, State).

system_code_change([Name, State, Mod, Time], _Module, OldVsn, Extra) ->
    case catch Mod:code_change(OldVsn, State, Extra) of
        {ok, NewState} -> {ok, [Name, NewState, Mod, Time]};
        Else -> Else
    end.

system_get_state([_Name, State, _Mod, _Time]) -> {ok, State}.

system_replace_state(StateFun, [Name, State, Mod, Time]) ->
    NState = StateFun(State),
    {ok, NState, [Name, NState, Mod, Time]}.

format_status(Opt, [PDict, SysState, Parent, _Debug, [Name, State, Mod, _Time]]) ->
    Header = status_header("Status for generic server", Name),
    Status = case gen:format_status(Mod, Opt, #{state => State, log => []}, [PDict, State]) of
                 #{'EXIT' := R} = M -> M#{'$status' => [{data, [{"State", R}]}]};
                 #{'$status' := L} = M when is_list(L) -> M;
                 #{'$status' := T} = M -> M#{'$status' := [T]};
                 #{state := S} = M -> M#{'$status' => [{data, [{"State", S}]}]}
             end,
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent}, {"Logged events", maps:get(log, Status)}]}
     | maps:get('$status', Status)].

status_header(TagLine, Pid) when is_pid(Pid) -> lists:concat([TagLine, " ", pid_to_list(Pid)]);
status_header(TagLine, RegName) when is_atom(RegName) -> lists:concat([TagLine, " ", RegName]);
status_header(TagLine, Name) -> {TagLine, Name}.

%% ---- termination ----

%% terminate/7: a {stop,...} or bad return, reported without a stacktrace.
terminate(Reason, Stacktrace, Name, From, Msg, Mod, State) ->
    terminate(exit, Reason, Stacktrace, false, Name, From, Msg, Mod, State).

terminate(Class, Reason, Stacktrace, ReportStacktrace, Name, From, Msg, Mod, State) ->
    case try_terminate(Mod, terminate_reason(Class, Reason, Stacktrace), State) of
        {'EXIT', C, R, S} ->
            error_info(R, S, Name, From, Msg, Mod, State),
            erlang:raise(C, R, S);
        _ ->
            case {Class, Reason} of
                {exit, normal} -> ok;
                {exit, shutdown} -> ok;
                {exit, {shutdown, _}} -> ok;
                _ when ReportStacktrace -> error_info(Reason, Stacktrace, Name, From, Msg, Mod, State);
                _ -> error_info(Reason, undefined, Name, From, Msg, Mod, State)
            end
    end,
    case Stacktrace of
        [] -> erlang:Class(Reason);
        _ -> erlang:raise(Class, Reason, Stacktrace)
    end.

terminate_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
terminate_reason(exit, Reason, _Stacktrace) -> Reason;
terminate_reason(throw, Reason, Stacktrace) -> {{nocatch, Reason}, Stacktrace}.

error_info(Reason, ST, Name, From, Msg, Mod, State) ->
    case minierl_otp:enabled(error) of
        true ->
            Status = gen:format_status(Mod, terminate,
                                       #{reason => Reason, state => State, message => Msg, log => []},
                                       [get(), State]),
            ReportReason = case ST of
                               undefined -> maps:get(reason, Status);
                               _ -> {maps:get(reason, Status), ST}
                           end,
            ReportState = maps:get('EXIT', Status, maps:get('$status', Status, maps:get(state, Status))),
            {ClientFmt, ClientArgs} = client_info(From),
            log(error, "ERROR REPORT",
                "** Generic server ~tp terminating \n"
                "** Last message in was ~tp~n"
                "** When Server state == ~tp~n"
                "** Reason for termination ==~n** ~tp~n" ++ ClientFmt,
                [Name, maps:get(message, Status), ReportState, fix_reason(ReportReason)] ++ ClientArgs);
        false ->
            ok
    end.

client_info(undefined) -> {"", []};
client_info({From, _Tag}) when is_pid(From) ->
    case minierl_otp:current_stacktrace(From) of
        undefined -> {"** Client ~tp is dead~n", [From]};
        {Name, Stacktrace} -> {"** Client ~tp stacktrace~n** ~tp~n", [Name, Stacktrace]}
    end;
client_info(_) -> {"", []}.

fix_reason({undef, [{M, F, A, L} | MFAs]} = Reason) ->
    case erlang:module_loaded(M) of
        false -> {'module could not be loaded', [{M, F, A, L} | MFAs]};
        true ->
            case erlang:function_exported(M, F, length(A)) of
                true -> Reason;
                false -> {'function not exported', [{M, F, A, L} | MFAs]}
            end
    end;
fix_reason(Reason) -> Reason.

log(Level, Title, Format, Args) ->
    case minierl_otp:enabled(Level) of
        true -> minierl_otp:log(Level, Title, io_lib:format(Format, Args));
        false -> ok
    end.
