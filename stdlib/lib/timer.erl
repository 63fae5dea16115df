%% OTP's timer module. Instead of OTP's timer_server, each pending timer is a small helper process
%% (the TRef names it): a one-shot timer waits and fires once, an interval timer fires on a fixed
%% schedule until cancelled or until the process it serves dies. cancel/1 stops the helper.
-module(timer).
-export([sleep/1, tc/1, tc/2, tc/3, seconds/1, minutes/1, hours/1, hms/3, now_diff/2,
         send_after/2, send_after/3, apply_after/4, exit_after/2, exit_after/3,
         kill_after/1, kill_after/2, send_interval/2, send_interval/3, apply_interval/4,
         cancel/1]).
-export([once_loop/3, interval_loop/5]).

-define(MAX_RECEIVE_AFTER, 16#ffffffff).
-define(valid_time(T), is_integer(T), T >= 0).
-define(valid_mfa(M, F, A), is_atom(M), is_atom(F), is_list(A)).

sleep(T) when is_integer(T), T > ?MAX_RECEIVE_AFTER ->
    receive after ?MAX_RECEIVE_AFTER -> sleep(T - ?MAX_RECEIVE_AFTER) end;
sleep(T) ->
    receive after T -> ok end.

tc(F) ->
    T0 = erlang:monotonic_time(microsecond),
    V = F(),
    {erlang:monotonic_time(microsecond) - T0, V}.

tc(F, A) ->
    T0 = erlang:monotonic_time(microsecond),
    V = apply(F, A),
    {erlang:monotonic_time(microsecond) - T0, V}.

tc(M, F, A) ->
    T0 = erlang:monotonic_time(microsecond),
    V = apply(M, F, A),
    {erlang:monotonic_time(microsecond) - T0, V}.

seconds(S) -> 1000 * S.
minutes(M) -> 60000 * M.
hours(H) -> 3600000 * H.
hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

now_diff({A2, B2, C2}, {A1, B1, C1}) ->
    ((A2 - A1) * 1000000 + B2 - B1) * 1000000 + C2 - C1.

%% ---- one-shot timers ----

apply_after(0, M, F, A) when ?valid_mfa(M, F, A) ->
    do_apply({M, F, A}),
    {ok, {instant, make_ref()}};
apply_after(Time, M, F, A) when ?valid_time(Time), ?valid_mfa(M, F, A) ->
    {ok, {once, spawn(?MODULE, once_loop, [Time, {M, F, A}, self()])}};
apply_after(_Time, _M, _F, _A) ->
    {error, badarg}.

send_after(0, Dest, Message) when is_pid(Dest); is_atom(Dest) ->
    Dest ! Message,
    {ok, {instant, make_ref()}};
send_after(0, {RegName, Node} = Dest, Message) when is_atom(RegName), is_atom(Node) ->
    Dest ! Message,
    {ok, {instant, make_ref()}};
send_after(Time, Dest, Message) when is_pid(Dest); is_atom(Dest) ->
    apply_after(Time, erlang, send, [Dest, Message]);
send_after(Time, {RegName, Node} = Dest, Message) when is_atom(RegName), is_atom(Node) ->
    apply_after(Time, erlang, send, [Dest, Message]);
send_after(_Time, _Dest, _Message) ->
    {error, badarg}.

send_after(Time, Message) -> send_after(Time, self(), Message).

exit_after(Time, Pid, Reason) -> apply_after(Time, erlang, exit, [Pid, Reason]).
exit_after(Time, Reason) -> exit_after(Time, self(), Reason).
kill_after(Time, Pid) -> exit_after(Time, Pid, kill).
kill_after(Time) -> exit_after(Time, self(), kill).

once_loop(Time, MFA, _Owner) ->
    receive after Time -> do_apply(MFA) end.

%% send and exit run in the timer's own helper so that a dead or unregistered destination
%% cannot crash anything; other functions get a process of their own, as in OTP.
do_apply({erlang, send, [Dest, Msg]}) ->
    try Dest ! Msg catch error:_ -> ok end,
    ok;
do_apply({erlang, exit, [Pid, Reason]}) ->
    catch exit(Pid, Reason),
    ok;
do_apply({M, F, A}) ->
    spawn(M, F, A),
    ok.

%% ---- interval timers ----

apply_interval(Time, M, F, A) when ?valid_time(Time), ?valid_mfa(M, F, A) ->
    start_interval(Time, self(), {M, F, A});
apply_interval(_Time, _M, _F, _A) ->
    {error, badarg}.

send_interval(Time, Dest, Message) when ?valid_time(Time), is_pid(Dest) ->
    start_interval(Time, Dest, {erlang, send, [Dest, Message]});
send_interval(Time, Dest, Message) when ?valid_time(Time), is_atom(Dest) ->
    case whereis(Dest) of
        undefined -> {error, badarg};
        Pid -> start_interval(Time, Pid, {erlang, send, [Dest, Message]})
    end;
send_interval(Time, {RegName, Node} = Dest, Message) when ?valid_time(Time), is_atom(RegName), is_atom(Node) ->
    case Node =:= node() andalso whereis(RegName) of
        Pid when is_pid(Pid) -> start_interval(Time, Pid, {erlang, send, [Dest, Message]});
        _ -> {error, badarg}
    end;
send_interval(_Time, _Dest, _Message) ->
    {error, badarg}.

send_interval(Time, Message) -> send_interval(Time, self(), Message).

%% The helper watches the process the interval belongs to and stops when it dies.
start_interval(Time, Owner, MFA) ->
    Start = erlang:monotonic_time(millisecond),
    {ok, {interval, spawn(?MODULE, interval_loop, [Time, Owner, MFA, Start + Time, undefined])}}.

interval_loop(Time, Owner, MFA, Due, undefined) ->
    interval_loop(Time, Owner, MFA, Due, erlang:monitor(process, Owner));
interval_loop(Time, Owner, MFA, Due, Mon) ->
    Wait = erlang:max(0, Due - erlang:monotonic_time(millisecond)),
    receive
        {'DOWN', Mon, process, _, _} -> ok
    after Wait ->
        do_apply(MFA),
        interval_loop(Time, Owner, MFA, Due + Time, Mon)
    end.

cancel({instant, Ref}) when is_reference(Ref) ->
    {ok, cancel};
cancel({Kind, Helper}) when (Kind =:= once orelse Kind =:= interval), is_pid(Helper) ->
    %% A kill takes effect at once, so nothing fires after cancel/1 returns.
    exit(Helper, kill),
    {ok, cancel};
cancel(_TRef) ->
    {error, badarg}.
