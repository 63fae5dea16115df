%% Exercises stdlib/lib/orddict.erl: every exported function, number keys (1 vs 1.0), bad input.
-module(orddict_test).
-export([main/1]).
-mode(compile).

t(Tag, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Tag, clean(R)]).

clean(F) when is_function(F) -> 'FUN';
clean([H | T]) -> [clean(H) | clean(T)];
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean(X) -> X.

get_order() ->
    case get(order) of
        undefined -> [];
        L -> L
    end.

main(_) ->
    D = orddict:from_list([{b, 2}, {a, 1}, {c, 3}, {1, one}, {"s", str}]),
    t(new, fun() -> orddict:new() end),
    t(from_list, fun() -> D end),
    t(from_list, fun() -> orddict:from_list([]) end),
    t(from_list, fun() -> orddict:from_list([{a, 1}]) end),
    t(from_list, fun() -> orddict:from_list([{a, 1}, {a, 2}, {b, 0}, {a, 3}]) end),
    t(from_list, fun() -> orddict:from_list([{1, a}, {1.0, b}, {2.0, c}, {2, d}]) end),
    t(from_list, fun() -> orddict:from_list([x]) end),
    t(from_list, fun() -> orddict:from_list([x, y]) end),
    t(from_list, fun() -> orddict:from_list([{a, 1}, y]) end),
    t(from_list, fun() -> orddict:from_list([{a, 1, 2}, {b, 1}]) end),
    t(from_list, fun() -> orddict:from_list([{a, 1} | b]) end),
    t(from_list, fun() -> orddict:from_list(notalist) end),
    t(to_list, fun() -> orddict:to_list(D) end),
    t(size, fun() -> orddict:size(D) end),
    t(size, fun() -> orddict:size([]) end),
    t(size, fun() -> orddict:size(notalist) end),
    t(is_empty, fun() -> orddict:is_empty([]) end),
    t(is_empty, fun() -> orddict:is_empty(D) end),
    t(is_empty, fun() -> orddict:is_empty(notalist) end),
    Keys = [a, b, c, d, 0, 1, 1.0, "s", zzz],
    [t({fetch, K}, fun() -> orddict:fetch(K, D) end) || K <- Keys],
    [t({find, K}, fun() -> orddict:find(K, D) end) || K <- Keys],
    [t({is_key, K}, fun() -> orddict:is_key(K, D) end) || K <- Keys],
    [t({erase, K}, fun() -> orddict:erase(K, D) end) || K <- Keys],
    [t({take, K}, fun() -> orddict:take(K, D) end) || K <- Keys],
    [t({store, K}, fun() -> orddict:store(K, new, D) end) || K <- Keys],
    [t({update3, K}, fun() -> orddict:update(K, fun(V) -> {V} end, D) end) || K <- Keys],
    [t({update4, K}, fun() -> orddict:update(K, fun(V) -> {V} end, init, D) end) || K <- Keys],
    [t({append, K}, fun() -> orddict:append(K, x, orddict:from_list([{a, []}, {b, [1]}, {c, 3}])) end) || K <- Keys],
    [t({append_list, K}, fun() -> orddict:append_list(K, [x, y], orddict:from_list([{a, []}, {b, [1]}, {c, 3}])) end) || K <- Keys],
    [t({update_counter, K}, fun() -> orddict:update_counter(K, 5, orddict:from_list([{a, 1}, {b, 2.5}, {c, x}])) end) || K <- Keys],
    t(update_counter, fun() -> orddict:update_counter(a, x, [{a, 1}]) end),
    t(update_counter, fun() -> orddict:update_counter(z, x, [{a, 1}]) end),
    t(fetch_keys, fun() -> orddict:fetch_keys(D) end),
    t(fetch_keys, fun() -> orddict:fetch_keys([]) end),
    t(fetch_keys, fun() -> orddict:fetch_keys(notalist) end),
    t(fetch_keys, fun() -> orddict:fetch_keys([{a, 1} | b]) end),
    t(fetch_keys, fun() -> orddict:fetch_keys([x]) end),
    t(map, fun() -> orddict:map(fun(K, V) -> {K, V} end, D) end),
    t(map, fun() -> orddict:map(fun(K, V) -> {K, V} end, []) end),
    t(map, fun() -> orddict:map(notfun, []) end),
    t(map, fun() -> orddict:map(fun(K, V) -> {K, V} end, notalist) end),
    t(map, fun() -> orddict:map(fun(K, V) -> {K, V} end, [x]) end),
    t(filter, fun() -> orddict:filter(fun(K, _) -> is_atom(K) end, D) end),
    t(filter, fun() -> orddict:filter(fun(_, _) -> true end, []) end),
    t(filter, fun() -> orddict:filter(notfun, []) end),
    t(filter, fun() -> orddict:filter(fun(_, _) -> maybe end, [{a, 1}]) end),
    t(filter, fun() -> orddict:filter(fun(_, _) -> true end, notalist) end),
    t(fold, fun() -> orddict:fold(fun(K, V, A) -> [{K, V} | A] end, [], D) end),
    t(fold, fun() -> orddict:fold(fun(K, V, A) -> [{K, V} | A] end, [], []) end),
    t(fold, fun() -> orddict:fold(notfun, [], []) end),
    t(fold, fun() -> orddict:fold(fun(K, V, A) -> [{K, V} | A] end, [], notalist) end),
    t(fold, fun() -> orddict:fold(fun(K, V, A) -> [{K, V} | A] end, [], [x]) end),
    D2 = orddict:from_list([{a, 10}, {aa, 11}, {c, 30}, {1.0, uno}, {z, 99}]),
    t(merge, fun() -> orddict:merge(fun(K, V1, V2) -> {K, V1, V2} end, D, D2) end),
    t(merge, fun() -> orddict:merge(fun(K, V1, V2) -> {K, V1, V2} end, [], D2) end),
    t(merge, fun() -> orddict:merge(fun(K, V1, V2) -> {K, V1, V2} end, D, []) end),
    t(merge, fun() -> orddict:merge(notfun, [], []) end),
    t(merge, fun() -> orddict:merge(notfun, [{a, 1}], [{a, 2}]) end),
    t(merge, fun() -> orddict:merge(fun(K, V1, V2) -> {K, V1, V2} end, notalist, []) end),
    t(merge, fun() -> orddict:merge(fun(K, V1, V2) -> {K, V1, V2} end, [], notalist) end),
    t(merge, fun() -> orddict:merge(fun(K, V1, V2) -> {K, V1, V2} end, [x], [{a, 1}]) end),
    Bad = [notalist, [x], [{a, 1} | b], [{b, 1} | b], [{z, 1} | b]],
    [t({F, B}, fun() -> orddict:F(a, B) end) || F <- [fetch, find, is_key, erase, take], B <- Bad],
    [t({store, B}, fun() -> orddict:store(a, v, B) end) || B <- Bad],
    [t({append, B}, fun() -> orddict:append(a, v, B) end) || B <- Bad],
    [t({append_list, B}, fun() -> orddict:append_list(a, [v], B) end) || B <- Bad],
    [t({update3, B}, fun() -> orddict:update(a, fun(X) -> X end, B) end) || B <- Bad],
    [t({update4, B}, fun() -> orddict:update(a, fun(X) -> X end, i, B) end) || B <- Bad],
    [t({update_counter, B}, fun() -> orddict:update_counter(a, 1, B) end) || B <- Bad],
    t(update3, fun() -> orddict:update(a, notfun, [{a, 1}]) end),
    t(update4, fun() -> orddict:update(a, notfun, i, [{a, 1}]) end),
    t(update4, fun() -> orddict:update(b, notfun, i, [{a, 1}]) end),
    t(map_order, fun() -> orddict:map(fun(K, V) -> put(order, [K | get_order()]), V end, D), get_order() end),
    t(merge_order, fun() -> put(order, []), orddict:merge(fun(K, V, _) -> put(order, [K | get_order()]), V end, D, D), get_order() end),
    t(filter_order, fun() -> put(order, []), orddict:filter(fun(K, _) -> put(order, [K | get_order()]), true end, D), get_order() end),
    t(store_1, fun() -> orddict:store(1, x, orddict:store(1.0, y, [])) end),
    t(store_1, fun() -> orddict:store(1.0, x, orddict:store(1, y, [])) end),
    ok.
