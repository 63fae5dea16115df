%% x
-module(gl).
-export([main/1]).
main(_) ->
  L1 = io:get_line("name> "),
  L2 = io:get_line(''),
  L3 = io:get_line("x"),
  io:format("~p ~p ~p~n", [L1, L2, L3]),
  io:format("~p~n", [io:get_chars('', 2)]).
