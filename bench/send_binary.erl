%% benchmark: a 1 MB binary sent 10,000 times (refc binaries: no bytes copied)
-module(send_binary).
-export([main/1]).
-mode(compile).

-define(TIMES, 10000).

main(_) ->
    B = binary:copy(<<"0123456789abcdef">>, 65536),
    T0 = erlang:monotonic_time(microsecond),
    Self = self(),
    Sink = spawn(fun() -> sink(?TIMES, 0, Self) end),
    [Sink ! {bin, B} || _ <- lists:seq(1, ?TIMES)],
    Total = receive {total, T} -> T end,
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p~n", [Total]),
    io:format("time_us: ~p~n", [T1 - T0]).

sink(0, Acc, Parent) -> Parent ! {total, Acc};
sink(N, Acc, Parent) -> receive {bin, X} -> sink(N - 1, Acc + byte_size(X), Parent) end.
