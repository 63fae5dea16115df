%% sys: the system message protocol every OTP behaviour process answers ({system, From, Request}
%% sent through gen:call): suspend/resume, state inspection and replacement, status, code change
%% and termination. The debug facilities (trace, log, statistics) are not implemented: Debug is [].
-module(sys).
-export([suspend/1, suspend/2, resume/1, resume/2, get_state/1, get_state/2,
         replace_state/2, replace_state/3, get_status/1, get_status/2,
         change_code/4, change_code/5, terminate/2, terminate/3,
         handle_system_msg/6, handle_system_msg/7, get_log/1, handle_debug/4]).

suspend(Name) -> send_system_msg(Name, suspend).
suspend(Name, Timeout) -> send_system_msg(Name, suspend, Timeout).
resume(Name) -> send_system_msg(Name, resume).
resume(Name, Timeout) -> send_system_msg(Name, resume, Timeout).

get_state(Name) ->
    case send_system_msg(Name, get_state) of
        {error, Reason} -> error(Reason);
        State -> State
    end.

get_state(Name, Timeout) ->
    case send_system_msg(Name, get_state, Timeout) of
        {error, Reason} -> error(Reason);
        State -> State
    end.

replace_state(Name, StateFun) ->
    case send_system_msg(Name, {replace_state, StateFun}) of
        {error, Reason} -> error(Reason);
        State -> State
    end.

replace_state(Name, StateFun, Timeout) ->
    case send_system_msg(Name, {replace_state, StateFun}, Timeout) of
        {error, Reason} -> error(Reason);
        State -> State
    end.

get_status(Name) -> send_system_msg(Name, get_status).
get_status(Name, Timeout) -> send_system_msg(Name, get_status, Timeout).

change_code(Name, Mod, Vsn, Extra) ->
    send_system_msg(Name, {change_code, Mod, Vsn, Extra}).
change_code(Name, Mod, Vsn, Extra, Timeout) ->
    send_system_msg(Name, {change_code, Mod, Vsn, Extra}, Timeout).

terminate(Name, Reason) -> send_system_msg(Name, {terminate, Reason}).
terminate(Name, Reason, Timeout) -> send_system_msg(Name, {terminate, Reason}, Timeout).

send_system_msg(Name, Request) ->
    case catch gen:call(Name, system, Request) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, mfa(Name, Request)})
    end.

send_system_msg(Name, Request, Timeout) ->
    case catch gen:call(Name, system, Request, Timeout) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, mfa(Name, Request, Timeout)})
    end.

mfa(Name, {change_code, Mod, Vsn, Extra}) -> {sys, change_code, [Name, Mod, Vsn, Extra]};
mfa(Name, {terminate, Reason}) -> {sys, terminate, [Name, Reason]};
mfa(Name, {replace_state, Fun}) -> {sys, replace_state, [Name, Fun]};
mfa(Name, Atom) -> {sys, Atom, [Name]}.

mfa(Name, Req, Timeout) ->
    {M, F, A} = mfa(Name, Req),
    {M, F, A ++ [Timeout]}.

%% Called by a behaviour's loop on {system, From, Msg}; never returns: it continues with
%% Mod:system_continue/3 or ends with Mod:system_terminate/4.
handle_system_msg(Msg, From, Parent, Mod, Debug, Misc) ->
    do_handle(running, Msg, From, Parent, Mod, Debug, Misc).

handle_system_msg(Msg, From, Parent, Mod, Debug, Misc, _Hib) ->
    do_handle(running, Msg, From, Parent, Mod, Debug, Misc).

do_handle(SysState, Msg, From, Parent, Mod, Debug, Misc) ->
    case do_cmd(SysState, Msg, Parent, Mod, Debug, Misc) of
        {suspended, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            suspend_loop(Parent, Mod, NDebug, NMisc);
        {running, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            Mod:system_continue(Parent, NDebug, NMisc);
        {{terminating, Reason}, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            Mod:system_terminate(Reason, Parent, NDebug, NMisc)
    end.

%% Suspended: only system messages and the parent's exit are looked at; the rest waits.
suspend_loop(Parent, Mod, Debug, Misc) ->
    receive
        {system, From, Msg} ->
            do_handle(suspended, Msg, From, Parent, Mod, Debug, Misc);
        {'EXIT', Parent, Reason} ->
            Mod:system_terminate(Reason, Parent, Debug, Misc)
    end.

do_cmd(_, suspend, _Parent, _Mod, Debug, Misc) ->
    {suspended, ok, Debug, Misc};
do_cmd(_, resume, _Parent, _Mod, Debug, Misc) ->
    {running, ok, Debug, Misc};
do_cmd(SysState, get_state, _Parent, Mod, Debug, Misc) ->
    {SysState, do_get_state(Mod, Misc), Debug, Misc};
do_cmd(SysState, {replace_state, StateFun}, _Parent, Mod, Debug, Misc) ->
    {Res, NMisc} = do_replace_state(StateFun, Mod, Misc),
    {SysState, Res, Debug, NMisc};
do_cmd(SysState, get_status, Parent, Mod, Debug, Misc) ->
    {SysState, get_status(SysState, Parent, Mod, Debug, Misc), Debug, Misc};
do_cmd(_, {terminate, Reason}, _Parent, _Mod, Debug, Misc) ->
    {{terminating, Reason}, ok, Debug, Misc};
do_cmd(suspended, {change_code, Module, Vsn, Extra}, _Parent, Mod, Debug, Misc) ->
    {Res, NMisc} = do_change_code(Mod, Module, Vsn, Extra, Misc),
    {suspended, Res, Debug, NMisc};
do_cmd(SysState, Other, _Parent, _Mod, Debug, Misc) ->
    {SysState, {error, {unknown_system_msg, Other}}, Debug, Misc}.

do_get_state(Mod, Misc) ->
    case erlang:function_exported(Mod, system_get_state, 1) of
        true ->
            try
                {ok, State} = Mod:system_get_state(Misc),
                State
            catch
                Cl:Exc -> {error, {callback_failed, {Mod, system_get_state}, {Cl, Exc}}}
            end;
        false -> Misc
    end.

do_replace_state(StateFun, Mod, Misc) ->
    case erlang:function_exported(Mod, system_replace_state, 2) of
        true ->
            try
                {ok, State, NMisc} = Mod:system_replace_state(StateFun, Misc),
                {State, NMisc}
            catch
                Cl:Exc -> {{error, {callback_failed, {Mod, system_replace_state}, {Cl, Exc}}}, Misc}
            end;
        false ->
            try
                NMisc = StateFun(Misc),
                {NMisc, NMisc}
            catch
                Cl:Exc -> {{error, {callback_failed, StateFun, {Cl, Exc}}}, Misc}
            end
    end.

get_status(SysState, Parent, Mod, Debug, Misc) ->
    PDict = get(),
    FmtMisc =
        case erlang:function_exported(Mod, format_status, 2) of
            true -> Mod:format_status(normal, [PDict, SysState, Parent, Debug, Misc]);
            false -> Misc
        end,
    {status, self(), {module, Mod}, [PDict, SysState, Parent, Debug, FmtMisc]}.

do_change_code(Mod, Module, Vsn, Extra, Misc) ->
    case catch Mod:system_code_change(Misc, Module, Vsn, Extra) of
        {ok, NMisc} -> {ok, NMisc};
        Else -> {{error, Else}, Misc}
    end.

%% The debug log; always empty, since debug options are not supported.
get_log(_Debug) -> [].

handle_debug(Debug, _FormFunc, _Extra, _Event) -> Debug.
