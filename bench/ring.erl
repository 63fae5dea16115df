%% benchmark: a ring of 10,000 processes passing a token 100 laps (1,000,000 messages)
-module(ring).
-export([main/1]).
-mode(compile).

-define(PROCS, 10000).
-define(LAPS, 100).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    First = build(?PROCS - 1, self()),
    First ! {token, ?PROCS * ?LAPS - 1},
    Hops = relay(First),
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p~n", [Hops]),
    io:format("time_us: ~p~n", [T1 - T0]).

%% Each process forwards the token to the next one; main closes the ring.
build(0, Next) -> Next;
build(N, Next) -> build(N - 1, spawn(fun() -> forward(Next) end)).

forward(Next) ->
    receive
        {token, 0} -> Next ! {token, 0}, done;
        {token, K} -> Next ! {token, K - 1}, forward(Next)
    end.

relay(First) ->
    receive
        {token, 0} -> ?PROCS * ?LAPS;
        {token, K} -> First ! {token, K - 1}, relay(First)
    end.
