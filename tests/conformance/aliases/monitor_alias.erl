%% monitor/3 with {alias, Mode} and {tag, Tag}: which events deactivate the alias
-module(monitor_alias).
-mode(compile).
-export([main/1]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

t(F) -> try F() catch C:R -> {C, R} end.

shape({Tag, _Ref, process, _Pid, Reason}) -> {Tag, Reason};
shape(M) -> M.

shapes() -> [shape(M) || M <- flush()].

main(_) ->
    S = self(),
    P = spawn(fun() -> receive stop -> ok end end),
    M1 = monitor(process, P, [{alias, demonitor}]),
    M1 ! d1, M1 ! d2,
    io:format("demonitor mode: ~p~n", [flush()]),
    io:format("demonitor: ~p~n", [demonitor(M1)]),
    M1 ! late,
    io:format("after demonitor: ~p unalias: ~p~n", [flush(), unalias(M1)]),
    M2 = monitor(process, P, [{alias, reply_demonitor}]),
    M2 ! one, M2 ! two,
    io:format("reply_demonitor: ~p monitor left: ~p~n", [flush(), demonitor(M2, [info])]),
    M3 = monitor(process, P, [{alias, explicit_unalias}]),
    io:format("explicit demonitor: ~p~n", [demonitor(M3, [info])]),
    M3 ! still,
    io:format("explicit after demonitor: ~p ~p ~p~n", [flush(), unalias(M3), unalias(M3)]),
    M4 = monitor(process, P, [{alias, demonitor}]),
    io:format("unalias keeps monitor: ~p ~p~n", [unalias(M4), demonitor(M4, [info])]),
    M5 = monitor(process, P, [{alias, demonitor}]),
    M6 = monitor(process, P, [{alias, explicit_unalias}]),
    M7 = monitor(process, P, [{alias, reply_demonitor}, {tag, my_down}]),
    P ! stop, timer:sleep(20),
    M5 ! after_down5, M6 ! after_down6, M7 ! after_down7,
    io:format("after DOWN: ~p~n", [shapes()]),
    io:format("badargs: ~p~n", [[t(fun() -> monitor(process, S, [x]) end),
                                  t(fun() -> monitor(process, S, [{alias, x}]) end),
                                  t(fun() -> monitor(process, S, [{tag}]) end),
                                  t(fun() -> monitor(process, S, x) end),
                                  t(fun() -> monitor(process, S, [{alias, demonitor} | x]) end),
                                  t(fun() -> monitor(port, S, []) end),
                                  t(fun() -> monitor(process, 42, [{alias, demonitor}]) end)]]),
    M8 = monitor(process, P, [{alias, demonitor}]), timer:sleep(20), M8 ! after_noproc,
    io:format("dead target: ~p~n", [shapes()]),
    M9 = monitor(process, P, [{alias, explicit_unalias}]), timer:sleep(20), M9 ! kept,
    io:format("dead target, explicit: ~p~n", [shapes()]),
    _ = monitor(process, P, [{tag, mytag}, {tag, {other, tag}}]), timer:sleep(20),
    io:format("tag: ~p~n", [shapes()]),
    _ = monitor(process, nobody_here, [{tag, named}]), timer:sleep(20),
    io:format("by name: ~p~n", [[{T, N, Why} || {T, _, process, N, Why} <- flush()]]),
    Q = spawn(fun() -> receive stop -> exit(bye) end end),
    M10 = monitor(process, Q, [{tag, tagged}]),
    Q ! stop, timer:sleep(20),
    io:format("flush with tag: ~p ~p~n", [demonitor(M10, [flush, info]), flush()]),
    ok.
