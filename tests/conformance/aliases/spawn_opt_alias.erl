%% spawn_opt's {monitor, MonitorOpts}: the monitor/3 options {alias, Mode} and {tag, Tag}
-module(spawn_opt_alias).
-mode(compile).
-export([main/1]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    {P, R} = spawn_opt(fun() -> receive stop -> ok end end, [{monitor, [{alias, demonitor}, {tag, t}]}]),
    R ! via_alias,
    io:format("alive: ~p~n", [flush()]),
    P ! stop, timer:sleep(20), R ! gone,
    io:format("down: ~p~n", [[{T, W} || {T, R1, process, P1, W} <- flush(), R1 =:= R, P1 =:= P]]),
    io:format("badargs: ~p~n", [[t(fun() -> spawn_opt(fun() -> ok end, [{monitor, [x]}]) end),
                                  t(fun() -> spawn_opt(fun() -> ok end, [{monitor, [{alias, x}]}]) end),
                                  t(fun() -> spawn_opt(fun() -> ok end, [{monitor, x}]) end)]]),
    {P2, R2} = spawn_opt(fun() -> ok end, [{monitor, [{alias, explicit_unalias}]}]),
    timer:sleep(20), R2 ! kept,
    io:format("explicit: ~p~n", [[M || M <- flush(), M =/= {'DOWN', R2, process, P2, normal}]]),
    {_, R3} = spawn_opt(fun() -> ok end, [{monitor, []}]),
    receive {'DOWN', R3, process, _, Why} -> io:format("plain: ~p~n", [Why]) end,
    ok.
