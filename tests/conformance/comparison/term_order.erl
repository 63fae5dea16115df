%% number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
-module(term_order).
-export([main/1]).
-mode(compile).

main(_) ->
    Terms = [<<"b">>, [1], [], #{}, {}, {a, b}, {a}, zebra, apple, 'Zed', 2.5, 2, -1, 1 bsl 70,
             "abc", "abd", "ab", <<"a">>, <<1:3>>, <<>>, #{a => 1}, #{b => 0}, {z}, -1.5, 1.0, 1,
             [a | b], [a, b], [[]], {1, 2, 3}, {2, 1}, #{1 => a, 2 => b}, #{a => 0, b => 0}],
    io:format("~w~n", [lists:sort(Terms)]),
    io:format("~w~n", [lists:reverse(lists:sort(Terms))]),
    io:format("~w~n", [lists:usort([1, 1.0, 2.0, 2, a, a, {x}, {x}])]),
    F = fun(X) -> X end,
    R = make_ref(),
    P = self(),
    Kinds = [{list, [1]}, {pid, P}, {atom, a}, {fun_, F}, {tuple, {}}, {num, 1}, {bin, <<>>},
             {ref, R}, {map, #{}}, {nil, []}],
    io:format("~p~n", [[K || {K, _} <- lists:sort(fun({_, A}, {_, B}) -> A =< B end, Kinds)]]),
    io:format("~p~n", [[1 < a, a < make_ref(), {} < #{}, #{} < [], [] < [0], [0] < <<>>, P < {}]]),
    Cmp = [{1, 2}, {2, 1}, {1, 1.0}, {1.0, 1}, {a, aa}, {aa, b}, {{1, 2}, {2}}, {{2}, {1, 2}},
           {[1, 2], [1, 2, 0]}, {[2], [1, 3]}, {"Z", "a"}, {<<1, 2>>, <<1, 2, 0>>}, {<<2>>, <<1, 9>>},
           {#{a => 1}, #{a => 2}}, {#{b => 1}, #{a => 1, b => 1}}, {#{a => 2}, #{b => 1}},
           {#{1 => a}, #{a => 1}}, {#{1.0 => a}, #{1 => a}}, {#{1 => a}, #{1.0 => a}},
           {-0.0, 0}, {1 bsl 70, 1.0e21}, {1.0e22, 1 bsl 70}],
    lists:foreach(fun({A, B}) ->
                          io:format("~w < ~w: ~w  >= ~w  =< ~w  > ~w~n", [A, B, A < B, A >= B, A =< B, A > B])
                  end, [{id(A), id(B)} || {A, B} <- Cmp]),
    io:format("~p~n", [[max(a, 1), min(a, 1), max([], {}), min("a", <<"a">>), max(1, 1.0), max(1.0, 1)]]),
    io:format("~w~n", [lists:sort([{b, 2}, {a, 3}, {b, 1}, {a, 1.0}, {a, 1}])]),
    io:format("~w~n", [lists:keysort(2, [{x, 3}, {y, 1}, {z, 2}, {w, 1}])]),
    ok.

id(X) -> X.
