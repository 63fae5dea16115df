%% The shell's c:c/2 and c:l/1: compile, purge, load, and what they print.
-module(c_shell).
-mode(compile).
-export([main/1]).

main(_) ->
    io:format("~p~n", [c:c("modules/c/hc_c", [{outdir, "modules/out"}])]),
    io:format("~p ~p~n", [hc_c:v(), erlang:check_old_code(hc_c)]),
    io:format("~p~n", [c:c("modules/c/hc_c.erl", [{outdir, "modules/out"}, report])]),
    io:format("old ~p~n", [erlang:check_old_code(hc_c)]),
    io:format("~p~n", [c:c("modules/c/hc_c", [binary])]),
    io:format("~p~n", [c:c("modules/c/nope", [{outdir, "modules/out"}])]),
    io:format("~p~n", [c:c(no_such_module_anywhere)]),
    io:format("~p~n", [c:l(hc_c)]),
    true = code:add_patha("modules/out"),
    io:format("~p ~p~n", [c:l(hc_c), erlang:check_old_code(hc_c)]),
    io:format("~p ~p~n", [c:l(no_such_module_anywhere), c:lm()]),
    ok.
