%% The export lists of the modules this area provides equal OTP 25's
-module(exports).
-export([main/1]).
-mode(compile).

main(_) ->
    [io:format("~w ~w~n", [M, lists:sort([{F, A} || {F, A} <- M:module_info(exports), F =/= module_info,
                                                 {M, F} =/= {rand, format_jumpconst58}])])
     || M <- [gb_sets, gb_trees, sets, dict, calendar, array, rand, random]],
    Math = [acos, acosh, asin, asinh, atan, atanh, ceil, cos, cosh, erf, erfc, exp, floor, log, log10,
            log2, sin, sinh, sqrt, tan, tanh],
    io:format("~p~n", [[{F, try math:F(0.5) catch C:E -> {C, E} end} || F <- Math]]),
    io:format("~p~n", [[math:pi(), math:pow(2, 0.5), math:atan2(1, 2), math:fmod(7.5, 2)]]),
    io:format("~p~n", [[try math:F(A) catch C:E -> {C, E} end || {F, A} <- [{acosh, 0.5}, {log, 0}, {sqrt, -1}, {log2, a}]]]).
