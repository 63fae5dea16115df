%% ordered_set: term order, first/next/last/prev, and set/bag traversal.
-module(ets_ordered).
-mode(compile).
-export([main/1]).

p(X) -> io:format("~p~n", [X]).

walk(_T, '$end_of_table', _F) -> [];
walk(T, K, F) -> [K | walk(T, ets:F(T, K), F)].

main(_) ->
    O = ets:new(o, [ordered_set]),
    Keys = [3, 1.5, a, "str", {t, 1}, <<"bin">>, [], -7, 100000000000000000000, b, {t, 0}, 2.0],
    [ets:insert(O, {K, v}) || K <- Keys],
    p(ets:tab2list(O)),
    p(walk(O, ets:first(O), next)),
    p(walk(O, ets:last(O), prev)),
    p({ets:next(O, 1.7), ets:next(O, zzz), ets:prev(O, -100), ets:next(O, 2)}),
    E = ets:new(e, [ordered_set]),
    p({ets:first(E), ets:last(E), ets:next(E, 1), ets:prev(E, 1)}),
    %% a bigger ordered_set: inserts in random-ish order, iteration in order
    Big = ets:new(big, [ordered_set]),
    [ets:insert(Big, {(I * 7919) rem 10007, I}) || I <- lists:seq(1, 10006)],
    L = ets:tab2list(Big),
    p({length(L), hd(L), lists:last(L), [K || {K, _} <- L] =:= lists:seq(1, 10006)}),
    [ets:delete(Big, K) || K <- lists:seq(2, 10006, 2)],
    p({ets:info(Big, size), ets:first(Big), ets:next(Big, 1), ets:next(Big, 2), ets:last(Big),
       ets:prev(Big, 10006)}),
    p(ets:foldl(fun({K, _}, A) -> A + K end, 0, Big)),
    p(lists:sublist(ets:foldr(fun({K, _}, A) -> [K | A] end, [], Big), 5)),
    p(lists:sublist(ets:foldl(fun({K, _}, A) -> [K | A] end, [], Big), 5)),
    %% set traversal visits every key once
    S = ets:new(s, [set]),
    [ets:insert(S, {I, I * I}) || I <- lists:seq(1, 500)],
    SK = walk(S, ets:first(S), next),
    p({length(SK), lists:sort(SK) =:= lists:seq(1, 500)}),
    p(lists:sort(ets:foldl(fun({K, _}, A) -> [K | A] end, [], S)) =:= lists:seq(1, 500)),
    p(ets:first(S) =:= ets:last(S)),
    ok.
