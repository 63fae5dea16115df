%% kv_server version 2: counts reads per key and says so in its replies.
-module(kv_server).
-export([start/0, loop/1, code_change/2, idle/0]).

vsn() -> 2.

start() -> spawn(kv_server, loop, [#{served => 0, store => #{}, reads => #{}}]).

%% State in v2: a map with a read counter per key.
loop(#{served := Served, store := Store, reads := Reads} = State) ->
    receive
        {From, Ref, {put, K, V}} ->
            From ! {Ref, {v2, ok}},
            loop(State#{served := Served + 1, store := Store#{K => V}});
        {From, Ref, {get, K}} ->
            N = maps:get(K, Reads, 0) + 1,
            From ! {Ref, {v2, maps:get(K, Store, undefined), {reads, N}}},
            loop(State#{served := Served + 1, reads := Reads#{K => N}});
        {From, Ref, served} ->
            From ! {Ref, Served},
            loop(State);
        {From, Ref, {upgrade, Extra}} ->
            New = ?MODULE:code_change(vsn(), {State, Extra}),
            From ! {Ref, upgraded},
            ?MODULE:loop(New);
        {From, Ref, stop} ->
            From ! {Ref, State}
    end.

%% From v1's {Served, Store}.
code_change(1, {{Served, Store}, _Extra}) ->
    #{served => Served, store => Store, reads => #{}};
code_change(_, {State, _}) -> State.

idle() ->
    receive never -> idle() end.
