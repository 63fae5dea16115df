%% supervisor: shutdown brutal_kill/timeout/infinity, nested trees stop in order, intensity
-module(sup_shutdown).
-mode(compile).
-export([main/1, init/1, start_worker/2, worker/2, start_sup/1]).

main(_) ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, Top} = supervisor:start_link({local, top}, ?MODULE, top),
    io:format("tree ~p~n", [tree(Top)]),
    io:format("counts ~p~n", [supervisor:count_children(Top)]),
    io:format("terminate mid ~p~n", [supervisor:terminate_child(Top, mid)]),
    io:format("restart mid ~p~n", [element(1, supervisor:restart_child(Top, mid))]),
    io:format("tree ~p~n", [tree(Top)]),
    exit(Top, shutdown),
    receive {'EXIT', Top, R} -> io:format("top exit ~p~n", [R]) end,
    %% too many restarts: the supervisor gives up with reason shutdown
    {ok, S2} = supervisor:start_link(?MODULE, fragile),
    [begin whereis(w) ! {stop, crash}, timer:sleep(10) end || _ <- [1, 2, 3]],
    receive {'EXIT', S2, R2} -> io:format("fragile exit ~p~n", [R2]) after 200 -> io:format("still alive~n") end,
    ok.

tree(Sup) ->
    [case Type of
         supervisor -> {Id, tree(Pid)};
         worker -> Id
     end || {Id, Pid, Type, _} <- supervisor:which_children(Sup)].

start_sup(Name) -> supervisor:start_link(?MODULE, Name).

init(top) ->
    {ok, {#{strategy => one_for_one},
          [#{id => w1, start => {?MODULE, start_worker, [w1, polite]}, shutdown => 1000},
           #{id => mid, start => {?MODULE, start_sup, [mid]}, type => supervisor},
           #{id => w4, start => {?MODULE, start_worker, [w4, polite]}, shutdown => brutal_kill}]}};
init(mid) ->
    {ok, {#{strategy => rest_for_one},
          [#{id => w2, start => {?MODULE, start_worker, [w2, polite]}, shutdown => infinity},
           #{id => w3, start => {?MODULE, start_worker, [w3, stubborn]}, shutdown => 50}]}};
init(fragile) ->
    {ok, {#{strategy => one_for_one, intensity => 2, period => 10},
          [#{id => w, start => {?MODULE, start_worker, [w, polite]}}]}}.

start_worker(Id, Kind) ->
    Pid = spawn_link(?MODULE, worker, [Id, Kind]),
    catch register(Id, Pid),
    {ok, Pid}.

worker(Id, Kind) ->
    process_flag(trap_exit, true),
    receive
        {stop, Reason} -> exit(Reason);
        {'EXIT', _, shutdown} when Kind =:= polite ->
            io:format("~p shuts down~n", [Id]),
            exit(shutdown);
        {'EXIT', _, shutdown} ->
            io:format("~p ignores shutdown~n", [Id]),
            receive after infinity -> ok end
    end.
