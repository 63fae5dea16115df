%% comprehensions used as queries: joins, grouping, matrix operations, sieve
-module(nested_comp).
-export([main/1]).
-mode(compile).

main(_) ->
    People = [{1, "Ann", 31}, {2, "Bob", 25}, {3, "Cid", 40}, {4, "Dee", 25}],
    Orders = [{101, 1, 30.0}, {102, 2, 12.5}, {103, 1, 7.25}, {104, 3, 100.0}, {105, 9, 1.0}],
    io:format("~p~n", [[{Name, Amt} || {Id, Name, _} <- People, {_, Pid, Amt} <- Orders, Pid =:= Id]]),
    io:format("~p~n", [[{Name, lists:sum([A || {_, P, A} <- Orders, P =:= Id])} || {Id, Name, _} <- People]]),
    Ages = lists:usort([A || {_, _, A} <- People]),
    io:format("~p~n", [[{A, [N || {_, N, A2} <- People, A2 =:= A]} || A <- Ages]]),
    M = [[1, 2, 3], [4, 5, 6]],
    io:format("~p~n", [transpose(M)]),
    io:format("~p~n", [mmul(M, transpose(M))]),
    io:format("~p~n", [sieve(100)]),
    io:format("~p~n", [[{R, C} || R <- lists:seq(1, 3), C <- lists:seq(1, 3), R =/= C]]),
    io:format("~p~n", [lists:sum([X * Y || X <- lists:seq(1, 100), Y <- lists:seq(1, 100), (X + Y) rem 7 =:= 0])]),
    Grid = [[case (R + C) rem 2 of 0 -> $#; 1 -> $. end || C <- lists:seq(1, 8)] || R <- lists:seq(1, 4)],
    lists:foreach(fun(Row) -> io:format("~s~n", [Row]) end, Grid),
    ok.

transpose([[] | _]) -> [];
transpose(M) -> [[H || [H | _] <- M] | transpose([T || [_ | T] <- M])].

mmul(A, B) ->
    Bt = transpose(B),
    [[lists:sum([X * Y || {X, Y} <- lists:zip(Row, Col)]) || Col <- Bt] || Row <- A].

sieve(N) -> sieve(lists:seq(2, N), []).
sieve([], Acc) -> lists:reverse(Acc);
sieve([P | T], Acc) -> sieve([X || X <- T, X rem P =/= 0], [P | Acc]).
