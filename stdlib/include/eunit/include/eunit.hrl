%% minierl's eunit.hrl (include_lib("eunit/include/eunit.hrl") finds it in stdlib/include/): the
%% assertions of assert.hrl, the ?_test/?_assert* test-object macros, ?LET/?IF/?MATCHES and the
%% ?debug* macros. minierl's compiler recognises the parse_transform below
%% (compiler/eunit-autoexport.ts): it exports every *_test/0 and *_test_/0 function and adds
%% test() -> eunit:test(?MODULE), as OTP's does. -define(NOTEST, true) first turns it all off.
-ifndef(EUNIT_HRL).
-define(EUNIT_HRL, true).

-ifdef(NOTEST).
-define(NOASSERT, true).
-else.
-ifndef(TEST).
-define(TEST, true).
-endif.
-ifndef(NOASSERT).
-define(ASSERT, true).
-endif.
-define(EUNIT, true).
-compile({parse_transform, eunit_autoexport}).
-endif.

-include_lib("stdlib/include/assert.hrl").

-define(LET(X, Y, Z), begin ((fun (X) -> (Z) end)(Y)) end).
-define(IF(B, T, F), begin (case (B) of true -> (T); false -> (F) end) end).
-define(MATCHES(G, E), begin (case (E) of G -> true; _ -> false end) end).

-define(_test(Expr), {?LINE, fun () -> (Expr) end}).
-define(_assert(BoolExpr), ?_test(?assert(BoolExpr))).
-define(_assertNot(BoolExpr), ?_assert(not (BoolExpr))).
-define(_assertMatch(Guard, Expr), ?_test(?assertMatch(Guard, Expr))).
-define(_assertNotMatch(Guard, Expr), ?_test(?assertNotMatch(Guard, Expr))).
-define(_assertEqual(Expect, Expr), ?_test(?assertEqual(Expect, Expr))).
-define(_assertNotEqual(Unexpected, Expr), ?_test(?assertNotEqual(Unexpected, Expr))).
-define(_assertException(Class, Term, Expr), ?_test(?assertException(Class, Term, Expr))).
-define(_assertError(Term, Expr), ?_assertException(error, Term, Expr)).
-define(_assertExit(Term, Expr), ?_assertException(exit, Term, Expr)).
-define(_assertThrow(Term, Expr), ?_assertException(throw, Term, Expr)).
-define(_assertNotException(Class, Term, Expr), ?_test(?assertNotException(Class, Term, Expr))).

-ifdef(NODEBUG).
-define(debugMsg(S), ok).
-define(debugHere, ok).
-define(debugFmt(S, As), ok).
-define(debugVal(E), (E)).
-define(debugVal(E, D), (E)).
-define(debugTime(S, E), (E)).
-else.
-define(debugMsg(S),
        begin
            io:fwrite(user, <<"~ts:~w:~w: ~ts\n">>, [?FILE, ?LINE, self(), S]),
            ok
        end).
-define(debugHere, (?debugMsg("<-"))).
-define(debugFmt(S, As), (?debugMsg(io_lib:format((S), (As))))).
-define(debugVal(E, D),
        begin
        ((fun (__MinierlV) ->
              ?debugFmt(<<"~ts = ~tP">>, [(??E), __MinierlV, D]),
              __MinierlV
          end)(E))
        end).
-define(debugVal(E), ?debugVal(E, 15)).
-define(debugTime(S, E),
        begin
        ((fun () ->
              {__MinierlT0, _} = statistics(wall_clock),
              __MinierlV = (E),
              {__MinierlT1, _} = statistics(wall_clock),
              ?debugFmt(<<"~ts: ~.3f s">>, [(S), (__MinierlT1 - __MinierlT0) / 1000]),
              __MinierlV
          end)())
        end).
-endif.

-endif. % EUNIT_HRL
