%% Key-value dictionaries, keys compared with =:=. Our representation is {dict, Map}, not OTP's
%% hash table record, so iteration order (to_list, fold, fetch_keys) follows map order rather than
%% OTP's hash order. Results and errors otherwise match OTP 25: functions that OTP implements with
%% record access raise {badrecord, Term} for a non-dict, size/1 and is_empty/1 raise
%% function_clause (see tests/stdlib-lib/dict_test.expected).
-module(dict).

-export([append/3, append_list/3, erase/2, fetch/2, fetch_keys/1, filter/2, find/2, fold/3,
         from_list/1, is_empty/1, is_key/2, map/2, merge/3, new/0, size/1, store/3, take/2,
         to_list/1, update/3, update/4, update_counter/3]).

new() -> {dict, #{}}.

map_of({dict, Map}) -> Map;
map_of(Other) -> erlang:error({badrecord, Other}).

from_list(Pairs) -> {dict, lists:foldl(fun({K, V}, M) -> maps:put(K, V, M) end, #{}, Pairs)}.

to_list(Dict) -> maps:to_list(map_of(Dict)).

size({dict, Map}) -> maps:size(Map).

is_empty({dict, Map}) -> maps:size(Map) =:= 0.

is_key(Key, Dict) -> maps:is_key(Key, map_of(Dict)).

fetch(Key, Dict) ->
    case maps:find(Key, map_of(Dict)) of
        {ok, Value} -> Value;
        error -> erlang:error(badarg)
    end.

find(Key, Dict) -> maps:find(Key, map_of(Dict)).

fetch_keys(Dict) -> maps:keys(map_of(Dict)).

erase(Key, Dict) -> {dict, maps:remove(Key, map_of(Dict))}.

take(Key, Dict) ->
    case maps:take(Key, map_of(Dict)) of
        {Value, Map} -> {Value, {dict, Map}};
        error -> error
    end.

store(Key, Value, Dict) -> {dict, maps:put(Key, Value, map_of(Dict))}.

append(Key, Value, Dict) ->
    Map = map_of(Dict),
    case maps:find(Key, Map) of
        {ok, Old} -> {dict, maps:put(Key, Old ++ [Value], Map)};
        error -> {dict, maps:put(Key, [Value], Map)}
    end.

append_list(Key, Values, Dict) ->
    Map = map_of(Dict),
    case maps:find(Key, Map) of
        {ok, Old} -> {dict, maps:put(Key, Old ++ Values, Map)};
        error -> {dict, maps:put(Key, Values, Map)}
    end.

update(Key, Fun, Dict) ->
    Map = map_of(Dict),
    case maps:find(Key, Map) of
        {ok, Old} -> {dict, maps:put(Key, Fun(Old), Map)};
        error -> erlang:error(badarg)
    end.

update(Key, Fun, Init, Dict) ->
    Map = map_of(Dict),
    case maps:find(Key, Map) of
        {ok, Old} -> {dict, maps:put(Key, Fun(Old), Map)};
        error -> {dict, insert_init(Key, Fun, Init, Map)}
    end.

%% OTP checks the fun only when the key is missing.
insert_init(Key, Fun, Init, Map) when is_function(Fun, 1) -> maps:put(Key, Init, Map).

update_counter(Key, Incr, Dict) when is_number(Incr) ->
    Map = map_of(Dict),
    case maps:find(Key, Map) of
        {ok, Old} -> {dict, maps:put(Key, Old + Incr, Map)};
        error -> {dict, maps:put(Key, Incr, Map)}
    end.

fold(Fun, Acc, Dict) when is_function(Fun, 3) -> maps:fold(Fun, Acc, map_of(Dict)).

%% Like OTP, a bad fun is rejected up front only for an empty dict; otherwise it fails when called.
map(Fun, Dict) -> {dict, map_1(Fun, map_of(Dict))}.

map_1(Fun, Map) when map_size(Map) =:= 0, is_function(Fun, 2) -> Map;
map_1(Fun, Map) when map_size(Map) > 0 -> maps:map(fun(K, V) -> Fun(K, V) end, Map).

filter(Pred, Dict) -> {dict, filter_1(Pred, map_of(Dict))}.

filter_1(Pred, Map) when map_size(Map) =:= 0, is_function(Pred, 2) -> Map;
filter_1(Pred, Map) when map_size(Map) > 0 ->
    Keep = fun(K, V) ->
                   case Pred(K, V) of
                       true -> true;
                       false -> false
                   end
           end,
    maps:filter(Keep, Map).

%% Folds the smaller dictionary into the larger one; Fun always gets Dict1's value first.
merge(Fun, Dict1, Dict2) ->
    M1 = map_of(Dict1),
    M2 = map_of(Dict2),
    case maps:size(M1) < maps:size(M2) of
        true ->
            {dict, maps:fold(fun(K, V1, M) -> merge_put(K, M, fun(V2) -> Fun(K, V1, V2) end, V1) end,
                             M2, M1)};
        false ->
            {dict, maps:fold(fun(K, V2, M) -> merge_put(K, M, fun(V1) -> Fun(K, V1, V2) end, V2) end,
                             M1, M2)}
    end.

merge_put(Key, Map, Combine, Value) ->
    case maps:find(Key, Map) of
        {ok, Other} -> maps:put(Key, Combine(Other), Map);
        error -> maps:put(Key, Value, Map)
    end.
