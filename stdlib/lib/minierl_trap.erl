%% Continuations for BIFs that do their work in chunks, so a long call never stalls other
%% processes: the BIF does one chunk, then traps here; yield/0 ends the slice, and the tail call
%% re-enters the BIF with the rest (the frame is gone by then, so stack traces are OTP's).
-module(minierl_trap).
-export([reverse/2, member/2]).

reverse(Rest, Acc) ->
    erlang:yield(),
    lists:reverse(Rest, Acc).

member(X, Rest) ->
    erlang:yield(),
    lists:member(X, Rest).
