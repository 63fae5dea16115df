%% classic recursive algorithms
-module(algorithms).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [[ack(2, 3), ack(3, 3)]]),
    io:format("~p~n", [hanoi(10, a, b, c, 0)]),
    io:format("~p~n", [msort([5, 2, 8, 1, 9, 3, 7, 4, 6, 0])]),
    io:format("~p~n", [power_set([1, 2, 3])]),
    io:format("~p~n", [gcd(1071, 462)]),
    io:format("~p~n", [binary_search(list_to_tuple(lists:seq(0, 999, 3)), 369)]),
    io:format("~p~n", [binary_search(list_to_tuple(lists:seq(0, 999, 3)), 370)]),
    io:format("~p~n", [queens(6)]),
    io:format("~p~n", [length(queens(8))]),
    io:format("~p~n", [flatten([1, [2, [3, [4, []]], 5], [[[6]]]])]),
    io:format("~p~n", [tree_to_list(lists:foldl(fun insert/2, nil, [5, 3, 8, 1, 4, 7, 9, 2, 6]))]),
    io:format("~p~n", [change(100, [50, 25, 10, 5, 1])]),
    io:format("~p~n", [memo_fib(90)]),
    ok.

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

hanoi(0, _, _, _, Moves) -> Moves;
hanoi(N, From, To, Via, Moves) ->
    M1 = hanoi(N - 1, From, Via, To, Moves),
    hanoi(N - 1, Via, To, From, M1 + 1).

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = lists:split(length(L) div 2, L),
    merge(msort(A), msort(B)).
merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

power_set([]) -> [[]];
power_set([H | T]) -> P = power_set(T), P ++ [[H | S] || S <- P].

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

binary_search(T, X) -> bs(T, X, 1, tuple_size(T)).
bs(_, _, Lo, Hi) when Lo > Hi -> not_found;
bs(T, X, Lo, Hi) ->
    Mid = (Lo + Hi) div 2,
    case element(Mid, T) of
        X -> {found, Mid};
        V when V < X -> bs(T, X, Mid + 1, Hi);
        _ -> bs(T, X, Lo, Mid - 1)
    end.

queens(N) -> queens(N, N).
queens(0, _) -> [[]];
queens(K, N) -> [[Q | Qs] || Qs <- queens(K - 1, N), Q <- lists:seq(1, N), safe(Q, Qs, 1)].
safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).

flatten([]) -> [];
flatten([H | T]) when is_list(H) -> flatten(H) ++ flatten(T);
flatten([H | T]) -> [H | flatten(T)].

insert(X, nil) -> {nil, X, nil};
insert(X, {L, V, R}) when X < V -> {insert(X, L), V, R};
insert(X, {L, V, R}) -> {L, V, insert(X, R)}.
tree_to_list(nil) -> [];
tree_to_list({L, V, R}) -> tree_to_list(L) ++ [V] ++ tree_to_list(R).

change(0, _) -> 1;
change(_, []) -> 0;
change(A, _) when A < 0 -> 0;
change(A, [C | Cs] = All) -> change(A - C, All) + change(A, Cs).

memo_fib(N) -> element(1, mf(N, #{})).
mf(N, M) when N < 2 -> {N, M};
mf(N, M) ->
    case M of
        #{N := V} -> {V, M};
        _ ->
            {A, M1} = mf(N - 1, M),
            {B, M2} = mf(N - 2, M1),
            {A + B, M2#{N => A + B}}
    end.
