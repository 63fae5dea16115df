%% big integer literals and printing
-module(bignums).
-export([main/1]).
-mode(compile).

main(_) ->
    A = 123456789012345678901234567890,
    B = -98765432109876543210987654321098765432109876543210,
    io:format("~p~n~p~n", [A, B]),
    io:format("~w~n", [A * A]),
    io:format("~p~n", [16#DEADBEEFCAFEBABE0123456789ABCDEF]),
    io:format("~p~n", [2#1000000000000000000000000000000000000000000000000000000000000000000000]),
    io:format("~p~n", [integer_to_list(A, 16)]),
    io:format("~p~n", [integer_to_list(B, 36)]),
    io:format("~p~n", [list_to_integer("-123456789012345678901234567890123")]),
    io:format("~p~n", [[is_integer(A), A > 1, B < 0, A =:= A + 0, A == A * 1.0]]),
    F = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    io:format("~p~n", [F(30)]),
    io:format("~p~n", [F(100)]),
    io:format("~p~n", [length(integer_to_list(F(500)))]),
    io:format("~p~n", [F(25) div F(23)]),
    io:format("~p~n", [[1 bsl 64, (1 bsl 64) - 1, -(1 bsl 64), 1 bsl 128]]),
    io:format("~p~n", [[abs(B), -A, B rem 1000, B div 1000]]),
    io:format("~p~n", [[A band 16#FFFF, A bor 1, A bxor A, bnot A, B band 16#FF, bnot B]]),
    io:format("~p~n", [[A bsr 64, A bsl 10, B bsr 100, B bsr 1000, A bsr 1000]]),
    io:format("~p~n", [[max(A, B), min(A, B), abs(-A)]]),
    ok.
