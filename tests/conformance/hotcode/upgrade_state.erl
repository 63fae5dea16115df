%% A server keeps answering clients while it is upgraded v1 -> v2 -> v3; its state is carried over
%% by code_change, and no request is lost.
-module(upgrade_state).
-mode(compile).
-export([main/1]).

bin(V) ->
    {ok, hc_srv, Bin} = compile:file("modules/v" ++ integer_to_list(V) ++ "/hc_srv.erl", [binary]),
    Bin.

call(S, Req) ->
    Ref = make_ref(),
    S ! {self(), Ref, Req},
    receive {Ref, R} -> R after 2000 -> timeout end.

client(Main, S, N) ->
    Replies = [call(S, {add, 1}) || _ <- lists:seq(1, N)],
    Tags = lists:usort([element(1, R) || R <- Replies, is_tuple(R)]),
    Main ! {self(), length([R || R <- Replies, R =/= timeout]), Tags}.

upgrade(S, V) ->
    {module, hc_srv} = code:load_binary(hc_srv, "hc_srv.erl", bin(V)),
    upgraded = call(S, upgrade),
    %% Once it has answered a request after the upgrade message, the server runs the new code.
    io:format("reply ~p~n", [element(1, call(S, {add, 0}))]),
    io:format("upgraded to v~p: soft_purge ~p~n", [V, code:soft_purge(hc_srv)]).

main(_) ->
    {module, hc_srv} = code:load_binary(hc_srv, "hc_srv.erl", bin(1)),
    S = spawn(hc_srv, server, [hc_srv:init()]),
    io:format("v1 reply ~p~n", [call(S, {add, 5})]),
    Main = self(),
    Clients = [spawn(fun() -> client(Main, S, 300) end) || _ <- lists:seq(1, 8)],
    timer:sleep(5),
    upgrade(S, 2),
    timer:sleep(5),
    upgrade(S, 3),
    Results = [receive {C, Count, Tags} -> {Count, Tags} end || C <- Clients],
    io:format("replies ~p~n", [lists:sum([Count || {Count, _} <- Results])]),
    io:format("tags ~p~n", [lists:usort(lists:append([Tags || {_, Tags} <- Results])) -- [v1, v2, v3]]),
    #{count := Total, log := Log} = call(S, state),
    io:format("count ~p log entries ~p~n", [Total, length(Log) =< 2405]),
    {Tag, Count, _} = call(S, {add, 1}),
    io:format("last ~p ~p~n", [Tag, Count]),
    io:format("old code ~p, server uses old ~p~n",
              [erlang:check_old_code(hc_srv), erlang:check_process_code(S, hc_srv)]),
    S ! stop,
    ok.
