%% map patterns: subset match, := in patterns, bound keys, nested
-module(map_patterns).
-export([main/1]).
-mode(compile).

main(_) ->
    Ms = [#{}, #{a => 1}, #{a => 1, b => 2}, #{b => 2}, #{a => {x, y}}, #{type => circle, r => 2},
          #{type => rect, w => 3, h => 4}, #{"str" => 1}, #{1 => one}, #{a => 1, c => 3}],
    lists:foreach(fun(M) -> io:format("~p -> ~p~n", [M, m(M)]) end, Ms),
    K = key,
    #{K := V} = #{key => value, other => 1},
    io:format("~p~n", [V]),
    #{a := A, b := B} = #{a => 1, b => 2, c => 3},
    io:format("~p ~p~n", [A, B]),
    io:format("~p~n", [t(fun() -> #{z := _} = id(#{a => 1}) end)]),
    io:format("~p~n", [t(fun() -> #{} = id([]) end)]),
    io:format("~p~n", [[X || #{x := X} <- [#{x => 1}, #{y => 2}, #{x => 3, y => 4}, not_a_map]]]),
    io:format("~p~n", [nested(#{outer => #{inner => #{leaf => 42}}})]),
    io:format("~p~n", [nested(#{outer => #{inner => nope}})]),
    F = fun(#{n := N} = M) when N > 0 -> maps:put(n, N - 1, M); (M) -> M end,
    io:format("~p~n", [F(#{n => 3, tag => t})]),
    io:format("~p~n", [F(#{n => 0})]),
    io:format("~p~n", [case #{1.0 => f} of #{1 := _} -> int_key; #{1.0 := _} -> float_key end]),
    ok.

m(#{type := circle, r := R}) -> {circle_area, 3 * R * R};
m(#{type := rect, w := W, h := H}) -> {rect_area, W * H};
m(#{a := 1, b := B}) -> {a1_and_b, B};
m(#{a := {X, _}}) -> {a_tuple, X};
m(#{a := A}) -> {a, A};
m(#{"str" := S}) -> {str, S};
m(#{1 := V}) -> {int_key, V};
m(M) when map_size(M) =:= 0 -> empty;
m(_) -> other.

nested(#{outer := #{inner := #{leaf := L}}}) -> {leaf, L};
nested(_) -> no_leaf.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
