%% math module and number formatting helpers
-module(math_fns).
-export([main/1]).
-mode(compile).

main(_) ->
    p([math:pi(), math:exp(1), 2 * math:pi()]),
    p([math:sqrt(0), math:sqrt(2.25), math:pow(2, 0.5)]),
    p(t(fun() -> math:pow(id(-8), 1 / 3) end)),
    p([math:exp(0), math:exp(2), math:log(math:exp(1)), math:log2(8), math:log10(0.001)]),
    p([math:sin(math:pi() / 2), math:cos(math:pi()), math:tan(math:pi() / 4)]),
    p([math:asin(0.5), math:acos(-1), math:atan(-1), math:atan2(-1, -1), math:atan2(0, -1)]),
    p([math:sinh(0), math:cosh(0), math:tanh(100), math:asinh(1), math:acosh(2), math:atanh(0.5)]),
    p([math:erf(0.5), math:erfc(0.5)]),
    p([math:ceil(-0.5), math:floor(-0.5), math:fmod(10, 3), math:fmod(-10, 3), math:fmod(10.5, -3)]),
    p([math:pow(10, -2), math:pow(0, 0), math:pow(2, 62), math:pow(1.0000001, 1000000)]),
    p([round(math:pow(2, 52)), trunc(math:pow(10, 15)), round(-0.5), round(0.5), round(1.5), round(2.5)]),
    p(t(fun() -> math:acos(id(2)) end)),
    p(t(fun() -> math:log(id(-1)) end)),
    p(t(fun() -> math:sqrt(id(a)) end)),
    p(t(fun() -> math:pow(id(0), -1) end)),
    p(t(fun() -> math:exp(id(1000)) end)),
    p([float_to_list(math:pi(), [{decimals, 10}]), float_to_list(math:pi(), [{scientific, 4}])]),
    p([erlang:float_to_list(1.0e-7, [short]), erlang:float_to_list(123.0, [short]), float_to_list(1.0e21, [short])]),
    ok.

p(X) -> io:format("~p~n", [X]).
id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
