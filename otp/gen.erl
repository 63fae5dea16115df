%% gen: what gen_server, gen_statem and supervisor share: starting a process under a local name
%% (global and via names are not supported here and are rejected with a clear error), the
%% synchronous call protocol ({Label, {Pid, Tag}, Request}, answered by {Tag, Reply}), reply and stop.
-module(gen).
-export([start/5, start/6, init_it/6, init_it/7, call/3, call/4, reply/2, stop/1, stop/3,
         name/1, unregister_name/1, get_parent/0, timeout_option/1, where/1, format_status/4]).

start(GenMod, LinkP, Mod, Args, Options) ->
    do_spawn(GenMod, LinkP, self, Mod, Args, Options).

start(GenMod, LinkP, Name, Mod, Args, Options) ->
    check_name(Name),
    case where(Name) of
        undefined -> do_spawn(GenMod, LinkP, Name, Mod, Args, Options);
        Pid -> {error, {already_started, Pid}}
    end.

check_name({local, Name}) when is_atom(Name) -> ok;
%% TODO(#6): {global, _} and {via, _, _} names (global registry), hibernate_after, sys debug options.
check_name({global, _} = Name) -> erlang:error({not_supported, Name});
check_name({via, _, _} = Name) -> erlang:error({not_supported, Name});
check_name(Name) -> erlang:error(badarg, [Name]).

do_spawn(GenMod, link, Name, Mod, Args, Options) ->
    Time = timeout_option(Options),
    proc_lib:start_link(?MODULE, init_it, [GenMod, self(), self(), Name, Mod, Args, Options], Time);
do_spawn(GenMod, monitor, Name, Mod, Args, Options) ->
    Time = timeout_option(Options),
    case proc_lib:start_monitor(?MODULE, init_it, [GenMod, self(), self(), Name, Mod, Args, Options], Time) of
        {{ok, Pid}, Mon} -> {ok, {Pid, Mon}};
        {Error, Mon} ->
            receive {'DOWN', Mon, process, _, _} -> ok after 0 -> ok end,
            Error
    end;
do_spawn(GenMod, _, Name, Mod, Args, Options) ->
    Time = timeout_option(Options),
    proc_lib:start(?MODULE, init_it, [GenMod, self(), self, Name, Mod, Args, Options], Time).

timeout_option(Options) ->
    case lists:keyfind(timeout, 1, Options) of
        {_, Time} -> Time;
        false -> infinity
    end.

init_it(GenMod, Starter, Parent, Mod, Args, Options) ->
    init_it2(GenMod, Starter, Parent, self(), Mod, Args, Options).

init_it(GenMod, Starter, Parent, self, Mod, Args, Options) ->
    init_it(GenMod, Starter, Parent, Mod, Args, Options);
init_it(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    case register_name(Name) of
        true -> init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options);
        {false, Pid} -> proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

init_it2(GenMod, Starter, self, Name, Mod, Args, Options) ->
    init_it2(GenMod, Starter, self(), Name, Mod, Args, Options);
init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    GenMod:init_it(Starter, Parent, Name, Mod, Args, Options).

register_name({local, Name}) ->
    try register(Name, self()) of
        true -> true
    catch
        error:_ -> {false, whereis(Name)}
    end.

%% The name a behaviour reports itself by: its registered name, or its pid.
name({local, Name}) -> Name;
name(Pid) when is_pid(Pid) -> Pid;
name(self) -> self().

unregister_name({local, Name}) ->
    try unregister(Name) of _ -> ok catch _:_ -> ok end;
unregister_name(_) -> ok.

where({local, Name}) -> whereis(Name).

get_parent() ->
    case get('$ancestors') of
        [Parent | _] when is_pid(Parent) -> Parent;
        [Parent | _] when is_atom(Parent) ->
            case whereis(Parent) of
                undefined -> exit(process_not_alive);
                Pid -> Pid
            end;
        _ -> exit(process_was_not_started_by_proc_lib)
    end.

call(Process, Label, Request) -> call(Process, Label, Request, 5000).

call(Process, Label, Request, Timeout)
  when is_pid(Process), Timeout =:= infinity;
       is_pid(Process), is_integer(Timeout), Timeout >= 0 ->
    do_call(Process, Label, Request, Timeout);
call(Process, Label, Request, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    do_call(resolve(Process), Label, Request, Timeout).

resolve(Name) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> exit(noproc);
        Pid -> Pid
    end;
resolve({global, _}) -> exit(noproc);
resolve({via, _, _}) -> exit(noproc);
resolve({Name, Node}) when is_atom(Name), Node =:= node() -> resolve(Name);
resolve({Name, Node}) when is_atom(Name), is_atom(Node) -> exit({nodedown, Node});
resolve(_) -> exit(badarg).

do_call(Process, _Label, _Request, _Timeout) when Process =:= self() ->
    exit(calling_self);
%% As OTP 25's gen:do_call: without a timeout the monitor alone suffices (a reply or a 'DOWN'
%% must come); with one, the request is tagged with a monitor alias that the timeout
%% deactivates, so a late reply is dropped instead of landing in the caller's mailbox.
do_call(Process, Label, Request, infinity) ->
    Mref = erlang:monitor(process, Process),
    Process ! {Label, {self(), Mref}, Request},
    receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    end;
do_call(Process, Label, Request, Timeout) ->
    Mref = erlang:monitor(process, Process, [{alias, demonitor}]),
    Tag = [alias | Mref],
    erlang:send(Process, {Label, {self(), Tag}, Request}, [noconnect]),
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        receive
            {[alias | Mref], Reply} -> {ok, Reply}
        after 0 ->
            exit(timeout)
        end
    end.

reply({_To, [alias | Alias] = Tag}, Reply) when is_reference(Alias) ->
    Alias ! {Tag, Reply}, ok;
reply({_To, [[alias | Alias] | _] = Tag}, Reply) when is_reference(Alias) ->
    Alias ! {Tag, Reply}, ok;
reply({To, Tag}, Reply) ->
    try To ! {Tag, Reply}, ok catch _:_ -> ok end.

stop(Process) -> proc_lib:stop(Process, normal, infinity).

stop(Process, Reason, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    proc_lib:stop(Process, Reason, Timeout).

%% The callback module's view of its status: format_status/1 (a map in, a map out) wins over
%% the older format_status/2 (whose result goes under '$status'); a failing callback leaves an
%% explanation under 'EXIT' instead.
format_status(Mod, Opt, Status, Args) ->
    case {erlang:function_exported(Mod, format_status, 1),
          erlang:function_exported(Mod, format_status, 2)} of
        {true, _} ->
            try Mod:format_status(Status) of
                New when is_map(New) ->
                    Merged = maps:merge(Status, New),
                    case maps:size(Merged) =:= maps:size(New) of
                        true -> Merged;
                        false -> Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/1 returned a map with unknown keys"}
                    end;
                _ -> Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/1 did not return a map"}
            catch
                _:_ -> Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/1 crashed"}
            end;
        {false, true} when is_list(Args) ->
            try Mod:format_status(Opt, Args) of
                Result -> Status#{'$status' => Result}
            catch
                throw:Result -> Status#{'$status' => Result};
                _:_ -> Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/2 crashed"}
            end;
        {false, _} ->
            Status
    end.
