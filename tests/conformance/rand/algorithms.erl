%% rand: every algorithm seeded three ways gives OTP's sequences (floats, integers, reals, bytes)
-module(algorithms).
-export([main/1]).
-mode(compile).

algs() -> [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024, dummy].

main(_) ->
    lists:foreach(fun(Alg) ->
                          lists:foreach(fun(Seed) -> run(Alg, Seed) end,
                                        [{1, 2, 3}, 42, {-5, 1 bsl 70, 0}, 123456789012345678901234567890])
                  end, algs()).

run(Alg, Seed) ->
    S0 = rand:seed_s(Alg, Seed),
    io:format("~w ~w~n  export ~w~n", [Alg, Seed, rand:export_seed_s(S0)]),
    {Fs, S1} = floats(5, S0, []),
    io:format("  uniform ~p~n", [Fs]),
    {Is, S2} = ints([1, 2, 3, 10, 100, 1000000, 1 bsl 57, (1 bsl 58) - 1, 1 bsl 58, 1 bsl 59,
                     1 bsl 64, (1 bsl 64) + 1, 1 bsl 100, 3 bsl 120, 12345678901234567890123], S1, []),
    io:format("  ints ~w~n", [Is]),
    {Rs, S3} = reals(4, S2, []),
    io:format("  real ~p~n", [Rs]),
    {Bs, S4} = bytes([0, 1, 5, 7, 8, 13, 29, 40], S3, []),
    io:format("  bytes ~w~n", [Bs]),
    {Ns, S5} = normals(6, S4, []),
    io:format("  normal ~p~n", [Ns]),
    {N2, S6} = rand:normal_s(10, 4, S5),
    io:format("  normal(10,4) ~p~n", [N2]),
    io:format("  state ~w~n", [rand:export_seed_s(S6)]).

floats(0, S, Acc) -> {lists:reverse(Acc), S};
floats(N, S, Acc) -> {F, S1} = rand:uniform_s(S), floats(N - 1, S1, [F | Acc]).

ints([], S, Acc) -> {lists:reverse(Acc), S};
ints([N | Ns], S, Acc) -> {I, S1} = rand:uniform_s(N, S), ints(Ns, S1, [I | Acc]).

reals(0, S, Acc) -> {lists:reverse(Acc), S};
reals(N, S, Acc) -> {F, S1} = rand:uniform_real_s(S), reals(N - 1, S1, [F | Acc]).

bytes([], S, Acc) -> {lists:reverse(Acc), S};
bytes([N | Ns], S, Acc) -> {B, S1} = rand:bytes_s(N, S), bytes(Ns, S1, [B | Acc]).

normals(0, S, Acc) -> {lists:reverse(Acc), S};
normals(N, S, Acc) -> {F, S1} = rand:normal_s(S), normals(N - 1, S1, [F | Acc]).
