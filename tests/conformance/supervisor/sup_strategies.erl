%% supervisor: one_for_one, one_for_all, rest_for_one restart the right children in order
-module(sup_strategies).
-mode(compile).
-export([main/1, init/1, start_worker/1, worker_loop/1]).

main(_) ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    lists:foreach(fun run/1, [one_for_one, one_for_all, rest_for_one]),
    ok.

run(Strategy) ->
    io:format("== ~p~n", [Strategy]),
    {ok, Sup} = supervisor:start_link(?MODULE, {sup, Strategy}),
    Before = children(Sup),
    crash(b),
    timer:sleep(30),
    After = children(Sup),
    io:format("restarted: ~p~n", [[Id || {Id, P} <- After, lists:keyfind(Id, 1, Before) =/= {Id, P}]]),
    io:format("counts ~p~n", [supervisor:count_children(Sup)]),
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, R} -> io:format("sup down ~p~n", [R]) end.

children(Sup) ->
    [{Id, P} || {Id, P, worker, [?MODULE]} <- supervisor:which_children(Sup)].

crash(Id) ->
    whereis(Id) ! crash.

init({sup, Strategy}) ->
    {ok, {#{strategy => Strategy, intensity => 5, period => 10},
          [#{id => Id, start => {?MODULE, start_worker, [Id]}} || Id <- [a, b, c, d]]}}.

start_worker(Id) ->
    Pid = spawn_link(?MODULE, worker_loop, [Id]),
    register(Id, Pid),
    io:format("start ~p~n", [Id]),
    {ok, Pid}.

worker_loop(Id) ->
    process_flag(trap_exit, true),
    receive
        crash -> io:format("crash ~p~n", [Id]), exit(boom);
        {'EXIT', _, shutdown} -> io:format("stop ~p~n", [Id]), exit(shutdown)
    end.
