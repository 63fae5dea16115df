-module(broken_tests).
-include_lib("eunit/include/eunit.hrl").

ok_test() -> ok.

wrong_test() -> ?assertEqual(2, lists:max([1, 0])).
