%% EUnit: passing suites of every shape, run non-verbose (the summary lines only).
-module(eunit_pass).
-mode(compile).
-include_lib("eunit/include/eunit.hrl").
-export([main/1]).

main(_) ->
    p(eunit:test(?MODULE)),
    p(eunit:test({module, ?MODULE})),
    p(eunit:test([?MODULE])),
    p(eunit:test(fun() -> ok end)),
    p(eunit:test([fun() -> ok end, {?MODULE, helper_test}])),
    p(eunit:test([])),
    p(eunit:test({"described group", [?_assert(id(true)), ?_assertEqual(1, id(1)), ?_test(ok)]})),
    p(eunit:test({generator, fun gen/0})),
    p(eunit:test({timeout, 2, [?_assert(true)]})),
    p(eunit:test({inorder, [?_assert(true), ?_assert(true)]})),
    p(eunit:test({inparallel, [?_assert(true), ?_assert(true), ?_assert(true)]})),
    p(eunit:test(?MODULE, [])),
    p(is_function(fun ?MODULE:test/0)),
    p(erlang:function_exported(?MODULE, simple_test, 0)),
    p(erlang:function_exported(?MODULE, not_a_test, 0)),
    p(lists:sort([F || {F, 0} <- ?MODULE:module_info(exports)])),
    ok.

p(X) -> io:format("~p~n", [X]).

gen() -> [?_assert(id(true)), ?_assertNot(id(false))].

not_a_test() -> ok.

helper_test() -> ok.

simple_test() -> ?assert(id(1) + 1 =:= 2).

equal_test() -> ?assertEqual([1, 2], lists:sort([2, 1])).

match_test() -> ?assertMatch({ok, _}, id({ok, 3})).

error_test() -> ?assertError(badarith, 1 / id(0)).

exit_test() -> ?assertExit(bye, exit(bye)).

throw_test() -> ?assertThrow(ball, throw(ball)).

not_equal_test() -> ?assertNotEqual(1, id(2)).

not_match_test() -> ?assertNotMatch({error, _}, id({ok, 1})).

id(X) -> X.

generator_test_() ->
    [?_assert(true),
     ?_assertEqual(4, 2 + 2),
     {"with a description", ?_assertMatch([_ | _], id([1]))},
     ?_assertError(function_clause, lists:map(x, y)),
     fun() -> ok end,
     {?MODULE, helper_test}].

nested_test_() ->
    {"outer", [{"inner", [?_test(ok), ?_test(ok)]}, ?_assertThrow(x, throw(x))]}.

local_setup_test_() ->
    {setup, local, fun() -> put(here, yes) end, fun(_) -> erase(here) end,
     [?_assertEqual(yes, get(here))]}.

spawn_test_() ->
    {spawn, [?_assert(is_pid(self()))]}.

setup_test_() ->
    {setup,
     fun() -> ets:new(fixture, [public]) end,
     fun(T) -> ets:delete(T) end,
     fun(T) ->
             [?_assert(ets:insert(T, {a, 1})),
              ?_assertEqual([{a, 1}], ets:lookup(T, a))]
     end}.

setup2_test_() ->
    {setup, fun() -> 10 end, fun(N) -> [?_assertEqual(10, N)] end}.

foreach_test_() ->
    {foreach,
     fun() -> put(counter, 0), 0 end,
     fun(_) -> erase(counter) end,
     [fun(_) -> ?_assertEqual(undefined, get(counter)) end,
      fun(N) -> ?_assertEqual(0, N) end,
      fun(_) -> [?_assert(true), ?_assert(true)] end]}.

with_test_() ->
    {setup, fun() -> [1, 2, 3] end, {with, [fun(L) -> ?assertEqual(3, length(L)) end,
                                            fun(L) -> ?assertMatch([1 | _], L) end]}}.

timeout_test_() ->
    {timeout, 10, [?_test(timer:sleep(1)), {inparallel, [?_assert(true), ?_assert(true)]}]}.

let_test() ->
    ?assertEqual(6, ?LET(X, 3, X * 2)),
    ?assertEqual(yes, ?IF(id(1) < 2, yes, no)),
    ?assert(?MATCHES({_, _}, id({a, b}))).
