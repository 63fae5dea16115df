%% kv_server version 3: v2's state plus a greeting taken from the upgrade, shown in every reply.
-module(kv_server).
-export([start/0, loop/1, code_change/2, idle/0]).

vsn() -> 3.

start() -> spawn(kv_server, loop, [#{served => 0, store => #{}, reads => #{}, motto => ""}]).

loop(#{served := Served, store := Store, reads := Reads, motto := Motto} = State) ->
    receive
        {From, Ref, {put, K, V}} ->
            From ! {Ref, {v3, ok, Motto}},
            loop(State#{served := Served + 1, store := Store#{K => V}});
        {From, Ref, {get, K}} ->
            N = maps:get(K, Reads, 0) + 1,
            From ! {Ref, {v3, maps:get(K, Store, undefined), {reads, N}, Motto}},
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

%% From v2's map: add the motto passed with the upgrade request.
code_change(2, {State, Motto}) -> State#{motto => Motto};
code_change(1, {{Served, Store}, Motto}) ->
    #{served => Served, store => Store, reads => #{}, motto => Motto};
code_change(_, {State, _}) -> State.

idle() ->
    receive never -> idle() end.
