%% Ping-pong, the classic of the actor literature: bin/minierl run examples/ping_pong.erl [N]
%% A ping process and a pong process exchange N messages (100,000 by default) and ping prints
%% every 1,000th exchange; main waits for ping to finish and reports the time taken.
-module(ping_pong).
-mode(compile).
-export([main/1]).

main(Args) ->
    N = case Args of
            [Arg] -> list_to_integer(Arg);
            [] -> 100000
        end,
    Pong = spawn_link(fun pong/0),
    Main = self(),
    T0 = erlang:monotonic_time(millisecond),
    Ping = spawn_link(fun() -> ping(1, N, Pong), Main ! {done, self()} end),
    receive {done, Ping} -> ok end,
    Pong ! stop,
    io:format("~p exchanges in ~p ms~n", [N, erlang:monotonic_time(millisecond) - T0]).

ping(I, N, _Pong) when I > N ->
    ok;
ping(I, N, Pong) ->
    Pong ! {ping, I, self()},
    receive
        {pong, I} when I rem 1000 =:= 0 -> io:format("ping ~p: pong~n", [I]);
        {pong, I} -> ok
    end,
    ping(I + 1, N, Pong).

pong() ->
    receive
        {ping, I, From} ->
            From ! {pong, I},
            pong();
        stop ->
            ok
    end.
