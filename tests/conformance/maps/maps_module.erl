%% the maps module
-module(maps_module).
-export([main/1]).
-mode(compile).

main(_) ->
    M = #{a => 1, b => 2, c => 3},
    io:format("~p~n", [[maps:get(a, M), maps:get(z, M, default), maps:find(b, M), maps:find(z, M)]]),
    io:format("~p~n", [[maps:is_key(a, M), maps:is_key(z, M), maps:size(M), map_size(M)]]),
    io:format("~p~n", [maps:put(d, 4, M)]),
    io:format("~p~n", [maps:remove(a, M)]),
    io:format("~p~n", [maps:remove(zz, M)]),
    io:format("~p~n", [maps:update(a, 10, M)]),
    io:format("~p~n", [t(fun() -> maps:update(zz, 10, M) end)]),
    io:format("~p~n", [maps:update_with(a, fun(V) -> V * 100 end, M)]),
    io:format("~p~n", [maps:update_with(z, fun(V) -> V * 100 end, 0, M)]),
    io:format("~p~n", [maps:merge(M, #{c => 30, d => 40})]),
    io:format("~p~n", [maps:merge_with(fun(_K, V1, V2) -> V1 + V2 end, M, #{c => 30, d => 40})]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [maps:values(M)]),
    io:format("~p~n", [maps:to_list(M)]),
    io:format("~p~n", [maps:from_list([{x, 1}, {y, 2}, {x, 3}])]),
    io:format("~p~n", [maps:from_keys([a, b, c], 0)]),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)]),
    io:format("~p~n", [maps:map(fun(K, V) -> {K, V * 2} end, M)]),
    io:format("~p~n", [maps:filter(fun(_K, V) -> V rem 2 =:= 1 end, M)]),
    io:format("~p~n", [maps:filtermap(fun(a, _) -> false; (b, V) -> {true, V * 10}; (_, _) -> true end, M)]),
    io:format("~p~n", [maps:with([a, c, z], M)]),
    io:format("~p~n", [maps:without([a, c, z], M)]),
    io:format("~p~n", [maps:take(a, M)]),
    io:format("~p~n", [maps:take(z, M)]),
    io:format("~p~n", [maps:intersect(M, #{a => x, z => y})]),
    io:format("~p~n", [maps:intersect_with(fun(_, A, B) -> {A, B} end, M, #{a => x, z => y})]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 2 end, fun(X) -> X * X end, lists:seq(1, 6))]),
    maps:foreach(fun(K, V) -> io:format("each ~p=~p~n", [K, V]) end, M),
    I = maps:iterator(M),
    io:format("~p~n", [iterate(maps:next(I))]),
    io:format("~p~n", [maps:new()]),
    io:format("~p~n", [t(fun() -> maps:get(a, id(not_a_map)) end)]),
    io:format("~p~n", [t(fun() -> maps:get(id(missing), M) end)]),
    Words = string:split("the cat and the dog and the bird", " ", all),
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(C) -> C + 1 end, 1, Acc) end, #{}, Words),
    io:format("~p~n", [Counts]),
    io:format("~p~n", [lists:sort(fun({_, A}, {_, B}) -> A >= B end, maps:to_list(Counts))]),
    ok.

iterate(none) -> [];
iterate({K, V, Next}) -> [{K, V} | iterate(maps:next(Next))].

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
