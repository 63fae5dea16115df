%% Key-value dictionaries, keys compared with =:=. OTP's linear hash table record: buckets of 16
%% slots grouped in segments, each entry a [Key|Value] cell, slot = erlang:phash(Key, MaxN) folded
%% by the buddy offset; the same growth and shrink steps as OTP 25, so to_list/fold order and ~p
%% of a dict are OTP's, and a non-dict raises what OTP's record code raises ({badrecord, T} or
%% function_clause; see tests/conformance/stdlib-lib/dict_test.erl). sets.erl shares the design.
-module(dict).
-compile([{nowarn_deprecated_function, [{erlang, phash, 2}]}]).

-export([append/3, append_list/3, erase/2, fetch/2, fetch_keys/1, filter/2, find/2, fold/3,
         from_list/1, is_empty/1, is_key/2, map/2, merge/3, new/0, size/1, store/3, take/2,
         to_list/1, update/3, update/4, update_counter/3]).

-define(SEG, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(dict, {size = 0, n = ?SEG, maxn = ?SEG, bso = ?SEG div 2,
               exp_size = ?SEG * ?EXPAND_LOAD, con_size = ?SEG * ?CONTRACT_LOAD,
               empty, segs}).

new() ->
    Empty = erlang:make_tuple(?SEG, []),
    #dict{empty = Empty, segs = {Empty}}.

from_list(Pairs) -> lists:foldl(fun({K, V}, D) -> store(K, V, D) end, new(), Pairs).

to_list(D) -> fold(fun(K, V, L) -> [{K, V} | L] end, [], D).

fetch_keys(D) -> fold(fun(K, _, L) -> [K | L] end, [], D).

size(#dict{size = N}) when is_integer(N), N >= 0 -> N.

is_empty(#dict{size = N}) -> N =:= 0.

is_key(Key, D) -> has_key(Key, bucket(D#dict.segs, slot(D, Key))).

%% Buckets hold improper [K|V] cells; these walk them.
has_key(K, [[K | _] | _]) -> true;
has_key(K, [_ | Bkt]) -> has_key(K, Bkt);
has_key(_, []) -> false.

fetch(Key, D) ->
    case find_val(Key, bucket(D#dict.segs, slot(D, Key))) of
        {ok, V} -> V;
        error -> erlang:error(badarg, [Key, D])
    end.

find(Key, D) -> find_val(Key, bucket(D#dict.segs, slot(D, Key))).

find_val(K, [[K | V] | _]) -> {ok, V};
find_val(K, [_ | Bkt]) -> find_val(K, Bkt);
find_val(_, []) -> error.

erase(Key, D0) ->
    {D1, Removed} = on_bucket(fun(B) -> erase_key(Key, B) end, D0, slot(D0, Key)),
    shrink(D1, Removed).

erase_key(K, [[K | _] | Bkt]) -> {Bkt, 1};
erase_key(K, [E | Bkt0]) ->
    {Bkt, N} = erase_key(K, Bkt0),
    {[E | Bkt], N};
erase_key(_, []) -> {[], 0}.

take(Key, D0) ->
    case on_bucket(fun(B) -> take_key(Key, B) end, D0, slot(D0, Key)) of
        {D1, {Value, Removed}} -> {Value, shrink(D1, Removed)};
        {_, error} -> error
    end.

take_key(K, [[K | V] | Bkt]) -> {Bkt, {V, 1}};
take_key(K, [E | Bkt0]) ->
    {Bkt, R} = take_key(K, Bkt0),
    {[E | Bkt], R};
take_key(_, []) -> {[], error}.

%% The bucket operations below return {NewBucket, Added} with Added 0 or 1; a new key goes last.
store(Key, Val, D0) ->
    {D1, Added} = on_bucket(fun(B) -> change(Key, fun(_) -> Val end, Val, B) end, D0, slot(D0, Key)),
    grow(D1, Added).

append(Key, Val, D0) ->
    {D1, Added} = on_bucket(fun(B) -> change(Key, fun(Bag) -> Bag ++ [Val] end, [Val], B) end,
                            D0, slot(D0, Key)),
    grow(D1, Added).

append_list(Key, L, D0) ->
    {D1, Added} = on_bucket(fun(B) -> change(Key, fun(Bag) -> Bag ++ L end, L, B) end,
                            D0, slot(D0, Key)),
    grow(D1, Added).

update(Key, F, Init, D0) ->
    {D1, Added} = on_bucket(fun(B) -> update_init(Key, F, Init, B) end, D0, slot(D0, Key)),
    grow(D1, Added).

update_init(K, F, _Init, [[K | V] | Bkt]) -> {[[K | F(V)] | Bkt], 0};
update_init(K, F, Init, [E | Bkt0]) ->
    {Bkt, N} = update_init(K, F, Init, Bkt0),
    {[E | Bkt], N};
update_init(K, F, Init, []) when is_function(F, 1) -> {[[K | Init]], 1}.

update_counter(Key, Incr, D0) when is_number(Incr) ->
    {D1, Added} = on_bucket(fun(B) -> change(Key, fun(V) -> V + Incr end, Incr, B) end,
                            D0, slot(D0, Key)),
    grow(D1, Added).

change(K, F, _New, [[K | V] | Bkt]) -> {[[K | F(V)] | Bkt], 0};
change(K, F, New, [E | Bkt0]) ->
    {Bkt, N} = change(K, F, New, Bkt0),
    {[E | Bkt], N};
change(K, _F, New, []) -> {[[K | New]], 1}.

update(Key, F, D0) ->
    try on_bucket(fun(B) -> update_existing(Key, F, B) end, D0, slot(D0, Key)) of
        {D1, _} -> D1
    catch
        throw:no_key -> erlang:error(badarg, [Key, F, D0])
    end.

update_existing(K, F, [[K | V] | Bkt]) ->
    New = F(V),
    {[[K | New] | Bkt], New};
update_existing(K, F, [E | Bkt0]) ->
    {Bkt, New} = update_existing(K, F, Bkt0),
    {[E | Bkt], New};
update_existing(_K, _F, []) -> throw(no_key).

%% Folds run from the last slot to the first, each bucket front to back.
fold(F, Acc, #dict{size = 0}) when is_function(F, 3) -> Acc;
fold(F, Acc, D) ->
    Segs = D#dict.segs,
    fold_segs(F, Acc, Segs, tuple_size(Segs)).

fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(F, Acc, _, 0) when is_function(F, 3) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 -> fold_seg(F, fold_bucket(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(F, Acc, _, 0) when is_function(F, 3) -> Acc.

fold_bucket(F, Acc, [[K | V] | Bkt]) -> fold_bucket(F, F(K, V, Acc), Bkt);
fold_bucket(F, Acc, []) when is_function(F, 3) -> Acc.

map(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
map(F, D) ->
    D#dict{segs = list_to_tuple([map_seg(F, Seg) || Seg <- tuple_to_list(D#dict.segs)])}.

map_seg(F, Seg) -> list_to_tuple([map_bucket(F, Bkt) || Bkt <- tuple_to_list(Seg)]).

map_bucket(F, [[K | V] | Bkt]) -> [[K | F(K, V)] | map_bucket(F, Bkt)];
map_bucket(F, []) when is_function(F, 2) -> [].

filter(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
filter(F, D) ->
    {NewSegs, Dropped} = filter_segs(F, tuple_to_list(D#dict.segs), [], 0),
    shrink(D#dict{segs = list_to_tuple(NewSegs)}, Dropped).

filter_segs(F, [Seg | Segs], Acc, Dropped) ->
    {Bkts, Dropped1} = filter_bkts(F, tuple_to_list(Seg), [], Dropped),
    filter_segs(F, Segs, [list_to_tuple(Bkts) | Acc], Dropped1);
filter_segs(F, [], Acc, Dropped) when is_function(F, 2) -> {lists:reverse(Acc), Dropped}.

filter_bkts(F, [Bkt | Bkts], Acc, Dropped) ->
    {Kept, Dropped1} = filter_bucket(F, Bkt, [], Dropped),
    filter_bkts(F, Bkts, [Kept | Acc], Dropped1);
filter_bkts(F, [], Acc, Dropped) when is_function(F, 2) -> {lists:reverse(Acc), Dropped}.

filter_bucket(F, [[K | V] = E | Bkt], Kept, Dropped) ->
    case F(K, V) of
        true -> filter_bucket(F, Bkt, [E | Kept], Dropped);
        false -> filter_bucket(F, Bkt, Kept, Dropped + 1)
    end;
filter_bucket(F, [], Kept, Dropped) when is_function(F, 2) -> {lists:reverse(Kept), Dropped}.

%% Folds the smaller dict into the larger one.
merge(F, D1, D2) when D1#dict.size < D2#dict.size ->
    fold(fun(K, V1, D) -> update(K, fun(V2) -> F(K, V1, V2) end, V1, D) end, D2, D1);
merge(F, D1, D2) ->
    fold(fun(K, V2, D) -> update(K, fun(V1) -> F(K, V1, V2) end, V2, D) end, D1, D2).

%% ---------------------------------------------------------------------------------------------
%% The linear hash table (the same design as sets.erl's version 1)

slot(D, Key) ->
    case erlang:phash(Key, D#dict.maxn) of
        H when H > D#dict.n -> H - D#dict.bso;
        H -> H
    end.

bucket(Segs, Slot) ->
    element((Slot - 1) rem ?SEG + 1, element((Slot - 1) div ?SEG + 1, Segs)).

put_bucket(Segs, Slot, Bkt) ->
    SegI = (Slot - 1) div ?SEG + 1,
    setelement(SegI, Segs, setelement((Slot - 1) rem ?SEG + 1, element(SegI, Segs), Bkt)).

on_bucket(F, D, Slot) ->
    Segs = D#dict.segs,
    {Bkt, Result} = F(bucket(Segs, Slot)),
    {D#dict{segs = put_bucket(Segs, Slot, Bkt)}, Result}.

grow(D0, Added) when D0#dict.size + Added > D0#dict.exp_size ->
    D = more_segs(D0),
    N = D#dict.n + 1,
    Low = N - D#dict.bso,
    [B1 | B2] = rehash(bucket(D#dict.segs, Low), Low, N, D#dict.maxn),
    D#dict{size = D#dict.size + Added, n = N, exp_size = N * ?EXPAND_LOAD,
           con_size = N * ?CONTRACT_LOAD,
           segs = put_bucket(put_bucket(D#dict.segs, Low, B1), N, B2)};
grow(D, Added) -> D#dict{size = D#dict.size + Added}.

more_segs(D) when D#dict.n =:= D#dict.maxn ->
    Segs = D#dict.segs,
    D#dict{maxn = 2 * D#dict.maxn, bso = 2 * D#dict.bso,
           segs = list_to_tuple(tuple_to_list(Segs) ++ lists:duplicate(tuple_size(Segs), D#dict.empty))};
more_segs(D) -> D.

rehash([[K | _] = E | Es], Low, High, MaxN) ->
    [L1 | L2] = rehash(Es, Low, High, MaxN),
    case erlang:phash(K, MaxN) of
        Low -> [[E | L1] | L2];
        High -> [L1 | [E | L2]]
    end;
rehash([], _Low, _High, _MaxN) -> [[] | []].

shrink(D, Dropped) when D#dict.size - Dropped < D#dict.con_size, D#dict.n > ?SEG ->
    N = D#dict.n,
    Low = N - D#dict.bso,
    Segs0 = D#dict.segs,
    Segs = put_bucket(put_bucket(Segs0, Low, bucket(Segs0, Low) ++ bucket(Segs0, N)), N, []),
    N1 = N - 1,
    fewer_segs(D#dict{size = D#dict.size - Dropped, n = N1, exp_size = N1 * ?EXPAND_LOAD,
                      con_size = N1 * ?CONTRACT_LOAD, segs = Segs});
shrink(D, Dropped) -> D#dict{size = D#dict.size - Dropped}.

fewer_segs(D) when D#dict.n =:= D#dict.bso ->
    Segs = D#dict.segs,
    D#dict{maxn = D#dict.maxn div 2, bso = D#dict.bso div 2,
           segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2))};
fewer_segs(D) -> D.
