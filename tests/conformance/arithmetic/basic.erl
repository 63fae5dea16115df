%% basic integer and mixed arithmetic
-module(basic).
-export([main/1]).
-mode(compile).

main(_) ->
    Xs = [0, 1, -1, 7, -7, 100, 3.0, -2.5],
    lists:foreach(
      fun(X) ->
              lists:foreach(
                fun(Y) ->
                        io:format("~p ~p: ~p ~p ~p~n", [X, Y, X + Y, X - Y, X * Y])
                end, Xs)
      end, Xs),
    io:format("~p~n", [[1 + 2 * 3, (1 + 2) * 3, 10 - 3 - 2, 2 * 3 + 4 * 5, -3 + -4, - - 5, + 3]]),
    io:format("~p~n", [[7 / 2, 6 / 3, -7 / 2, 1 / 3, 0 / 5, 1.0 / 4]]),
    io:format("~p~n", [[abs(-5), abs(5), abs(-0.5), max(1, 2.0), min(1, 1.0), max(1.0, 1)]]),
    io:format("~p~n", [[erlang:'+'(1, 2), erlang:'-'(5), erlang:'*'(3, 4), erlang:'div'(9, 2)]]),
    N = id(5),
    io:format("~p~n", [[N + 1, N - 10, N * N * N, N div 2, N rem 3, -N, N / 2]]),
    io:format("~p~n", [[1 + 1.0, 2 * 0.5, 3 - 3.0, 1.0 * 0, 0 * -1.0]]),
    ok.

id(X) -> X.
