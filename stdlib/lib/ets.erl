%% The parts of OTP's ets module written in Erlang. Everything else (new, insert, lookup, select...)
%% is a TypeScript BIF under stdlib/bifs/ets/, so this file must not define those functions.
%% foldl/foldr walk a snapshot of the table (tab2list), so the fun may change the table freely;
%% as in OTP, foldr goes backwards only for ordered_set (for the other types last/1 is first/1).
-module(ets).

-export([foldl/3, foldr/3]).

foldl(F, Acc, T) when is_function(F, 2) ->
    lists:foldl(F, Acc, ets:tab2list(T)).

foldr(F, Acc, T) when is_function(F, 2) ->
    Objs = ets:tab2list(T),
    case ets:info(T, type) of
        ordered_set -> lists:foldl(F, Acc, lists:reverse(Objs));
        _ -> lists:foldl(F, Acc, Objs)
    end.
