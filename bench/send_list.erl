%% benchmark: a 10,000-element list sent 10,000 times (copying sends)
-module(send_list).
-export([main/1]).
-mode(compile).

-define(LEN, 10000).
-define(TIMES, 10000).

main(_) ->
    L = lists:seq(1, ?LEN),
    T0 = erlang:monotonic_time(microsecond),
    Self = self(),
    Sink = spawn(fun() -> sink(?TIMES, 0, Self) end),
    [Sink ! {list, L} || _ <- lists:seq(1, ?TIMES)],
    Total = receive {total, T} -> T end,
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p~n", [Total]),
    io:format("time_us: ~p~n", [T1 - T0]).

sink(0, Acc, Parent) -> Parent ! {total, Acc};
sink(N, Acc, Parent) -> receive {list, [H | _]} -> sink(N - 1, Acc + H, Parent) end.
