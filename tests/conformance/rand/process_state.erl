%% rand's process-dictionary API (seed, uniform, jump, normal, bytes, export_seed) and bulk checks
-module(process_state).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~w~n", [rand:export_seed()]),
    _ = rand:seed(exsss, {1, 2, 3}),
    io:format("~w~n", [rand:export_seed()]),
    io:format("~p~n", [[rand:uniform() || _ <- lists:seq(1, 4)]]),
    io:format("~w~n", [[rand:uniform(6) || _ <- lists:seq(1, 20)]]),
    io:format("~p~n", [[rand:uniform_real(), rand:normal(), rand:normal(-3, 0.5), rand:normal(1, 100)]]),
    io:format("~w~n", [rand:bytes(11)]),
    {exsss, _} = Exp = rand:export_seed(),
    io:format("~w~n", [Exp]),
    Alg = element(1, get(rand_seed)),
    io:format("~w~n", [maps:get(type, Alg)]),
    io:format("~w~n", [lists:sort([K || K <- maps:keys(Alg)])]),
    lists:foreach(
      fun(A) ->
              _ = rand:seed(A, 7),
              X1 = rand:uniform(1000),
              J = try rand:jump(), rand:export_seed() catch C:E -> {C, E} end,
              X2 = rand:uniform(1000),
              _ = rand:seed(rand:seed_s(A, 7)),
              Y1 = rand:uniform(1000),
              St = rand:jump(rand:seed_s(rand:export_seed())),
              {Y2, _} = try rand:uniform_s(1000, St) catch C2:E2 -> {{C2, E2}, x} end,
              io:format("~w ~w ~w ~w ~w~n  ~w~n", [A, X1, X2, Y1, Y2, J])
      end, [exsss, exro928ss, exrop, exs1024s, exsp, exsplus, exs1024]),
    _ = rand:seed(default, 99),
    io:format("~w~n", [rand:export_seed()]),
    _ = rand:seed({exrop, [5 | 6]}),
    io:format("~w ~w~n", [rand:uniform(100), rand:export_seed()]),
    S = rand:seed_s(exsss, [1, 2]),
    io:format("~w~n", [rand:export_seed_s(S)]),
    io:format("~w~n", [rand:export_seed_s(rand:seed_s(exs1024s, [1, 2, 3]))]),
    io:format("~w~n", [rand:export_seed_s(rand:seed_s(exro928ss, [0, 0, 5]))]),
    io:format("~w~n", [rand:export_seed_s(rand:seed_s(exs64, [1 bsl 64 + 3]))]),
    Big = bulk(exsss, 20000),
    io:format("~p~n", [Big]),
    io:format("~p~n", [bulk(exro928ss, 5000)]),
    io:format("~p~n", [bulk(exs1024s, 5000)]),
    io:format("~p~n", [bulk(exs64, 5000)]),
    io:format("~p~n", [[element(1, rand:uniform_real_s(rand:seed_s(dummy, [X]))) || X <- [0, 1, 1 bsl 40, 1 bsl 50, 1 bsl 57]]]),
    Custom = {#{type => mine, bits => 32, next => fun(X) -> {X band 16#ffffffff, X * 7 + 3} end}, 12345},
    {C1, Cs1} = rand:uniform_s(Custom),
    {C2, Cs2} = rand:uniform_s(1000, Cs1),
    {C3, Cs3} = rand:uniform_s(1 bsl 40, Cs2),
    {C4, _} = rand:uniform_real_s(Cs3),
    io:format("~p~n", [[C1, C2, C3, C4]]),
    CustomMax = {#{type => old, max => 16#ffff, next => fun(X) -> {X band 16#ffff, X * 5 + 1} end}, 77},
    {D1, Ds1} = rand:uniform_s(CustomMax),
    {D2, Ds2} = rand:uniform_s(100, Ds1),
    {D3, _} = rand:uniform_s(1 bsl 20, Ds2),
    io:format("~p~n", [[D1, D2, D3]]),
    io:format("~w~n", [[rand:splitmix64_next(0), rand:exsp_next([1 | 2]), rand:mwc59(12345),
                        rand:mwc59_value32(987654321), rand:mwc59_value(1 bsl 58 + 5), rand:mwc59_seed(42)]]),
    io:format("~p~n", [rand:mwc59_float(123456789123)]),
    io:format("~w~n", [rand:exsp_jump([1 | 2])]).

%% Sum of many integer draws, and a hash of the floats, so every value is checked.
bulk(Alg, N) ->
    S0 = rand:seed_s(Alg, {3, 1, 4}),
    {Sum, Fl, Nm, _} = lists:foldl(
                         fun(I, {Acc, Fs, Ns, S}) ->
                                 {X, S1} = rand:uniform_s(I, S),
                                 {F, S2} = rand:uniform_s(S1),
                                 {G, S3} = rand:normal_s(S2),
                                 {Acc + X, erlang:phash2([F | Fs]), Ns + G, S3}
                         end, {0, 0, 0.0, S0}, lists:seq(1, N)),
    {Alg, Sum, Fl, Nm}.
