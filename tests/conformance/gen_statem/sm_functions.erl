%% gen_statem: state_functions, state enter, postpone, timeouts
-module(sm_functions).
-mode(compile).
-behaviour(gen_statem).
-export([main/1, init/1, callback_mode/0, locked/3, open/3, terminate/3]).

main(_) ->
    {ok, P} = gen_statem:start_link(?MODULE, [1,2,3], []),
    io:format("~p~n", [gen_statem:call(P, state)]),
    gen_statem:cast(P, {button, 1}),
    gen_statem:cast(P, {button, 2}),
    Self = self(),
    spawn(fun() -> Self ! {postponed, gen_statem:call(P, postponed_call)} end),
    timer:sleep(10),
    gen_statem:cast(P, {button, 3}),
    receive {postponed, R} -> io:format("postponed reply ~p~n", [R]) end,
    io:format("~p~n", [gen_statem:call(P, state)]),
    timer:sleep(150),
    io:format("~p~n", [gen_statem:call(P, state)]),
    P ! hello,
    io:format("~p~n", [sys:get_state(P)]),
    io:format("~p~n", [catch gen_statem:call(P, slow, 20)]),
    gen_statem:stop(P),
    io:format("~p~n", [catch gen_statem:call(P, state)]),
    timer:sleep(20).

init(Code) ->
    process_flag(trap_exit, true),
    {ok, locked, #{code => Code, buttons => [], log => []}}.

callback_mode() -> [state_functions, state_enter].

locked(enter, Old, Data) ->
    io:format("enter locked from ~p~n", [Old]),
    {keep_state, Data#{buttons := []}};
locked(cast, {button, B}, #{code := Code, buttons := Bs} = Data) ->
    case Bs ++ [B] of
        Code -> {next_state, open, Data};
        New -> {keep_state, Data#{buttons := New}, [{state_timeout, 1000, reset}]}
    end;
locked({call, From}, state, Data) ->
    {keep_state_and_data, [{reply, From, {locked, maps:get(buttons, Data)}}]};
locked({call, _From}, postponed_call, _Data) ->
    {keep_state_and_data, postpone};
locked({call, From}, slow, _Data) ->
    timer:sleep(100),
    {keep_state_and_data, {reply, From, late}};
locked(info, Msg, _Data) ->
    io:format("info ~p~n", [Msg]),
    keep_state_and_data;
locked(internal, relock, _Data) ->
    io:format("relocked~n"),
    keep_state_and_data;
locked(state_timeout, reset, Data) ->
    {keep_state, Data#{buttons := []}}.

open(enter, Old, _Data) ->
    io:format("enter open from ~p~n", [Old]),
    {keep_state_and_data, [{state_timeout, 100, lock}, {{timeout, gen}, 50, g}]};
open({call, From}, postponed_call, _Data) ->
    {keep_state_and_data, [{reply, From, answered_in_open}]};
open({call, From}, state, _Data) ->
    {keep_state_and_data, [{reply, From, open}]};
open({timeout, gen}, g, _Data) ->
    io:format("generic timeout~n"),
    {keep_state_and_data, [{timeout, 10, ev}]};
open(timeout, ev, _Data) ->
    io:format("event timeout~n"),
    keep_state_and_data;
open(state_timeout, lock, Data) ->
    {next_state, locked, Data, [{next_event, internal, relock}]};
open(cast, _, _) -> {keep_state_and_data, postpone}.

terminate(Reason, State, _Data) ->
    io:format("terminate ~p in ~p~n", [Reason, State]).
