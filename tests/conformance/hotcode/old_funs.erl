%% Funs belong to the module version that made them; once it is purged they raise badfun.
-module(old_funs).
-mode(compile).
-export([main/1]).

bin(V) ->
    {ok, hc_srv, Bin} = compile:file("modules/v" ++ integer_to_list(V) ++ "/hc_srv.erl", [binary]),
    Bin.

call(F, X) ->
    try F(X) catch error:{badfun, G} -> {badfun, G =:= F}; C:E -> {C, E} end.

main(_) ->
    {module, hc_srv} = erlang:load_module(hc_srv, bin(1)),
    F1 = hc_srv:make_fun(a),
    W1 = hc_srv:make_waiter(),
    Ext = fun hc_srv:version/0,
    io:format("~p ~p~n", [F1(x), Ext()]),
    {module, hc_srv} = erlang:load_module(hc_srv, bin(2)),
    F2 = hc_srv:make_fun(b),
    io:format("~p ~p ~p~n", [F1(y), F2(y), Ext()]),
    io:format("~p~n", [[erlang:fun_info(F1, K) || K <- [module, arity, type]]]),
    %% A process that only holds an old fun is not running old code.
    Holder = spawn(fun() -> receive {From, go} -> From ! {self(), call(F1, z)} end end),
    io:format("holder uses old ~p~n", [erlang:check_process_code(Holder, hc_srv)]),
    %% A process inside an old fun is.
    Busy = spawn(W1),
    Busy2 = spawn(fun() -> exit({done, W1()}) end),
    timer:sleep(10),
    io:format("busy uses old ~p ~p~n", [erlang:check_process_code(Busy, hc_srv), erlang:check_process_code(Busy2, hc_srv)]),
    Ref2 = erlang:monitor(process, Busy2),
    Busy2 ! hello,
    receive {'DOWN', Ref2, process, Busy2, Why2} -> io:format("busy2 ~p~n", [Why2]) end,
    Ref = erlang:monitor(process, Busy),
    io:format("soft_purge ~p~n", [code:soft_purge(hc_srv)]),
    io:format("purge ~p~n", [code:purge(hc_srv)]),
    receive {'DOWN', Ref, process, Busy, Why} -> io:format("busy ~p~n", [Why]) end,
    io:format("F1 ~p F2 ~p~n", [call(F1, w), call(F2, w)]),
    Holder ! {self(), go},
    receive {Holder, R} -> io:format("holder ~p~n", [R]) end,
    io:format("~p~n", [is_function(F1, 1)]),
    ok.
