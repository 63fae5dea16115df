%% The hot code upgrade demo (bin/minierl demo hot-upgrade): see examples/README.md.
-module(hot_upgrade).
-mode(compile).
-export([main/1]).

-define(CLIENTS, 20).
-define(REQUESTS, 600).

%% Dir is the folder of this file, with v1/, v2/ and v3/ kv_server.erl inside.
main([Dir]) ->
    io:format("hot-upgrade demo: 1 kv_server, ~p clients x ~p requests each~n", [?CLIENTS, ?REQUESTS]),
    load(Dir, 1),
    Server = kv_server:start(),
    Idle = spawn(kv_server, idle, []),
    IdleRef = monitor(process, Idle),
    io:format("started the server and an idle process, both on v1~n"),
    Main = self(),
    Clients = [spawn(fun() -> client(Main, Server, C) end) || C <- lists:seq(1, ?CLIENTS)],
    Total = ?CLIENTS * ?REQUESTS,
    wait_served(Server, Total div 3),
    upgrade(Dir, Server, 2, none),
    io:format("  purge: ~s~n", [purge_report(IdleRef)]),
    wait_served(Server, 2 * Total div 3),
    upgrade(Dir, Server, 3, "hello from v3"),
    io:format("  purge: ~s~n", [purge_report(IdleRef)]),
    Results = [receive {done, C, R} -> R end || C <- Clients],
    summary(Server, Results, Total).

load(Dir, V) ->
    Src = filename(Dir, V),
    {ok, kv_server, Bin} = compile:file(Src, [binary, report]),
    {module, kv_server} = code:load_binary(kv_server, Src, Bin),
    io:format("loaded kv_server v~p from ~s~n", [V, Src]).

filename(Dir, V) -> Dir ++ "/v" ++ integer_to_list(V) ++ "/kv_server.erl".

%% Each client sends a steady stream of puts and gets and checks every reply.
client(Main, Server, C) ->
    Stats = lists:foldl(fun(I, Acc) -> request(Server, C, I, Acc) end, #{}, lists:seq(1, ?REQUESTS)),
    Main ! {done, self(), Stats}.

request(Server, C, I, Acc) ->
    %% A steady stream, not a burst: pause a moment every few requests.
    _ = I rem 5 =:= 0 andalso timer:sleep(1),
    Key = {C, I rem 10},
    Req = case I rem 2 of 0 -> {put, Key, I}; 1 -> {get, Key} end,
    Outcome = case call(Server, Req) of
                  {v1, _} -> v1;
                  {v2, _} -> v2;
                  {v2, _, {reads, _}} -> v2;
                  {v3, _, "hello from v3"} -> v3;
                  {v3, _, {reads, _}, "hello from v3"} -> v3;
                  timeout -> lost;
                  _ -> failed
              end,
    maps:update_with(Outcome, fun(N) -> N + 1 end, 1, Acc).

call(Server, Req) ->
    Ref = make_ref(),
    Server ! {self(), Ref, Req},
    receive {Ref, Reply} -> Reply after 5000 -> timeout end.

wait_served(Server, N) ->
    case call(Server, served) of
        Served when Served >= N -> ok;
        _ -> timer:sleep(2), wait_served(Server, N)
    end.

%% Load the new version while the clients keep calling, then tell the server to switch.
upgrade(Dir, Server, V, Extra) ->
    Before = call(Server, served),
    io:format("upgrading to v~p after ~p requests served~n", [V, Before]),
    %% code:load_binary first purges the version before the current one, then loads.
    load(Dir, V),
    io:format("  the server still runs the old code: ~p~n", [erlang:check_process_code(Server, kv_server)]),
    upgraded = call(Server, {upgrade, Extra}),
    _ = call(Server, served),
    io:format("  code_change done; the server runs the old code: ~p~n",
              [erlang:check_process_code(Server, kv_server)]).

purge_report(IdleRef) ->
    case code:soft_purge(kv_server) of
        true ->
            "no process was left on the old code";
        false ->
            true = code:purge(kv_server),
            receive {'DOWN', IdleRef, process, _, Why} ->
                io_lib:format("killed the idle process still on the old code (~p)", [Why])
            end
    end.

summary(Server, Results, Total) ->
    Count = fun(K) -> lists:sum([maps:get(K, R, 0) || R <- Results]) end,
    Ok = Count(v1) + Count(v2) + Count(v3),
    Served = call(Server, served),
    #{store := Store, motto := Motto} = call(Server, stop),
    io:format("~nsummary~n"),
    io:format("  requests sent        ~p~n", [Total]),
    io:format("  good replies         ~p (v1 ~p, v2 ~p, v3 ~p)~n", [Ok, Count(v1), Count(v2), Count(v3)]),
    io:format("  lost or failed       ~p~n", [Count(lost) + Count(failed)]),
    io:format("  served by the server ~p, ~p keys stored, motto ~p~n", [Served, map_size(Store), Motto]),
    case Ok =:= Total andalso Served =:= Total of
        true -> io:format("no request was lost or failed across two upgrades~n");
        false -> io:format("SOME REQUESTS WERE LOST OR FAILED~n"), halt(1)
    end.
