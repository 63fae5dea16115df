%% erlang:phash2/1,2 and erlang:phash/2 on chosen terms, and their errors
-module(phash_values).
-export([main/1]).
-mode(compile).
-compile(nowarn_deprecated_function).

main(_) ->
    Terms = [a, [], [[]], {}, 0, 1, -1, 255, 256, 134217727, 134217728, -134217728, -134217729,
             1 bsl 32, (1 bsl 59) - 1, 1 bsl 59, 1 bsl 60, 1 bsl 64, -(1 bsl 70), 1 bsl 200,
             1.0, 0.0, -0.0, 1.5e300, -2.5, <<>>, <<1, 2, 3>>, <<1:3>>, <<0:7>>,
             list_to_binary(lists:seq(0, 255)), "abc", "", [a | b], [1, 2 | 3], [[1], [2]],
             #{}, #{a => 1}, #{1 => a, 1.0 => b}, {a, b}, {{}}, fun erlang:abs/1, fun lists:map/2,
             'hello world', 'åäö', 'ĀĂ', '', 'a-very-long-atom-name-that-goes-on-and-on',
             lists:seq(1, 300), lists:duplicate(10, {x})],
    lists:foreach(fun(T) ->
                          io:format("~w ~w ~w ~w ~w~n",
                                    [T, erlang:phash2(T), erlang:phash2(T, 1 bsl 32),
                                     erlang:phash2(T, 7), erlang:phash(T, 1 bsl 32)])
                  end, Terms),
    Big = maps:from_list([{N, N * N} || N <- lists:seq(1, 40)]),
    io:format("~w~n", [[erlang:phash2(Big), erlang:phash(Big, 1 bsl 32)]]),
    io:format("~w~n", [[erlang:phash(T, R) || T <- [a, 1, "x"], R <- [1, 2, 1000, 4294967295]]]),
    io:format("~w~n", [[erlang:phash2(T, 1) || T <- [a, 1, "x"]]]),
    Bad = [{phash2, [a, 0]}, {phash2, [a, -1]}, {phash2, [a, (1 bsl 32) + 1]}, {phash2, [a, 1.0]},
           {phash2, [a, b]}, {phash, [a, 0]}, {phash, [a, (1 bsl 32) + 1]}, {phash, [a, x]}],
    lists:foreach(fun({F, Args}) ->
                          R = try apply(erlang, F, Args) catch C:E -> {C, E} end,
                          io:format("~w ~w -> ~w~n", [F, Args, R])
                  end, Bad).
