% process_info/1,2 items and their shapes, process_flag/2 old values
-module(process_info).
-mode(compile).
-export([main/1, idle/0]).

idle() -> receive stop -> ok end.

keys(L) -> [K || {K, _} <- L].

main(_) ->
  P = spawn(?MODULE, idle, []),
  timer:sleep(10),
  I = process_info(P),
  io:format("keys ~p~n", [keys(I)]),
  io:format("initial ~p current ~p status ~p~n", [proplists:get_value(initial_call, I), proplists:get_value(current_function, I), proplists:get_value(status, I)]),
  io:format("self status ~p~n", [process_info(self(), status)]),
  register(idler, P),
  io:format("named keys ~p~n", [keys(process_info(P))]),
  io:format("registered_name ~p ~p~n", [process_info(P, registered_name), process_info(self(), registered_name)]),
  io:format("list ~p~n", [process_info(self(), [registered_name, trap_exit, priority, message_queue_len, error_handler, suspending])]),
  self() ! hello, self() ! {world, [1, 2]},
  io:format("messages ~p~n", [process_info(self(), [message_queue_len, messages])]),
  receive hello -> ok end, receive {world, _} -> ok end,
  put(k1, v1),
  io:format("dictionary ~p~n", [process_info(self(), dictionary)]),
  erase(k1),
  L = spawn_link(fun idle/0),
  Ref = monitor(process, P),
  Ref2 = monitor(process, idler),
  {links, Links} = process_info(self(), links),
  io:format("links ~p~n", [lists:member(L, Links)]),
  {monitors, Ms} = process_info(self(), monitors),
  io:format("monitors ~p~n", [lists:sort([case X of {process, Pid} when is_pid(Pid) -> pid; Y -> Y end || X <- Ms])]),
  {monitored_by, MB} = process_info(P, monitored_by),
  io:format("monitored_by ~p~n", [MB =:= [self(), self()]]),
  demonitor(Ref), demonitor(Ref2),
  io:format("after demonitor ~p ~p~n", [process_info(self(), monitors), process_info(P, monitored_by)]),
  [io:format("~p is integer: ~p~n", [K, is_integer(element(2, process_info(self(), K)))]) || K <- [heap_size, total_heap_size, memory, reductions, stack_size]],
  {garbage_collection, GC} = process_info(self(), garbage_collection),
  io:format("gc keys ~p~n", [keys(GC)]),
  io:format("flags ~p~n", [[process_flag(priority, high), process_flag(priority, low), process_flag(priority, normal)]]),
  io:format("trap ~p~n", [[process_flag(trap_exit, true), process_flag(trap_exit, false)]]),
  io:format("max ~p~n", [[process_flag(max_heap_size, 100000), process_flag(max_heap_size, #{size => 200000, kill => false}),
                          process_flag(max_heap_size, #{size => 0, error_logger => false}), process_flag(max_heap_size, 0)]]),
  io:format("min ~p~n", [[process_flag(min_heap_size, 1000), process_flag(min_heap_size, 0), process_info(self(), min_heap_size)]]),
  Bad = [fun() -> process_info(self(), bogus) end, fun() -> process_info(self(), [status, bogus]) end,
         fun() -> process_info(foo) end, fun() -> process_info(foo, status) end, fun() -> process_info(self(), "x") end,
         fun() -> process_flag(priority, urgent) end, fun() -> process_flag(trap_exit, 1) end,
         fun() -> process_flag(bogus, 1) end, fun() -> process_flag(max_heap_size, -5) end,
         fun() -> process_flag(max_heap_size, #{size => a}) end, fun() -> process_flag(max_heap_size, #{kill => true}) end,
         fun() -> process_flag(max_heap_size, 100) end, fun() -> process_flag(min_heap_size, x) end],
  [io:format("bad ~p~n", [try F() catch C:R -> {C, R} end]) || F <- Bad],
  P ! stop,
  timer:sleep(10),
  io:format("dead ~p ~p ~p~n", [process_info(P), process_info(P, status), process_info(P, [status, links])]),
  io:format("dead bad ~p~n", [try process_info(P, bogus) catch C:R -> {C, R} end]),
  io:format("gc ~p ~p ~p~n", [garbage_collect(), garbage_collect(L), garbage_collect(P)]).
