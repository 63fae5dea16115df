%% -define constants and function-like macros, predefined macros, ??Arg stringification
-module(macros).
-export([main/1]).
-mode(compile).

-define(PI, 3.14159).
-define(GREETING, "hello").
-define(PAIR, {?PI, ?GREETING}).
-define(SQUARE(X), ((X) * (X))).
-define(MAX(A, B), if A > B -> A; true -> B end).
-define(SHOW(Expr), io:format("~s = ~p~n", [??Expr, Expr])).
-define(LOG(Fmt, Args), io:format("[~p:~p] " ++ Fmt ++ "~n", [?MODULE, ?FUNCTION_NAME | Args])).
-define(TWICE(X), X, X).
-define(F(X), {one, X}).
-define(F(X, Y), {two, X, Y}).
-define(F, zero).
-define(EMPTY, ).
-define(ADD(A, B), A + B).

main(_) ->
    io:format("~p ~p ~p~n", [?PI, ?GREETING, ?PAIR]),
    io:format("~p ~p~n", [?SQUARE(7), ?SQUARE(1 + 2)]),
    Three = id(3), io:format("~p~n", [?MAX(Three, 9)]),
    ?SHOW(1 + 2 * 3),
    ?SHOW(lists:reverse([1, 2, 3])),
    ?SHOW(?SQUARE(4)),
    ?SHOW("a string"),
    ?SHOW(#{k => v}),
    ?LOG("value is ~p", [42]),
    io:format("~p~n", [[?TWICE(x)]]),
    io:format("~p~n", [{?F(1), ?F(1, 2), ?F}]),
    io:format("~p~n", [[?EMPTY 1]]),
    io:format("~p~n", [?ADD(2, 3) * 10]),
    io:format("~p ~p~n", [?MODULE, ?MODULE_STRING]),
    io:format("~p~n", [?FILE]),
    io:format("~p~n", [?LINE]),
    io:format("~p ~p~n", [?FUNCTION_NAME, ?FUNCTION_ARITY]),
    helper(a, b),
    io:format("~p~n", [?MACHINE]),
    io:format("~p~n", [is_integer(?OTP_RELEASE)]),
    io:format("~p~n", [?OTP_RELEASE >= 21]),
    ok.

helper(_, _) ->
    io:format("~p/~p~n", [?FUNCTION_NAME, ?FUNCTION_ARITY]),
    ?LOG("in helper", []).

id(X) -> X.
