%% safe_fixtable: deleting during a first/next traversal of a set, and info/2's fixation items.
-module(ets_fixtable).
-mode(compile).
-export([main/1]).

c(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

%% Visits every key once, deleting the even ones as it goes.
walk(_T, '$end_of_table', Acc) -> lists:sort(Acc);
walk(T, K, Acc) ->
    Next = ets:next(T, K),
    case K rem 2 of
        0 -> ets:delete(T, K);
        1 -> ok
    end,
    walk(T, Next, [K | Acc]).

%% Deletes a key and then asks for its successor.
delete_then_next(T, K) ->
    ets:delete(T, K),
    c(fun() -> ets:next(T, K) end).

main(_) ->
    T = ets:new(t, [set, public]),
    ets:insert(T, [{I, I} || I <- lists:seq(1, 200)]),
    p({ets:info(T, fixed), ets:info(T, safe_fixed), ets:info(T, safe_fixed_monotonic_time)}),
    p(ets:safe_fixtable(T, true)),
    p(ets:info(T, fixed)),
    {_, [{Pid, 1}]} = ets:info(T, safe_fixed),
    p(Pid =:= self()),
    p(length(walk(T, ets:first(T), []))),
    p(ets:info(T, size)),
    [First | _] = lists:sort([K || {K, _} <- ets:tab2list(T)]),
    R = delete_then_next(T, First),
    p(is_integer(R) orelse R =:= '$end_of_table'),
    p(ets:safe_fixtable(T, true)),
    {_, [{_, 2}]} = ets:info(T, safe_fixed),
    p(ets:safe_fixtable(T, false)),
    p(ets:safe_fixtable(T, false)),
    p(ets:safe_fixtable(T, false)),
    p(ets:info(T, fixed)),
    p(c(fun() -> ets:safe_fixtable(T, maybe) end)),
    p(c(fun() -> ets:safe_fixtable(nosuch, true) end)),
    %% a process's fixes end when it exits
    Me = self(),
    Fixer = spawn(fun() -> ets:safe_fixtable(T, true), Me ! fixed, receive stop -> ok end end),
    receive fixed -> ok end,
    p(ets:info(T, fixed)),
    Ref = monitor(process, Fixer),
    Fixer ! stop,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    p(ets:info(T, fixed)),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I} || I <- lists:seq(1, 10)]),
    p(ets:safe_fixtable(O, true)),
    p(delete_then_next(O, 5)),
    ok.
