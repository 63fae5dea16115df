%% x
-module(rt).
-export([main/1]).
main(_) ->
  R1 = io:read("t> "),
  R2 = io:read(''),
  R3 = io:read(standard_io, "t2> "),
  io:format("~p~n~p~n~p~n", [R1, R2, R3]),
  F1 = io:fread("f> ", "~d ~s"),
  F2 = io:fread('', "~a"),
  io:format("~p~n~p~n", [F1, F2]),
  L = io:get_line(''),
  io:format("~p~n", [L]),
  E = io:read(''),
  io:format("~p~n", [E]),
  io:format("~p~n", [io:get_line('')]),
  io:format("~p~n", [io:get_chars('', 3)]),
  io:format("~p~n", [io:get_line('')]),
  io:format("~p~n", [io:fread('', "~d")]),
  io:format("~p~n", [io:read('')]),
  io:format("~p~n", [io:fread('', "~d")]),
  io:format("~p~n", [io:get_line('')]).
