%% update_counter (all forms), update_element, insert_new.
-module(ets_counters).
-mode(compile).
-export([main/1]).

c(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [set]),
    ets:insert(T, {k, 10, 20, x}),
    p(ets:update_counter(T, k, 1)),
    p(ets:update_counter(T, k, {3, 5})),
    p(ets:update_counter(T, k, {2, 100, 50, 0})),
    p(ets:update_counter(T, k, {2, -10, -5, -5})),
    p(ets:update_counter(T, k, [{2, 1}, {3, -1}, {2, 1}])),
    p(ets:update_counter(T, k, [])),
    p(ets:lookup(T, k)),
    p(c(fun() -> ets:update_counter(T, zz, 1) end)),
    p(ets:update_counter(T, zz, 1, {zz, 10})),
    p(ets:update_counter(T, yy, 1, {other_key, 10})),
    p(ets:lookup(T, yy)),
    p(ets:update_counter(T, ww, {2, 5, 12, 0}, {ww, 10})),
    p(c(fun() -> ets:update_counter(T, k, {4, 1}) end)),
    p(c(fun() -> ets:update_counter(T, k, {1, 1}) end)),
    p(c(fun() -> ets:update_counter(T, k, {9, 1}) end)),
    p(c(fun() -> ets:update_counter(T, k, a) end)),
    p(c(fun() -> ets:update_counter(T, k, {2, 1, a, 0}) end)),
    p(c(fun() -> ets:update_counter(T, vv, 1, {vv}) end)),
    p(ets:update_counter(T, k, 1 bsl 70)),
    p(ets:update_counter(T, k, -(1 bsl 70))),
    B = ets:new(b, [bag]),
    p(c(fun() -> ets:update_counter(B, k, 1) end)),
    p(c(fun() -> ets:update_element(B, k, {2, 1}) end)),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, {k, 1, x}),
    p(ets:update_element(O, k, {2, 5})),
    p(ets:update_element(O, k, [{2, 6}, {3, y}])),
    p(ets:update_element(O, zz, [{2, 5}])),
    p(c(fun() -> ets:update_element(O, k, {1, 1}) end)),
    p(c(fun() -> ets:update_element(O, k, {4, 1}) end)),
    p(ets:lookup(O, k)),
    p(ets:insert_new(O, [{k, 1}, {j, 2}])),
    p(ets:insert_new(O, [{j, 1}, {i, 2}])),
    p(c(fun() -> ets:insert_new(O, [{z, 1} | x]) end)),
    p(ets:tab2list(O)),
    %% counters from many processes on a public table
    P = ets:new(pub, [public, set]),
    ets:insert(P, {n, 0}),
    Self = self(),
    Pids = [spawn(fun() -> [ets:update_counter(P, n, 1) || _ <- lists:seq(1, 100)], Self ! done end)
            || _ <- lists:seq(1, 10)],
    [receive done -> ok end || _ <- Pids],
    p(ets:lookup(P, n)),
    ok.
