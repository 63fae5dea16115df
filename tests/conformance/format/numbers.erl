%% integer and float directives: ~b ~B ~x ~X ~# ~+ ~f ~e ~g with precision and widths
-module(numbers).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~b ~b ~b~n", [255, -255, 0]),
    io:format("~.2b ~.8b ~.16b ~.36b~n", [10, 64, 255, 1295]),
    io:format("~.16B ~.16b ~.36B~n", [48879, 48879, 46655]),
    io:format("[~8.2B] [~-8.2B] [~8.2.0B]~n", [5, 5, 5]),
    io:format("~x ~x~n", [255, "0x", -10, "pre"]),
    io:format("~.16x ~.16X~n", [-255, "0x", 255, "#"]),
    io:format("~.16# ~.2# ~.16# ~#~n", [255, 5, -255, 10]),
    io:format("~.16+ ~.2+ ~.16+ ~+~n", [255, 5, -255, 10]),
    io:format("~b~n", [1 bsl 100]),
    io:format("~.16B~n", [-(1 bsl 70)]),
    io:format("[~10b] [~-10b] [~10.10.0b]~n", [42, 42, 42]),
    io:format("[~3b]~n", [123456]),
    io:format("~f ~f ~f~n", [1.0, 3.14159265, -2.5]),
    io:format("~.2f ~.1f ~.10f~n", [3.14159, 2.5, 1 / 3]),
    io:format("~p~n", [t(fun() -> io:format("~.0f~n", [2.5]) end)]),
    io:format("~.2f ~.2f ~.2f ~.2f~n", [0.125, 0.375, 2.675, 1.005]),
    io:format("~.1f ~.1f ~.1f ~.1f~n", [0.05, 0.15, 0.25, 0.35]),
    io:format("[~10.3f] [~-10.3f] [~10.3.0f]~n", [3.14159, 3.14159, 3.14159]),
    io:format("~f~n", [1.0e20]),
    io:format("~f~n", [123456789.123]),
    io:format("~.3f~n", [-0.0005]),
    io:format("~p~n", [t(fun() -> io:format("~f~n", [5]) end)]),
    io:format("~e ~e ~e~n", [1.0, 12345.6789, -0.000123]),
    io:format("~.3e ~.10e ~.2e~n", [1.0, 12345.6789, 9.999]),
    io:format("[~15.4e]~n", [123.456]),
    io:format("~e~n", [1.0e-300]),
    io:format("~g ~g ~g ~g ~g~n", [1.0, 0.0001, 123456.0, 1.0e10, 0.1]),
    io:format("~.3g ~.10g~n", [3.14159, 3.14159]),
    io:format("~g ~g~n", [1.0e-5, 99999.9]),
    io:format("~w ~p~n", [0.1, 1.0e-10]),
    io:format("[~5w] [~-5w]~n", [42, 42]),
    io:format("~w~n", [-0.0]),
    io:format("~.1f~n", [1.0e15]),
    io:format("~.2f~n", [1.0e-10]),
    io:format("~s~n", [float_to_list(0.1, [{decimals, 20}])]),
    io:format("~p~n", [[lists:flatten(io_lib:format("~.2f", [X])) || X <- [0.005, 0.015, 0.025, 0.035, 0.045]]]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
