%% format_status/1 shapes sys:get_status of a gen_statem, timeouts and postponed events included
-module(sm_status).
-mode(compile).
-export([main/1, init/1, callback_mode/0, idle/3, format_status/1]).

main(_) ->
    {ok, C} = gen_statem:start_link(?MODULE, [], []),
    gen_statem:cast(C, later),
    {status, _, _, [_, _, _, _, StatusC]} = sys:get_status(C),
    io:format("~p~n", [StatusC]),
    ok = gen_statem:stop(C).

init([]) -> {ok, idle, #{key => "k"}, [{state_timeout, 60000, wake}]}.
callback_mode() -> state_functions.
idle(cast, later, _D) -> {keep_state_and_data, postpone};
idle(_, _, D) -> {keep_state, D}.
format_status(#{data := D} = S) -> S#{data := D#{key := redacted}}.
