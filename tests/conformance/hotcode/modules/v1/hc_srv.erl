%% Version 1 of the server the hotcode programs upgrade (v2, v3 beside this folder).
-module(hc_srv).
-export([version/0, loop_ext/1, loop_local/1, wait/0, make_fun/1, make_waiter/0, init/0, server/1, code_change/2]).

version() -> 1.

%% Re-enters through the export table: switches to the current version at each message.
loop_ext(N) ->
    receive
        {From, ask} -> From ! {self(), {version(), N}}, ?MODULE:loop_ext(N + 1);
        stop -> ok
    end.

%% Local calls only: stays in the version it started in.
loop_local(N) ->
    receive
        {From, ask} -> From ! {self(), {version(), N}}, loop_local(N + 1);
        stop -> ok
    end.

wait() ->
    receive _ -> ok end.

make_fun(X) -> fun(Y) -> {version(), X, Y} end.

%% A server with state; {From, upgrade} makes it call ?MODULE:code_change/2 of the current version.
make_waiter() -> fun() -> receive M -> {version(), M} end end.

init() -> {count, 0}.

server(State) ->
    receive
        {From, Ref, {add, K}} ->
            {count, N} = State,
            From ! {Ref, {v1, N + K}},
            server({count, N + K});
        {From, Ref, upgrade} ->
            NewState = ?MODULE:code_change(1, State),
            From ! {Ref, upgraded},
            ?MODULE:server(NewState);
        {From, Ref, state} ->
            From ! {Ref, State},
            server(State);
        stop -> ok
    end.

code_change(_OldVsn, State) -> State.
