%% gen_server: calls, casts, infos, every callback return, names, stop, timeouts
-module(gs_basic).
-mode(compile).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2,
         terminate/2, code_change/3]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, P} = gen_server:start_link(?MODULE, {counter, 0}, []),
    show(gen_server:call(P, get)),
    ok = gen_server:cast(P, {add, 5}),
    show(gen_server:call(P, get)),
    P ! {add, 10},
    show(gen_server:call(P, get)),
    show(gen_server:call(P, {continue_then, 100})),
    show(gen_server:call(P, get)),
    show(gen_server:call(P, deferred)),
    show(gen_server:call(P, hibernate_reply)),
    show(gen_server:call(P, get, 1000)),
    show(gen_server:call(P, {timeout_reply, 30})),
    timer:sleep(80),
    show(gen_server:call(P, get)),
    show(catch gen_server:call(P, {sleep, 200}, 50)),
    timer:sleep(250),
    show(gen_server:call(P, get)),
    show(gen_server:call(P, thrown)),
    %% names
    {ok, N} = gen_server:start({local, named_srv}, ?MODULE, {counter, 7}, []),
    show(gen_server:call(named_srv, get)),
    show(gen_server:start({local, named_srv}, ?MODULE, {counter, 7}, []) =:= {error, {already_started, N}}),
    show(gen_server:call({named_srv, node()}, get)),
    gen_server:cast(named_srv, {add, 1}),
    show(gen_server:call(named_srv, get)),
    show(gen_server:stop(named_srv)),
    show(whereis(named_srv)),
    show(catch gen_server:call(named_srv, get)),
    show(catch gen_server:call(no_such_server, get, 100)),
    show(catch gen_server:stop(no_such_server)),
    show(gen_server:cast(no_such_server, hello)),
    %% init returns (their crash reports are in gs_reports)
    logger:set_primary_config(level, none),
    show(gen_server:start(?MODULE, {init, {stop, no_way}}, [])),
    show(gen_server:start(?MODULE, {init, ignore}, [])),
    show(gen_server:start(?MODULE, {init, bad_value}, [])),
    show(gen_server:start(?MODULE, {init, {throw, {ok, thrown_state}}}, []) =/= error),
    show(gen_server:start_link(?MODULE, {init, {exit, gone}}, [])),
    receive {'EXIT', _, R0} -> show({linked_exit, R0}) after 100 -> show(no_exit) end,
    {ok, C} = gen_server:start(?MODULE, {init, {continue, 3}}, []),
    show(gen_server:call(C, get)),
    {ok, T} = gen_server:start(?MODULE, {init, {timeout, 20}}, []),
    timer:sleep(60),
    show(gen_server:call(T, get)),
    %% stop with a reason and a reply
    show(gen_server:call(P, {stop_with_reply, normal})),
    timer:sleep(20),
    show(is_process_alive(P)),
    receive {'EXIT', P, R1} -> show({exit, R1}) after 100 -> show(no_exit) end,
    {ok, Q} = gen_server:start_link(?MODULE, {counter, 1}, []),
    show(gen_server:stop(Q, {shutdown, done}, 1000)),
    receive {'EXIT', Q, R2} -> show({exit, R2}) after 100 -> show(no_exit) end,
    ok.

show(X) -> io:format("~p~n", [X]).

init({counter, N}) -> process_flag(trap_exit, true), {ok, N};
init({init, {stop, R}}) -> {stop, R};
init({init, ignore}) -> ignore;
init({init, {throw, V}}) -> throw(V);
init({init, {exit, R}}) -> exit(R);
init({init, {continue, N}}) -> {ok, 0, {continue, {set, N}}};
init({init, {timeout, Ms}}) -> {ok, waiting, Ms};
init({init, Other}) -> Other.

handle_call(get, _From, S) -> {reply, S, S};
handle_call({continue_then, N}, _From, S) -> {reply, continuing, S, {continue, {set, N}}};
handle_call(deferred, From, S) ->
    spawn(fun() -> gen_server:reply(From, {deferred_reply, S}) end),
    {noreply, S};
handle_call(hibernate_reply, _From, S) -> {reply, hibernating, S, hibernate};
handle_call({timeout_reply, Ms}, _From, S) -> {reply, armed, S, Ms};
handle_call({sleep, Ms}, _From, S) -> timer:sleep(Ms), {reply, slept, S + 1};
handle_call(thrown, _From, S) -> throw({reply, caught_throw, S});
handle_call({stop_with_reply, R}, _From, S) -> {stop, R, {stopping, S}, S}.

handle_cast({add, N}, S) -> {noreply, S + N}.

handle_info({add, N}, S) -> {noreply, S + N};
handle_info(timeout, waiting) -> {noreply, timed_out};
handle_info(timeout, S) -> {noreply, S + 1000}.

handle_continue({set, N}, _S) -> {noreply, N}.

terminate(Reason, S) -> io:format("terminate ~p ~p~n", [Reason, S]).

code_change(_Old, S, _Extra) -> {ok, S}.
