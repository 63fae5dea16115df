%% == vs =:=, /= vs =/=, integers against floats, nested terms
-module(equality).
-export([main/1]).
-mode(compile).

main(_) ->
    Pairs = [{1, 1.0}, {1, 1}, {1.0, 1.0}, {0, 0.0}, {0, -0.0}, {0.0, -0.0}, {a, a}, {a, b},
             {[1, 2], [1, 2.0]}, {{1, 2}, {1.0, 2}}, {#{1 => a}, #{1.0 => a}}, {#{a => 1}, #{a => 1.0}},
             {<<1>>, <<1>>}, {"abc", [$a, $b, $c]}, {[], []}, {{}, {}}, {[], {}},
             {1 bsl 70, float(1 bsl 70)}, {(1 bsl 70) + 1, float(1 bsl 70)}, {9007199254740993, 9007199254740992.0},
             {<<1:4>>, <<1:4>>}, {<<1:4>>, <<1:5>>}, {"", <<>>}, {[a | b], [a | b]}],
    lists:foreach(fun({A, B}) ->
                          io:format("~w ~w: == ~w  =:= ~w  /= ~w  =/= ~w~n",
                                    [A, B, A == B, A =:= B, A /= B, A =/= B])
                  end, [{id(A), id(B)} || {A, B} <- Pairs]),
    io:format("~p~n", [[1 == 1.0 andalso 1 =/= 1.0, erlang:'=='(2, 2.0), erlang:'=:='(2, 2.0)]]),
    io:format("~p~n", [lists:member(1.0, [1, 2, 3])]),
    io:format("~p~n", [lists:keyfind(1.0, 1, [{1, one}])]),
    io:format("~p~n", [lists:usort([1, 1.0, 2, 2.0])]),
    io:format("~p~n", [lists:sort([1.0, 1, 2, 2.0, 1])]),
    io:format("~p~n", [lists:delete(1.0, [1, 1.0])]),
    io:format("~p~n", [[1, 1.0] -- [1.0]]),
    M = #{1 => int, 1.0 => float},
    io:format("~p ~p ~p~n", [maps:get(1, M), maps:get(1.0, M), map_size(M)]),
    io:format("~p~n", [case id(1.0) of 1 -> int; 1.0 -> float end]),
    ok.

id(X) -> X.
