%% Ordered dictionaries: lists of {Key, Value} sorted by key, keys compared with == and <.
%% The representation is public (a plain list), so only the functions' results matter.
%% Error behaviour for bad arguments follows OTP 25 (see tests/stdlib-lib/orddict_test.expected).
-module(orddict).

-export([append/3, append_list/3, erase/2, fetch/2, fetch_keys/1, filter/2, find/2, fold/3,
         from_list/1, is_empty/1, is_key/2, map/2, merge/3, new/0, size/1, store/3, take/2,
         to_list/1, update/3, update/4, update_counter/3]).

new() -> [].

is_key(Key, [{K, _} | _]) when Key < K -> false;
is_key(Key, [{K, _} | Dict]) when Key > K -> is_key(Key, Dict);
is_key(_Key, [{_K, _Val} | _]) -> true;
is_key(_, []) -> false.

to_list(Dict) -> Dict.

%% The last of several pairs with equal keys wins.
from_list([]) -> [];
from_list([{_, _}] = Pair) -> Pair;
from_list(Pairs) -> lists:ukeysort(1, reverse_pairs(Pairs, [])).

reverse_pairs([{_, _} = Pair | Pairs], Acc) -> reverse_pairs(Pairs, [Pair | Acc]);
reverse_pairs([], Acc) -> Acc.

size(Dict) -> length(Dict).

is_empty([]) -> true;
is_empty([_ | _]) -> false.

fetch(Key, [{K, _} | Dict]) when Key > K -> fetch(Key, Dict);
fetch(Key, [{K, Value} | _]) when Key == K -> Value.

find(Key, [{K, _} | _]) when Key < K -> error;
find(Key, [{K, _} | Dict]) when Key > K -> find(Key, Dict);
find(_Key, [{_K, Value} | _]) -> {ok, Value};
find(_, []) -> error.

fetch_keys([{Key, _} | Dict]) -> [Key | fetch_keys(Dict)];
fetch_keys([]) -> [].

erase(Key, [{K, _} = E | Dict]) when Key < K -> [E | Dict];
erase(Key, [{K, _} = E | Dict]) when Key > K -> [E | erase(Key, Dict)];
erase(_Key, [{_K, _Val} | Dict]) -> Dict;
erase(_, []) -> [].

take(Key, Dict) -> take_1(Key, Dict, []).

take_1(Key, [{K, _} | _], _Before) when Key < K -> error;
take_1(Key, [{K, _} = P | Dict], Before) when Key > K -> take_1(Key, Dict, [P | Before]);
take_1(_Key, [{_K, Value} | Dict], Before) -> {Value, lists:reverse(Before, Dict)};
take_1(_, [], _) -> error.

store(Key, New, [{K, _} = E | Dict]) when Key < K -> [{Key, New}, E | Dict];
store(Key, New, [{K, _} = E | Dict]) when Key > K -> [E | store(Key, New, Dict)];
store(Key, New, [{_K, _Old} | Dict]) -> [{Key, New} | Dict];
store(Key, New, []) -> [{Key, New}].

append(Key, New, [{K, _} = E | Dict]) when Key < K -> [{Key, [New]}, E | Dict];
append(Key, New, [{K, _} = E | Dict]) when Key > K -> [E | append(Key, New, Dict)];
append(Key, New, [{_K, Old} | Dict]) -> [{Key, Old ++ [New]} | Dict];
append(Key, New, []) -> [{Key, [New]}].

append_list(Key, NewList, [{K, _} = E | Dict]) when Key < K -> [{Key, NewList}, E | Dict];
append_list(Key, NewList, [{K, _} = E | Dict]) when Key > K ->
    [E | append_list(Key, NewList, Dict)];
append_list(Key, NewList, [{_K, Old} | Dict]) -> [{Key, Old ++ NewList} | Dict];
append_list(Key, NewList, []) -> [{Key, NewList}].

update(Key, Fun, [{K, _} = E | Dict]) when Key > K -> [E | update(Key, Fun, Dict)];
update(Key, Fun, [{K, Value} | Dict]) when Key == K -> [{Key, Fun(Value)} | Dict].

update(Key, _, Init, [{K, _} = E | Dict]) when Key < K -> [{Key, Init}, E | Dict];
update(Key, Fun, Init, [{K, _} = E | Dict]) when Key > K -> [E | update(Key, Fun, Init, Dict)];
update(Key, Fun, _Init, [{_K, Value} | Dict]) -> [{Key, Fun(Value)} | Dict];
update(Key, _, Init, []) -> [{Key, Init}].

update_counter(Key, Incr, [{K, _} = E | Dict]) when Key < K -> [{Key, Incr}, E | Dict];
update_counter(Key, Incr, [{K, _} = E | Dict]) when Key > K ->
    [E | update_counter(Key, Incr, Dict)];
update_counter(Key, Incr, [{_K, Value} | Dict]) -> [{Key, Value + Incr} | Dict];
update_counter(Key, Incr, []) -> [{Key, Incr}].

fold(F, Acc, [{Key, Value} | D]) -> fold(F, F(Key, Value, Acc), D);
fold(F, Acc, []) when is_function(F, 3) -> Acc.

map(F, [{Key, Value} | D]) -> V = F(Key, Value), [{Key, V} | map(F, D)];
map(F, []) when is_function(F, 2) -> [].

filter(F, [{Key, Value} = E | D]) ->
    case F(Key, Value) of
        true -> [E | filter(F, D)];
        false -> filter(F, D)
    end;
filter(F, []) when is_function(F, 2) -> [].

merge(F, [{K1, _} = E1 | D1], [{K2, _} = E2 | D2]) when K1 < K2 ->
    [E1 | merge(F, D1, [E2 | D2])];
merge(F, [{K1, _} = E1 | D1], [{K2, _} = E2 | D2]) when K1 > K2 ->
    [E2 | merge(F, [E1 | D1], D2)];
merge(F, [{K1, V1} | D1], [{_K2, V2} | D2]) ->
    V = F(K1, V1, V2),
    [{K1, V} | merge(F, D1, D2)];
merge(F, [], D2) when is_function(F, 3) -> D2;
merge(F, D1, []) when is_function(F, 3) -> D1.
