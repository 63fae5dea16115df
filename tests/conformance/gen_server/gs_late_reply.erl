%% gen_server:call with a timeout: a reply that comes after the timeout is dropped (OTP 25 tags the
%% request with a monitor alias), while calls without a timeout, noproc and send_request still work
-module(gs_late_reply).
-mode(compile).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).

init([]) -> {ok, none}.

handle_call({sleep, Ms}, _From, S) -> timer:sleep(Ms), {reply, {slept, Ms}, S};
handle_call({later, Ms}, From, S) ->
    spawn(fun() -> timer:sleep(Ms), gen_server:reply(From, {later, Ms}) end),
    {noreply, S};
handle_call(echo, _From, S) -> {reply, echo, S}.

handle_cast(_, S) -> {noreply, S}.
handle_info(_, S) -> {noreply, S}.

flush() -> receive M -> [M | flush()] after 0 -> [] end.

call(Pid, Req, Timeout) ->
    try gen_server:call(Pid, Req, Timeout)
    catch exit:{Reason, {gen_server, call, [_, R, T]}} -> {exit, Reason, R, T}
    end.

main(_) ->
    {ok, Pid} = gen_server:start(?MODULE, [], []),
    io:format("in time: ~p~n", [call(Pid, {sleep, 10}, 1000)]),
    io:format("infinity: ~p~n", [call(Pid, {sleep, 10}, infinity)]),
    io:format("default: ~p~n", [gen_server:call(Pid, echo)]),
    io:format("too late: ~p~n", [call(Pid, {sleep, 200}, 50)]),
    timer:sleep(300),
    io:format("mailbox after the late reply: ~p~n", [flush()]),
    io:format("reply/2 too late: ~p~n", [call(Pid, {later, 200}, 50)]),
    timer:sleep(300),
    io:format("mailbox: ~p~n", [flush()]),
    io:format("reply/2 in time: ~p~n", [call(Pid, {later, 10}, 1000)]),
    io:format("reply/2, infinity: ~p~n", [call(Pid, {later, 10}, infinity)]),
    ReqId = gen_server:send_request(Pid, {sleep, 200}),
    io:format("receive_response: ~p~n", [gen_server:receive_response(ReqId, 50)]),
    timer:sleep(300),
    io:format("mailbox after an abandoned request: ~p~n", [flush()]),
    ReqId2 = gen_server:send_request(Pid, {sleep, 100}),
    io:format("wait_response: ~p~n", [gen_server:wait_response(ReqId2, 20)]),
    io:format("wait_response again: ~p~n", [gen_server:wait_response(ReqId2, 1000)]),
    io:format("mailbox: ~p~n", [flush()]),
    gen_server:stop(Pid),
    io:format("noproc: ~p~n", [call(Pid, echo, 100)]),
    io:format("noproc, infinity: ~p~n", [call(Pid, echo, infinity)]),
    io:format("mailbox: ~p~n", [flush()]),
    ok.
