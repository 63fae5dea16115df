%% guard BIFs, and that an exception inside a guard just makes it fail
-module(guard_bifs).
-export([main/1]).
-mode(compile).

main(_) ->
    Xs = [[1, 2, 3], {a, b, c}, <<"abcd">>, #{a => 1, b => 2}, 5, -3.5, "", atom, [x | y]],
    lists:foreach(fun(X) -> io:format("~p: ~p~n", [X, g(X)]) end, Xs),
    io:format("~p~n", [[safe(X) || X <- [0, 2, a, [], {1}]]]),
    io:format("~p~n", [[h(X) || X <- [{1, 2}, {1}, [a], <<1, 2, 3>>, 10, 7]]]),
    io:format("~p~n", [[bool(X) || X <- [true, false, 1, yes]]]),
    ok.

g(L) when length(L) > 2 -> {long_list, hd(L), tl(L)};
g(T) when tuple_size(T) =:= 3, element(1, T) =:= a -> {tuple_a, element(3, T)};
g(B) when byte_size(B) >= 4, binary_part(B, 0, 2) =:= <<"ab">> -> {bin_ab, bit_size(B)};
g(M) when map_size(M) > 1, is_map_key(a, M), map_get(b, M) =:= 2 -> {map_ab, map_size(M)};
g(N) when abs(N) > 3, trunc(N) =/= 0, round(N) < 0 -> {negbig, float(N), round(N)};
g(N) when N * 2 =:= 10, N rem 2 =:= 1, N div 2 =:= 2, -N < 0 -> {five, N band 1, N bsl 1};
g(S) when S =:= "" -> empty;
g(A) when A =:= atom, node() =/= A -> atom;
g(X) -> {fallthrough, X}.

%% division by zero or a type error in a guard is not an error, the clause just fails
safe(X) when 10 div X > 1 -> big;
safe(X) when hd(X) =:= 1 -> hd1;
safe(X) when element(1, X) =:= 1 -> elem1;
safe(_) -> fallback.

h(T) when is_tuple(T), size(T) =:= 2 -> pair;
h(B) when is_binary(B), size(B) =:= 3 -> bin3;
h(L) when hd(L) =:= a -> hd_a;
h(N) when N > 8; N < 0 -> out;
h(N) when (N band 1) =:= 1 -> odd.

bool(X) when X -> was_true;
bool(X) when not X -> was_false;
bool(_) -> not_bool.
