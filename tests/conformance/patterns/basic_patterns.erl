%% literal, variable, wildcard, tuple, list and cons patterns in function heads
-module(basic_patterns).
-export([main/1]).
-mode(compile).

main(_) ->
    Inputs = [0, 1, -1, 2.0, 3, a, 'B', "str", [], [x], [x, y], [x, y, z], [x | y], {}, {1},
              {1, 2}, {a, {b, c}}, {1, 2, 3}, <<>>, $a, 42, 1.5, -2.5, [[]], {[]}, 6, 100],
    lists:foreach(fun(X) -> io:format("~w -> ~w~n", [X, classify(X)]) end, Inputs),
    ok.

classify(0) -> zero;
classify(1) -> one;
classify(-1) -> minus_one;
classify(2.0) -> two_float;
classify(2 * 3) -> six;
classify(16#64) -> hundred;
classify(a) -> atom_a;
classify('B') -> atom_b;
classify("str") -> string_str;
classify([]) -> nil;
classify([_]) -> one_elem;
classify([A, A]) -> same_pair;
classify([A, B]) -> {pair, A, B};
classify([H | T]) when is_list(T), T =/= [] -> {cons, H, T};
classify([H | T]) -> {improper, H, T};
classify({}) -> empty_tuple;
classify({X}) -> {one_tuple, X};
classify({_, {_, C}}) -> {nested, C};
classify({X, Y}) -> {two_tuple, X, Y};
classify({_, _, _} = T) -> {three, tuple_size(T)};
classify(<<>>) -> empty_bin;
classify($a) -> char_a;
classify(-2.5) -> neg_float;
classify(X) when is_integer(X) -> {int, X};
classify(_) -> other.
