%% div and rem sign rules for small and big integers
-module(div_rem).
-export([main/1]).
-mode(compile).

main(_) ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}, {0, 5}, {0, -5}, {1, 10},
             {-1, 10}, {5, 1}, {5, -1}, {(1 bsl 70) + 3, 2}, {-(1 bsl 70) - 3, 2},
             {(1 bsl 70) + 3, -(1 bsl 65)}, {-(1 bsl 70), -(1 bsl 65)}, {10, 1 bsl 70},
             {-10, 1 bsl 70}, {-16#8000000000000000, -1}, {-134217728, -1}],
    lists:foreach(fun({A, B}) ->
                          io:format("~p div ~p = ~p; rem = ~p; check ~p~n",
                                    [A, B, A div B, A rem B, (A div B) * B + A rem B =:= A])
                  end, [{id(A), id(B)} || {A, B} <- Pairs]),
    io:format("~p~n", [[7 div 2, -7 div 2, 7 rem -2, -7 rem -2]]),
    io:format("~p~n", [[mod(-7, 3), mod(7, -3), mod(-7, -3), mod(7, 3)]]),
    ok.

id(X) -> X.
mod(A, B) -> ((A rem B) + B) rem B.
