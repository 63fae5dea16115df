%% Exercises stdlib/lib/dict.erl. Dicts are unordered, so results are printed as sorted lists;
%% our representation differs from OTP's, so raw dicts are never printed.
-module(dict_test).
-export([main/1]).
-mode(compile).

t(Tag, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Tag, show(R)]).

%% Dicts found in a result are shown as {dict, SortedPairs}.
show(F) when is_function(F) -> 'FUN';
show([H | T]) -> [show(H) | show(T)];
show(T) when is_tuple(T) ->
    case is_dict(T) of
        true -> {dict, ssort(dict:to_list(T))};
        false -> list_to_tuple(show(tuple_to_list(T)))
    end;
show(X) -> X.

%% Sorts deterministically even when elements compare equal (1 and 1.0).
ssort(L) -> [E || {_, E} <- lists:sort([{canon(E), E} || E <- L])].

canon(F) when is_float(F) -> {'$float', F};
canon([H | T]) -> [canon(H) | canon(T)];
canon(T) when is_tuple(T) -> list_to_tuple(canon(tuple_to_list(T)));
canon(X) -> X.

is_dict(T) ->
    try dict:size(T) of
        N -> is_integer(N) andalso element(1, T) =:= dict
    catch _:_ -> false
    end.

main(_) ->
    D = dict:from_list([{b, 2}, {a, 1}, {c, 3}, {1, one}, {1.0, float_one}, {"s", str}, {a, 11}]),
    t(new, fun() -> dict:new() end),
    t(new, fun() -> dict:size(dict:new()) end),
    t(from_list, fun() -> D end),
    t(from_list, fun() -> dict:from_list([]) end),
    t(from_list, fun() -> dict:from_list([x]) end),
    t(from_list, fun() -> dict:from_list([{a, 1} | b]) end),
    t(from_list, fun() -> dict:from_list(notalist) end),
    t(from_list, fun() -> dict:from_list([{a, 1, 2}]) end),
    t(to_list, fun() -> ssort(dict:to_list(D)) end),
    t(size, fun() -> dict:size(D) end),
    t(is_empty, fun() -> dict:is_empty(D) end),
    t(is_empty, fun() -> dict:is_empty(dict:new()) end),
    t(is_empty, fun() -> dict:is_empty(dict:erase(a, dict:from_list([{a, 1}]))) end),
    Keys = [a, b, c, d, 1, 1.0, "s", 2],
    [t({fetch, K}, fun() -> dict:fetch(K, D) end) || K <- Keys],
    [t({find, K}, fun() -> dict:find(K, D) end) || K <- Keys],
    [t({is_key, K}, fun() -> dict:is_key(K, D) end) || K <- Keys],
    [t({erase, K}, fun() -> dict:erase(K, D) end) || K <- Keys],
    [t({take, K}, fun() -> dict:take(K, D) end) || K <- Keys],
    [t({store, K}, fun() -> dict:store(K, new, D) end) || K <- Keys],
    [t({update3, K}, fun() -> dict:update(K, fun(V) -> {V} end, D) end) || K <- Keys],
    [t({update4, K}, fun() -> dict:update(K, fun(V) -> {V} end, init, D) end) || K <- Keys],
    A = dict:from_list([{a, []}, {b, [1]}, {c, 3}]),
    [t({append, K}, fun() -> dict:append(K, x, A) end) || K <- Keys],
    [t({append_list, K}, fun() -> dict:append_list(K, [x, y], A) end) || K <- Keys],
    C = dict:from_list([{a, 1}, {b, 2.5}, {c, x}]),
    [t({update_counter, K}, fun() -> dict:update_counter(K, 5, C) end) || K <- Keys],
    t(update_counter, fun() -> dict:update_counter(a, x, C) end),
    t(update3, fun() -> dict:update(a, notfun, D) end),
    t(update4, fun() -> dict:update(a, notfun, i, D) end),
    t(update4, fun() -> dict:update(zz, notfun, i, D) end),
    t(fetch_keys, fun() -> ssort(dict:fetch_keys(D)) end),
    t(fetch_keys, fun() -> dict:fetch_keys(dict:new()) end),
    t(map, fun() -> dict:map(fun(K, V) -> {K, V} end, D) end),
    t(map, fun() -> dict:map(fun(K, V) -> {K, V} end, dict:new()) end),
    t(map, fun() -> dict:map(notfun, D) end),
    t(filter, fun() -> dict:filter(fun(K, _) -> is_atom(K) end, D) end),
    t(filter, fun() -> dict:filter(fun(_, _) -> true end, dict:new()) end),
    t(filter, fun() -> dict:filter(fun(_, _) -> maybe end, D) end),
    t(filter, fun() -> dict:filter(notfun, D) end),
    t(fold, fun() -> ssort(dict:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D)) end),
    t(fold, fun() -> dict:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], dict:new()) end),
    t(fold, fun() -> dict:fold(notfun, [], D) end),
    D2 = dict:from_list([{a, 10}, {aa, 11}, {c, 30}, {1.0, uno}, {z, 99}]),
    t(merge, fun() -> dict:merge(fun(K, V1, V2) -> {K, V1, V2} end, D, D2) end),
    t(merge, fun() -> dict:merge(fun(K, V1, V2) -> {K, V1, V2} end, D2, D) end),
    t(merge, fun() -> dict:merge(fun(K, V1, V2) -> {K, V1, V2} end, dict:new(), D2) end),
    t(merge, fun() -> dict:merge(fun(K, V1, V2) -> {K, V1, V2} end, D, dict:new()) end),
    t(merge, fun() -> dict:merge(notfun, D, D2) end),
    t(map, fun() -> dict:map(notfun, dict:new()) end),
    t(filter, fun() -> dict:filter(notfun, dict:new()) end),
    t(fold, fun() -> dict:fold(notfun, [], dict:new()) end),
    t(merge, fun() -> dict:merge(notfun, D, dict:new()) end),
    t(merge, fun() -> dict:merge(notfun, dict:new(), D) end),
    t(update3, fun() -> dict:update(zz, notfun, D) end),
    Bad = [notadict, [], {dict}, #{}],
    [t({filter, B}, fun() -> dict:filter(fun(_, _) -> true end, B) end) || B <- Bad],
    [t({append_list, B}, fun() -> dict:append_list(a, [v], B) end) || B <- Bad],
    [t({update4, B}, fun() -> dict:update(a, fun(X) -> X end, 0, B) end) || B <- Bad],
    [t({from_list, B}, fun() -> dict:from_list(B) end) || B <- Bad],
    [t({F, B}, fun() -> dict:F(a, B) end) || F <- [fetch, find, is_key, erase, take], B <- Bad],
    [t({F, B}, fun() -> dict:F(B) end) || F <- [size, is_empty, to_list, fetch_keys], B <- Bad],
    [t({store, B}, fun() -> dict:store(a, v, B) end) || B <- Bad],
    [t({append, B}, fun() -> dict:append(a, v, B) end) || B <- Bad],
    [t({update3, B}, fun() -> dict:update(a, fun(X) -> X end, B) end) || B <- Bad],
    [t({update_counter, B}, fun() -> dict:update_counter(a, 1, B) end) || B <- Bad],
    [t({map, B}, fun() -> dict:map(fun(_, X) -> X end, B) end) || B <- Bad],
    [t({fold, B}, fun() -> dict:fold(fun(_, _, X) -> X end, 0, B) end) || B <- Bad],
    [t({merge, B}, fun() -> dict:merge(fun(_, X, _) -> X end, B, D) end) || B <- Bad],
    [t({merge, B}, fun() -> dict:merge(fun(_, X, _) -> X end, D, B) end) || B <- Bad],
    %% Growing and shrinking through many sizes.
    Big = lists:foldl(fun(I, Acc) -> dict:store(I, I * I, Acc) end, dict:new(), lists:seq(1, 5000)),
    t(big, fun() -> dict:size(Big) end),
    t(big, fun() -> dict:fetch(4321, Big) end),
    t(big, fun() -> dict:fold(fun(K, V, S) -> S + K + V end, 0, Big) end),
    Small = lists:foldl(fun(I, Acc) -> dict:erase(I, Acc) end, Big, lists:seq(1, 4990)),
    t(big, fun() -> ssort(dict:to_list(Small)) end),
    t(big, fun() -> dict:size(Small) end),
    ok.
