%% A fun outlives the purge of its version when the module was reloaded with the same code.
-module(same_code).
-mode(compile).
-export([main/1]).

bin(V) ->
    {ok, hc_srv, Bin} = compile:file("modules/v" ++ integer_to_list(V) ++ "/hc_srv.erl", [binary]),
    Bin.

call(F, X) ->
    try F(X) catch error:{badfun, G} -> {badfun, G =:= F} end.

main(_) ->
    {module, hc_srv} = erlang:load_module(hc_srv, bin(1)),
    F = hc_srv:make_fun(a),
    {module, hc_srv} = erlang:load_module(hc_srv, bin(1)),
    io:format("purge ~p, F ~p~n", [code:purge(hc_srv), call(F, 1)]),
    {module, hc_srv} = erlang:load_module(hc_srv, bin(2)),
    io:format("purge ~p, F ~p~n", [code:purge(hc_srv), call(F, 2)]),
    {module, hc_srv} = erlang:load_module(hc_srv, bin(1)),
    io:format("purge ~p, F ~p~n", [code:purge(hc_srv), call(F, 3)]),
    ok.
