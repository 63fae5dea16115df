%% benchmark: spawn 100,000 processes that each report back and exit (spawn and exit cost)
-module(spawn).
-export([main/1]).
-mode(compile).

-define(N, 100000).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    Self = self(),
    spawn_all(?N, Self),
    Sum = collect(?N, 0),
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p~n", [Sum]),
    io:format("time_us: ~p~n", [T1 - T0]).

spawn_all(0, _) -> ok;
spawn_all(N, Parent) ->
    spawn(fun() -> Parent ! {done, N} end),
    spawn_all(N - 1, Parent).

collect(0, Acc) -> Acc;
collect(N, Acc) -> receive {done, I} -> collect(N - 1, Acc + I) end.
