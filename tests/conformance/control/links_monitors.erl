%% links, trap_exit, monitors and exit reasons (no pids printed)
-module(links_monitors).
-export([main/1]).
-mode(compile).

main(_) ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> exit(custom_reason) end),
    io:format("~p~n", [receive {'EXIT', P1, R1} -> {exit, R1} after 2000 -> timeout end]),
    P2 = spawn_link(fun() -> ok end),
    io:format("~p~n", [receive {'EXIT', P2, R2} -> {exit, R2} after 2000 -> timeout end]),
    P3 = spawn_link(fun() -> receive never -> ok end end),
    exit(P3, kill),
    io:format("~p~n", [receive {'EXIT', P3, R3} -> {exit, R3} after 2000 -> timeout end]),
    P4 = spawn_link(fun() -> receive never -> ok end end),
    exit(P4, shutdown),
    io:format("~p~n", [receive {'EXIT', P4, R4} -> {exit, R4} after 2000 -> timeout end]),
    {P5, M5} = spawn_monitor(fun() -> exit({shutdown, details}) end),
    io:format("~p~n", [receive {'DOWN', M5, process, P5, R5} -> {down, R5} after 2000 -> timeout end]),
    P6 = spawn(fun() -> receive go -> ok end end),
    M6 = monitor(process, P6),
    P6 ! go,
    io:format("~p~n", [receive {'DOWN', M6, process, P6, R6} -> {down, R6} after 2000 -> timeout end]),
    P7 = spawn(fun() -> receive go -> ok end end),
    M7 = monitor(process, P7),
    io:format("~p~n", [demonitor(M7, [flush])]),
    P7 ! go,
    io:format("~p~n", [receive {'DOWN', M7, _, _, _} -> still_got_down after 100 -> no_down end]),
    exit(P7, kill),
    Dead = spawn(fun() -> ok end),
    M8 = monitor(process, Dead),
    io:format("~p~n", [receive {'DOWN', M8, process, Dead, _} -> down_first after 2000 -> timeout end]),
    M9 = monitor(process, Dead),
    io:format("~p~n", [receive {'DOWN', M9, process, Dead, R9} -> {down_dead, R9} after 2000 -> timeout end]),
    %% trapping exits in a child: it sees our exit signal as a message
    Parent = self(),
    Child = spawn(fun() ->
                          process_flag(trap_exit, true),
                          Parent ! ready,
                          receive {'EXIT', _, Why} -> Parent ! {child_saw, Why} end
                  end),
    receive ready -> ok end,
    exit(Child, please_stop),
    io:format("~p~n", [receive {child_saw, W} -> W after 2000 -> timeout end]),
    %% exit(Pid, normal) does not kill a process that is not trapping
    P10 = spawn(fun() -> receive ping -> Parent ! pong end end),
    exit(P10, normal),
    P10 ! ping,
    io:format("~p~n", [receive pong -> alive_after_normal after 2000 -> timeout end]),
    register(my_name, self()),
    my_name ! via_name,
    io:format("~p~n", [receive via_name -> got_via_name after 100 -> no end]),
    io:format("~p~n", [[whereis(my_name) =:= self(), whereis(nobody_here)]]),
    unregister(my_name),
    io:format("~p~n", [t(fun() -> nobody_here ! x end)]),
    io:format("~p~n", [lists:member(my_name, registered())]),
    process_flag(trap_exit, false),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
