%% a hand-written server process with call/reply using refs and monitors
-module(bank_server).
-export([main/1]).
-mode(compile).

main(_) ->
    Server = spawn(fun() -> loop(#{}) end),
    io:format("~p~n", [call(Server, {deposit, alice, 100})]),
    io:format("~p~n", [call(Server, {deposit, bob, 50})]),
    io:format("~p~n", [call(Server, {withdraw, alice, 30})]),
    io:format("~p~n", [call(Server, {withdraw, bob, 80})]),
    io:format("~p~n", [call(Server, {transfer, alice, bob, 20})]),
    io:format("~p~n", [call(Server, {balance, alice})]),
    io:format("~p~n", [call(Server, {balance, carol})]),
    io:format("~p~n", [call(Server, report)]),
    io:format("~p~n", [call(Server, crash)]),
    io:format("~p~n", [call(Server, report)]),
    ok.

call(Server, Req) ->
    Ref = monitor(process, Server),
    Server ! {call, self(), Ref, Req},
    receive
        {reply, Ref, Reply} -> demonitor(Ref, [flush]), Reply;
        {'DOWN', Ref, process, _, Reason} -> {server_down, Reason}
    after 2000 -> timeout
    end.

loop(Accounts) ->
    receive
        {call, From, Ref, Req} ->
            case handle(Req, Accounts) of
                {reply, Reply, New} -> From ! {reply, Ref, Reply}, loop(New);
                stop -> exit(requested_crash)
            end
    end.

handle({deposit, Who, Amt}, A) ->
    New = maps:update_with(Who, fun(B) -> B + Amt end, Amt, A),
    {reply, {ok, maps:get(Who, New)}, New};
handle({withdraw, Who, Amt}, A) ->
    case maps:get(Who, A, 0) of
        B when B >= Amt -> {reply, {ok, B - Amt}, A#{Who := B - Amt}};
        B -> {reply, {error, {insufficient, B}}, A}
    end;
handle({transfer, From, To, Amt}, A) ->
    case handle({withdraw, From, Amt}, A) of
        {reply, {ok, _}, A1} -> handle({deposit, To, Amt}, A1);
        Err -> Err
    end;
handle({balance, Who}, A) -> {reply, maps:find(Who, A), A};
handle(report, A) -> {reply, lists:sort(maps:to_list(A)), A};
handle(crash, _) -> stop.
