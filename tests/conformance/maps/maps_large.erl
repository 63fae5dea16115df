%% maps with more than 32 keys (hash maps): only order-independent output is printed
-module(maps_large).
-export([main/1]).
-mode(compile).

main(_) ->
    M = maps:from_list([{I, I * 2} || I <- lists:seq(1, 1000)]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [lists:sort(maps:keys(M)) =:= lists:seq(1, 1000)]),
    io:format("~p~n", [lists:sum(maps:values(M))]),
    io:format("~p~n", [[maps:get(I, M) || I <- [1, 500, 1000]]]),
    M2 = maps:filter(fun(K, _) -> K rem 100 =:= 0 end, M),
    io:format("~p~n", [lists:sort(maps:to_list(M2))]),
    M3 = lists:foldl(fun(K, Acc) -> maps:remove(K, Acc) end, M, lists:seq(1, 990)),
    io:format("~p~n", [M3]),
    S = maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 100)]),
    io:format("~p~n", [maps:get("42", S)]),
    io:format("~p~n", [maps:fold(fun(_, V, Acc) -> V + Acc end, 0, S)]),
    A = maps:from_list([{list_to_atom("k" ++ integer_to_list(I)), I} || I <- lists:seq(1, 50)]),
    io:format("~p~n", [maps:get(k50, A)]),
    io:format("~p~n", [A =:= maps:from_list(lists:reverse(maps:to_list(A)))]),
    io:format("~p~n", [lists:sort(maps:keys(maps:with([k1, k2, k3, nope], A)))]),
    Updated = maps:map(fun(_, V) -> V + 1 end, M),
    io:format("~p~n", [lists:sum(maps:values(Updated)) - lists:sum(maps:values(M))]),
    io:format("~p~n", [M == maps:merge(M, #{})]),
    Mixed = maps:merge(M, #{1.0 => float_one}),
    io:format("~p ~p ~p~n", [map_size(Mixed), maps:get(1, Mixed), maps:get(1.0, Mixed)]),
    ok.
