% max_heap_size: a process over its limit is killed alone; kill => false keeps it alive
-module(max_heap).
-mode(compile).
-export([main/1]).

grow() -> L = lists:seq(1, 200000), length(L).

main(_) ->
  Self = self(),
  {P1, R1} = spawn_opt(fun() -> Self ! {len, grow()} end, [monitor, {max_heap_size, #{size => 5000, error_logger => false}}]),
  receive {'DOWN', R1, process, P1, W1} -> io:format("killed: ~p~n", [W1]) end,
  receive {len, _} -> io:format("finished?~n") after 0 -> io:format("no result~n") end,
  {P2, R2} = spawn_opt(fun() -> Self ! {len, grow()} end, [monitor, {max_heap_size, #{size => 5000, kill => false, error_logger => false}}]),
  receive {len, N2} -> io:format("not killed: ~p~n", [N2]) end,
  receive {'DOWN', R2, process, P2, W2} -> io:format("then ~p~n", [W2]) end,
  {P3, R3} = spawn_opt(fun() -> Self ! {len, grow()} end, [monitor, {max_heap_size, 10000000}]),
  receive {len, N3} -> io:format("roomy: ~p~n", [N3]) end,
  receive {'DOWN', R3, process, P3, W3} -> io:format("then ~p~n", [W3]) end,
  process_flag(trap_exit, true),
  P4 = spawn_opt(fun() -> process_flag(max_heap_size, #{size => 3000, error_logger => false}), grow() end, [link]),
  receive {'EXIT', P4, W4} -> io:format("linked sees ~p~n", [W4]) end,
  Bystander = spawn(fun() -> receive stop -> ok end end),
  {P5, R5} = spawn_opt(fun() -> link(Bystander), grow() end, [monitor, {max_heap_size, #{size => 4000, error_logger => false}}]),
  receive {'DOWN', R5, process, P5, W5} -> io:format("killed ~p~n", [W5]) end,
  timer:sleep(10),
  io:format("linked bystander dies too: ~p~n", [not is_process_alive(Bystander)]),
  logger:set_primary_config(level, none),
  {P6, R6} = spawn_opt(fun() -> grow() end, [monitor, {max_heap_size, 5000}]),
  receive {'DOWN', R6, process, P6, W6} -> io:format("silenced report, ~p~n", [W6]) end,
  io:format("main alive~n").
