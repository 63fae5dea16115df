%% compile:file/2 reports and returns diagnostics as OTP's compile does.
-module(compile_report).
-mode(compile).
-export([main/1]).

main(_) ->
    {ok, Mod, Bin} = compile:file("modules/bad/hc_warn.erl", [binary, report]),
    io:format("~p ~p~n", [Mod, is_binary(Bin)]),
    {ok, hc_warn, _} = compile:file("modules/bad/hc_warn.erl", [binary]),
    {ok, hc_warn, _, [{File, Ws}]} = compile:file("modules/bad/hc_warn", [binary, return]),
    io:format("warnings in ~s: ~p~n", [File, [Loc || {Loc, _, _} <- Ws]]),
    io:format("~p~n", [compile:file("modules/bad/hc_bad.erl", [binary, report_errors])]),
    io:format("~p~n", [compile:file("modules/bad/hc_bad.erl", [binary])]),
    {error, [{BadFile, Es}], [{BadFile, Ws2}]} = compile:file("modules/bad/hc_bad.erl", [binary, return]),
    io:format("errors in ~s: ~p ~p~n", [BadFile, [Loc || {Loc, _, _} <- Es], [Loc || {Loc, _, _} <- Ws2]]),
    io:format("~p~n", [compile:file("modules/bad/no_such_file", [binary, report])]),
    {module, hc_warn} = code:load_binary(hc_warn, "hc_warn.erl", element(3, compile:file("modules/bad/hc_warn.erl", [binary]))),
    io:format("~p~n", [hc_warn:f(3)]),
    ok.
