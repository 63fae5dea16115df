% refc binaries: process_info(P, binary), reference counts across holders, memory(binary)
-module(binaries).
-mode(compile).
-export([main/1]).

holder(Parent) -> receive {bin, B} -> Parent ! held, receive stop -> byte_size(B) end end.

main(_) ->
  Big = binary:copy(<<"x">>, 100000),
  Small = binary:copy(<<"y">>, 10),
  {binary, L0} = process_info(self(), binary),
  Mine = [{Size, Refs} || {_, Size, Refs} <- L0, Size =:= 100000],
  io:format("held ~p small listed ~p~n", [Mine, lists:any(fun({_, S, _}) -> S =:= 10 end, L0)]),
  Self = self(),
  Hs = [spawn(fun() -> holder(Self) end) || _ <- lists:seq(1, 10)],
  [H ! {bin, Big} || H <- Hs],
  [receive held -> ok end || _ <- Hs],
  {binary, L1} = process_info(self(), binary),
  io:format("shared ~p~n", [[{S, R} || {_, S, R} <- L1, S =:= 100000]]),
  {binary, HL} = process_info(hd(Hs), binary),
  io:format("holder sees ~p~n", [[{S, R} || {_, S, R} <- HL]]),
  B1 = erlang:memory(binary),
  io:format("memory(binary) counts it once ~p~n", [B1 >= 100000]),
  [begin H ! stop, M = monitor(process, H), receive {'DOWN', M, _, _, _} -> ok end end || H <- Hs],
  {binary, L2} = process_info(self(), binary),
  io:format("after holders died ~p~n", [[{S, R} || {_, S, R} <- L2, S =:= 100000]]),
  <<_:10/binary, Sub:20/binary, _/binary>> = Big,
  P = spawn(fun() -> receive {sub, S} -> Self ! {size, byte_size(S)} end end),
  P ! {sub, Sub},
  receive {size, N} -> io:format("sub-binary sent ~p~n", [N]) end,
  M = erlang:memory(),
  io:format("memory keys ~p~n", [[K || {K, _} <- M]]),
  io:format("memory ints ~p~n", [lists:all(fun({_, V}) -> is_integer(V) andalso V >= 0 end, M)]),
  io:format("total = processes + system ~p~n", [proplists:get_value(total, M) =:= proplists:get_value(processes, M) + proplists:get_value(system, M)]),
  io:format("memory/1 ~p ~p~n", [is_integer(erlang:memory(atom)), length(erlang:memory([total, binary]))]),
  io:format("bad memory ~p~n", [try erlang:memory(bogus) catch C:R -> {C, R} end]),
  {size(Big), size(Small)}.
