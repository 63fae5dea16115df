%% supervisor: simple_one_for_one children started with extra arguments, restarted, stopped
-module(sup_simple).
-mode(compile).
-export([main/1, init/1, start_worker/2, worker/1]).

main(_) ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    Pids = [element(2, supervisor:start_child(Sup, [N])) || N <- [1, 2, 3]],
    io:format("~p~n", [supervisor:count_children(Sup)]),
    io:format("~p~n", [supervisor:start_child(Sup, [ignore])]),
    io:format("~p~n", [supervisor:start_child(Sup, [fail])]),
    [P1, P2, P3] = Pids,
    P1 ! {stop, crash},
    P2 ! {stop, normal},
    timer:sleep(30),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    io:format("~p~n", [lists:sort([gen_call(P) || {undefined, P, worker, [?MODULE]} <- supervisor:which_children(Sup)])]),
    io:format("~p~n", [supervisor:terminate_child(Sup, P3)]),
    io:format("~p~n", [supervisor:terminate_child(Sup, P3)]),
    io:format("~p~n", [supervisor:terminate_child(Sup, some_id)]),
    io:format("~p~n", [supervisor:restart_child(Sup, some_id)]),
    io:format("~p~n", [supervisor:delete_child(Sup, some_id)]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    exit(Sup, shutdown),
    receive {'EXIT', Sup, R} -> io:format("exit ~p~n", [R]) end.

gen_call(P) -> P ! {get, self()}, receive {value, V} -> V end.

init([]) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 5},
          [#{id => ignored_id, start => {?MODULE, start_worker, [base]}, restart => transient}]}}.

start_worker(base, ignore) -> ignore;
start_worker(base, fail) -> {error, no};
start_worker(base, N) -> {ok, spawn_link(?MODULE, worker, [N])}.

worker(N) ->
    receive
        {stop, R} -> exit(R);
        {get, From} -> From ! {value, N}, worker(N)
    end.
