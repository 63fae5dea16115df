%% The parts of OTP's ets module written in Erlang. Everything else (new, insert, lookup, select...)
%% is a TypeScript BIF under stdlib/bifs/ets/, so this file must not define those functions.
%% tab2file/file2tab/tabfile_info are in ets_file.erl.
%% foldl/foldr walk a snapshot of the table (tab2list), so the fun may change the table freely;
%% as in OTP, foldr goes backwards only for ordered_set (for the other types last/1 is first/1).
-module(ets).

-export([foldl/3, foldr/3, tab2file/2, tab2file/3, file2tab/1, file2tab/2, tabfile_info/1]).

%% Table files: stdlib/lib/ets_file.erl.
tab2file(Tab, File) -> ets_file:tab2file(Tab, File, []).
tab2file(Tab, File, Options) -> ets_file:tab2file(Tab, File, Options).
file2tab(File) -> ets_file:file2tab(File, []).
file2tab(File, Options) -> ets_file:file2tab(File, Options).
tabfile_info(File) -> ets_file:tabfile_info(File).

foldl(F, Acc, T) when is_function(F, 2) ->
    lists:foldl(F, Acc, ets:tab2list(T)).

foldr(F, Acc, T) when is_function(F, 2) ->
    Objs = ets:tab2list(T),
    case ets:info(T, type) of
        ordered_set -> lists:foldl(F, Acc, lists:reverse(Objs));
        _ -> lists:foldl(F, Acc, Objs)
    end.
