%% EUnit: a missing test function or module did not run (skipped); an undef inside a test fails.
-module(eunit_skipped).
-mode(compile).
-include_lib("eunit/include/eunit.hrl").
-export([main/1, calls_missing/0]).

calls_missing() -> _ = eunit_skipped_nowhere:f(), ok.

main(_) ->
    p(eunit:test([{?MODULE, no_such_test}, {eunit_skipped_nowhere, t}, {?MODULE, calls_missing}], [])),
    p(eunit:test([{"desc", {?MODULE, no_such_test}}], [verbose])).

p(X) -> io:format("~p~n", [X]).
