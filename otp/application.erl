%% application: loading applications from spec tuples ({application, Name, Props}), their
%% environment, and starting and stopping them with their callback module's start/2 and stop/1.
%% The controller (registered application_controller, started on first use) only keeps the
%% tables; starting runs in the caller, so the callback module may use this API while it starts.
%% kernel and stdlib are the runtime itself: always loaded and started, with OTP 25.2.3's versions.
%% Not supported: reading Name.app files, permanent/transient types stopping the node, distribution.
-module(application).
-export([load/1, unload/1, start/1, start/2, stop/1, ensure_started/1, ensure_all_started/1,
         get_env/2, get_env/3, set_env/3, set_env/4, unset_env/2, get_all_env/1,
         get_key/2, get_all_key/1, which_applications/0, loaded_applications/0,
         get_application/0, get_application/1]).
-export([controller_init/0, master_init/4]).

-record(app, {name, props, env = [], master = none, type = temporary}).

%% ---- the controller ----

controller() ->
    case whereis(application_controller) of
        undefined ->
            Pid = proc_lib:spawn(?MODULE, controller_init, []),
            try register(application_controller, Pid) of
                true -> Pid ! registered, Pid
            catch error:badarg ->
                exit(Pid, kill),
                whereis(application_controller)
            end;
        Pid -> Pid
    end.

ctl(Req) ->
    Pid = controller(),
    Ref = erlang:monitor(process, Pid),
    Pid ! {app_ctl, self(), Ref, Req},
    receive
        {Ref, Reply} -> erlang:demonitor(Ref, [flush]), Reply;
        {'DOWN', Ref, _, _, Reason} -> exit({Reason, {application, Req}})
    end.

controller_init() ->
    receive registered -> ok after 1000 -> ok end,
    Builtin = [#app{name = kernel, props = [{description, "ERTS  CXC 138 10"}, {vsn, "8.5.3"}],
                    master = builtin, type = permanent},
               #app{name = stdlib, props = [{description, "ERTS  CXC 138 10"}, {vsn, "4.2"}],
                    master = builtin, type = permanent}],
    %% Apps newest first; started ones are listed in start order, newest first.
    controller_loop(Builtin, [stdlib, kernel]).

