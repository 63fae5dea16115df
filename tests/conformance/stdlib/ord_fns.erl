%% orddict and ordsets (sorted list representations, printed directly)
-module(ord_fns).
-export([main/1]).
-mode(compile).

main(_) ->
    D0 = orddict:new(),
    D1 = orddict:store(b, 2, orddict:store(a, 1, orddict:store(c, 3, D0))),
    p(D1),
    p([orddict:fetch(a, D1), orddict:find(b, D1), orddict:find(z, D1), orddict:is_key(c, D1)]),
    p(orddict:erase(b, D1)),
    p(orddict:append(a, x, orddict:from_list([{a, [w]}]))),
    p(orddict:append_list(a, [y, z], orddict:from_list([{a, [w]}]))),
    p(orddict:update(a, fun(V) -> V + 100 end, D1)),
    p(orddict:update(z, fun(V) -> V + 100 end, 0, D1)),
    p(orddict:update_counter(a, 5, D1)),
    p(orddict:fetch_keys(D1)),
    p(orddict:to_list(D1)),
    p(orddict:from_list([{z, 1}, {a, 2}, {z, 3}])),
    p(orddict:merge(fun(_K, V1, V2) -> V1 + V2 end, D1, orddict:from_list([{a, 10}, {d, 4}]))),
    p(orddict:map(fun(_K, V) -> V * 2 end, D1)),
    p(orddict:filter(fun(_K, V) -> V > 1 end, D1)),
    p(orddict:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], D1)),
    p([orddict:size(D1), orddict:is_empty(D0)]),
    p(orddict:take(a, D1)),
    S1 = ordsets:from_list([5, 3, 1, 3, 5]),
    S2 = ordsets:from_list([4, 5, 6, 1]),
    p([S1, S2]),
    p([ordsets:union(S1, S2), ordsets:intersection(S1, S2), ordsets:subtract(S1, S2)]),
    p(ordsets:union([S1, S2, [100]])),
    p(ordsets:intersection([S1, S2, [1, 5]])),
    p([ordsets:is_element(3, S1), ordsets:is_element(4, S1), ordsets:is_subset([1, 3], S1)]),
    p([ordsets:add_element(2, S1), ordsets:del_element(3, S1), ordsets:size(S1)]),
    p([ordsets:is_disjoint(S1, [2, 4]), ordsets:is_set([1, 2]), ordsets:is_set([2, 1])]),
    p(ordsets:filter(fun(X) -> X > 2 end, S1)),
    p(ordsets:fold(fun(X, A) -> X + A end, 0, S1)),
    p(ordsets:to_list(ordsets:new())),
    ok.

p(X) -> io:format("~p~n", [X]).
