%% supervisor reports in OTP's layout: child_terminated, start_error, shutdown, shutdown_error
-module(sup_reports).
-mode(compile).
-export([main/1, init/1, start_worker/1, worker/1]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, rep_sup}, ?MODULE, top),
    whereis(rw) ! {stop, {shutdown, because}},
    timer:sleep(50),
    whereis(rw) ! {stop, {shutdown, again}},
    timer:sleep(50),
    receive {'EXIT', Sup, R} -> io:format("exit ~p~n", [R]) after 100 -> ok end,
    {ok, S2} = supervisor:start_link(?MODULE, second),
    whereis(tw) ! {stop, normal},
    timer:sleep(50),
    io:format("~p~n", [supervisor:which_children(S2) =:= []]),
    ok.

init(top) ->
    {ok, {#{intensity => 1, period => 60},
          [#{id => rw, start => {?MODULE, start_worker, [rw]}}]}};
init(second) ->
    {ok, {#{}, [#{id => tw, start => {?MODULE, start_worker, [tw]}, restart => temporary}]}}.

start_worker(Id) ->
    Pid = spawn_link(?MODULE, worker, [Id]),
    register(Id, Pid),
    {ok, Pid}.

worker(_Id) ->
    receive {stop, R} -> exit(R) end.
