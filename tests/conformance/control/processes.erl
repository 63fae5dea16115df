%% spawn, send, receive between processes without printing pids
-module(processes).
-export([main/1]).
-mode(compile).

main(_) ->
    Parent = self(),
    Pid = spawn(fun() -> echo_loop(Parent) end),
    Pid ! {echo, hello},
    Pid ! {echo, [1, 2, 3]},
    Pid ! {add, 2, 3},
    io:format("~p~n", [[recv(), recv(), recv()]]),
    Pid ! stop,
    io:format("~p~n", [recv()]),
    %% ping pong
    Pong = spawn(fun pong/0),
    Pong ! {ping, self(), 5},
    io:format("~p~n", [ping_loop()]),
    %% fan out / fan in, collected in order by tagging
    Workers = [spawn(fun() -> Parent ! {result, N, N * N} end) || N <- lists:seq(1, 10)],
    io:format("~p~n", [length(Workers)]),
    io:format("~p~n", [[receive {result, N, Sq} -> Sq end || N <- lists:seq(1, 10)]]),
    %% messages from one process arrive in send order
    spawn(fun() -> [Parent ! {seq, I} || I <- lists:seq(1, 100)] end),
    io:format("~p~n", [collect_seq(100, [])]),
    io:format("~p~n", [[is_pid(Pid), is_process_alive(self()), self() =:= Parent, node()]]),
    Big = lists:seq(1, 1000),
    Copy = spawn(fun() -> receive {From, L} -> From ! {sum, lists:sum(L)} end end),
    Copy ! {self(), Big},
    io:format("~p~n", [receive {sum, S} -> S end]),
    ok.

echo_loop(Parent) ->
    receive
        {echo, X} -> Parent ! {echoed, X}, echo_loop(Parent);
        {add, A, B} -> Parent ! {sum, A + B}, echo_loop(Parent);
        stop -> Parent ! stopped
    end.

recv() -> receive M -> M after 5000 -> timeout end.

pong() ->
    receive
        {ping, From, 0} -> From ! done;
        {ping, From, N} -> From ! {pong, N}, pong_wait(From, N)
    end.
pong_wait(From, N) -> self() ! {ping, From, N - 1}, pong().

ping_loop() -> ping_loop([]).
ping_loop(Acc) ->
    receive
        {pong, N} -> ping_loop([N | Acc]);
        done -> lists:reverse(Acc)
    end.

collect_seq(0, Acc) -> lists:reverse(Acc) =:= lists:seq(1, 100);
collect_seq(K, Acc) -> receive {seq, I} -> collect_seq(K - 1, [I | Acc]) end.
