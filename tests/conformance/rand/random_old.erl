%% The deprecated random module: same numbers as OTP's
-module(random_old).
-export([main/1]).
-mode(compile).
-compile(nowarn_deprecated_function).

main(_) ->
    io:format("~w~n", [get(random_seed)]),
    io:format("~p~n", [[random:uniform() || _ <- lists:seq(1, 3)]]),
    io:format("~w~n", [get(random_seed)]),
    io:format("~w~n", [random:seed()]),
    io:format("~w~n", [random:seed(1, 2, 3)]),
    io:format("~w~n", [[random:uniform(10) || _ <- lists:seq(1, 20)]]),
    io:format("~w~n", [random:seed({-5, 100000, 0})]),
    io:format("~p~n", [random:uniform()]),
    io:format("~w~n", [random:seed(123456789012)]),
    io:format("~w~n", [random:seed0()]),
    S = random:seed0(),
    {F, S1} = random:uniform_s(S),
    {I, S2} = random:uniform_s(1000, S1),
    io:format("~p ~w ~w~n", [F, I, S2]),
    io:format("~w~n", [lists:sum([random:uniform(1000) || _ <- lists:seq(1, 5000)])]).
