%% format_status/1 shapes sys:get_status and the termination report of a gen_server
-module(gs_status_new).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, format_status/1]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, A} = gen_server:start_link(?MODULE, #{user => "ann", password => "secret"}, []),
    {status, _, _, [_, _, _, _, StatusA]} = sys:get_status(A),
    io:format("~p~n", [StatusA]),
    gen_server:cast(A, {die, bad_login}),
    receive {'EXIT', A, R} -> timer:sleep(50), io:format("exit ~p~n", [R]) end.

init(S) -> {ok, S}.
handle_call(_, _, S) -> {reply, ok, S}.
handle_cast({die, R}, S) -> {stop, R, S}.
format_status(#{state := S} = Status) -> Status#{state := S#{password := hidden}}.
