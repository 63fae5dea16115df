%% timer: send_after, apply_after, exit_after, intervals, cancel, tc, sleep
-module(timers).
-mode(compile).
-export([main/1, note/1]).

main(_) ->
    process_flag(trap_exit, true),
    register(main, self()),
    {ok, T1} = timer:send_after(30, first),
    {ok, _} = timer:send_after(10, self(), second),
    {ok, T3} = timer:send_after(20, never),
    show(timer:cancel(T3)),
    show(collect(60)),
    {ok, _} = timer:apply_after(10, ?MODULE, note, [applied]),
    show(collect(40)),
    {ok, I} = timer:send_interval(20, tick),
    timer:sleep(110),
    show(timer:cancel(I)),
    %% How many ticks arrived depends on the machine's load; that they repeat and stop does not.
    Ticks = collect(0),
    show(length(Ticks) >= 2 andalso lists:usort(Ticks) =:= [tick]),
    show(collect(60)),
    {ok, I2} = timer:apply_interval(15, ?MODULE, note, [interval]),
    timer:sleep(50),
    timer:cancel(I2),
    show(lists:usort(collect(40))),
    Victim = spawn_link(fun() -> receive after infinity -> ok end end),
    {ok, _} = timer:exit_after(10, Victim, bye),
    receive {'EXIT', Victim, Why} -> show({victim, Why}) end,
    {ok, _} = timer:kill_after(10, spawn_link(fun() -> receive after infinity -> ok end end)),
    receive {'EXIT', _, Why2} -> show({killed, Why2}) end,
    show(element(1, timer:send_after(0, zero))),
    receive zero -> show(zero_delivered) end,
    show(timer:send_after(-1, self(), x)),
    show(timer:cancel(not_a_timer)),
    show(T1 =/= T3),
    {Us, V} = timer:tc(fun() -> timer:sleep(20), done end),
    show({V, Us >= 20000}),
    show(timer:tc(lists, reverse, [[1, 2, 3]]) > {0, x}),
    show(element(2, timer:tc(fun lists:sum/1, [[1, 2, 3]]))),
    show({timer:seconds(2), timer:minutes(1), timer:hours(1), timer:hms(1, 1, 1)}),
    show(timer:now_diff({1, 2, 3}, {1, 1, 0})),
    show(timer:sleep(5)),
    ok.

note(What) -> main ! What.

collect(Ms) ->
    receive M -> [M | collect(Ms)] after Ms -> [] end.

show(X) -> io:format("~p~n", [X]).
