%% non-byte-aligned bitstrings: printing, sizes, concatenation, comparison
-module(bitstrings).
-export([main/1]).
-mode(compile).

main(_) ->
    Bs = [<<1:1>>, <<0:1>>, <<5:3>>, <<1, 2:4>>, <<255, 255, 1:1>>, <<"ab", 3:2>>, <<0:15>>, <<1:17>>],
    lists:foreach(fun(B) ->
                          io:format("~p ~w ~p ~p ~p ~p~n",
                                    [B, B, bit_size(B), byte_size(B), is_binary(B), is_bitstring(B)])
                  end, [id(B) || B <- Bs]),
    A = id(<<1:3>>), B = id(<<2:5>>),
    io:format("~p~n", [<<A/bits, B/bits>>]),
    io:format("~p~n", [<<A/bits, A/bits, A/bits>>]),
    Cat = lists:foldl(fun(X, Acc) -> <<Acc/bits, X:1>> end, <<>>, [1, 0, 1, 1, 0, 0, 1, 0, 1]),
    io:format("~p ~p~n", [Cat, bit_size(Cat)]),
    io:format("~p~n", [[X || <<X:1>> <= Cat]]),
    io:format("~p~n", [lists:sort([<<1:1>>, <<0:2>>, <<1:2>>, <<>>, <<0>>, <<0:7>>, <<128>>])]),
    io:format("~p~n", [[<<1:1>> < <<1:2>>, <<2:2>> > <<1:1>>, <<0:8>> > <<0:7>>, <<1:1>> =:= <<1:1>>]]),
    <<Head:5/bits, Tail/bits>> = id(<<2#10101100, 2#11:2>>),
    io:format("~p ~p~n", [Head, Tail]),
    io:format("~p~n", [t(fun() -> binary_to_list(id(<<1:3>>)) end)]),
    io:format("~p~n", [bitstring_to_list(id(<<1:3>>))]),
    io:format("~p~n", [t(fun() -> byte_size(id(<<>>)) end)]),
    io:format("~p~n", [erlang:list_to_bitstring([1, <<2:4>>])]),
    io:format("~p~n", [<<(id(<<1:4>>)):4/bits, 0:4>>]),
    io:format("~p~n", [<< <<X:2>> || X <- [0, 1, 2, 3, 0] >>]),
    ok.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
