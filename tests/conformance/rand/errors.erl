%% rand and random: bad arguments give OTP's errors
-module(errors).
-export([main/1]).
-mode(compile).

main(_) ->
    Calls = [{rand, uniform, [0]}, {rand, uniform, [-1]}, {rand, uniform, [1.5]}, {rand, uniform, [a]},
             {rand, seed, [bogus]}, {rand, seed, [bogus, 1]}, {rand, seed, [exsss, []]},
             {rand, seed, [exsss, [0, 0]]}, {rand, seed, [exsss, [1, 2, 3]]}, {rand, seed, [exsss, [a]]},
             {rand, seed, [exsss, foo]}, {rand, seed, [exsss, {1, 2}]}, {rand, seed_s, [exs1024, lists:seq(1, 17)]},
             {rand, seed, [dummy, [1, 2]]}, {rand, seed, [dummy, [a]]}, {rand, seed, [dummy, []]},
             {rand, bytes, [-1]}, {rand, bytes, [a]}, {rand, normal, [0, -1]},
             {rand, normal_s, [0, 0, rand:seed_s(exsss, 1)]},
             {rand, jump, [rand:seed_s(exs64, 1)]}, {rand, jump, [rand:seed_s(dummy, 1)]},
             {rand, uniform_s, [5, foo]}, {rand, export_seed_s, [foo]}, {rand, mwc59_seed, [-1]},
             {random, uniform, [0]}, {random, uniform_s, [0, {1, 2, 3}]}],
    lists:foreach(fun({M, F, A}) ->
                          R = try apply(M, F, A) of
                                  V when is_float(V); is_integer(V) -> V;
                                  V -> element(1, V)
                              catch C:E -> {C, E}
                              end,
                          io:format("~w:~w ~w -> ~w~n", [M, F, length(A), R])
                  end, Calls).
