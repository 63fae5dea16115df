%% Version 3 of the server the hotcode programs upgrade: keeps v2's state, answers in v3's words.
-module(hc_srv).
-export([version/0, loop_ext/1, loop_local/1, wait/0, make_fun/1, make_waiter/0, init/0, server/1, code_change/2]).

version() -> 3.

loop_ext(N) ->
    receive
        {From, ask} -> From ! {self(), {version(), N}}, ?MODULE:loop_ext(N + 1);
        stop -> ok
    end.

loop_local(N) ->
    receive
        {From, ask} -> From ! {self(), {version(), N}}, loop_local(N + 1);
        stop -> ok
    end.

wait() ->
    receive _ -> ok end.

make_fun(X) -> fun(Y) -> {version(), X, Y, newer} end.

make_waiter() -> fun() -> receive M -> {version(), M} end end.

init() -> #{count => 0, log => []}.

server(State) ->
    receive
        {From, Ref, {add, K}} ->
            #{count := N, log := Log} = State,
            From ! {Ref, {v3, N + K, lists:sum([K | Log])}},
            server(State#{count := N + K, log := [K | Log]});
        {From, Ref, upgrade} ->
            NewState = ?MODULE:code_change(3, State),
            From ! {Ref, upgraded},
            ?MODULE:server(NewState);
        {From, Ref, state} ->
            From ! {Ref, State},
            server(State);
        stop -> ok
    end.

code_change(1, {count, N}) -> #{count => N, log => []};
code_change(_, State) -> State.
