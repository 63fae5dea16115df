%% gb_trees: ordered key-value trees
-module(gb_trees_fns).
-export([main/1]).
-mode(compile).

main(_) ->
    T0 = gb_trees:empty(),
    T1 = lists:foldl(fun({K, V}, T) -> gb_trees:insert(K, V, T) end, T0,
                     [{5, five}, {2, two}, {8, eight}, {1, one}, {9, nine}, {3, three}]),
    p(gb_trees:to_list(T1)),
    p([gb_trees:size(T1), gb_trees:is_empty(T0), gb_trees:is_defined(8, T1), gb_trees:is_defined(7, T1)]),
    p([gb_trees:lookup(2, T1), gb_trees:lookup(4, T1), gb_trees:get(9, T1)]),
    p([gb_trees:keys(T1), gb_trees:values(T1)]),
    p([gb_trees:smallest(T1), gb_trees:largest(T1)]),
    T2 = gb_trees:update(5, 'FIVE', T1),
    p(gb_trees:get(5, T2)),
    T3 = gb_trees:enter(4, four, gb_trees:enter(5, cinq, T1)),
    p(gb_trees:to_list(T3)),
    T4 = gb_trees:delete(2, T3),
    p(gb_trees:to_list(T4)),
    p(gb_trees:to_list(gb_trees:delete_any(100, T4))),
    {K, V, T5} = gb_trees:take_smallest(T4),
    p([K, V, gb_trees:keys(T5)]),
    {K2, V2, _} = gb_trees:take_largest(T4),
    p([K2, V2]),
    p(gb_trees:to_list(gb_trees:map(fun(Key, Val) -> {Key, Val} end, T0))),
    p(gb_trees:to_list(gb_trees:map(fun(Key, _) -> Key * Key end, T1))),
    p(iter(gb_trees:next(gb_trees:iterator(T1)))),
    p(iter(gb_trees:next(gb_trees:iterator_from(4, T1)))),
    p(t(fun() -> gb_trees:insert(5, dup, T1) end)),
    p(t(fun() -> gb_trees:get(100, T1) end)),
    p(gb_trees:to_list(gb_trees:from_orddict([{a, 1}, {b, 2}]))),
    p(gb_trees:take(8, T1) =/= error),
    Big = lists:foldl(fun(I, T) -> gb_trees:insert((I * 7919) rem 10007, I, T) end, gb_trees:empty(), lists:seq(1, 5000)),
    p([gb_trees:size(Big), gb_trees:smallest(Big), gb_trees:largest(Big)]),
    p(lists:sublist(gb_trees:keys(Big), 10)),
    ok.

iter(none) -> [];
iter({K, V, I}) -> [{K, V} | iter(gb_trees:next(I))].

p(X) -> io:format("~p~n", [X]).
t(F) -> try F() catch C:R -> {C, R} end.
