%% kv_server version 1: a key-value store served by a plain process loop.
-module(kv_server).
-export([start/0, loop/1, code_change/2, idle/0]).

vsn() -> 1.

start() -> spawn(kv_server, loop, [{0, #{}}]).

%% Requests loop with local calls, staying in this version; only an upgrade request makes the
%% fully qualified call ?MODULE:loop/1 that enters the newest version.
%% State in v1: {Served, Store}.
loop({Served, Store} = State) ->
    receive
        {From, Ref, {put, K, V}} ->
            From ! {Ref, {v1, ok}},
            loop({Served + 1, Store#{K => V}});
        {From, Ref, {get, K}} ->
            From ! {Ref, {v1, maps:get(K, Store, undefined)}},
            loop({Served + 1, Store});
        {From, Ref, served} ->
            From ! {Ref, Served},
            loop(State);
        {From, Ref, {upgrade, Extra}} ->
            %% The new version's code_change/2 converts the state, then its loop takes over.
            New = ?MODULE:code_change(vsn(), {State, Extra}),
            From ! {Ref, upgraded},
            ?MODULE:loop(New);
        {From, Ref, stop} ->
            From ! {Ref, State}
    end.

code_change(_, {State, _}) -> State.

%% A process that stays in this version's code forever: purging the old code kills it.
idle() ->
    receive never -> idle() end.
