%% minierl's assert.hrl (include_lib("stdlib/include/assert.hrl")): the ?assert* macros, raising
%% the same error terms as OTP 25's header, e.g. {assertEqual, [{module,M}, {line,L},
%% {expression,"..."}, {expected,X}, {value,V}]}. Each assertion is a fun applied at once, so its
%% variables (named __Minierl*) never clash with the caller's. -define(NOASSERT, true) turns them off.
-ifndef(ASSERT_HRL).
-define(ASSERT_HRL, true).

-ifdef(NODEBUG).
-ifndef(DEBUG).
-ifndef(NOASSERT).
-define(NOASSERT, true).
-endif.
-endif.
-endif.
-ifdef(ASSERT).
-undef(NOASSERT).
-endif.

-ifdef(NOASSERT).
-define(assert(BoolExpr), ok).
-define(assert(BoolExpr, Comment), ok).
-define(assertNot(BoolExpr), ok).
-define(assertNot(BoolExpr, Comment), ok).
-define(assertMatch(Guard, Expr), ok).
-define(assertMatch(Guard, Expr, Comment), ok).
-define(assertNotMatch(Guard, Expr), ok).
-define(assertNotMatch(Guard, Expr, Comment), ok).
-define(assertEqual(Expect, Expr), ok).
-define(assertEqual(Expect, Expr, Comment), ok).
-define(assertNotEqual(Unexpected, Expr), ok).
-define(assertNotEqual(Unexpected, Expr, Comment), ok).
-define(assertException(Class, Term, Expr), ok).
-define(assertException(Class, Term, Expr, Comment), ok).
-define(assertNotException(Class, Term, Expr), ok).
-else.

%% The info list of a failed assertion, with the optional comment after the line.
-define(MINIERL_INFO(Comment, Rest), [{module, ?MODULE}, {line, ?LINE} | Comment ++ Rest]).

-define(MINIERL_BOOL(Want, Other, BoolExpr, Comment),
        begin
        ((fun () ->
            case (BoolExpr) of
                Want -> ok;
                __MinierlV ->
                    erlang:error({assert, ?MINIERL_INFO(Comment,
                                  [{expression, (??BoolExpr)}, {expected, Want},
                                   case __MinierlV of
                                       Other -> {value, Other};
                                       _ -> {not_boolean, __MinierlV}
                                   end])})
            end
          end)())
        end).
-define(assert(BoolExpr), ?MINIERL_BOOL(true, false, BoolExpr, [])).
-define(assert(BoolExpr, Comment), ?MINIERL_BOOL(true, false, BoolExpr, [{comment, (Comment)}])).
-define(assertNot(BoolExpr), ?MINIERL_BOOL(false, true, BoolExpr, [])).
-define(assertNot(BoolExpr, Comment), ?MINIERL_BOOL(false, true, BoolExpr, [{comment, (Comment)}])).

-define(MINIERL_MATCH(Guard, Expr, Comment),
        begin
        ((fun () ->
            case (Expr) of
                Guard -> ok;
                __MinierlV ->
                    erlang:error({assertMatch, ?MINIERL_INFO(Comment,
                                  [{expression, (??Expr)}, {pattern, (??Guard)},
                                   {value, __MinierlV}])})
            end
          end)())
        end).
-define(assertMatch(Guard, Expr), ?MINIERL_MATCH(Guard, Expr, [])).
-define(assertMatch(Guard, Expr, Comment), ?MINIERL_MATCH(Guard, Expr, [{comment, (Comment)}])).

-define(MINIERL_NOT_MATCH(Guard, Expr, Comment),
        begin
        ((fun () ->
            __MinierlV = (Expr),
            case __MinierlV of
                Guard ->
                    erlang:error({assertNotMatch, ?MINIERL_INFO(Comment,
                                  [{expression, (??Expr)}, {pattern, (??Guard)},
                                   {value, __MinierlV}])});
                _ -> ok
            end
          end)())
        end).
