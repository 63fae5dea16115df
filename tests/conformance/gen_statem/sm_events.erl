%% gen_statem: handle_event_function, event order, postpone, timeouts (cancel, update, zero), stops
-module(sm_events).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4, terminate/3, code_change/4]).

main(_) ->
    process_flag(trap_exit, true),
    register(main, self()),
    {ok, P} = gen_statem:start_link({local, sm}, ?MODULE, [], []),
    %% next_event order and internal events
    show(gen_statem:call(sm, {insert, [a, b, c]})),
    show(gen_statem:call(sm, log)),
    %% postponed events are retried after a state change, oldest first
    gen_statem:cast(sm, {later, 1}),
    gen_statem:cast(sm, {later, 2}),
    show(gen_statem:call(sm, log)),
    show(gen_statem:call(sm, {go, busy})),
    show(gen_statem:call(sm, log)),
    %% timeouts
    show(gen_statem:call(sm, {arm, [{state_timeout, 30, st}, {{timeout, t1}, 20, g1},
                                    {{timeout, t2}, 40, g2}, {timeout, 10, ev}]})),
    timer:sleep(80),
    show(gen_statem:call(sm, log)),
    show(gen_statem:call(sm, {arm, [{state_timeout, 30, st}, {{timeout, t1}, 30, g1}]})),
    show(gen_statem:call(sm, {arm, [{state_timeout, cancel}, {{timeout, t1}, update, updated}]})),
    timer:sleep(60),
    show(gen_statem:call(sm, log)),
    show(gen_statem:call(sm, {arm, [{{timeout, z}, 0, zero}, {state_timeout, 0, zero_st}]})),
    show(gen_statem:call(sm, log)),
    %% an event timeout is cancelled by any event
    show(gen_statem:call(sm, {arm, [{timeout, 30, never}]})),
    gen_statem:cast(sm, poke),
    timer:sleep(50),
    show(gen_statem:call(sm, log)),
    %% state timeouts are cancelled by a state change
    show(gen_statem:call(sm, {arm, [{state_timeout, 20, cancelled}]})),
    show(gen_statem:call(sm, {go, other})),
    timer:sleep(40),
    show(gen_statem:call(sm, log)),
    %% repeat_state keeps the state but counts as a change for postponed events
    gen_statem:cast(sm, {later, 3}),
    show(gen_statem:call(sm, repeat)),
    show(gen_statem:call(sm, log)),
    %% sys
    show(sys:get_state(sm)),
    show(sys:replace_state(sm, fun({S, D}) -> {S, D#{replaced => true}} end)),
    ok = sys:suspend(sm),
    show(sys:change_code(sm, ?MODULE, old, extra)),
    ok = sys:resume(sm),
    show(maps:get(changed, element(2, sys:get_state(sm)), no)),
    {status, _, {module, gen_statem}, [_, running, _, _, Status]} = sys:get_status(sm),
    show([lists:keyfind("State", 1, D) || {data, D} <- Status]),
    %% stop_and_reply
    show(gen_statem:call(sm, quit)),
    terminated(),
    receive {'EXIT', P, R} -> show({exit, R}) after 100 -> show(no_exit) end,
    %% bad returns and actions end the machine (reports silenced)
    logger:set_primary_config(level, none),
    {ok, P2} = gen_statem:start_link(?MODULE, [], []),
    show(reason(catch gen_statem:call(P2, bad_return))),
    terminated(),
    receive {'EXIT', P2, R2} -> show({exit, reason(R2)}) after 100 -> show(no_exit) end,
    {ok, P3} = gen_statem:start_link(?MODULE, [], []),
    show(reason(catch gen_statem:call(P3, bad_action))),
    terminated(),
    receive {'EXIT', P3, R3} -> show({exit, reason(R3)}) after 100 -> show(no_exit) end,
    show(gen_statem:start(?MODULE, stop_me, [])),
    show(gen_statem:start(?MODULE, weird, [])),
    ok.

show(X) -> io:format("~p~n", [X]).

%% The reason without the stacktrace, whose frames are OTP internals.
reason({'EXIT', {{R, [_ | _]}, {gen_statem, call, _}}}) -> {call_failed, R};
reason({R, [_ | _]}) -> R;
reason(R) -> R.

callback_mode() -> handle_event_function.

init(stop_me) -> {stop, not_today};
init(weird) -> weird;
init([]) -> {ok, idle, #{log => []}}.

log(Item, D) -> D#{log := [Item | maps:get(log, D)]}.

handle_event({call, From}, log, _S, D) ->
    {keep_state, D#{log := []}, [{reply, From, lists:reverse(maps:get(log, D))}]};
handle_event({call, From}, {insert, Items}, _S, D) ->
    {keep_state, D, [{reply, From, inserted} | [{next_event, internal, I} || I <- Items]]};
handle_event(internal, I, _S, D) ->
    {keep_state, log({internal, I}, D)};
handle_event(cast, {later, N}, idle, D) ->
    {keep_state, log({postponed, N}, D), [postpone]};
handle_event(cast, {later, N}, S, D) ->
    {keep_state, log({handled, N, S}, D)};
handle_event({call, From}, {go, S}, _Old, D) ->
    {next_state, S, log({go, S}, D), [{reply, From, S}]};
handle_event({call, From}, {arm, Actions}, _S, D) ->
    {keep_state, D, [{reply, From, armed} | Actions]};
handle_event(cast, poke, _S, D) ->
    {keep_state, log(poked, D)};
handle_event({call, From}, repeat, S, D) ->
    {repeat_state, log({repeat, S}, D), [{reply, From, repeated}]};
handle_event({call, From}, quit, _S, D) ->
    {stop_and_reply, normal, [{reply, From, bye}], D};
handle_event({call, _From}, bad_return, _S, _D) ->
    {what, is, this};
handle_event({call, _From}, bad_action, _S, D) ->
    {keep_state, D, [{no_such_action}]};
handle_event(Type, Msg, _S, D) when Type =:= timeout; Type =:= state_timeout; element(1, Type) =:= timeout ->
    {keep_state, log({Type, Msg}, D)}.

%% Reported to main, which prints it at a fixed point: printing here would race with main.
terminate(Reason, State, _D) -> main ! {terminated, Reason, State}.

terminated() ->
    receive {terminated, R, S} -> show({terminated, R, S}) after 1000 -> show(not_terminated) end.

code_change(Old, S, D, Extra) -> {ok, S, D#{changed => {Old, Extra}}}.
