%% phash2 and phash of pseudo-random terms of every kind (no pids, refs or local funs), compared with OTP
-module(phash_fuzz).
-export([main/1]).
-mode(compile).
-compile(nowarn_deprecated_function).
main([N]) ->
    loop(list_to_integer(N), 12345, 0, 0).
loop(0, _, A, B) -> io:format("~w ~w~n", [A, B]);
loop(N, S0, A, B) ->
    {T, S1} = gen(S0, 3),
    H2 = erlang:phash2(T), H1 = erlang:phash(T, 1 bsl 32), H3 = erlang:phash2(T, 1000003),
    case N rem 500 of 0 -> io:format("~w ~w ~w ~w~n", [T, H2, H1, H3]); _ -> ok end,
    loop(N-1, S1, (A * 31 + H2 + H3) rem 1000000007, (B * 31 + H1) rem 1000000007).
next(S) -> (S * 1103515245 + 12345) rem 2147483648.
gen(S0, D) ->
    S = next(S0), K = (S bsr 8) rem (case D of 0 -> 9; _ -> 14 end),
    case K of
        0 -> {(S bsr 4) rem 256, next(S)};
        1 -> S2 = next(S), {(S2 bsr 3) - (1 bsl 27), S2};
        2 -> S2 = next(S), {((S2 bsr 2) * (S2 bsr 5) * (S2 bsr 7)) * (1 - 2 * (S2 band 1)), S2};
        3 -> S2 = next(S), {(S2 bsl 40) * (S2 + 7) * (1 - 2 * ((S2 bsr 9) band 1)), S2};
        4 -> S2 = next(S), {(S2 / 7919) * (1 - 2 * ((S2 bsr 9) band 1)), S2};
        5 -> S2 = next(S), {lists:nth(S2 rem 8 + 1, [a, b, ok, true, hello_world, 'Ü', 'ÿx', 'x€']), S2};
        6 -> {[], next(S)};
        7 -> S2 = next(S), Len = S2 rem 30, {Bin, S3} = bytes(S2, Len, []), {list_to_binary(Bin), S3};
        8 -> S2 = next(S), Len = S2 rem 20, {Bin, S3} = bytes(S2, Len, []), B = list_to_binary(Bin), Bits = (S2 bsr 5) rem 8,
             {<<B/binary, (S3 band 255):Bits>>, next(S3)};
        9 -> S2 = next(S), Len = S2 rem 20, {Bs, S3} = bytes(S2, Len, []), {Bs, S3};
        10 -> S2 = next(S), Len = S2 rem 5, {L, S3} = gens(S2, Len, D - 1, []), {L, S3};
        11 -> S2 = next(S), Len = S2 rem 5, {L, S3} = gens(S2, Len, D - 1, []), {list_to_tuple(L), S3};
        12 -> S2 = next(S), Len = S2 rem 4, {L, S3} = gens(S2, 2 * Len, D - 1, []), {maps:from_list(pairs(L)), S3};
        13 -> S2 = next(S), {H, S3} = gen(S2, D - 1), {T, S4} = gen(S3, D - 1), {[H | T], S4}
    end.
pairs([A, B | T]) -> [{A, B} | pairs(T)];
pairs([]) -> [].
bytes(S, 0, Acc) -> {Acc, S};
bytes(S, N, Acc) -> S2 = next(S), bytes(S2, N - 1, [(S2 bsr 11) band 255 | Acc]).
gens(S, 0, _, Acc) -> {Acc, S};
gens(S, N, D, Acc) -> {T, S2} = gen(S, D), gens(S2, N - 1, D, [T | Acc]).