-define(assertNotMatch(Guard, Expr), ?MINIERL_NOT_MATCH(Guard, Expr, [])).
-define(assertNotMatch(Guard, Expr, Comment), ?MINIERL_NOT_MATCH(Guard, Expr, [{comment, (Comment)}])).

-define(MINIERL_EQUAL(Expect, Expr, Comment),
        begin
        ((fun () ->
            __MinierlX = (Expect),
            case (Expr) of
                __MinierlX -> ok;
                __MinierlV ->
                    erlang:error({assertEqual, ?MINIERL_INFO(Comment,
                                  [{expression, (??Expr)}, {expected, __MinierlX},
                                   {value, __MinierlV}])})
            end
          end)())
        end).
-define(assertEqual(Expect, Expr), ?MINIERL_EQUAL(Expect, Expr, [])).
-define(assertEqual(Expect, Expr, Comment), ?MINIERL_EQUAL(Expect, Expr, [{comment, (Comment)}])).

-define(MINIERL_NOT_EQUAL(Unexpected, Expr, Comment),
        begin
        ((fun () ->
            __MinierlX = (Unexpected),
            case (Expr) of
                __MinierlX ->
                    erlang:error({assertNotEqual, ?MINIERL_INFO(Comment,
                                  [{expression, (??Expr)}, {value, __MinierlX}])});
                _ -> ok
            end
          end)())
        end).
-define(assertNotEqual(Unexpected, Expr), ?MINIERL_NOT_EQUAL(Unexpected, Expr, [])).
-define(assertNotEqual(Unexpected, Expr, Comment), ?MINIERL_NOT_EQUAL(Unexpected, Expr, [{comment, (Comment)}])).

-define(MINIERL_EXCEPTION(Class, Term, Expr, Comment),
        begin
        ((fun () ->
            __MinierlP = "{ " ++ (??Class) ++ " , " ++ (??Term) ++ " , [...] }",
            try (Expr) of
                __MinierlV ->
                    erlang:error({assertException, ?MINIERL_INFO(Comment,
                                  [{expression, (??Expr)}, {pattern, __MinierlP},
                                   {unexpected_success, __MinierlV}])})
            catch
                Class:Term -> ok;
                __MinierlC:__MinierlT:__MinierlS ->
                    erlang:error({assertException, ?MINIERL_INFO(Comment,
                                  [{expression, (??Expr)}, {pattern, __MinierlP},
                                   {unexpected_exception, {__MinierlC, __MinierlT, __MinierlS}}])})
            end
          end)())
        end).
-define(assertException(Class, Term, Expr), ?MINIERL_EXCEPTION(Class, Term, Expr, [])).
-define(assertException(Class, Term, Expr, Comment), ?MINIERL_EXCEPTION(Class, Term, Expr, [{comment, (Comment)}])).

-define(assertNotException(Class, Term, Expr),
        begin
        ((fun () ->
            __MinierlP = "{ " ++ (??Class) ++ " , " ++ (??Term) ++ " , [...] }",
            try (Expr) of
                _ -> ok
            catch
                __MinierlC:__MinierlT:__MinierlS ->
                    case __MinierlC of
                        Class ->
                            case __MinierlT of
                                Term ->
                                    erlang:error({assertNotException,
                                                  [{module, ?MODULE}, {line, ?LINE},
                                                   {expression, (??Expr)}, {pattern, __MinierlP},
                                                   {unexpected_exception,
                                                    {__MinierlC, __MinierlT, __MinierlS}}]});
                                _ -> ok
                            end;
                        _ -> ok
                    end
            end
          end)())
        end).
-endif.

-define(assertError(Term, Expr), ?assertException(error, Term, Expr)).
-define(assertError(Term, Expr, Comment), ?assertException(error, Term, Expr, Comment)).
-define(assertExit(Term, Expr), ?assertException(exit, Term, Expr)).
-define(assertExit(Term, Expr, Comment), ?assertException(exit, Term, Expr, Comment)).
-define(assertThrow(Term, Expr), ?assertException(throw, Term, Expr)).
-define(assertThrow(Term, Expr, Comment), ?assertException(throw, Term, Expr, Comment)).

-endif. % ASSERT_HRL
