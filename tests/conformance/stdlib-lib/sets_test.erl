%% Exercises stdlib/lib/sets.erl, both set versions (1: the default, 2: maps) and mixes of the two.
%% Sets are shown as {v1 | v2, SortedElements}; version-1 sets differ in representation from OTP's,
%% so they are never printed raw.
-module(sets_test).
-export([main/1]).
-mode(compile).

t(Tag, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~p: ~p~n", [Tag, show(R)]).

show(F) when is_function(F) -> 'FUN';
show([H | T]) -> [show(H) | show(T)];
show(S) when is_map(S) -> {v2, ssort(sets:to_list(S))};
show(T) when is_tuple(T), element(1, T) =:= set -> {v1, ssort(sets:to_list(T))};
show(T) when is_tuple(T) -> list_to_tuple(show(tuple_to_list(T)));
show(X) -> X.

%% Sorts deterministically even when elements compare equal (1 and 1.0).
ssort(L) -> [E || {_, E} <- lists:sort([{canon(E), E} || E <- L])].

canon(F) when is_float(F) -> {'$float', F};
canon([H | T]) -> [canon(H) | canon(T)];
canon(T) when is_tuple(T) -> list_to_tuple(canon(tuple_to_list(T)));
canon(X) -> X.

main(_) ->
    V2 = [{version, 2}],
    t(new, fun() -> sets:new() end),
    t(new, fun() -> sets:new([]) end),
    t(new, fun() -> sets:new([{version, 1}]) end),
    t(new, fun() -> sets:new(V2) end),
    t(new, fun() -> sets:new([{version, 2}, {version, 1}]) end),
    t(new, fun() -> sets:new([{version, 3}]) end),
    t(new, fun() -> sets:new([foo, {bar, 1}]) end),
    t(new, fun() -> sets:new(notalist) end),
    t(new, fun() -> sets:new([foo | bar]) end),
    t(new2, fun() -> sets:new(V2) =:= #{} end),
    t(from_list2, fun() -> sets:from_list([b, a], V2) =:= #{a => [], b => []} end),
    Elems = [c, a, b, a, 1, 1.0, "s", {t}, []],
    [t({from_list, O}, fun() -> sets:from_list(Elems, O) end) || O <- [[], V2, [{version, 1}]]],
    t(from_list, fun() -> sets:from_list(Elems) end),
    t(from_list, fun() -> sets:from_list([]) end),
    t(from_list, fun() -> sets:from_list(notalist) end),
    t(from_list, fun() -> sets:from_list([a | b]) end),
    t(from_list, fun() -> sets:from_list(notalist, V2) end),
    t(from_list, fun() -> sets:from_list([a | b], V2) end),
    t(from_list, fun() -> sets:from_list([a], [{version, 3}]) end),
    t(from_list, fun() -> sets:from_list([a], notalist) end),
    S1 = sets:from_list(Elems),
    S2 = sets:from_list(Elems, V2),
    [begin
         t({size, V}, fun() -> sets:size(S) end),
         t({is_empty, V}, fun() -> sets:is_empty(S) end),
         t({is_set, V}, fun() -> sets:is_set(S) end),
         [t({is_element, V, E}, fun() -> sets:is_element(E, S) end) || E <- [a, z, 1, 1.0, 2.0, "s", []]],
         [t({add_element, V, E}, fun() -> sets:add_element(E, S) end) || E <- [a, z, 2.0]],
         [t({del_element, V, E}, fun() -> sets:del_element(E, S) end) || E <- [a, z, 1.0]],
         t({filter, V}, fun() -> sets:filter(fun is_atom/1, S) end),
         t({filter, V}, fun() -> sets:filter(fun(_) -> false end, S) end),
         t({filter, V}, fun() -> sets:filter(fun(_) -> x end, S) end),
         t({filter, V}, fun() -> sets:filter(notfun, S) end),
         t({fold, V}, fun() -> ssort(sets:fold(fun(E, A) -> [E | A] end, [], S)) end),
         t({fold, V}, fun() -> sets:fold(notfun, [], S) end),
         t({to_list, V}, fun() -> ssort(sets:to_list(S)) end)
     end || {V, S} <- [{v1, S1}, {v2, S2}]],
    t(is_empty, fun() -> sets:is_empty(sets:new()) end),
    t(is_empty, fun() -> sets:is_empty(sets:new(V2)) end),
    t(is_empty, fun() -> sets:is_empty(sets:del_element(a, sets:from_list([a]))) end),
    [t({is_set, X}, fun() -> sets:is_set(X) end) || X <- [#{}, #{a => 1}, {set}, a, [], {set, 1, 2}]],
    Bad = [notaset, [], {set}],
    [t({F, B}, fun() -> sets:F(B) end) || F <- [size, is_empty, to_list], B <- Bad],
    [t({F, B}, fun() -> sets:F(a, B) end) || F <- [is_element, add_element, del_element], B <- Bad],
    [t({filter, B}, fun() -> sets:filter(fun(_) -> true end, B) end) || B <- Bad],
    [t({fold, B}, fun() -> sets:fold(fun(_, A) -> A end, 0, B) end) || B <- Bad],
    t(size_map, fun() -> sets:size(#{a => 1, b => 2}) end),
    t(to_list_map, fun() -> ssort(sets:to_list(#{a => 1, b => 2})) end),

    %% Binary operations over all version combinations and a range of sizes.
    Gen = fun(Es, 1) -> sets:from_list(Es); (Es, 2) -> sets:from_list(Es, V2) end,
    Lists = [[], [a], [a, b], [b, c, d], [a, b, c, d, e], [1], [1.0, 2]],
    [t({F, VA, A, VB, B}, fun() -> sets:F(Gen(A, VA), Gen(B, VB)) end)
     || F <- [union, intersection, subtract, is_subset, is_disjoint],
        VA <- [1, 2], VB <- [1, 2], A <- Lists, B <- Lists],
    [t({F, NX, NY}, fun() -> sets:F(X, Y) end)
     || F <- [union, intersection, subtract, is_subset, is_disjoint],
        {NX, X, NY, Y} <- [{notaset, notaset, s1, S1}, {s1, S1, notaset, notaset},
                           {notaset, notaset, s2, S2}, {s2, S2, notaset, notaset},
                           {empty2, #{}, notaset, notaset}]],
    Many = [[[]], [[a, b]], [[a, b], [b, c]], [[a, b], [b, c], [b, d]], [[a], [], [b]]],
    [t({F, Vs, L}, fun() -> sets:F([Gen(X, V) || {X, V} <- lists:zip(L, lists:sublist(Vs, length(L)))]) end)
     || F <- [union, intersection], L <- Many, Vs <- [[1, 1, 1], [2, 2, 2], [1, 2, 1], [2, 1, 2]]],
    t(union1, fun() -> sets:union([]) end),
    t(union1, fun() -> sets:union(notalist) end),
    t(union1, fun() -> sets:union([notaset]) end),
    t(union1, fun() -> sets:union([S1 | notalist]) end),
    t(intersection1, fun() -> sets:intersection([]) end),
    t(intersection1, fun() -> sets:intersection(notalist) end),
    t(intersection1, fun() -> sets:intersection([notaset]) end),
    t(intersection1, fun() -> sets:intersection([S1 | notalist]) end),
    t(intersection1, fun() -> sets:intersection([S1, notaset]) end),

    Big = sets:from_list(lists:seq(1, 5000)),
    t(big, fun() -> sets:size(Big) end),
    t(big, fun() -> sets:is_element(4321, Big) end),
    Small = lists:foldl(fun sets:del_element/2, Big, lists:seq(1, 4990)),
    t(big, fun() -> Small end),
    t(big, fun() -> sets:size(sets:union(Big, sets:from_list(lists:seq(4000, 6000), V2))) end),
    ok.
