%% Exercises stdlib/lib/gb_trees.erl. Trees are printed raw: our trees must have exactly OTP's
%% shape, including where insertions trigger rebalancing.
-module(gb_trees_test).
-export([main/1]).
-mode(compile).

t(Tag, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Tag, clean(R)]).

clean(F) when is_function(F) -> 'FUN';
clean([H | T]) -> [clean(H) | clean(T)];
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean(X) -> X.

%% A small deterministic pseudo-random sequence.
rand_seq(0, _) -> [];
rand_seq(N, X) -> X1 = (X * 1103515245 + 12345) rem 2147483648, [X1 rem 1000 | rand_seq(N - 1, X1)].

build(Keys) -> lists:foldl(fun(K, T) -> gb_trees:enter(K, {v, K}, T) end, gb_trees:empty(), Keys).

main(_) ->
    E = gb_trees:empty(),
    t(empty, fun() -> E end),
    t(is_empty, fun() -> gb_trees:is_empty(E) end),
    t(size, fun() -> gb_trees:size(E) end),
    [t({insert_seq, N}, fun() -> build(lists:seq(1, N)) end) || N <- lists:seq(1, 12)],
    [t({insert_rev, N}, fun() -> build(lists:reverse(lists:seq(1, N))) end) || N <- [5, 9, 17]],
    t(insert_rand, fun() -> build(rand_seq(40, 7)) end),
    t(insert_rand, fun() -> build(rand_seq(25, 99)) end),
    T = build(rand_seq(30, 3)),
    t(tree, fun() -> T end),
    t(to_list, fun() -> gb_trees:to_list(T) end),
    t(keys, fun() -> gb_trees:keys(T) end),
    t(values, fun() -> gb_trees:values(T) end),
    t(size, fun() -> gb_trees:size(T) end),
    t(is_empty, fun() -> gb_trees:is_empty(T) end),
    t(balance, fun() -> gb_trees:balance(T) end),
    [t({balance, N}, fun() -> gb_trees:balance(build(lists:seq(1, N))) end) || N <- [0, 1, 2, 3, 4, 7, 10]],
    [t({from_orddict, N}, fun() -> gb_trees:from_orddict([{K, K} || K <- lists:seq(1, N)]) end) || N <- [0, 1, 2, 3, 6, 11]],
    t(from_orddict, fun() -> gb_trees:from_orddict(notalist) end),
    t(from_orddict, fun() -> gb_trees:from_orddict([x, y]) end),
    Keys = [0, 1, 1.0, 133, 500, 999, a],
    S = build([5, 3, 8, 1, 4, 7, 9, 2, 6]),
    [t({lookup, K}, fun() -> gb_trees:lookup(K, S) end) || K <- Keys],
    [t({get, K}, fun() -> gb_trees:get(K, S) end) || K <- Keys],
    [t({is_defined, K}, fun() -> gb_trees:is_defined(K, S) end) || K <- Keys],
    [t({update, K}, fun() -> gb_trees:update(K, new, S) end) || K <- Keys],
    [t({insert, K}, fun() -> gb_trees:insert(K, new, S) end) || K <- Keys],
    [t({enter, K}, fun() -> gb_trees:enter(K, new, S) end) || K <- Keys],
    [t({delete, K}, fun() -> gb_trees:delete(K, S) end) || K <- [1, 5, 8, 2, 3.0, 42]],
    [t({delete_any, K}, fun() -> gb_trees:delete_any(K, S) end) || K <- [1, 5, 42]],
    [t({take, K}, fun() -> gb_trees:take(K, S) end) || K <- [1, 5, 9, 42]],
    [t({take_any, K}, fun() -> gb_trees:take_any(K, S) end) || K <- [1, 5, 9.0, 42]],
    t(smallest, fun() -> gb_trees:smallest(S) end),
    t(largest, fun() -> gb_trees:largest(S) end),
    t(take_smallest, fun() -> gb_trees:take_smallest(S) end),
    t(take_largest, fun() -> gb_trees:take_largest(S) end),
    t(smallest, fun() -> gb_trees:smallest(E) end),
    t(largest, fun() -> gb_trees:largest(E) end),
    t(take_smallest, fun() -> gb_trees:take_smallest(E) end),
    t(take_largest, fun() -> gb_trees:take_largest(E) end),
    t(drain, fun() -> drain(S, []) end),
    t(map, fun() -> gb_trees:map(fun(K, V) -> {K, V} end, S) end),
    t(map, fun() -> gb_trees:map(fun(K, V) -> {K, V} end, E) end),
    t(map, fun() -> gb_trees:map(notfun, S) end),
    t(map_order, fun() -> put(order, []), gb_trees:map(fun(K, V) -> put(order, [K | get(order)]), V end, S), get(order) end),
    t(map, fun() -> gb_trees:map(notfun, E) end),
    t(iterator, fun() -> gb_trees:iterator(S) end),
    t(iterator, fun() -> gb_trees:iterator(E) end),
    t(iterate, fun() -> walk(gb_trees:iterator(S)) end),
    [t({iterator_from, K}, fun() -> gb_trees:iterator_from(K, S) end) || K <- [0, 1, 4.5, 6, 9, 10]],
    [t({iterate_from, K}, fun() -> walk(gb_trees:iterator_from(K, S)) end) || K <- [0, 4.5, 6, 10]],
    t(next, fun() -> gb_trees:next([]) end),
    t(next, fun() -> gb_trees:next(notiter) end),
    Bad = [notatree, {0, x}, {x, nil}, {1, nil}],
    [t({F, B}, fun() -> gb_trees:F(B) end)
     || F <- [size, is_empty, to_list, keys, values, smallest, largest, take_smallest, take_largest,
              balance, iterator], B <- Bad],
    [t({F, B}, fun() -> gb_trees:F(1, B) end)
     || F <- [lookup, get, is_defined, delete, delete_any, take, take_any, iterator_from], B <- Bad],
    [t({F, B}, fun() -> gb_trees:F(1, v, B) end) || F <- [insert, enter, update], B <- Bad],
    %% Deleting everything in a scrambled order, and a large tree.
    R = rand_seq(200, 11),
    Full = build(R),
    t(delete_all, fun() -> lists:foldl(fun(K, Acc) -> gb_trees:delete_any(K, Acc) end, Full, lists:reverse(R)) end),
    t(partial, fun() -> lists:foldl(fun(K, Acc) -> gb_trees:delete_any(K, Acc) end, Full, lists:sublist(R, 190)) end),
    Big = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K, Acc) end, E, lists:seq(1, 100000)),
    t(big, fun() -> {gb_trees:size(Big), gb_trees:get(77777, Big), depth(element(2, Big))} end),
    t(big, fun() -> depth(element(2, gb_trees:balance(Big))) end),
    ok.

drain(T, Acc) ->
    case gb_trees:is_empty(T) of
        true -> lists:reverse(Acc);
        false -> {K, V, T1} = gb_trees:take_smallest(T), drain(T1, [{K, V} | Acc])
    end.

walk(I) ->
    case gb_trees:next(I) of
        none -> [];
        {K, V, I1} -> [{K, V} | walk(I1)]
    end.

depth(nil) -> 0;
depth({_, _, L, R}) -> 1 + max(depth(L), depth(R)).
