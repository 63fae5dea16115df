%% integer literals: decimal, radix, separators, negative, printing with ~p and ~w
-module(integers).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [0, 1, -1, 42, 007, 1_000_000, 16#ff, 16#FF, 16#Ab, 2#1010, 8#777, 36#zz, 36#ZZ,
         -16#10, 3#102, 16#1_0000, 2#1111_0000, +5, - 7, -(-8)],
    lists:foreach(fun(X) -> io:format("~p ~w~n", [X, X]) end, L),
    io:format("~p~n", [L]),
    io:format("~w~n", [L]),
    io:format("~p~n", [[16#7fffffff, 16#ffffffff, 16#7fffffffffffffff, 16#ffffffffffffffff]]),
    io:format("~p~n", [[(1 bsl 27) - 1, 1 bsl 27, (1 bsl 59) - 1, 1 bsl 59, 1 bsl 60]]),
    io:format("~p~n", [[9007199254740991, 9007199254740992, 9007199254740993]]),
    io:format("~p~n", [[-9007199254740991, -9007199254740992, -9007199254740993]]),
    io:format("~p~n", [is_integer(16#ff)]),
    io:format("~p~n", [integer_to_list(255, 16)]),
    io:format("~p~n", [integer_to_list(-255, 2)]),
    io:format("~p~n", [integer_to_list(123456789, 36)]),
    io:format("~p~n", [list_to_integer("-0012")]),
    io:format("~p~n", [list_to_integer("ff", 16)]),
    io:format("~p~n", [list_to_integer("+77", 8)]),
    io:format("~p~n", [integer_to_binary(1234)]),
    io:format("~p~n", [binary_to_integer(<<"-99">>)]),
    io:format("~p~n", [binary_to_integer(<<"zz">>, 36)]),
    io:format("~p~n", [t(fun() -> list_to_integer(id("12a")) end)]),
    io:format("~p~n", [t(fun() -> list_to_integer(id("")) end)]),
    io:format("~p~n", [t(fun() -> list_to_integer(id("1.0")) end)]),
    io:format("~p~n", [erlang:list_to_integer("7fffffffffffffffffff", 16)]),
    ok.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
