%% Hot code loading: fully qualified calls enter the current version, local calls stay in the old.
-module(old_current).
-mode(compile).
-export([main/1]).

bin(V) ->
    {ok, hc_srv, Bin} = compile:file("modules/v" ++ integer_to_list(V) ++ "/hc_srv.erl", [binary]),
    Bin.

ask(P) ->
    P ! {self(), ask},
    receive {P, R} -> R end.

main(_) ->
    io:format("loaded ~p~n", [erlang:module_loaded(hc_srv)]),
    io:format("v1 ~p~n", [erlang:load_module(hc_srv, bin(1))]),
    io:format("loaded ~p old ~p~n", [erlang:module_loaded(hc_srv), erlang:check_old_code(hc_srv)]),
    Ext = spawn(hc_srv, loop_ext, [0]),
    Local = spawn(hc_srv, loop_local, [0]),
    io:format("ext ~p local ~p~n", [ask(Ext), ask(Local)]),
    io:format("v2 ~p~n", [erlang:load_module(hc_srv, bin(2))]),
    io:format("old ~p version ~p~n", [erlang:check_old_code(hc_srv), hc_srv:version()]),
    io:format("uses old: ext ~p local ~p self ~p~n",
              [erlang:check_process_code(Ext, hc_srv), erlang:check_process_code(Local, hc_srv),
               erlang:check_process_code(self(), hc_srv)]),
    %% The first request is served by v1's receive; its ?MODULE:loop_ext call then enters v2.
    io:format("ext ~p ~p ~p~n", [ask(Ext), ask(Ext), ask(Ext)]),
    io:format("local ~p ~p~n", [ask(Local), ask(Local)]),
    io:format("uses old: ext ~p local ~p~n",
              [erlang:check_process_code(Ext, hc_srv), erlang:check_process_code(Local, hc_srv)]),
    %% A process spawned now starts in v2.
    New = spawn(hc_srv, loop_local, [100]),
    io:format("new ~p uses old ~p~n", [ask(New), erlang:check_process_code(New, hc_srv)]),
    io:format("exports ~p~n", [lists:sort(hc_srv:module_info(exports))]),
    io:format("exported ~p ~p~n", [erlang:function_exported(hc_srv, loop_ext, 1),
                                   erlang:function_exported(hc_srv, nope, 0)]),
    [P ! stop || P <- [Ext, Local, New]],
    ok.
