%% gen_server and proc_lib reports in OTP's layout: error report, crash report, warning
-module(gs_reports).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, terminate/2]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, P} = gen_server:start_link(?MODULE, #{count => 3}, []),
    gen_server:cast(P, {stop_with, {bad_thing, [1, 2, 3]}}),
    receive {'EXIT', P, R} -> timer:sleep(50), io:format("exit ~p~n", [R]) end,
    {ok, N} = gen_server:start({local, reg_server}, ?MODULE, [], []),
    N ! unexpected_info,
    timer:sleep(50),
    io:format("alive ~p~n", [is_process_alive(N)]),
    gen_server:cast(reg_server, {bad_return}),
    timer:sleep(50),
    io:format("alive ~p~n", [is_process_alive(N)]),
    R1 = gen_server:start(?MODULE, {stop_in_init, eh}, []),
    timer:sleep(50),
    io:format("~p~n", [R1]),
    R2 = gen_server:start(?MODULE, {stop_in_init, {shutdown, quiet}}, []),
    timer:sleep(50),
    io:format("~p~n", [R2]),
    Pid = proc_lib:spawn(fun() -> put(some_key, some_value), exit({custom, reason}) end),
    timer:sleep(50),
    io:format("proc_lib done ~p~n", [is_process_alive(Pid)]),
    proc_lib:spawn(fun() -> exit(normal) end),
    proc_lib:spawn(fun() -> exit(shutdown) end),
    timer:sleep(50),
    io:format("end~n").

init({stop_in_init, R}) -> {stop, R};
init(S) -> {ok, S}.

handle_call(_, _, S) -> {reply, ok, S}.

handle_cast({stop_with, R}, S) -> {stop, R, S};
handle_cast({bad_return}, _S) -> what_is_this.

terminate(R, _S) -> io:format("terminate ~p~n", [R]).
