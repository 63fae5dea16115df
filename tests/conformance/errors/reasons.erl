%% the standard OTP error reasons, each provoked and caught
-module(reasons).
-export([main/1]).
-mode(compile).

-record(r, {a = 1, b}).
-record(other, {x}).

main(_) ->
    Cases = [{badmatch, fun() -> {ok, _} = id({error, 1}) end},
             {function_clause, fun() -> only_ints(id(a)) end},
             {case_clause, fun() -> case id(3) of 1 -> a; 2 -> b end end},
             {if_clause, fun() -> X = id(3), if X > 5 -> big end end},
             {try_clause, fun() -> try id(nope) of yes -> y catch _ -> c end end},
             {badarith, fun() -> id(1) + id(a) end},
             {badarg, fun() -> element(0, id({a})) end},
             {undef, fun() -> (id(no_such_module_abc)):f() end},
             {badfun, fun() -> (id(not_a_fun))(1) end},
             {badrecord, fun() -> (id(#other{x = 1}))#r.a end},
             {badrecord_update, fun() -> (id(not_a_record))#r{a = 2} end},
             {badmatch_map, fun() -> #{missing := _} = id(#{}) end},
             {badkey, fun() -> (id(#{}))#{missing := 1} end},
             {badmap, fun() -> (id(not_a_map))#{a => 1} end},
             {badmap_update, fun() -> (id([1]))#{a := 1} end},
             {badmap_get, fun() -> maps:get(a, id(x)) end},
             {badkey_get, fun() -> maps:get(zz, id(#{a => 1})) end},
             {fun_clause, fun() -> (fun(1) -> one end)(id(2)) end},
             {nocatch, fun() -> throw(thrown) end},
             {exit, fun() -> exit(bye) end},
             {tuple_reason, fun() -> error({my, reason}) end}],
    lists:foreach(fun({Name, F}) -> io:format("~p: ~p~n", [Name, t(F)]) end, Cases),
    {error, {badarity, {Fn, Args}}} = t(fun() -> (id(fun(A, B) -> {A, B} end))(1) end),
    io:format("badarity: fun ~p arity ~p args ~p~n", [is_function(Fn), element(2, erlang:fun_info(Fn, arity)), Args]),
    {error, {badarity, {Fn2, Args2}}} = t(fun() -> (id(fun() -> x end))(a, b, c) end),
    io:format("badarity: ~p ~p~n", [is_function(Fn2, 0), Args2]),
    {error, {badfun, BF}} = t(fun() -> (id({tuple, 1}))() end),
    io:format("badfun: ~p~n", [BF]),
    ok.

only_ints(X) when is_integer(X) -> X.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
