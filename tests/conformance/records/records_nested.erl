%% nested records, records in guards, default expressions, _ = default, update chains
-module(records_nested).
-export([main/1]).
-mode(compile).

-record(addr, {street = "", city = "Nowhere"}).
-record(user, {id, addr = #addr{}, roles = [user], meta = #{}}).
-record(cfg, {a, b, c, d}).
-record(counter, {n = 1 + 2, label = atom_to_list(default), list = lists:seq(1, 3)}).

main(_) ->
    U = #user{id = 1},
    io:format("~p~n", [U]),
    U2 = U#user{addr = (U#user.addr)#addr{city = "Paris"}},
    io:format("~p~n", [U2]),
    io:format("~p~n", [U2#user.addr#addr.city]),
    io:format("~p~n", [(U2#user.addr)#addr.street]),
    #user{addr = #addr{city = City}} = U2,
    io:format("~p~n", [City]),
    io:format("~p~n", [#cfg{_ = unset}]),
    io:format("~p~n", [#cfg{a = 1, _ = unset}]),
    io:format("~p~n", [#counter{}]),
    io:format("~p~n", [#counter{n = 0}]),
    io:format("~p~n", [[role(X) || X <- [U, U#user{roles = [admin, user]}, U#user{id = 0}]]]),
    io:format("~p~n", [bump(bump(bump(#counter{})))]),
    Us = [#user{id = I, meta = #{score => I * 10}} || I <- lists:seq(1, 4)],
    io:format("~p~n", [[maps:get(score, M) || #user{meta = M} <- Us]]),
    io:format("~p~n", [lists:keysort(#user.id, lists:reverse(Us)) =:= Us]),
    io:format("~p~n", [t(fun() -> (id(U))#addr.city end)]),
    io:format("~p~n", [t(fun() -> (id({user, 1}))#user.id end)]),
    io:format("~p~n", [t(fun() -> (id(U))#user{addr = x}#user.addr#addr.city end)]),
    ok.

role(#user{id = 0}) -> root;
role(#user{roles = R}) when hd(R) =:= admin -> admin;
role(U) when U#user.roles =:= [user], is_record(U, user) -> plain.

bump(C = #counter{n = N}) -> C#counter{n = N + 1}.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
