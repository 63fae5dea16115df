%% proc_lib: processes that know their parent and ancestors, start synchronously (init_ack) and
%% leave a crash report when they die abnormally. Every OTP behaviour process starts here.
%% The report itself is built by minierl_otp:crash_report/3 (stdlib/bifs/otp-support.ts).
-module(proc_lib).
-export([spawn/1, spawn/3, spawn_link/1, spawn_link/3,
         start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         init_ack/1, init_ack/2, init_p/3, init_p/5, stop/1, stop/3,
         initial_call/1, translate_initial_call/1]).

spawn(F) when is_function(F) ->
    Parent = get_my_name(),
    Ancestors = get_ancestors(),
    erlang:spawn(?MODULE, init_p, [Parent, Ancestors, F]).

spawn(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    Parent = get_my_name(),
    Ancestors = get_ancestors(),
    erlang:spawn(?MODULE, init_p, [Parent, Ancestors, M, F, A]).

spawn_link(F) when is_function(F) ->
    Parent = get_my_name(),
    Ancestors = get_ancestors(),
    erlang:spawn_link(?MODULE, init_p, [Parent, Ancestors, F]).

spawn_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    Parent = get_my_name(),
    Ancestors = get_ancestors(),
    erlang:spawn_link(?MODULE, init_p, [Parent, Ancestors, M, F, A]).

init_p(Parent, Ancestors, F) when is_function(F) ->
    put('$ancestors', [Parent | Ancestors]),
    {module, Mod} = erlang:fun_info(F, module),
    {name, Name} = erlang:fun_info(F, name),
    {arity, Arity} = erlang:fun_info(F, arity),
    put('$initial_call', {Mod, Name, Arity}),
    try
        F()
    catch
        Class:Reason:Stacktrace ->
            exit_p(Class, Reason, Stacktrace)
    end.

init_p(Parent, Ancestors, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', trans_init(M, F, A)),
    try
        apply(M, F, A)
    catch
        Class:Reason:Stacktrace ->
            exit_p(Class, Reason, Stacktrace)
    end.

exit_p(Class, Reason, Stacktrace) ->
    case should_report(Class, Reason) of
        true -> minierl_otp:crash_report(Class, Reason, Stacktrace);
        false -> ok
    end,
    erlang:raise(exit, exit_reason(Class, Reason, Stacktrace), Stacktrace).

should_report(exit, normal) -> false;
should_report(exit, shutdown) -> false;
should_report(exit, {shutdown, _}) -> false;
should_report(_, _) -> true.

exit_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
exit_reason(exit, Reason, _Stacktrace) -> Reason;
exit_reason(throw, Reason, Stacktrace) -> {{nocatch, Reason}, Stacktrace}.

%% The initial call a behaviour process reports: its callback module's init/1.
trans_init(gen, init_it, [gen_server, _, _, supervisor, {_, Module, _}, _]) -> {supervisor, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, _, supervisor, {_, Module, _}, _]) -> {supervisor, Module, 1};
trans_init(gen, init_it, [_GenMod, _, _, Module, _, _]) when is_atom(Module) -> {Module, init, 1};
trans_init(gen, init_it, [_GenMod, _, _, _, Module | _]) when is_atom(Module) -> {Module, init, 1};
trans_init(M, F, A) -> {M, F, length(A)}.

start(M, F, A) -> start(M, F, A, infinity).

start(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    Parent = get_my_name(),
    Ancestors = get_ancestors(),
    {Pid, Ref} = erlang:spawn_monitor(?MODULE, init_p, [Parent, Ancestors, M, F, A]),
    sync_start(Pid, Ref, Timeout).

start_link(M, F, A) -> start_link(M, F, A, infinity).

start_link(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    Pid = ?MODULE:spawn_link(M, F, A),
    sync_start_link(Pid, Timeout).

start_monitor(M, F, A) -> start_monitor(M, F, A, infinity).

start_monitor(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    Parent = get_my_name(),
    Ancestors = get_ancestors(),
    {Pid, Ref} = erlang:spawn_monitor(?MODULE, init_p, [Parent, Ancestors, M, F, A]),
    receive
        {ack, Pid, Return} ->
            {Return, Ref};
        {'DOWN', Ref, process, Pid, Reason} = Down ->
            self() ! Down,
            {{error, Reason}, Ref}
    after Timeout ->
        kill_flush(Pid),
        {{error, timeout}, Ref}
    end.

sync_start(Pid, Ref, Timeout) ->
    receive
        {ack, Pid, Return} ->
            erlang:demonitor(Ref, [flush]),
            Return;
        {'DOWN', Ref, process, Pid, Reason} ->
            {error, Reason}
    after Timeout ->
        erlang:demonitor(Ref, [flush]),
        kill_flush(Pid),
        {error, timeout}
    end.

sync_start_link(Pid, Timeout) ->
    receive
        {ack, Pid, Return} ->
            Return;
        {'EXIT', Pid, Reason} ->
            {error, Reason}
    after Timeout ->
        kill_flush(Pid),
        {error, timeout}
    end.

kill_flush(Pid) ->
    unlink(Pid),
    exit(Pid, kill),
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end,
    ok.

init_ack(Return) ->
    [Parent | _] = get('$ancestors'),
    init_ack(Parent, Return).

init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

%% Stops a process the way sys:terminate/3 does and waits for it to be gone.
stop(Process) -> stop(Process, normal, infinity).

stop(Process, Reason, Timeout) ->
    Mref = erlang:monitor(process, Process),
    T0 = erlang:monotonic_time(millisecond),
    Remaining =
        try sys:terminate(Process, Reason, Timeout) of
            ok when Timeout =:= infinity -> infinity;
            ok -> erlang:max(0, Timeout - (erlang:monotonic_time(millisecond) - T0))
        catch
            exit:{noproc, {sys, terminate, _}} ->
                erlang:demonitor(Mref, [flush]),
                exit(noproc);
            exit:{timeout, {sys, terminate, _}} ->
                erlang:demonitor(Mref, [flush]),
                exit(timeout);
            exit:Reason1 ->
                erlang:demonitor(Mref, [flush]),
                exit(Reason1)
        end,
    receive
        {'DOWN', Mref, _, _, Reason} -> ok;
        {'DOWN', Mref, _, _, Reason2} -> exit(Reason2)
    after Remaining ->
        erlang:demonitor(Mref, [flush]),
        exit(timeout)
    end.

initial_call(Pid) when is_pid(Pid) ->
    case Pid =:= self() of
        true ->
            case get('$initial_call') of
                {M, F, A} -> {M, F, make_dummy_args(A, [])};
                _ -> false
            end;
        false -> false
    end.

translate_initial_call(Pid) when is_pid(Pid) ->
    case initial_call(Pid) of
        {M, F, Args} -> {M, F, length(Args)};
        false -> {proc_lib, init_p, 5}
    end.

make_dummy_args(0, Acc) -> Acc;
make_dummy_args(N, Acc) ->
    Arg = list_to_atom("Argument__" ++ integer_to_list(N)),
    make_dummy_args(N - 1, [Arg | Acc]).

get_my_name() ->
    minierl_otp:my_name().

get_ancestors() ->
    case get('$ancestors') of
        A when is_list(A) -> A;
        _ -> []
    end.
