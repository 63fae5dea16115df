%% code:purge kills the processes still running old code; code:soft_purge refuses while there are any.
-module(purge_kill).
-mode(compile).
-export([main/1]).

bin(V) ->
    {ok, hc_srv, Bin} = compile:file("modules/v" ++ integer_to_list(V) ++ "/hc_srv.erl", [binary]),
    Bin.

ask(P) ->
    P ! {self(), ask},
    receive {P, R} -> R end.

main(_) ->
    process_flag(trap_exit, true),
    io:format("purge nothing ~p ~p~n", [code:purge(hc_srv), code:soft_purge(hc_srv)]),
    {module, hc_srv} = code:load_binary(hc_srv, "hc_srv.erl", bin(1)),
    io:format("purge no old ~p ~p~n", [code:purge(hc_srv), code:soft_purge(hc_srv)]),
    Waiter = spawn(hc_srv, wait, []),
    {WaiterMon, _} = {erlang:monitor(process, Waiter), ok},
    Linked = spawn_link(hc_srv, loop_local, [0]),
    Mover = spawn(hc_srv, loop_ext, [0]),
    Bystander = spawn(fun() -> receive stop -> ok end end),
    io:format("~p ~p~n", [ask(Linked), ask(Mover)]),
    {module, hc_srv} = erlang:load_module(hc_srv, bin(2)),
    io:format("moved on ~p~n", [ask(Mover)]),
    io:format("soft_purge ~p old ~p~n", [code:soft_purge(hc_srv), erlang:check_old_code(hc_srv)]),
    io:format("alive ~p~n", [[is_process_alive(P) || P <- [Waiter, Linked, Mover, Bystander]]]),
    io:format("purge ~p old ~p~n", [code:purge(hc_srv), erlang:check_old_code(hc_srv)]),
    io:format("alive ~p~n", [[is_process_alive(P) || P <- [Waiter, Linked, Mover, Bystander]]]),
    receive {'DOWN', WaiterMon, process, Waiter, R1} -> io:format("waiter down ~p~n", [R1]) end,
    receive {'EXIT', Linked, R2} -> io:format("linked exit ~p~n", [R2]) end,
    io:format("mover ~p~n", [ask(Mover)]),
    io:format("purge again ~p ~p~n", [code:purge(hc_srv), code:soft_purge(hc_srv)]),
    %% A soft purge that succeeds drops the old code.
    {module, hc_srv} = erlang:load_module(hc_srv, bin(3)),
    io:format("soft_purge ~p mover ~p~n", [code:soft_purge(hc_srv), ask(Mover)]),
    io:format("soft_purge ~p old ~p~n", [code:soft_purge(hc_srv), erlang:check_old_code(hc_srv)]),
    %% code:load_binary purges first, killing whoever still runs the code it makes old-old.
    {module, hc_srv} = code:load_binary(hc_srv, "hc_srv.erl", bin(1)),
    io:format("mover ~p~n", [ask(Mover)]),
    Old = spawn(hc_srv, wait, []),
    Refs = [erlang:monitor(process, P) || P <- [Old, Mover]],
    io:format("load_binary ~p~n", [code:load_binary(hc_srv, "hc_srv.erl", bin(2))]),
    io:format("alive ~p~n", [[is_process_alive(P) || P <- [Old, Mover]]]),
    io:format("load_binary ~p~n", [code:load_binary(hc_srv, "hc_srv.erl", bin(3))]),
    [receive {'DOWN', R, process, _, Why} -> io:format("down ~p~n", [Why]) end || R <- Refs],
    io:format("version ~p~n", [hc_srv:version()]),
    %% erlang:purge_module/1 also kills; with no old code it is badarg.
    io:format("soft_purge ~p~n", [code:soft_purge(hc_srv)]),
    Old2 = spawn(hc_srv, wait, []),
    {module, hc_srv} = erlang:load_module(hc_srv, bin(1)),
    Old3 = spawn(hc_srv, wait, []),
    io:format("purge_module ~p alive ~p ~p~n",
              [erlang:purge_module(hc_srv), is_process_alive(Old2), is_process_alive(Old3)]),
    io:format("purge_module ~p~n", [try erlang:purge_module(hc_srv) catch C:E -> {C, E} end]),
    [P ! stop || P <- [Bystander, Old3]],
    ok.
