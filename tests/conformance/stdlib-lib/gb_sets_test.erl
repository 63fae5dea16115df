%% Exercises stdlib/lib/gb_sets.erl. Sets are mostly printed raw: their shape must match OTP's,
%% including the results of union and intersection, whose algorithm OTP picks by relative size.
-module(gb_sets_test).
-export([main/1]).
-mode(compile).

t(Tag, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Tag, clean(R)]).

clean(F) when is_function(F) -> 'FUN';
clean([H | T]) -> [clean(H) | clean(T)];
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean(X) -> X.

rand_seq(0, _) -> [];
rand_seq(N, X) -> X1 = (X * 1103515245 + 12345) rem 2147483648, [X1 rem 1000 | rand_seq(N - 1, X1)].

build(Es) -> lists:foldl(fun gb_sets:add_element/2, gb_sets:empty(), Es).

l(S) -> gb_sets:to_list(S).

main(_) ->
    E = gb_sets:empty(),
    t(empty, fun() -> E end),
    t(new, fun() -> gb_sets:new() end),
    t(singleton, fun() -> gb_sets:singleton(x) end),
    t(is_empty, fun() -> {gb_sets:is_empty(E), gb_sets:is_empty(gb_sets:singleton(x))} end),
    [t({insert_seq, N}, fun() -> build(lists:seq(1, N)) end) || N <- lists:seq(1, 12)],
    t(insert_rand, fun() -> build(rand_seq(40, 7)) end),
    S = build([5, 3, 8, 1, 4, 7, 9, 2, 6]),
    t(set, fun() -> S end),
    t(size, fun() -> gb_sets:size(S) end),
    t(to_list, fun() -> gb_sets:to_list(S) end),
    t(balance, fun() -> gb_sets:balance(build(lists:seq(1, 10))) end),
    [t({from_list, L}, fun() -> gb_sets:from_list(L) end) || L <- [[], [a], [b, a, b], [3, 1, 2, 1.0, 5, 4], lists:seq(10, 1, -1)]],
    t(from_list, fun() -> gb_sets:from_list(notalist) end),
    [t({from_ordset, N}, fun() -> gb_sets:from_ordset(lists:seq(1, N)) end) || N <- [0, 1, 2, 3, 6, 11]],
    t(from_ordset, fun() -> gb_sets:from_ordset(notalist) end),
    Es = [0, 1, 1.0, 5, 9, 10, a],
    [t({is_element, X}, fun() -> gb_sets:is_element(X, S) end) || X <- Es],
    [t({is_member, X}, fun() -> gb_sets:is_member(X, S) end) || X <- Es],
    [t({add, X}, fun() -> gb_sets:add(X, S) end) || X <- Es],
    [t({add_element, X}, fun() -> gb_sets:add_element(X, S) end) || X <- Es],
    [t({insert, X}, fun() -> gb_sets:insert(X, S) end) || X <- Es],
    [t({delete, X}, fun() -> gb_sets:delete(X, S) end) || X <- Es],
    [t({delete_any, X}, fun() -> gb_sets:delete_any(X, S) end) || X <- Es],
    [t({del_element, X}, fun() -> gb_sets:del_element(X, S) end) || X <- Es],
    t(smallest, fun() -> gb_sets:smallest(S) end),
    t(largest, fun() -> gb_sets:largest(S) end),
    t(take_smallest, fun() -> gb_sets:take_smallest(S) end),
    t(take_largest, fun() -> gb_sets:take_largest(S) end),
    [t({F, empty}, fun() -> gb_sets:F(E) end) || F <- [smallest, largest, take_smallest, take_largest]],
    t(iterator, fun() -> gb_sets:iterator(S) end),
    t(iterate, fun() -> walk(gb_sets:iterator(S)) end),
    [t({iterator_from, X}, fun() -> gb_sets:iterator_from(X, S) end) || X <- [0, 4.5, 9, 10]],
    [t({iterate_from, X}, fun() -> walk(gb_sets:iterator_from(X, S)) end) || X <- [0, 4.5, 9, 10]],
    t(next, fun() -> gb_sets:next([]) end),
    t(next, fun() -> gb_sets:next(notiter) end),
    t(fold, fun() -> gb_sets:fold(fun(X, A) -> [X | A] end, [], S) end),
    t(fold, fun() -> gb_sets:fold(fun(X, A) -> [X | A] end, [], E) end),
    t(fold, fun() -> gb_sets:fold(notfun, [], S) end),
    t(fold, fun() -> gb_sets:fold(notfun, [], E) end),
    t(filter, fun() -> l(gb_sets:filter(fun(X) -> X rem 2 =:= 0 end, S)) end),
    t(filter, fun() -> l(gb_sets:filter(fun(_) -> true end, E)) end),
    t(filter, fun() -> gb_sets:filter(notfun, S) end),
    t(filter, fun() -> gb_sets:filter(fun(_) -> x end, S) end),
    [t({is_set, X}, fun() -> gb_sets:is_set(X) end) || X <- [E, S, {0, nil}, {1, nil}, {a, nil}, notaset, {0, x}]],

    Lists = [[], [a], [a, b], [b, c, d], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1.0, 2],
             lists:seq(1, 100, 3), lists:seq(2, 60, 2)],
    [t({F, A, B}, fun() -> l(gb_sets:F(gb_sets:from_list(A), gb_sets:from_list(B))) end)
     || F <- [union, intersection, difference, subtract], A <- Lists, B <- Lists],
    [t({F, A, B}, fun() -> gb_sets:F(gb_sets:from_list(A), gb_sets:from_list(B)) end)
     || F <- [is_subset, is_disjoint], A <- Lists, B <- Lists],
    Mk = fun(N, float) -> [float(X) || X <- lists:seq(1, N * 2, 2)]; (N, int) -> lists:seq(1, N * 3, 3) end,
    [t({F, N1, N2}, fun() -> gb_sets:F(gb_sets:from_list(Mk(N1, float)), gb_sets:from_list(Mk(N2, int))) end)
     || F <- [union, intersection, difference], {N1, N2} <- [{3, 10}, {10, 3}, {4, 4}, {2, 30}, {30, 2}, {12, 15}]],
    Many = [[[]], [[a, b]], [[a, b], [b, c]], [[a, b], [b, c], [b, d]], [[a], [], [b]]],
    [t({union1, L}, fun() -> l(gb_sets:union([gb_sets:from_list(X) || X <- L])) end) || L <- Many],
    [t({intersection1, L}, fun() -> l(gb_sets:intersection([gb_sets:from_list(X) || X <- L])) end) || L <- Many],
    t(union1, fun() -> gb_sets:union([]) end),
    t(intersection1, fun() -> gb_sets:intersection([]) end),
    t(union1, fun() -> gb_sets:union([notaset]) end),
    t(intersection1, fun() -> gb_sets:intersection([notaset]) end),
    Bad = [notaset, {0, x}, {x, nil}, {1, nil}],
    [t({F, B}, fun() -> gb_sets:F(B) end)
     || F <- [size, is_empty, to_list, smallest, largest, take_smallest, take_largest, balance,
              iterator], B <- Bad],
    [t({F, B}, fun() -> gb_sets:F(1, B) end)
     || F <- [is_element, is_member, add, add_element, insert, delete, delete_any, del_element,
              iterator_from], B <- Bad],
    [t({F, B, C}, fun() -> gb_sets:F(B, C) end)
     || F <- [union, intersection, difference, is_subset, is_disjoint],
        {B, C} <- [{notaset, S}, {S, notaset}, {E, notaset}, {notaset, E}]],
    R = rand_seq(200, 11),
    Full = build(R),
    t(delete_all, fun() -> lists:foldl(fun gb_sets:del_element/2, Full, lists:reverse(R)) end),
    t(partial, fun() -> lists:foldl(fun gb_sets:del_element/2, Full, lists:sublist(R, 190)) end),
    Big = lists:foldl(fun gb_sets:insert/2, E, lists:seq(1, 100000)),
    t(big, fun() -> {gb_sets:size(Big), gb_sets:is_element(77777, Big)} end),
    t(big, fun() -> gb_sets:size(gb_sets:union(Big, gb_sets:from_list(lists:seq(50000, 150000)))) end),
    t(big, fun() -> gb_sets:size(gb_sets:intersection(Big, gb_sets:from_list(lists:seq(50000, 150000)))) end),
    ok.

walk(I) ->
    case gb_sets:next(I) of
        none -> [];
        {X, I1} -> [X | walk(I1)]
    end.
