%% External term format: hex dumps of term_to_binary/1,2, round trips, options and bad input.
-module(etf_hex).
-mode(compile).
-export([main/1]).

c(F) -> try F() catch C:R -> {C, R} end.

hex(B) -> lists:flatten([io_lib:format("~2.16.0b", [X]) || <<X>> <= B]).

show(T) -> show(T, []).
show(T, Opts) ->
    B = term_to_binary(T, Opts),
    Back = binary_to_term(B),
    io:format("~w ~w: ~s ~w ~w~n", [T, Opts, hex(B), Back =:= T, c(fun() -> erlang:external_size(T, Opts) end)]).

main(_) ->
    Terms = [0, 255, 256, -1, 1 bsl 31, -(1 bsl 31) - 1, 1 bsl 64, -(1 bsl 100), 1 bsl 2040,
             0.0, 1.5, -2.5e-10, 1.0e300, a, 'Hello World', '', 'héllo', 'ünïcödé',
             {}, {a, b}, list_to_tuple(lists:seq(1, 300)), [], [1, 2, 3], "abc", [a | b],
             lists:seq(1, 300), [1000, 2000], <<>>, <<1, 2, 3>>, <<1:3>>, <<255, 7:5>>,
             #{}, #{a => 1, b => [2]}, #{{k} => v, 1 => one, 1.0 => float},
             {nested, [{deep, #{list => [1, 2.0, <<"x">>]}}]},
             fun lists:map/2, fun erlang:self/0],
    [show(T) || T <- Terms],
    Big = lists:duplicate(40, hello),
    [show(Big, [O]) || O <- [compressed, {compressed, 0}, {compressed, 1}, {compressed, 9},
                          {minor_version, 0}, {minor_version, 1}, {minor_version, 2}]],
    [show(T, [{minor_version, 0}]) || T <- [1.5, 'héllo', -0.0]],
    show(<<"short">>, [compressed]),
    C = term_to_binary(Big, [compressed]),
    io:format("~w ~w~n", [binary_to_term(C) =:= Big, binary_to_term(C, [used])]),
    io:format("~w~n", [binary_to_term(<<131, 100, 0, 1, 97, 99, 99>>, [used])]),
    io:format("~w~n", [c(fun() -> binary_to_term(<<131, 100, 0, 5, 97>>) end)]),
    io:format("~w~n", [c(fun() -> binary_to_term(<<130, 97, 1>>) end)]),
    io:format("~w~n", [c(fun() -> binary_to_term(<<>>) end)]),
    io:format("~w~n", [c(fun() -> binary_to_term(not_binary) end)]),
    io:format("~w~n", [c(fun() -> binary_to_term(<<131, 97, 1>>, [bad]) end)]),
    io:format("~w~n", [c(fun() -> binary_to_term(<<131, 119, 3, 120, 121, 122>>, [safe]) end)]),
    io:format("~w~n", [c(fun() -> binary_to_term(<<131, 100, 0, 2, 111, 107>>, [safe]) end)]),
    io:format("~w~n", [c(fun() -> term_to_binary(x, [{compressed, 10}]) end)]),
    io:format("~w~n", [c(fun() -> term_to_binary(x, [{minor_version, 3}]) end)]),
    io:format("~w~n", [c(fun() -> term_to_binary(x, bad) end)]),
    io:format("~w~n", [c(fun() -> erlang:external_size(x, [bad]) end)]),
    io:format("~w~n", [[c(fun() -> erlang:external_size(1.5, O) end)
                        || O <- [[{minor_version, 0}], [{minor_version, 1}], [{minor_version, 2}],
                                 [compressed], [deterministic], [{minor_version, 0} | x]]]]),
    io:format("~w~n", [erlang:external_size(Big)]),
    Self = self(),
    io:format("~w~n", [binary_to_term(term_to_binary(Self)) =:= Self]),
    R = make_ref(),
    io:format("~w~n", [binary_to_term(term_to_binary(R)) =:= R]),
    ok.
