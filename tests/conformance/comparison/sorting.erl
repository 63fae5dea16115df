%% lists:sort stability, sort/2 with custom orders, usort, merge
-module(sorting).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [5, 3.0, 3, 1, 4, 1.0, 5.0, 9, 2, 6, -1, 0.5],
    io:format("~w~n", [lists:sort(L)]),
    io:format("~w~n", [lists:usort(L)]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A >= B end, L)]),
    io:format("~w~n", [lists:usort(fun(A, B) -> A >= B end, L)]),
    Recs = [{bob, 25}, {alice, 30}, {carol, 25}, {dave, 30}, {eve, 22}],
    io:format("~w~n", [lists:keysort(2, Recs)]),
    io:format("~w~n", [lists:ukeysort(2, Recs)]),
    io:format("~w~n", [lists:sort(fun({_, A}, {_, B}) -> A =< B end, Recs)]),
    io:format("~w~n", [lists:sort(fun({_, A}, {_, B}) -> A < B end, Recs)]),
    io:format("~w~n", [lists:merge([1, 3, 5], [2, 3, 4])]),
    io:format("~w~n", [lists:umerge([1, 3, 5], [2, 3, 4])]),
    io:format("~w~n", [lists:merge([[1, 4], [2, 5], [3, 6]])]),
    io:format("~w~n", [lists:keymerge(1, [{1, a}, {3, c}], [{2, b}, {3, d}])]),
    Words = ["pear", "Apple", "fig", "banana", "apple", "Fig"],
    io:format("~p~n", [lists:sort(Words)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> string:lowercase(A) =< string:lowercase(B) end, Words)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> length(A) =< length(B) end, Words)]),
    Big = [(X * 7919) rem 1009 || X <- lists:seq(1, 2000)],
    S = lists:sort(Big),
    io:format("~p ~p ~p ~p~n", [length(S), hd(S), lists:last(S), lists:sum(lists:sublist(S, 100, 50))]),
    io:format("~p~n", [length(lists:usort(Big))]),
    io:format("~w~n", [lists:sort([[3], [1, 2], [1], [], [2, 0]])]),
    io:format("~w~n", [lists:sort([{}, {1}, {0, 0}, {1, 0}, {0}])]),
    ok.
