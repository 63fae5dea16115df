%% float literals and their shortest round-trip printing
-module(floats).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.5, 3.14159, 2.5e10, 2.5e-10, 1.0e15, 1.0e16,
         1.0e17, 123456789012345678.0, 1.0e-5, 1.0e-4, 0.001, 1.0e100, 1.7976931348623157e308,
         4.9e-324, 2.2250738585072014e-308, 1.0e22, 1.0e21, 1.0e23, 100.0, 1234.5678, 1_000.5,
         5.0e-324, 0.30000000000000004, 9007199254740993.0, 1.0E3, 6.02214076e23, 1/3, 2/3, 10/4],
    lists:foreach(fun(F) -> io:format("~p ~w~n", [F, F]) end, L),
    io:format("~p~n", [L]),
    io:format("~p~n", [[float_to_list(1.0), float_to_list(0.1), float_to_list(-2.5e-3)]]),
    io:format("~p~n", [[float_to_list(1.0, [{decimals, 3}]), float_to_list(3.14159, [{decimals, 2}]),
                        float_to_list(2.0, [{decimals, 4}, compact]), float_to_list(1.5, [{scientific, 3}]),
                        float_to_list(123.456, [short])]]),
    io:format("~p~n", [[float_to_binary(0.5), float_to_binary(0.5, [{decimals, 1}])]]),
    io:format("~p~n", [[list_to_float("1.5"), list_to_float("-0.25e2"), binary_to_float(<<"3.0e-2">>)]]),
    io:format("~p~n", [t(fun() -> list_to_float(id("1")) end)]),
    io:format("~p~n", [t(fun() -> list_to_float(id("1.")) end)]),
    io:format("~p~n", [[float(3), float(-7), trunc(2.7), trunc(-2.7), round(2.5), round(-2.5),
                        round(3.4999), floor(-2.5), ceil(-2.5), floor(2.5), ceil(2.5)]]),
    io:format("~p~n", [[is_float(1.0), is_float(1), is_number(1.0), 0.0 == -0.0, 0.0 =:= -0.0]]),
    io:format("~p~n", [[abs(-1.5), -(0.0), 1.0 * -0.0]]),
    io:format("~p~n", [[float(1 bsl 70), float(-(1 bsl 70)), float(123456789012345678901234567890)]]),
    io:format("~p~n", [[trunc(1.0e20), round(1.0e30), trunc(-1.0e19)]]),
    ok.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
