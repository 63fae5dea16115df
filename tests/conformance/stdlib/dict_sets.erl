%% dict, sets and gb_sets: results printed sorted since dict/sets order is internal
-module(dict_sets).
-export([main/1]).
-mode(compile).

main(_) ->
    D = dict:from_list([{apple, 3}, {banana, 5}, {cherry, 7}]),
    p(lists:sort(dict:to_list(D))),
    p([dict:fetch(apple, D), dict:find(banana, D), dict:find(nope, D), dict:is_key(cherry, D), dict:size(D)]),
    D2 = dict:store(date, 9, dict:erase(apple, D)),
    p(lists:sort(dict:to_list(D2))),
    D3 = dict:update_counter(banana, 10, D2),
    p(dict:fetch(banana, D3)),
    D4 = dict:append(list, a, dict:append(list, b, dict:new())),
    p(dict:fetch(list, D4)),
    p(lists:sort(dict:fetch_keys(D))),
    p(lists:sort(dict:to_list(dict:map(fun(_, V) -> V * 10 end, D)))),
    p(lists:sort(dict:to_list(dict:filter(fun(_, V) -> V > 4 end, D)))),
    p(dict:fold(fun(_, V, A) -> V + A end, 0, D)),
    p(lists:sort(dict:to_list(dict:merge(fun(_, A, B) -> A + B end, D, dict:from_list([{apple, 100}]))))),
    p(lists:sort(dict:to_list(dict:update(apple, fun(V) -> -V end, D)))),
    BigD = lists:foldl(fun(I, Acc) -> dict:store(I, I * I, Acc) end, dict:new(), lists:seq(1, 500)),
    p([dict:size(BigD), dict:fetch(321, BigD)]),
    S = sets:from_list([c, a, b, a, c]),
    p(lists:sort(sets:to_list(S))),
    p([sets:size(S), sets:is_element(a, S), sets:is_element(z, S), sets:is_set(S)]),
    S2 = sets:add_element(d, sets:del_element(a, S)),
    p(lists:sort(sets:to_list(S2))),
    p(lists:sort(sets:to_list(sets:union(S, S2)))),
    p(lists:sort(sets:to_list(sets:intersection(S, S2)))),
    p(lists:sort(sets:to_list(sets:subtract(S, S2)))),
    p([sets:is_subset(sets:from_list([a]), S), sets:is_disjoint(S, sets:from_list([x]))]),
    p(sets:fold(fun(_, N) -> N + 1 end, 0, S)),
    p(lists:sort(sets:to_list(sets:filter(fun(X) -> X =/= b end, S)))),
    S3 = sets:from_list([1, 2, 3], [{version, 2}]),
    p(lists:sort(sets:to_list(S3))),
    p(sets:size(sets:new())),
    G = gb_sets:from_list([5, 1, 4, 1, 2]),
    p(gb_sets:to_list(G)),
    p([gb_sets:size(G), gb_sets:is_member(4, G), gb_sets:smallest(G), gb_sets:largest(G)]),
    p(gb_sets:to_list(gb_sets:union(G, gb_sets:from_list([10, 0])))),
    p(gb_sets:to_list(gb_sets:add(3, G))),
    {Min, G2} = gb_sets:take_smallest(G),
    p([Min, gb_sets:to_list(G2)]),
    ok.

p(X) -> io:format("~p~n", [X]).
