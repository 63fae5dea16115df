% link/unlink edge cases, exit signal rules, kill propagation as killed
-module(exit_signals).
-mode(compile).
-export([main/1]).

t(F) -> try F() catch C:R -> {C, R} end.

wait(Tag) -> receive {Tag, X} -> X after 1000 -> timeout end.

main(_) ->
  Self = self(),
  Dead = spawn(fun() -> ok end),
  timer:sleep(10),
  io:format("link dead ~p~n", [t(fun() -> link(Dead) end)]),
  process_flag(trap_exit, true),
  io:format("link dead trapping ~p~n", [link(Dead)]),
  receive {'EXIT', Dead, W0} -> io:format("got ~p~n", [W0]) end,
  io:format("link self ~p~n", [link(self())]),
  io:format("bad ~p ~p ~p~n", [t(fun() -> link(x) end), t(fun() -> unlink(x) end), t(fun() -> exit(x, y) end)]),
  P1 = spawn_link(fun() -> receive _ -> ok end end),
  io:format("unlink ~p ~p~n", [unlink(P1), unlink(P1)]),
  exit(P1, bye),
  receive {'EXIT', P1, _} -> io:format("unexpected EXIT~n") after 50 -> io:format("no EXIT after unlink~n") end,
  %% a chain A - B - C: killing A with kill reaches C as killed
  C = spawn(fun() -> process_flag(trap_exit, true), Self ! {c, ready}, receive {'EXIT', _, Why} -> Self ! {c, Why} end end),
  wait(c),
  B = spawn(fun() -> link(C), Self ! {b, ready}, receive _ -> ok end end),
  wait(b),
  A = spawn(fun() -> link(B), Self ! {a, ready}, receive _ -> ok end end),
  wait(a),
  exit(A, kill),
  io:format("chain end saw ~p~n", [wait(c)]),
  %% normal exits do not propagate to non-trapping processes
  D = spawn(fun() -> receive go -> Self ! {d, alive} end end),
  E = spawn(fun() -> link(D), Self ! {e, ready}, receive _ -> ok end end),
  wait(e),
  exit(E, normal),
  timer:sleep(10),
  io:format("E after exit(E, normal) ~p~n", [is_process_alive(E)]),
  E ! stop,
  timer:sleep(10),
  D ! go,
  io:format("D after E ended normally ~p~n", [wait(d)]),
  %% exit(self(), normal) kills a non-trapping process
  {F, Rf} = spawn_monitor(fun() -> exit(self(), normal), Self ! {f, survived} end),
  receive {'DOWN', Rf, process, F, Wf} -> io:format("self normal ~p~n", [Wf]) end,
  %% a trapping process gets {'EXIT', From, normal} from exit(P, normal)
  G = spawn(fun() -> process_flag(trap_exit, true), Self ! {g, ready}, receive M -> Self ! {g, M} end end),
  wait(g),
  exit(G, normal),
  {'EXIT', From, normal} = wait(g),
  io:format("trapped normal from self ~p~n", [From =:= Self]),
  %% a crashing linked process: the trapping parent gets its reason
  H = spawn_link(fun() -> error(oops) end),
  logger:set_primary_config(level, none),
  receive {'EXIT', H, {oops, _}} -> io:format("EXIT with error reason~n") end,
  process_flag(trap_exit, false),
  {K, Rk} = spawn_monitor(fun() -> spawn_link(fun() -> exit(boom) end), receive after 1000 -> ok end end),
  receive {'DOWN', Rk, process, K, Wk} -> io:format("linked crash kills ~p~n", [Wk]) end,
  io:format("done~n").
