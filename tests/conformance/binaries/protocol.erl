%% parsing and building a realistic binary format (IPv4 + UDP header, TLV records)
-module(protocol).
-export([main/1]).
-mode(compile).

main(_) ->
    Payload = <<"ping">>,
    Udp = <<5353:16, 53:16, (8 + byte_size(Payload)):16, 0:16, Payload/binary>>,
    Ip = <<4:4, 5:4, 0:8, (20 + byte_size(Udp)):16, 16#1C46:16, 2:3, 0:13, 64:8, 17:8, 0:16,
           192, 168, 0, 1, 10, 0, 0, 255, Udp/binary>>,
    io:format("~w~n", [Ip]),
    io:format("~p~n", [parse_ip(Ip)]),
    Tlv = encode_tlv([{1, <<"name">>}, {2, <<42:32>>}, {3, <<>>}, {255, binary:copy(<<"x">>, 300)}]),
    io:format("~p~n", [byte_size(Tlv)]),
    Decoded = decode_tlv(Tlv),
    io:format("~p~n", [[{T, byte_size(V)} || {T, V} <- Decoded]]),
    io:format("~p~n", [lists:sublist(Decoded, 3)]),
    io:format("~p~n", [checksum(Ip)]),
    ok.

parse_ip(<<4:4, IHL:4, _Tos:8, Total:16, Id:16, Flags:3, Frag:13, Ttl:8, Proto:8, _Cs:16,
           S1, S2, S3, S4, D1, D2, D3, D4, Rest/binary>>) when IHL =:= 5 ->
    BodyLen = Total - 20,
    <<Body:BodyLen/binary>> = Rest,
    #{id => Id, flags => Flags, frag => Frag, ttl => Ttl, proto => Proto,
      src => {S1, S2, S3, S4}, dst => {D1, D2, D3, D4}, body => parse_udp(Body)}.

parse_udp(<<Src:16, Dst:16, Len:16, _:16, Data/binary>>) when Len =:= byte_size(Data) + 8 ->
    {udp, Src, Dst, Data}.

encode_tlv(Items) ->
    << <<T:8, (byte_size(V)):16, V/binary>> || {T, V} <- Items >>.

decode_tlv(<<>>) -> [];
decode_tlv(<<T:8, L:16, V:L/binary, Rest/binary>>) -> [{T, V} | decode_tlv(Rest)].

checksum(Bin) -> checksum(Bin, 0).
checksum(<<W:16, Rest/binary>>, Acc) -> checksum(Rest, Acc + W);
checksum(<<B:8>>, Acc) -> checksum(<<>>, Acc + (B bsl 8));
checksum(<<>>, Acc) when Acc > 16#FFFF -> checksum(<<>>, (Acc band 16#FFFF) + (Acc bsr 16));
checksum(<<>>, Acc) -> (bnot Acc) band 16#FFFF.
