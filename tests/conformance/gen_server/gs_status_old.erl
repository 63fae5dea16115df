%% format_status/2 shapes sys:get_status and the termination report of a gen_server
-module(gs_status_old).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, format_status/2]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, B} = gen_server:start_link({local, old_style}, ?MODULE, {secret, 42}, []),
    {status, _, _, [_, _, _, _, StatusB]} = sys:get_status(old_style),
    io:format("~p~n", [StatusB]),
    gen_server:cast(B, {die, old_style}),
    receive {'EXIT', B, R2} -> timer:sleep(50), io:format("exit ~p~n", [R2]) end.

init(S) -> {ok, S}.
handle_call(_, _, S) -> {reply, ok, S}.
handle_cast({die, R}, S) -> {stop, R, S}.
format_status(normal, [_PDict, {secret, N}]) -> [{data, [{"Secret count", N}]}];
format_status(terminate, [_PDict, {secret, _}]) -> {secret, '****'}.
