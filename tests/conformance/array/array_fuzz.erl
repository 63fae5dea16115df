%% array: pseudo-random operation sequences; every intermediate array is printed raw (~w), so the
%% tree representation must equal OTP's, along with every query result
-module(array_fuzz).
-export([main/1]).
-mode(compile).

main(_) ->
    S0 = 7,
    {_, S1} = lists:foldl(fun(K, {_, S}) -> one(K, S) end, {ok, S0}, lists:seq(1, 60)),
    io:format("~w~n", [S1]).

next(S) -> (S * 1103515245 + 12345) rem 2147483648.

one(K, S0) ->
    S1 = next(S0),
    Len = (S1 bsr 4) rem 140,
    D = lists:nth((S1 bsr 9) rem 3 + 1, [undefined, 0, x]),
    L = [(I * 7 + K) rem 13 || I <- lists:seq(1, Len)],
    A0 = case K rem 4 of
             0 -> array:from_list(L, D);
             1 -> array:new([{default, D}]);
             2 -> array:new(Len, [{default, D}, {fixed, false}]);
             3 -> try array:from_orddict(keys(S1, Len), D)
                  catch error:{badarg, _} -> io:format("~w: from_orddict badarg~n", [K]), array:new()
                  end
         end,
    io:format("~w: ~w~n", [K, A0]),
    {A, S2} = ops(8, A0, S1),
    io:format("  ~w~n", [A]),
    io:format("  ~w ~w ~w ~w~n", [array:size(A), array:sparse_size(A), array:is_fix(A), array:default(A)]),
    io:format("  ~w~n  ~w~n", [array:to_list(A), array:sparse_to_list(A)]),
    io:format("  ~w~n  ~w~n", [array:to_orddict(A), array:sparse_to_orddict(A)]),
    io:format("  ~w~n", [array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A)]),
    io:format("  ~w~n", [array:foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A)]),
    io:format("  ~w~n", [array:sparse_foldl(fun(I, V, Acc) -> [I, V | Acc] end, [], A)]),
    io:format("  ~w~n", [array:sparse_foldr(fun(I, V, Acc) -> [I, V | Acc] end, [], A)]),
    io:format("  ~w~n", [array:map(fun(I, V) -> {I, V} end, A)]),
    io:format("  ~w~n", [array:sparse_map(fun(I, V) -> {I, V} end, A)]),
    io:format("  ~w~n", [array:resize(A)]),
    {ok, S2}.

keys(S, Len) ->
    lists:usort([{(I * I * 37 + S) rem (Len * 3 + 1), I} || I <- lists:seq(0, Len div 4)]).

ops(0, A, S) -> {A, S};
ops(N, A, S0) ->
    S = next(S0),
    Size = array:size(A),
    I = (S bsr 5) rem (Size + 30),
    A1 = try
             case (S bsr 11) rem 7 of
                 0 -> array:set(I, N, A);
                 1 -> array:set(I * 13, v, A);
                 2 -> array:reset(I, A);
                 3 -> array:resize(I, A);
                 4 -> array:fix(A);
                 5 -> array:relax(A);
                 6 -> array:set(I, array:get(I div 2, A), A)
             end
         catch error:badarg -> io:format("  badarg~n"), A
         end,
    io:format("  ~w~n", [A1]),
    ops(N - 1, A1, S).
