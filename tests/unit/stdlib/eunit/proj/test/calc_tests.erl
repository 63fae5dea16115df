-module(calc_tests).
-include_lib("eunit/include/eunit.hrl").
-include("calc.hrl").

add_test() -> ?assertEqual(3, calc:add(1, 2)).

answer_test() -> ?assertEqual(?ANSWER, calc:answer()).

add_test_() -> [?_assertEqual(N * 2, calc:add(N, N)) || N <- lists:seq(1, 3)].
