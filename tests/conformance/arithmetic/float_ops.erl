%% float arithmetic, rounding functions and math module
-module(float_ops).
-export([main/1]).
-mode(compile).

main(_) ->
    X = id(1.5), Y = id(-0.25), Z = id(0.1),
    io:format("~p~n", [[X + Y, X - Y, X * Y, X / Y, -X, Z * 3, Z + Z + Z, 1 - 0.9]]),
    io:format("~p~n", [[X + 1, 2 * Y, 10 / 4, 10 / 5, 1.0e308 + 1.0e308 * 0]]),
    io:format("~p~n", [[trunc(X), round(X), floor(Y), ceil(Y), trunc(-X), round(-X), round(Y)]]),
    io:format("~p~n", [[float(7), 7 / 1, 1.0e10 / 3, 1.0e-10 * 3]]),
    io:format("~p~n", [[math:sqrt(2), math:sqrt(16), math:pow(2, 10), math:pow(2.5, 2),
                        math:exp(1), math:log(10), math:log10(1000), math:log2(1024)]]),
    io:format("~p~n", [[math:sin(0), math:cos(0), math:tan(0.5), math:atan2(1, 1),
                        math:asin(1), math:acos(0.5), math:atan(1), math:pi()]]),
    io:format("~p~n", [[math:sinh(1), math:cosh(1), math:tanh(0.5), math:floor(-1.5),
                        math:ceil(1.2), math:fmod(7.5, 2), math:fmod(-7.5, 2)]]),
    io:format("~p~n", [[1.0e300 * 1.0e-300, 3.0 * 1.1, 1.1 * 1.1, 100.0 / 3.0, 2.0 / 3.0]]),
    io:format("~p~n", [lists:sum([0.1 || _ <- lists:seq(1, 10)])]),
    io:format("~p~n", [[5.0e-324 / 2, 2.2250738585072014e-308 / 2, 1.0e-320 * 1.0e10]]),
    io:format("~p~n", [t(fun() -> id(1.0e308) * 10 end)]),
    io:format("~p~n", [t(fun() -> id(1.0e308) + 1.0e308 end)]),
    io:format("~p~n", [t(fun() -> math:log(id(0)) end)]),
    io:format("~p~n", [t(fun() -> math:sqrt(id(-1)) end)]),
    io:format("~p~n", [t(fun() -> math:pow(id(10.0), 400) end)]),
    io:format("~p~n", [t(fun() -> float(id(1 bsl 1024)) end)]),
    io:format("~p~n", [t(fun() -> id(1 bsl 1024) + 0.5 end)]),
    io:format("~p~n", [t(fun() -> id(1.0) / 0 end)]),
    io:format("~p~n", [t(fun() -> id(0.0) / 0.0 end)]),
    io:format("~p~n", [[float(1 bsl 1023), (1 bsl 1023) * 1.5]]),
    ok.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
