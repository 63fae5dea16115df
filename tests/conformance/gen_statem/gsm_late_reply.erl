%% gen_statem:call with a timeout: a reply that comes after the timeout is dropped, both a reply
%% action and gen_statem:reply/2 from another process
-module(gsm_late_reply).
-mode(compile).
-behaviour(gen_statem).
-export([main/1, init/1, callback_mode/0, idle/3]).

init([]) -> {ok, idle, none}.
callback_mode() -> state_functions.

idle({call, From}, {sleep, Ms}, _) -> timer:sleep(Ms), {keep_state_and_data, [{reply, From, {slept, Ms}}]};
idle({call, From}, {later, Ms}, _) ->
    spawn(fun() -> timer:sleep(Ms), gen_statem:reply(From, {later, Ms}) end),
    keep_state_and_data.

flush() -> receive M -> [M | flush()] after 0 -> [] end.

call(Pid, Req, Timeout) ->
    try gen_statem:call(Pid, Req, Timeout)
    catch exit:{Reason, {gen_statem, call, [_, R, T]}} -> {exit, Reason, R, T}
    end.

main(_) ->
    {ok, Pid} = gen_statem:start(?MODULE, [], []),
    io:format("in time: ~p~n", [call(Pid, {sleep, 10}, 1000)]),
    io:format("too late: ~p~n", [call(Pid, {sleep, 200}, 50)]),
    timer:sleep(300),
    io:format("mailbox: ~p~n", [flush()]),
    io:format("reply/2 too late: ~p~n", [call(Pid, {later, 200}, {dirty_timeout, 50})]),
    timer:sleep(300),
    io:format("mailbox: ~p~n", [flush()]),
    io:format("infinity: ~p~n", [call(Pid, {later, 10}, infinity)]),
    gen_statem:stop(Pid),
    io:format("noproc: ~p~n", [call(Pid, {sleep, 1}, 100)]),
    io:format("mailbox: ~p~n", [flush()]),
    ok.
