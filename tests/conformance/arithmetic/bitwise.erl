%% band/bor/bxor/bnot/bsl/bsr including negatives and bignums
-module(bitwise).
-export([main/1]).
-mode(compile).

main(_) ->
    Vs = [0, 1, -1, 5, -5, 255, -256, 16#7FFFFFFFFFFFFFFF, -(1 bsl 64), (1 bsl 80) + 12345],
    lists:foreach(fun(A) ->
                          io:format("~p: ~p ~p ~p ~p ~p ~p~n",
                                    [A, A band 16#F0F0, A bor 3, A bxor -1, bnot A, A bsl 3, A bsr 2])
                  end, [id(V) || V <- Vs]),
    S = id(1),
    io:format("~p~n", [[S bsl 0, S bsl 1, S bsl 31, S bsl 32, S bsl 53, S bsl 63, S bsl 64, S bsl 200]]),
    io:format("~p~n", [[S bsl -1, 8 bsl -2, 8 bsr -2, -1 bsr 100, -8 bsr 1, -9 bsr 1, -1 bsl 70]]),
    io:format("~p~n", [[(1 bsl 100) bsr 99, (1 bsl 100) bsr 101, -(1 bsl 100) bsr 101]]),
    io:format("~p~n", [[16#FF band -16#100, -1 band -1, -6 band 3, -6 bor 3, -6 bxor 3]]),
    io:format("~p~n", [[(1 bsl 70) band ((1 bsl 70) - 1), ((1 bsl 70) + 5) band 7, -(1 bsl 70) band 16#FFFF]]),
    io:format("~p~n", [[(1 bsl 70) bor 1, (1 bsl 70) bxor (1 bsl 70), -(1 bsl 70) bxor 1]]),
    io:format("~p~n", [t(fun() -> id(1.0) band 1 end)]),
    io:format("~p~n", [t(fun() -> id(1) bsl a end)]),
    io:format("~p~n", [t(fun() -> bnot id(1.5) end)]),
    ok.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
