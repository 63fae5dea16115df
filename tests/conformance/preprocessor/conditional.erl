%% -ifdef/-ifndef/-else/-endif, -if/-elif, -undef, nested conditionals
-module(conditional).
-export([main/1]).
-mode(compile).

-define(DEBUG, true).
-define(LEVEL, 3).

-ifdef(DEBUG).
-define(TRACE(X), io:format("trace: ~p~n", [X])).
-else.
-define(TRACE(X), ok).
-endif.

-ifndef(NOT_DEFINED).
-define(MODE, default_mode).
-else.
-define(MODE, other_mode).
-endif.

-if(?LEVEL > 5).
-define(VERBOSITY, high).
-elif(?LEVEL > 2).
-define(VERBOSITY, medium).
-else.
-define(VERBOSITY, low).
-endif.

-define(TEMP, temp_value).
-undef(TEMP).
-ifdef(TEMP).
-define(TEMP_STATUS, still_defined).
-else.
-define(TEMP_STATUS, undefined_now).
-endif.

-ifdef(DEBUG).
-ifdef(LEVEL).
-define(BOTH, both_defined).
-else.
-define(BOTH, only_debug).
-endif.
-else.
-define(BOTH, neither).
-endif.

-if(?OTP_RELEASE >= 25).
-define(OTP_CHECK, otp25_or_later).
-else.
-define(OTP_CHECK, older).
-endif.

-ifdef(DEBUG).
debug_only() -> debug_function_present.
-endif.

-if(false).
not_compiled( -> this would be a syntax error.
-endif.

main(_) ->
    ?TRACE({tracing, 1}),
    io:format("~p~n", [[?MODE, ?VERBOSITY, ?TEMP_STATUS, ?BOTH, ?OTP_CHECK]]),
    io:format("~p~n", [debug_only()]),
    io:format("~p~n", [?LEVEL * 2]),
    ok.
