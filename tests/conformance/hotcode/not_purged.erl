%% At most two versions: loading while old code remains is {error, not_purged}; delete makes the
%% current version old.
-module(not_purged).
-mode(compile).
-export([main/1]).

bin(V) ->
    {ok, hc_srv, Bin} = compile:file("modules/v" ++ integer_to_list(V) ++ "/hc_srv.erl", [binary]),
    Bin.

main(_) ->
    io:format("~p~n", [erlang:load_module(hc_srv, bin(1))]),
    io:format("~p~n", [erlang:load_module(hc_srv, bin(2))]),
    io:format("~p~n", [erlang:load_module(hc_srv, bin(3))]),
    io:format("version ~p old ~p~n", [hc_srv:version(), erlang:check_old_code(hc_srv)]),
    io:format("purge_module ~p~n", [erlang:purge_module(hc_srv)]),
    io:format("~p~n", [erlang:load_module(hc_srv, bin(3))]),
    io:format("version ~p~n", [hc_srv:version()]),
    io:format("delete ~p~n", [code:soft_purge(hc_srv) andalso erlang:delete_module(hc_srv)]),
    io:format("loaded ~p old ~p is_loaded ~p~n",
              [erlang:module_loaded(hc_srv), erlang:check_old_code(hc_srv), code:is_loaded(hc_srv)]),
    io:format("exported ~p~n", [erlang:function_exported(hc_srv, version, 0)]),
    io:format("call ~p~n", [try hc_srv:version() catch C:E -> {C, E} end]),
    io:format("purge ~p~n", [code:purge(hc_srv)]),
    io:format("delete again ~p~n", [erlang:delete_module(hc_srv)]),
    io:format("~p~n", [erlang:load_module(hc_srv, bin(1))]),
    io:format("purge ~p ~p~n", [code:purge(hc_srv), erlang:module_loaded(hc_srv)]),
    io:format("~p ~p~n", [erlang:load_module(hc_srv, bin(1)), hc_srv:version()]),
    io:format("code:purge ~p is_loaded ~p~n", [code:purge(hc_srv), code:is_loaded(hc_srv)]),
    io:format("~p~n", [code:load_binary(hc_srv, "hc_srv.erl", bin(2))]),
    io:format("is_loaded ~p which ~p~n", [code:is_loaded(hc_srv), code:which(hc_srv)]),
    io:format("~p~n", [code:load_binary(hc_srv, "hc_srv.erl", bin(3))]),
    io:format("code:purge ~p ~p~n", [code:purge(hc_srv), code:which(hc_srv)]),
    io:format("code:delete ~p ~p~n", [code:delete(hc_srv), code:is_loaded(hc_srv)]),
    io:format("code:delete ~p ~p~n", [code:soft_purge(hc_srv), code:delete(hc_srv)]),
    io:format("~p ~p~n", [code:load_binary(hc_srv, "hc_srv.erl", bin(1)), lists:keymember(hc_srv, 1, code:all_loaded())]),
    io:format("~p ~p~n", [code:load_binary(hc_srv, "hc_srv.erl", bin(3)), lists:keymember(hc_srv, 1, code:all_loaded())]),
    io:format("~p~n", [[try erlang:load_module(M, B) catch C1:E1 -> {C1, E1} end
                        || {M, B} <- [{"hc_srv", bin(1)}, {hc_srv, not_a_binary}]]]),
    io:format("~p~n", [[try F() catch C2:E2 -> {C2, E2} end
                        || F <- [fun() -> erlang:check_process_code(self(), "m") end,
                                 fun() -> erlang:check_process_code(x, m) end,
                                 fun() -> erlang:delete_module(3) end,
                                 fun() -> erlang:check_old_code("m") end,
                                 fun() -> erlang:check_process_code(self(), m, [bad]) end]]]),
    io:format("~p~n", [[code:ensure_loaded(no_such_module), code:load_file(no_such_module),
                        code:which(no_such_module), code:is_loaded(no_such_module)]]),
    io:format("~p~n", [[code:is_loaded(erlang), code:which(erlang), code:ensure_loaded(lists)]]),
    ok.