controller_loop(Apps, Started) ->
    receive
        {app_ctl, From, Ref, Req} ->
            {Reply, Apps1, Started1} = handle(Req, Apps, Started),
            From ! {Ref, Reply},
            controller_loop(Apps1, Started1);
        {app_exited, Name, Master, Reason} ->
            case lists:keyfind(Name, #app.name, Apps) of
                #app{master = Master, type = Type} = A ->
                    exit_report(Name, Reason, Type),
                    controller_loop(lists:keystore(Name, #app.name, Apps, A#app{master = none}),
                                    lists:delete(Name, Started));
                _ -> controller_loop(Apps, Started)
            end;
        _ ->
            controller_loop(Apps, Started)
    end.

handle({load, {application, Name, Props} = Spec}, Apps, Started) ->
    case lists:keymember(Name, #app.name, Apps) of
        true -> {{error, {already_loaded, Spec}}, Apps, Started};
        false ->
            Env = proplists:get_value(env, Props, []),
            {ok, [#app{name = Name, props = Props, env = Env} | Apps], Started}
    end;
handle({unload, Name}, Apps, Started) ->
    case lists:keyfind(Name, #app.name, Apps) of
        false -> {{error, {not_loaded, Name}}, Apps, Started};
        #app{master = none} -> {ok, lists:keydelete(Name, #app.name, Apps), Started};
        _ -> {{error, {running, Name}}, Apps, Started}
    end;
handle({starting, Name}, Apps, Started) ->
    case lists:keyfind(Name, #app.name, Apps) of
        false -> {{error, {"no such file or directory", atom_to_list(Name) ++ ".app"}}, Apps, Started};
        #app{master = none, props = Props} ->
            Deps = proplists:get_value(applications, Props, []),
            case [D || D <- Deps, not lists:member(D, Started)] of
                [] -> {{ok, Props}, Apps, Started};
                [Missing | _] -> {{error, {not_started, Missing}}, Apps, Started}
            end;
        #app{} -> {{error, {already_started, Name}}, Apps, Started}
    end;
handle({started, Name, Master, Type}, Apps, Started) ->
    A = lists:keyfind(Name, #app.name, Apps),
    {ok, lists:keystore(Name, #app.name, Apps, A#app{master = Master, type = Type}), [Name | Started]};
handle({stopping, Name}, Apps, Started) ->
    case lists:keyfind(Name, #app.name, Apps) of
        #app{master = Master} = A when is_pid(Master) ->
            {{ok, Master, A#app.type},
             lists:keystore(Name, #app.name, Apps, A#app{master = none}),
             lists:delete(Name, Started)};
        _ -> {{error, {not_started, Name}}, Apps, Started}
    end;
handle({get_env, Name, Key}, Apps, Started) ->
    Reply = case lists:keyfind(Name, #app.name, Apps) of
                #app{env = Env} ->
                    case lists:keyfind(Key, 1, Env) of
                        {_, V} -> {ok, V};
                        false -> undefined
                    end;
                false -> undefined
            end,
    {Reply, Apps, Started};
handle({get_all_env, Name}, Apps, Started) ->
    case lists:keyfind(Name, #app.name, Apps) of
        #app{env = Env} -> {Env, Apps, Started};
        false -> {[], Apps, Started}
    end;
handle({set_env, Name, Key, Val}, Apps, Started) ->
    %% As in OTP, the environment of an application that is not loaded can be set too.
    A = case lists:keyfind(Name, #app.name, Apps) of
            false -> #app{name = Name, props = undefined};
            Found -> Found
        end,
    Env = lists:keystore(Key, 1, A#app.env, {Key, Val}),
    {ok, lists:keystore(Name, #app.name, Apps, A#app{env = Env}), Started};
handle({unset_env, Name, Key}, Apps, Started) ->
    case lists:keyfind(Name, #app.name, Apps) of
        false -> {ok, Apps, Started};
        A -> {ok, lists:keystore(Name, #app.name, Apps, A#app{env = lists:keydelete(Key, 1, A#app.env)}), Started}
    end;
handle({get_key, Name}, Apps, Started) ->
    case lists:keyfind(Name, #app.name, Apps) of
        #app{props = Props} when is_list(Props) -> {{ok, Props}, Apps, Started};
        _ -> {undefined, Apps, Started}
    end;
handle(which, Apps, Started) ->
    {[describe(lists:keyfind(N, #app.name, Apps)) || N <- Started], Apps, Started};
handle(loaded, Apps, Started) ->
    {[describe(A) || #app{props = P} = A <- Apps, is_list(P)], Apps, Started};
handle({owner, Pid}, Apps, Started) ->
    {[N || #app{name = N, master = M} <- Apps, M =:= Pid], Apps, Started}.

describe(#app{name = Name, props = Props}) ->
    {Name, proplists:get_value(description, Props, ""), proplists:get_value(vsn, Props, "")}.

exit_report(Name, Reason, Type) ->
    case minierl_otp:enabled(notice) of
        true ->
            minierl_otp:log(notice, "INFO REPORT",
                            io_lib:format("    application: ~tp~n    exited: ~tp~n    type: ~tp~n",
                                          [Name, Reason, Type]));
        false -> ok
    end.

%% ---- API ----

load({application, Name, Props} = Spec) when is_atom(Name), is_list(Props) -> ctl({load, Spec});
load(Name) when is_atom(Name) ->
    case ctl({get_key, Name}) of
        {ok, _} -> {error, {already_loaded, Name}};
        undefined -> {error, {"no such file or directory", atom_to_list(Name) ++ ".app"}}
    end.

unload(Name) -> ctl({unload, Name}).

start(Name) -> start(Name, temporary).

start(Name, Type) when Type =:= temporary; Type =:= transient; Type =:= permanent ->
    case ctl({starting, Name}) of
        {ok, Props} ->
            case proplists:get_value(mod, Props, []) of
                [] ->
                    ctl({started, Name, no_master(), Type}),
                    ok;
                {M, A} ->
                    start_master(Name, Type, M, A)
            end;
        Error -> Error
    end.

%% An application without a callback module still has a master, so stop/1 works alike.
no_master() ->
    proc_lib:spawn(fun() -> process_flag(trap_exit, true), receive {stop, From} -> From ! {stopped, self()} end end).

start_master(Name, Type, M, A) ->
    Master = proc_lib:spawn(?MODULE, master_init, [self(), Name, M, A]),
    Ref = erlang:monitor(process, Master),
    receive
        {Master, started} ->
            erlang:demonitor(Ref, [flush]),
            ctl({started, Name, Master, Type}),
            Master ! go,
            ok;
        {Master, {failed, Reason}} ->
            erlang:demonitor(Ref, [flush]),
            exit_report(Name, Reason, Type),
            {error, Reason};
        {'DOWN', Ref, _, _, Reason} ->
            exit_report(Name, Reason, Type),
            {error, Reason}
    end.

master_init(Starter, Name, M, A) ->
    process_flag(trap_exit, true),
    Result = try M:start(normal, A)
             catch Class:R:St -> {'EXIT', {Class, R, St}}
             end,
    case Result of
        {ok, Pid} when is_pid(Pid) -> master_started(Starter, Name, M, Pid, []);
        {ok, Pid, State} when is_pid(Pid) -> master_started(Starter, Name, M, Pid, State);
        {error, R2} -> Starter ! {self(), {failed, {R2, {M, start, [normal, A]}}}};
        {'EXIT', {_, R3, _}} -> Starter ! {self(), {failed, {R3, {M, start, [normal, A]}}}};
        Other -> Starter ! {self(), {failed, {bad_return, {{M, start, [normal, A]}, Other}}}}
    end.

master_started(Starter, Name, M, Pid, State) ->
    Starter ! {self(), started},
    receive go -> ok end,
    master_loop(Name, M, Pid, State).

master_loop(Name, M, Pid, State) ->
    receive
        {stop, From} ->
            State1 = case erlang:function_exported(M, prep_stop, 1) of
                         true -> M:prep_stop(State);
                         false -> State
                     end,
            exit(Pid, shutdown),
            receive {'EXIT', Pid, _} -> ok end,
            M:stop(State1),
            From ! {stopped, self()};
        {'EXIT', Pid, Reason} ->
            M:stop(State),
            controller() ! {app_exited, Name, self(), Reason};
        _ ->
            master_loop(Name, M, Pid, State)
    end.

stop(Name) ->
    case ctl({stopping, Name}) of
        {ok, Master, Type} ->
            Ref = erlang:monitor(process, Master),
            Master ! {stop, self()},
            receive
                {stopped, Master} -> ok;
                {'DOWN', Ref, _, _, _} -> ok
            end,
            erlang:demonitor(Ref, [flush]),
            exit_report(Name, stopped, Type),
            ok;
        Error -> Error
    end.

ensure_started(Name) ->
    case start(Name) of
        ok -> ok;
        {error, {already_started, Name}} -> ok;
        Error -> Error
    end.

ensure_all_started(Name) -> ensure_all_started([Name], []).

ensure_all_started([], Acc) -> {ok, lists:reverse(Acc)};
ensure_all_started([Name | Rest], Acc) ->
    Deps = case ctl({get_key, Name}) of
               {ok, Props} -> proplists:get_value(applications, Props, []);
               undefined -> []
           end,
    case ensure_all_started(Deps, []) of
        {ok, Started} ->
            case start(Name) of
                ok -> ensure_all_started(Rest, [Name | lists:reverse(Started, Acc)]);
                {error, {already_started, Name}} -> ensure_all_started(Rest, lists:reverse(Started, Acc));
                {error, Reason} -> {error, {Name, Reason}}
            end;
        Error -> Error
    end.

get_env(App, Key) -> ctl({get_env, App, Key}).

get_env(App, Key, Default) ->
    case get_env(App, Key) of
        {ok, V} -> V;
        undefined -> Default
    end.

set_env(App, Key, Val) -> ctl({set_env, App, Key, Val}).
set_env(App, Key, Val, _Opts) -> set_env(App, Key, Val).
unset_env(App, Key) -> ctl({unset_env, App, Key}).
get_all_env(App) -> ctl({get_all_env, App}).

get_key(App, Key) ->
    case ctl({get_key, App}) of
        {ok, Props} ->
            case lists:keyfind(Key, 1, Props) of
                {_, V} -> {ok, V};
                false -> key_default(Key)
            end;
        undefined -> undefined
    end.

key_default(Key) ->
    case lists:member(Key, [description, vsn, id]) of
        true -> {ok, ""};
        false ->
            case lists:member(Key, [modules, maxP, maxT, registered, included_applications,
                                    applications, env, start_phases]) of
                true -> {ok, []};
                false -> undefined
            end
    end.

get_all_key(App) ->
    case ctl({get_key, App}) of
        {ok, Props} -> {ok, Props};
        undefined -> undefined
    end.

which_applications() -> ctl(which).
loaded_applications() -> ctl(loaded).

%% The application a process belongs to: the one whose master is among its ancestors.
get_application() -> get_application(self()).

get_application(Pid) when Pid =:= self() ->
    Ancestors = case get('$ancestors') of L when is_list(L) -> L; _ -> [] end,
    find_owner(Ancestors);
get_application(_Pid) -> undefined.

find_owner([]) -> undefined;
find_owner([P | Rest]) when is_pid(P) ->
    case ctl({owner, P}) of
        [Name] -> {ok, Name};
        [] -> find_owner(Rest)
    end;
find_owner([_ | Rest]) -> find_owner(Rest).
