%% benchmark: two processes bouncing 1,000,000 messages (send, receive, context switches)
-module(ping_pong).
-export([main/1]).
-mode(compile).

-define(N, 500000).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    Pong = spawn(fun pong/0),
    ping(?N, Pong),
    Pong ! stop,
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p~n", [2 * ?N]),
    io:format("time_us: ~p~n", [T1 - T0]).

ping(0, _) -> ok;
ping(N, Pong) ->
    Pong ! {ping, self(), N},
    receive {pong, N} -> ping(N - 1, Pong) end.

pong() ->
    receive
        {ping, From, N} -> From ! {pong, N}, pong();
        stop -> ok
    end.
