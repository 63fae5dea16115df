%% receive with after 0, selective receive order, timeouts, flushing the mailbox
-module(receive_after).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [receive X -> X after 0 -> empty end]),
    self() ! a, self() ! b, self() ! c, self() ! {prio, 1}, self() ! d,
    io:format("~p~n", [receive {prio, P} -> {prio, P} after 0 -> none end]),
    io:format("~p~n", [receive c -> got_c after 0 -> none end]),
    io:format("~p~n", [flush([])]),
    io:format("~p~n", [receive _ -> x after 10 -> timed_out end]),
    T = id(0),
    io:format("~p~n", [receive _ -> x after T -> zero_var_timeout end]),
    [self() ! N || N <- lists:seq(1, 10)],
    io:format("~p~n", [take_even([])]),
    io:format("~p~n", [flush([])]),
    self() ! {reply, 2}, self() ! {reply, 1},
    io:format("~p~n", [[receive {reply, 1} -> one end, receive {reply, 2} -> two end]]),
    io:format("~p~n", [receive after 1 -> just_sleep end]),
    Start = erlang:monotonic_time(millisecond),
    receive after 50 -> ok end,
    Elapsed = erlang:monotonic_time(millisecond) - Start,
    io:format("~p~n", [Elapsed >= 50]),
    self() ! late,
    io:format("~p~n", [receive late -> got_late after infinity -> never end]),
    io:format("~p~n", [t(fun() -> receive after id(-1) -> ok end end)]),
    io:format("~p~n", [t(fun() -> receive after id(foo) -> ok end end)]),
    ok.

flush(Acc) ->
    receive M -> flush([M | Acc]) after 0 -> lists:reverse(Acc) end.

take_even(Acc) ->
    receive N when N rem 2 =:= 0 -> take_even([N | Acc]) after 0 -> lists:reverse(Acc) end.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
