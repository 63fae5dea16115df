%% EUnit failure reports as OTP 25 prints them: captured output, stack lines (OTP's own eunit
%% frames included), `called as` for operators; {inparallel, ...} runs its tests concurrently.
-module(eunit_failures).
-mode(compile).
-include_lib("eunit/include/eunit.hrl").
-export([main/1, ping/0, pong/0, fail_first/0, fail_second/0]).

id(X) -> binary_to_term(term_to_binary(X)).

eq_test() ->
    io:format("before ~p~n", [id(1)]),
    ?assertEqual(2, id(1)).

eq_not_tail_test() ->
    ?assertEqual(2, id(1)),
    ok.

match_test() ->
    ?assertMatch({ok, _}, id({error, x})).

err_test() ->
    ?assertError(badarg, id(ok)).

crash_test() ->
    io:format("hello"),
    io:put_chars(<<"bin">>),
    1 = id(2).

badarith_test() ->
    _ = id(1) + id(a).

not_op_test() ->
    _ = not id(3).

thrown_test() ->
    throw(id(oops)).

helper_test() ->
    helper(id(bottom)).

helper(X) -> exit(X).

quiet_test() ->
    io:format("not shown~n"), ok.

%% Each test waits for the other: only a parallel run passes.
ping() ->
    register(eunit_failures_ping, self()),
    receive pong -> ok after 2000 -> error(not_parallel) end.

pong() ->
    wait_for(eunit_failures_ping),
    eunit_failures_ping ! pong,
    ok.

wait_for(Name) ->
    case whereis(Name) of
        undefined -> timer:sleep(1), wait_for(Name);
        _ -> ok
    end.

fail_first() -> io:format("first~n"), error(first).
fail_second() -> io:format("second~n"), error(second).

main(_) ->
    p(eunit:test(eunit_failures, [])),
    p(eunit:test({inparallel, [{?MODULE, ping}, {?MODULE, pong}]}, [])),
    p(eunit:test({inparallel, [{?MODULE, fail_first}, {?MODULE, pong}, {?MODULE, fail_second},
                               {?MODULE, ping}]}, [])),
    p(eunit:test({setup, fun() -> ok end, fun(_) -> [{?MODULE, fail_first}] end}, [])),
    p(eunit:test([{"described", {?MODULE, fail_second}}], [])).

p(X) -> io:format("~p~n", [X]).
