%% Exercises the maps functions written in Erlang (stdlib/lib/maps.erl): folds, maps, filters,
%% iterators, merges and grouping, with maps, iterators and bad arguments. Results that depend on
%% iteration order are sorted.
-module(maps_test).
-export([main/1]).
-mode(compile).

t(Tag, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Tag, clean(R)]).

clean(F) when is_function(F) -> 'FUN';
clean([H | T]) -> [clean(H) | clean(T)];
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean(X) -> X.

main(_) ->
    M = #{a => 1, b => 2, c => 3, 1 => one, 1.0 => float_one, "s" => str},
    E = #{},
    Big = maps:from_list([{X, X * X} || X <- lists:seq(1, 1000)]),
    Sources = [{map, M}, {empty, E}, {iter, maps:iterator(M)}, {iter_empty, maps:iterator(E)},
               {iter_next, element(3, maps:next(maps:iterator(#{x => 1, y => 2})))}],
    [begin
         t({fold, N}, fun() -> lists:sort(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], S)) end),
         t({map, N}, fun() -> maps:map(fun(K, V) -> {K, V} end, S) end),
         t({filter, N}, fun() -> maps:filter(fun(K, _) -> is_atom(K) end, S) end),
         t({filtermap, N}, fun() -> maps:filtermap(fun(K, V) when is_atom(K) -> {true, {V}}; (K, _) -> K =:= 1 end, S) end),
         t({foreach, N}, fun() -> put(seen, []), ok = maps:foreach(fun(K, V) -> put(seen, [{K, V} | get(seen)]) end, S), lists:sort(get(seen)) end),
         t({fold_notfun, N}, fun() -> maps:fold(notfun, [], S) end),
         t({map_notfun, N}, fun() -> maps:map(notfun, S) end),
         t({filter_notfun, N}, fun() -> maps:filter(notfun, S) end),
         t({filtermap_notfun, N}, fun() -> maps:filtermap(notfun, S) end),
         t({foreach_notfun, N}, fun() -> maps:foreach(notfun, S) end)
     end || {N, S} <- Sources],
    Bad = [notamap, [], [0 | notamap], [x | #{}], {a, b}, none],
    [begin
         t({fold, B}, fun() -> maps:fold(fun(_, _, A) -> A end, 0, B) end),
         t({map, B}, fun() -> maps:map(fun(_, V) -> V end, B) end),
         t({filter, B}, fun() -> maps:filter(fun(_, _) -> true end, B) end),
         t({filtermap, B}, fun() -> maps:filtermap(fun(_, _) -> true end, B) end),
         t({foreach, B}, fun() -> maps:foreach(fun(_, _) -> ok end, B) end),
         t({fold_notfun, B}, fun() -> maps:fold(notfun, 0, B) end),
         t({next, B}, fun() -> maps:next(B) end),
         t({iterator, B}, fun() -> maps:iterator(B) end)
     end || B <- Bad],
    t(filter_nonbool, fun() -> maps:filter(fun(_, _) -> maybe end, M) end),
    t(filtermap_nonbool, fun() -> maps:filtermap(fun(_, _) -> maybe end, M) end),
    t(filtermap_tuple, fun() -> maps:filtermap(fun(_, _) -> {true, 1, 2} end, M) end),
    t(fold_arity, fun() -> maps:fold(fun(K, V) -> {K, V} end, 0, M) end),
    t(big_fold, fun() -> maps:fold(fun(K, V, A) -> A + K + V end, 0, Big) end),
    t(big_map, fun() -> maps:get(999, maps:map(fun(K, V) -> K + V end, Big)) end),
    t(big_filter, fun() -> maps:size(maps:filter(fun(K, _) -> K rem 3 =:= 0 end, Big)) end),

    t(iterator, fun() -> maps:iterator(#{a => 1, b => 2}) end),
    t(iterator, fun() -> maps:iterator(#{}) end),
    t(next, fun() -> maps:next(maps:iterator(#{a => 1, b => 2})) end),
    t(next, fun() -> maps:next(maps:iterator(#{})) end),
    t(next, fun() -> maps:next(none) end),
    t(next, fun() -> maps:next({k, v, none}) end),
    t(next, fun() -> maps:next({k, v, junk}) end),
    t(next, fun() -> maps:next({a, b, c, d}) end),
    t(walk, fun() -> lists:sort(walk(maps:iterator(M))) end),
    t(walk, fun() -> length(walk(maps:iterator(Big))) end),
    t(walk, fun() -> lists:sum([K || {K, _} <- walk(maps:iterator(Big))]) end),

    Keys = [a, z, 1, 1.0, 2],
    [t({update_with3, K}, fun() -> maps:update_with(K, fun(V) -> {V} end, M) end) || K <- Keys],
    [t({update_with4, K}, fun() -> maps:update_with(K, fun(V) -> {V} end, init, M) end) || K <- Keys],
    t(update_with3, fun() -> maps:update_with(a, notfun, M) end),
    t(update_with3, fun() -> maps:update_with(z, notfun, M) end),
    t(update_with3, fun() -> maps:update_with(a, fun(V) -> V end, notamap) end),
    t(update_with3, fun() -> maps:update_with(a, notfun, notamap) end),
    t(update_with4, fun() -> maps:update_with(a, notfun, 0, M) end),
    t(update_with4, fun() -> maps:update_with(z, notfun, 0, M) end),
    t(update_with4, fun() -> maps:update_with(a, fun(V) -> V end, 0, notamap) end),
    t(update_with4, fun() -> maps:update_with(a, notfun, 0, notamap) end),
    t(update_with4, fun() -> maps:update_with(a, fun(V) -> V end, 0, [0 | #{}]) end),

    M2 = #{a => 10, z => 26, 1.0 => uno, "s" => ess, q => 0},
    Maps = [{m, M}, {m2, M2}, {e, E}],
    [t({intersect, A, B}, fun() -> maps:intersect(X, Y) end) || {A, X} <- Maps, {B, Y} <- Maps],
    [t({intersect_with, A, B}, fun() -> maps:intersect_with(fun(K, V1, V2) -> {K, V1, V2} end, X, Y) end) || {A, X} <- Maps, {B, Y} <- Maps],
    [t({merge_with, A, B}, fun() -> maps:merge_with(fun(K, V1, V2) -> {K, V1, V2} end, X, Y) end) || {A, X} <- Maps, {B, Y} <- Maps],
    [t({F, Bx}, fun() -> maps:F(Bx, M) end) || F <- [intersect], Bx <- [notamap, [0 | #{}]]],
    [t({F, Bx}, fun() -> maps:F(M, Bx) end) || F <- [intersect], Bx <- [notamap, [0 | #{}]]],
    [t({F, X, Y}, fun() -> maps:F(fun(_, A, _) -> A end, X, Y) end)
     || F <- [intersect_with, merge_with], {X, Y} <- [{notamap, M}, {M, notamap}, {notamap, notamap}, {E, notamap}]],
    [t({F, notfun}, fun() -> maps:F(notfun, M, M2) end) || F <- [intersect_with, merge_with]],
    [t({F, notfun_notamap}, fun() -> maps:F(notfun, notamap, M2) end) || F <- [intersect_with, merge_with]],
    [t({F, notfun_notamap2}, fun() -> maps:F(notfun, M, notamap) end) || F <- [intersect_with, merge_with]],
    [t({F, notfun_e}, fun() -> maps:F(notfun, E, E) end) || F <- [intersect_with, merge_with]],
    [t({F, arity}, fun() -> maps:F(fun(_, _) -> x end, M, M2) end) || F <- [intersect_with, merge_with]],
    t(big_merge, fun() -> maps:size(maps:merge_with(fun(_, A, B) -> A + B end, Big, maps:from_list([{X, 1} || X <- lists:seq(500, 1500)]))) end),
    t(big_merge, fun() -> maps:get(700, maps:merge_with(fun(_, A, B) -> A + B end, Big, maps:from_list([{X, 1} || X <- lists:seq(500, 1500)]))) end),
    t(big_intersect, fun() -> maps:size(maps:intersect(Big, maps:from_list([{X, 1} || X <- lists:seq(500, 1500)]))) end),

    Words = ["ant", "bee", "cat", "ape", "bat", "cow", "asp"],
    t(groups2, fun() -> maps:groups_from_list(fun(W) -> hd(W) end, Words) end),
    t(groups2, fun() -> maps:groups_from_list(fun(W) -> length(W) end, []) end),
    t(groups2, fun() -> maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10)) end),
    t(groups3, fun() -> maps:groups_from_list(fun(W) -> hd(W) end, fun(W) -> tl(W) end, Words) end),
    t(groups3, fun() -> maps:groups_from_list(fun(X) -> X rem 2 end, fun(X) -> X * X end, lists:seq(1, 7)) end),
    t(groups_order, fun() -> put(order, []), maps:groups_from_list(fun(X) -> put(order, [X | get(order)]), X rem 2 end, fun(X) -> put(order, [{v, X} | get(order)]), X end, [1, 2, 3]), get(order) end),
    t(groups_raise, fun() -> maps:groups_from_list(fun(_) -> error(boom) end, [1]) end),
    t(groups2, fun() -> maps:groups_from_list(notfun, Words) end),
    t(groups2, fun() -> maps:groups_from_list(notfun, []) end),
    t(groups2, fun() -> maps:groups_from_list(fun(W) -> W end, notalist) end),
    t(groups2, fun() -> maps:groups_from_list(fun(W) -> W end, [a | b]) end),
    t(groups3, fun() -> maps:groups_from_list(fun(W) -> W end, notfun, Words) end),
    t(groups3, fun() -> maps:groups_from_list(notfun, fun(W) -> W end, []) end),
    t(groups3, fun() -> maps:groups_from_list(fun(W) -> W end, fun(W) -> W end, notalist) end),
    t(groups3, fun() -> maps:groups_from_list(fun(W) -> W end, fun(W) -> W end, [a | b]) end),
    ok.

walk(I) ->
    case maps:next(I) of
        none -> [];
        {K, V, I1} -> [{K, V} | walk(I1)]
    end.
