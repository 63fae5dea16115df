%% binary matching: integers, floats, size variables, rest, bits, failures
-module(matching).
-export([main/1]).
-mode(compile).

main(_) ->
    Bin = id(<<16#12, 16#34, 16#56, 16#78, 16#FF, 16#FE, 1, 2, 3, 4, 5, 6, 7, 8>>),
    <<A:16, B:16/little, C:8/signed, D:8/unsigned, Rest/binary>> = Bin,
    io:format("~p ~p ~p ~p ~p~n", [A, B, C, D, Rest]),
    <<_:4, Nib:4, _/bits>> = Bin,
    io:format("~p~n", [Nib]),
    <<X:3, Y:5, Z:7, W:1, _/bitstring>> = Bin,
    io:format("~p~n", [[X, Y, Z, W]]),
    <<S16:16/signed, S16L:16/signed-little>> = id(<<255, 254, 254, 255>>),
    io:format("~p ~p~n", [S16, S16L]),
    <<F64/float, F32:32/float, F16:16/float>> = id(<<1.5/float, 0.25:32/float, 2.0:16/float>>),
    io:format("~p ~p ~p~n", [F64, F32, F16]),
    <<FL:64/float-little>> = id(<<-3.75:64/float-little>>),
    io:format("~p~n", [FL]),
    io:format("~p~n", [t(fun() -> <<_F:64/float>> = id(<<16#7FF0000000000000:64>>) end)]),
    io:format("~p~n", [t(fun() -> <<_:32/float>> = id(<<16#7FC00000:32>>) end)]),
    <<Len:8, Payload:Len/binary, Tail/binary>> = id(<<3, "abcdef">>),
    io:format("~p ~p ~p~n", [Len, Payload, Tail]),
    <<L2:4, Bits:L2/bits, More/bits>> = id(<<5:4, 2#10110:5, 2#111:3>>),
    io:format("~p ~p ~p~n", [L2, Bits, More]),
    <<Chunk:2/binary-unit:16, _/binary>> = id(<<"abcdefgh">>),
    io:format("~p~n", [Chunk]),
    <<Big:72>> = id(<<255, 0, 0, 0, 0, 0, 0, 0, 1>>),
    io:format("~p~n", [Big]),
    <<BigS:72/signed>> = id(<<255, 0, 0, 0, 0, 0, 0, 0, 1>>),
    io:format("~p~n", [BigS]),
    <<BigL:72/little>> = id(<<255, 0, 0, 0, 0, 0, 0, 0, 1>>),
    io:format("~p~n", [BigL]),
    io:format("~p~n", [t(fun() -> <<_:8, _:8>> = id(<<1>>) end)]),
    io:format("~p~n", [t(fun() -> <<_/binary>> = id(<<1:3>>) end)]),
    io:format("~p~n", [t(fun() -> <<"abc", _/binary>> = id(<<"abd">>) end)]),
    io:format("~p~n", [[m(V) || V <- [<<>>, <<1>>, <<1, 2>>, <<1:4>>, <<"hello">>, <<0:16, 7>>]]]),
    io:format("~p~n", [sum_bytes(id(list_to_binary(lists:seq(1, 200))), 0)]),
    io:format("~p~n", [decode_varints(id(<<1, 16#AC, 16#02, 16#7F, 16#80, 16#80, 16#01>>))]),
    <<_:1, Rest7/bits>> = id(<<255>>),
    io:format("~p ~p~n", [Rest7, bit_size(Rest7)]),
    io:format("~p~n", [case id(<<1, 2, 3>>) of <<1, R/binary>> when byte_size(R) > 1 -> R; _ -> no end]),
    ok.

m(<<>>) -> empty;
m(<<V>>) -> {byte, V};
m(<<V:16>>) -> {short, V};
m(<<V:4>>) -> {nibble, V};
m(<<"hel", R/binary>>) -> {hel, R};
m(<<0:16, R/binary>>) -> {zero_prefixed, R}.

sum_bytes(<<B, Rest/binary>>, Acc) -> sum_bytes(Rest, Acc + B);
sum_bytes(<<>>, Acc) -> Acc.

decode_varints(<<>>) -> [];
decode_varints(Bin) ->
    {V, Rest} = varint(Bin, 0, 0),
    [V | decode_varints(Rest)].

varint(<<1:1, B:7, Rest/binary>>, Shift, Acc) -> varint(Rest, Shift + 7, Acc bor (B bsl Shift));
varint(<<0:1, B:7, Rest/binary>>, Shift, Acc) -> {Acc bor (B bsl Shift), Rest}.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
