%% Access rules, give_away, heirs, and tables dying with their owner.
-module(ets_owner).
-mode(compile).
-export([main/1]).

c(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Me = self(),
    P = spawn(fun() ->
            Pr = ets:new(p, [private]), Pu = ets:new(p, [public]), Pt = ets:new(p, [protected]),
            [ets:insert(X, {1}) || X <- [Pr, Pu, Pt]],
            Me ! {tabs, Pr, Pu, Pt},
            receive stop -> ok end
        end),
    {Pr, Pu, Pt} = receive {tabs, A, B, C} -> {A, B, C} end,
    Tabs = [Pr, Pu, Pt],
    p([c(fun() -> ets:lookup(X, 1) end) || X <- Tabs]),
    p([c(fun() -> ets:insert(X, {2}) end) || X <- Tabs]),
    p([c(fun() -> ets:info(X, size) end) || X <- Tabs]),
    p([c(fun() -> ets:match(X, '$1') end) || X <- Tabs]),
    p([c(fun() -> ets:select_delete(X, [{'_', [], [true]}]) end) || X <- Tabs]),
    p([c(fun() -> ets:give_away(X, Me, gift) end) || X <- Tabs]),
    p([c(fun() -> ets:delete(X) end) || X <- Tabs]),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    p([c(fun() -> ets:info(X, size) end) || X <- Tabs]),
    %% give_away and heir
    Q = spawn(fun() ->
            T = ets:new(nt, [named_table, {heir, Me, heir_data}]),
            ets:insert(T, {q, 1}),
            ets:give_away(T, Me, gift),
            receive {'ETS-TRANSFER', T2, From, Data} -> Me ! {back, T2, From =:= Me, Data} end,
            receive stop -> ok end
        end),
    receive {'ETS-TRANSFER', nt, From, gift} -> p({gift_from_q, From =:= Q}) end,
    p(ets:info(nt, owner) =:= Me),
    p(c(fun() -> ets:give_away(nt, Me, x) end)),
    p(ets:give_away(nt, Q, back)),
    receive {back, T2, FromMe, Data} -> p({T2, FromMe, Data}) end,
    p(ets:info(nt, owner) =:= Q),
    QRef = monitor(process, Q),
    Q ! stop,
    receive {'DOWN', QRef, _, _, _} -> ok end,
    receive {'ETS-TRANSFER', nt, From2, HD} -> p({inherited, From2 =:= Q, HD}) end,
    p({ets:info(nt, owner) =:= Me, ets:info(nt, heir) =:= Me, ets:lookup(nt, q)}),
    %% heir that is already dead: the table is deleted
    Dead = spawn(fun() -> ok end),
    DRef = monitor(process, Dead),
    receive {'DOWN', DRef, _, _, _} -> ok end,
    R = spawn(fun() -> ets:new(rt, [named_table, {heir, Dead, x}]), Me ! made, receive stop -> ok end end),
    receive made -> ok end,
    RRef = monitor(process, R),
    R ! stop,
    receive {'DOWN', RRef, _, _, _} -> ok end,
    p(ets:info(rt)),
    %% setopts
    S = ets:new(s, []),
    p(ets:setopts(S, {heir, Me, d})),
    p(ets:info(S, heir) =:= Me),
    p(ets:setopts(S, [{heir, none}, {protection, public}])),
    p({ets:info(S, heir), ets:info(S, protection)}),
    p(c(fun() -> ets:setopts(S, {bad, 1}) end)),
    p(c(fun() -> ets:give_away(S, self(), x) end)),
    %% a crashing owner takes its table along
    W = spawn(fun() -> ets:new(wt, [named_table, public]), Me ! ready, receive go -> exit(boom) end end),
    receive ready -> ok end,
    p(ets:insert(wt, {1})),
    WRef = monitor(process, W),
    W ! go,
    receive {'DOWN', WRef, _, _, Why} -> p(Why) end,
    p({ets:info(wt), ets:whereis(wt)}),
    ok.
