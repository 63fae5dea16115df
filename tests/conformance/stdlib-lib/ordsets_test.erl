%% Exercises stdlib/lib/ordsets.erl: every exported function, 1 vs 1.0, bad input.
-module(ordsets_test).
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
    S = ordsets:from_list([c, a, 3, b, a, 1.0, "s", 1]),
    t(new, fun() -> ordsets:new() end),
    t(from_list, fun() -> S end),
    t(from_list, fun() -> ordsets:from_list([]) end),
    t(from_list, fun() -> ordsets:from_list([1, 1.0, 2.0, 2]) end),
    t(from_list, fun() -> ordsets:from_list(notalist) end),
    t(from_list, fun() -> ordsets:from_list([a | b]) end),
    t(to_list, fun() -> ordsets:to_list(S) end),
    t(size, fun() -> ordsets:size(S) end),
    t(size, fun() -> ordsets:size(notalist) end),
    t(is_empty, fun() -> ordsets:is_empty([]) end),
    t(is_empty, fun() -> ordsets:is_empty(S) end),
    t(is_empty, fun() -> ordsets:is_empty(notalist) end),
    [t({is_set, X}, fun() -> ordsets:is_set(X) end)
     || X <- [[], [1], [1, 2], [2, 1], [1, 1], [1, 1.0], [1.0, 1], [a, b, c], [a | b], notalist, {a}, [1, 2, 2]]],
    Elems = [a, b, c, d, 0, 1, 1.0, 3, "s", zzz],
    [t({is_element, E}, fun() -> ordsets:is_element(E, S) end) || E <- Elems],
    [t({add_element, E}, fun() -> ordsets:add_element(E, S) end) || E <- Elems],
    [t({del_element, E}, fun() -> ordsets:del_element(E, S) end) || E <- Elems],
    Bad = [notalist, [a | b], [b | b], [z | b]],
    [t({F, B}, fun() -> ordsets:F(a, B) end) || F <- [is_element, add_element, del_element], B <- Bad],
    Sets = [[], [1], [1.0], [a, b], [a, c], [1, a, c, z], [b | x], notalist],
    [t({F, A, B}, fun() -> ordsets:F(A, B) end)
     || F <- [union, intersection, subtract, is_subset, is_disjoint], A <- Sets, B <- Sets],
    Lists = [[], [[]], [[a]], [[a, b], [b, c]], [[a, b], [b, c], [a, b, d]], [[1], [1.0], [2]],
             notalist, [[a] | b], [a], [[a], x]],
    [t({union1, L}, fun() -> ordsets:union(L) end) || L <- Lists],
    [t({intersection1, L}, fun() -> ordsets:intersection(L) end) || L <- Lists],
    t(filter, fun() -> ordsets:filter(fun is_atom/1, S) end),
    t(filter, fun() -> ordsets:filter(fun is_atom/1, []) end),
    t(filter, fun() -> ordsets:filter(notfun, []) end),
    t(filter, fun() -> ordsets:filter(fun is_atom/1, notalist) end),
    t(filter, fun() -> ordsets:filter(fun(_) -> x end, [1]) end),
    t(fold, fun() -> ordsets:fold(fun(E, A) -> [E | A] end, [], S) end),
    t(fold, fun() -> ordsets:fold(fun(E, A) -> [E | A] end, [], []) end),
    t(fold, fun() -> ordsets:fold(notfun, [], []) end),
    t(fold, fun() -> ordsets:fold(fun(E, A) -> [E | A] end, [], notalist) end),
    t(fold, fun() -> ordsets:fold(fun(E, A) -> [E | A] end, [], [a | b]) end),
    ok.
