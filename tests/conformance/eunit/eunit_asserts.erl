%% The ?assert* macros: the exact error terms of failing assertions. (?assert and ?assertNot are
%% tested in tests/unit/eunit: OTP 25's own header makes its compiler warn about them.)
-module(eunit_asserts).
-mode(compile).
-include_lib("eunit/include/eunit.hrl").
-export([main/1]).

c(F) ->
    try F() of
        V -> {ok, V}
    catch
        error:{Kind, Info} when is_list(Info) ->
            %% unexpected_exception carries a stack trace: keep only class and reason
            {Kind, [case I of
                        {unexpected_exception, {C, R, _}} -> {unexpected_exception, {C, R}};
                        _ -> I
                    end || I <- Info]};
        C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

%% Opaque to OTP's type analysis, which would otherwise warn about the asserts below.
id(X) -> binary_to_term(term_to_binary(X)).

main(_) ->
    X = id(1),
    p(c(fun() -> ?assertMatch({ok, _}, id({error, X})) end)),
    p(c(fun() -> ?assertMatch([_, _ | _], id([X])) end)),
    p(c(fun() -> ?assertMatch({ok, V} when V > 5, id({ok, X})) end)),
    p(c(fun() -> ?assertMatch({ok, _}, id({ok, X}), "with comment") end)),
    p(c(fun() -> ?assertNotMatch({ok, _}, id({ok, X})) end)),
    p(c(fun() -> ?assertEqual(2, X) end)),
    p(c(fun() -> ?assertEqual("abc", lists:reverse(id("abc"))) end)),
    p(c(fun() -> ?assertEqual(2, X, "two") end)),
    p(c(fun() -> ?assertEqual(1, X) end)),
    p(c(fun() -> ?assertNotEqual(1, X) end)),
    p(c(fun() -> ?assertNotEqual(1, X, <<"bin comment">>) end)),
    p(c(fun() -> ?assertError(badarg, X + id(1)) end)),
    p(c(fun() -> ?assertError(badarg, X + id(a)) end)),
    p(c(fun() -> ?assertError(badarith, X + id(a)) end)),
    p(c(fun() -> ?assertExit(normal, exit(id(abnormal))) end)),
    p(c(fun() -> ?assertThrow({x, _}, throw(id({x, 1}))) end)),
    p(c(fun() -> ?assertThrow(y, throw(id({x, 1}))) end)),
    p(c(fun() -> ?assertException(error, {badmatch, _}, 1 = X + 1) end)),
    p(c(fun() -> ?assertException(throw, _, id(ok)) end)),
    p(c(fun() -> ?assertNotException(throw, x, throw(id(x))) end)),
    p(c(fun() -> ?assertNotException(throw, x, throw(id(y))) end)),
    {_, F3} = ?_assertEqual(2, X),
    p(c(F3)),
    {_, F4} = ?_test(X + 1),
    p(c(F4)),
    {_, F5} = ?_assertError(badarg, id(ok)),
    p(c(F5)),
    p(?MATCHES({_, _}, id({a, b}))),
    p(?MATCHES({_, _}, id([]))),
    p(?LET(Y, X + 1, Y * 10)),
    p(?IF(id(X) > 0, positive, other)),
    ok.
