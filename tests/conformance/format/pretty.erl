%% ~p line breaking and indentation of big nested terms, ~P/~W depth limits, widths
-module(pretty).
-export([main/1]).
-mode(compile).

-record(state, {name, items = [], config = #{}}).

main(_) ->
    Nested = {level1, [{level2, [{level3, lists:seq(1, 30)}, {other, "a string value here"}]},
                       {sibling, #{key1 => value1, key2 => [1, 2, 3], key3 => {tuple, with, many, elements}}}]},
    io:format("~p~n", [Nested]),
    io:format("~w~n", [Nested]),
    io:format("prefix text: ~p~n", [Nested]),
    io:format("~p~n", [lists:seq(1, 60)]),
    io:format("~p~n", [[lists:seq(1, 5) || _ <- lists:seq(1, 8)]]),
    io:format("~p~n", [[{N, integer_to_list(N * 1000)} || N <- lists:seq(1, 12)]]),
    io:format("~p~n", [#state{name = "server", items = [a, b, c], config = #{timeout => 5000, retries => 3}}]),
    io:format("~p~n", [list_to_tuple(lists:seq(1, 40))]),
    Long = lists:duplicate(3, "a fairly long string that will need wrapping somewhere"),
    io:format("~p~n", [Long]),
    io:format("~p~n", [<<"a binary that is long enough to need a line break when printed by p ok">>]),
    io:format("~p~n", [list_to_binary(lists:seq(0, 99))]),
    io:format("~p~n", [#{a => #{b => #{c => #{d => lists:seq(1, 25)}}}}]),
    io:format("~P~n", [Nested, 5]),
    io:format("~P~n", [lists:seq(1, 20), 5]),
    io:format("~W~n", [Nested, 4]),
    io:format("~P~n", [#{a => 1, b => 2, c => 3}, 2]),
    io:format("~P~n", [<<"abcdefghij">>, 3]),
    io:format("~P~n", ["a string", 3]),
    io:format("~40p~n", [Nested]),
    io:format("~120p~n", [Nested]),
    io:format("~p~n", [{[[[[[[deep]]]]]], {{{{{{deeper}}}}}}}]),
    io:format("~p~n", [[{a, 1} | improper_tail]]),
    io:format("~p~n", [{'quoted atom', 'UPPER', [], {}, <<>>, #{}}]),
    io:format("~p~n", [[lists:seq(1, 3), lists:seq(100, 130), [x]]]),
    io:format("~p~n", [{1.0, 2.5e-10, -3.14159, 1 bsl 80}]),
    io:format("~s~n", [io_lib:format("~p", [lists:seq(1, 40)])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [lists:seq(1, 40)]))]),
    ok.
