%% The edges of the translation tier's inline fast paths (small integers, int32 bitwise, floats,
%% comparisons, element/2) against the BIFs' full semantics.
-module(fast_path_edges).
-export([main/1]).
-mode(compile).

t(F) -> try F() catch error:R -> {error, R} end.

ops(X, Y) ->
    [t(fun() -> X rem Y end), t(fun() -> X div Y end), t(fun() -> X band Y end),
     t(fun() -> X bor Y end), t(fun() -> X bxor Y end), t(fun() -> X bsl Y end),
     t(fun() -> X bsr Y end), t(fun() -> X * Y end), t(fun() -> X + Y end),
     t(fun() -> X - Y end), t(fun() -> X / Y end),
     X < Y, X >= Y, X > Y, X =< Y, X =:= Y, X =/= Y, X == Y,
     t(fun() -> -X end), t(fun() -> abs(X) end), t(fun() -> float(X) end)].

main(_) ->
    Pairs = [{-4, 2}, {-7, 2}, {7, -2}, {-1, 3}, {0, -5}, {2147483647, 1}, {-2147483648, -1},
             {-2147483648, 31}, {1, 21}, {1, 52}, {-3, 60}, {3, 0}, {1.5, 2.0}, {1.0e308, 10.0},
             {-0.0, 1.0}, {1, 2.0}, {9007199254740991, 9007199254740991}, {a, 1},
             {1 bsl 70, 3}, {4294967296, 4294967295}, {-9007199254740991, 2}],
    [io:format("~w ~w: ~w~n", [X, Y, ops(X, Y)]) || {X, Y} <- Pairs],
    Elements = [{1, {a, b}}, {2, {a, b}}, {0, {a}}, {3, {a, b}}, {1, [a]}, {a, {a}}, {1.0, {a}},
                {1 bsl 64, {a}}],
    [io:format("element ~w ~w: ~w~n", [I, T, t(fun() -> element(I, T) end)]) || {I, T} <- Elements],
    Unary = [0, -0.0, 5, -5, 1.5, 1 bsl 60, -(1 bsl 60), foo, {1}],
    [io:format("unary ~w: ~w ~w ~w ~w ~w ~w~n",
               [X, t(fun() -> -X end), t(fun() -> abs(X) end), t(fun() -> float(X) end),
                t(fun() -> tuple_size(X) end), t(fun() -> hd(X) end), t(fun() -> tl(X) end)])
     || X <- Unary],
    ok.
