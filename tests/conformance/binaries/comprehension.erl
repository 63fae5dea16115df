%% binary comprehensions and binary generators in list comprehensions
-module(comprehension).
-export([main/1]).
-mode(compile).

main(_) ->
    B = id(<<1, 2, 3, 4, 5, 6>>),
    io:format("~w~n", [<< <<(X * 2)>> || <<X>> <= B >>]),
    io:format("~w~n", [[X || <<X>> <= B, X rem 2 =:= 0]]),
    io:format("~w~n", [<< <<X:16>> || <<X>> <= B >>]),
    io:format("~w~n", [[{X, Y} || <<X, Y>> <= B]]),
    io:format("~w~n", [[X || <<X:16>> <= <<1, 2, 3>>]]),
    io:format("~w~n", [<< <<X:3>> || X <- [1, 2, 3, 4, 5, 6, 7] >>]),
    io:format("~w~n", [[X || <<X:1>> <= <<2#10110011>>]]),
    io:format("~w~n", [<< <<Bit:1>> || <<Bit:1>> <= <<2#1010:4>>, Bit =:= 1 >>]),
    io:format("~w~n", [<< <<(byte_size(W)), W/binary>> || W <- [<<"ab">>, <<"cde">>, <<>>] >>]),
    io:format("~w~n", [<< <<C>> || <<C>> <= <<"Hello World">>, C =/= $o >>]),
    io:format("~p~n", [<< <<(upper(C))>> || <<C>> <= <<"hello, world">> >>]),
    io:format("~w~n", [<< <<X, Y>> || <<X>> <= <<1, 2>>, <<Y>> <= <<3, 4>> >>]),
    io:format("~w~n", [[{A, N} || <<A:4, N:4>> <= <<16#12, 16#34>>]]),
    io:format("~w~n", [<< <<X/binary, ",">> || X <- [<<"a">>, <<"b">>] >>]),
    io:format("~w~n", [<< <<X/utf8>> || X <- [$h, 233, 8364] >>]),
    io:format("~w~n", [[X || <<X/utf8>> <= <<"h€"/utf8>>]]),
    io:format("~w~n", [<< <<>> || _ <- [1, 2] >>]),
    io:format("~w~n", [<< <<X>> || {X, _} <- [{1, a}, b, {2, c}] >>]),
    Hex = << <<(hex(N))>> || <<N:4>> <= <<16#DE, 16#AD, 16#BE, 16#EF>> >>,
    io:format("~p~n", [Hex]),
    io:format("~p~n", [byte_size(<< <<X:32>> || X <- lists:seq(1, 1000) >>)]),
    ok.

upper(C) when C >= $a, C =< $z -> C - 32;
upper(C) -> C.

hex(N) when N < 10 -> $0 + N;
hex(N) -> $a + N - 10.

id(X) -> X.
