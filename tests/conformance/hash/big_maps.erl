%% Maps over 32 keys iterate, print and encode in OTP's HAMT order (keys without atoms, pids or funs)
-module(big_maps).
-export([main/1]).
-mode(compile).
main(_) ->
    Ms = [maps:from_list([{I, x} || I <- lists:seq(1, 40)]),
          maps:from_list([{-I * 1000003, I} || I <- lists:seq(1, 100)]),
          maps:from_list([{I * 1.5, I} || I <- lists:seq(1, 50)]),
          maps:from_list([{1 bsl (I + 50), I} || I <- lists:seq(1, 50)]),
          maps:from_list([{integer_to_binary(I), I} || I <- lists:seq(1, 60)]),
          maps:from_list([{<<I:(I rem 13 + 1)>>, I} || I <- lists:seq(1, 60)]),
          maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 60)]),
          maps:from_list([{[I, [I], I + 0.5 | I], I} || I <- lists:seq(1, 40)]),
          maps:from_list([{{I, [], <<>>, {}}, I} || I <- lists:seq(1, 40)]),
          maps:from_list([{#{I => I}, I} || I <- lists:seq(1, 40)]),
          maps:from_list([{[300, I, 400], I} || I <- lists:seq(1, 40)]),
          maps:from_list([{"abcdefghijklmnop" ++ [I], I} || I <- lists:seq(1, 40)]),
          maps:from_list([{I, I} || I <- lists:seq(-20, 20)] ++ [{[], 0}, {{}, 1}, {0.0, 2}])],
    lists:foreach(fun(M) ->
                          io:format("~w~n", [maps:keys(M)]),
                          io:format("~w~n", [maps:fold(fun(K, _, A) -> [K | A] end, [], M)]),
                          io:format("~w~n", [M])
                  end, Ms),
    io:format("~p~n", [lists:nth(1, Ms)]),
    I = maps:iterator(lists:nth(2, Ms)),
    {K1, _, I2} = maps:next(I), {K2, _, _} = maps:next(I2),
    io:format("~w~n", [[K1, K2]]),
    M1 = lists:nth(1, Ms),
    io:format("~w~n", [term_to_binary(M1)]),
    io:format("~w~n", [[binary_to_term(term_to_binary(M)) =:= M || M <- Ms]]),
    io:format("~w~n", [maps:to_list(maps:map(fun(K, V) -> {K, V} end, M1))]),
    io:format("~w~n", [maps:values(maps:filter(fun(K, _) -> K rem 2 =:= 0 end, maps:from_list([{I, I * I} || I <- lists:seq(1, 80)])))]),
    put(seen, []),
    maps:foreach(fun(K, _) -> put(seen, [K | get(seen)]) end, M1),
    io:format("~w~n", [get(seen)]),
    io:format("~p~n", [maps:from_list([{I * 7, {v, I}} || I <- lists:seq(1, 35)])]),
    io:format("~w~n", [[erlang:phash2(M) || M <- Ms]]),
    fuzz(40, 99).

%% Random key sets of 33..160 keys of every hashable kind.
fuzz(0, _) -> ok;
fuzz(N, S0) ->
    {Len, S1} = rnd(S0, 128),
    {Keys, S2} = keys(Len + 33, S1, []),
    M = maps:from_list([{K, 0} || K <- Keys]),
    io:format("~w ~w~n", [maps:size(M), maps:keys(M)]),
    fuzz(N - 1, S2).

rnd(S, Mod) -> S1 = (S * 1103515245 + 12345) rem 2147483648, {(S1 bsr 8) rem Mod, S1}.

keys(0, S, Acc) -> {Acc, S};
keys(N, S0, Acc) ->
    {Kind, S1} = rnd(S0, 7),
    {V, S2} = rnd(S1, 100000),
    K = case Kind of
            0 -> V - 50000;
            1 -> V * 1.25;
            2 -> integer_to_binary(V);
            3 -> {V rem 10, [V]};
            4 -> (V + 1) bsl 70;
            5 -> integer_to_list(V, 36);
            6 -> <<V:17>>
        end,
    keys(N - 1, S2, [K | Acc]).
