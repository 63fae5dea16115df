%% Unordered sets, elements compared with =:=. Version 2 sets are maps with [] values; version 1
%% sets (the default) are OTP's linear hash table record: buckets of 16 slots grouped in segments,
%% slot = erlang:phash(E, MaxN) folded by the buddy offset, growing one slot at a time. The same
%% record, the same hashing and the same bucket order as OTP 25, so to_list/fold order and ~p of
%% a set are OTP's. Operations mixing the versions follow OTP's generic code (see
%% tests/conformance/stdlib-lib/sets_test.erl).
-module(sets).
-compile({no_auto_import, [size/1]}).
-compile([{nowarn_deprecated_function, [{erlang, phash, 2}]}]).

-export([add_element/2, del_element/2, filter/2, fold/3, from_list/1, from_list/2,
         intersection/1, intersection/2, is_disjoint/2, is_element/2, is_empty/1, is_set/1,
         is_subset/2, new/0, new/1, size/1, subtract/2, to_list/1, union/1, union/2]).

-define(SEG, 16).         % slots per segment
-define(EXPAND_LOAD, 5).  % grow when size > slots * 5
-define(CONTRACT_LOAD, 3). % shrink when size < slots * 3

-record(set, {size = 0, n = ?SEG, maxn = ?SEG, bso = ?SEG div 2,
              exp_size = ?SEG * ?EXPAND_LOAD, con_size = ?SEG * ?CONTRACT_LOAD,
              empty, segs}).

new() ->
    Empty = erlang:make_tuple(?SEG, []),
    #set{empty = Empty, segs = {Empty}}.

new([{version, 2}]) -> #{};
new(Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> new();
        2 -> #{}
    end.

from_list(List) -> lists:foldl(fun(E, S) -> add_element(E, S) end, new(), List).

from_list(List, [{version, 2}]) -> maps:from_keys(List, []);
from_list(List, Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> from_list(List);
        2 -> maps:from_keys(List, [])
    end.

is_set(#{}) -> true;
is_set(#set{}) -> true;
is_set(_) -> false.

size(#{} = S) -> map_size(S);
size(#set{size = Size}) -> Size.

is_empty(#{} = S) -> map_size(S) =:= 0;
is_empty(#set{size = Size}) -> Size =:= 0.

to_list(#{} = S) -> maps:keys(S);
to_list(#set{} = S) -> fold(fun(E, L) -> [E | L] end, [], S).

is_element(E, #{} = S) -> maps:is_key(E, S);
is_element(E, #set{} = S) -> lists:member(E, bucket(S#set.segs, slot(S, E))).

add_element(E, #{} = S) -> S#{E => []};
add_element(E, #set{} = S) ->
    Slot = slot(S, E),
    Bkt = bucket(S#set.segs, Slot),
    case lists:member(E, Bkt) of
        true -> S;
        false -> grow(S#set{segs = put_bucket(S#set.segs, Slot, [E | Bkt])})
    end.

del_element(E, #{} = S) -> maps:remove(E, S);
del_element(E, #set{} = S) ->
    Slot = slot(S, E),
    Bkt = bucket(S#set.segs, Slot),
    case lists:member(E, Bkt) of
        false -> S;
        true -> shrink(S#set{segs = put_bucket(S#set.segs, Slot, lists:delete(E, Bkt))}, 1)
    end.

%% Version 1 folds run from the last slot to the first, each bucket front to back.
fold(F, Acc, #{} = S) when is_function(F, 2) ->
    maps:fold(fun(E, _, A) -> F(E, A) end, Acc, S);
fold(F, Acc, #set{segs = Segs}) when is_function(F, 2) ->
    fold_segs(F, Acc, Segs, tuple_size(Segs)).

fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(_F, Acc, _Segs, _I) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 -> fold_seg(F, lists:foldl(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_F, Acc, _Seg, _I) -> Acc.

%% Version 1 filters keep each bucket's survivors in reverse order, as OTP's does.
filter(F, #{} = S) when is_function(F, 1) ->
    maps:from_keys([E || E <- maps:keys(S), keep(F, E)], []);
filter(F, #set{segs = Segs} = S) when is_function(F, 1) ->
    {NewSegs, Dropped} = filter_segs(F, tuple_to_list(Segs), [], 0),
    shrink(S#set{segs = list_to_tuple(NewSegs)}, Dropped).

keep(F, E) ->
    case F(E) of
        true -> true;
        false -> false
    end.

filter_segs(F, [Seg | Segs], Acc, Dropped) ->
    {Bkts, Dropped1} = filter_bkts(F, tuple_to_list(Seg), [], Dropped),
    filter_segs(F, Segs, [list_to_tuple(Bkts) | Acc], Dropped1);
filter_segs(_F, [], Acc, Dropped) -> {lists:reverse(Acc), Dropped}.

filter_bkts(F, [Bkt | Bkts], Acc, Dropped) ->
    {Kept, Dropped1} = filter_bucket(F, Bkt, [], Dropped),
    filter_bkts(F, Bkts, [Kept | Acc], Dropped1);
filter_bkts(_F, [], Acc, Dropped) -> {lists:reverse(Acc), Dropped}.

filter_bucket(F, [E | Es], Kept, Dropped) ->
    case keep(F, E) of
        true -> filter_bucket(F, Es, [E | Kept], Dropped);
        false -> filter_bucket(F, Es, Kept, Dropped + 1)
    end;
filter_bucket(_F, [], Kept, Dropped) -> {Kept, Dropped}.

%% The result is built from the larger set (the first one on a tie).
union(#{} = S1, #{} = S2) -> maps:merge(S1, S2);
union(S1, S2) ->
    case size(S1) < size(S2) of
        true -> fold(fun(E, S) -> add_element(E, S) end, S2, S1);
        false -> fold(fun(E, S) -> add_element(E, S) end, S1, S2)
    end.

union([S1, S2 | Ss]) -> union_1(union(S1, S2), Ss);
union([S]) -> S;
union([]) -> new().

union_1(S1, [S2 | Ss]) -> union_1(union(S1, S2), Ss);
union_1(S1, []) -> S1.

%% The result is built from the smaller set (the second one on a tie).
intersection(#{} = S1, #{} = S2) ->
    case map_size(S1) < map_size(S2) of
        true -> maps:filter(fun(E, _) -> maps:is_key(E, S2) end, S1);
        false -> maps:filter(fun(E, _) -> maps:is_key(E, S1) end, S2)
    end;
intersection(S1, S2) ->
    case size(S1) < size(S2) of
        true -> filter(fun(E) -> is_element(E, S2) end, S1);
        false -> filter(fun(E) -> is_element(E, S1) end, S2)
    end.

intersection([S1, S2 | Ss]) -> intersection_1(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersection_1(S1, [S2 | Ss]) -> intersection_1(intersection(S1, S2), Ss);
intersection_1(S1, []) -> S1.

is_disjoint(#{} = S1, #{} = S2) ->
    {Small, Large} = case map_size(S1) < map_size(S2) of
                         true -> {S1, S2};
                         false -> {S2, S1}
                     end,
    not lists:any(fun(E) -> maps:is_key(E, Large) end, maps:keys(Small));
is_disjoint(S1, S2) ->
    {Small, Large} = case size(S1) < size(S2) of
                         true -> {S1, S2};
                         false -> {S2, S1}
                     end,
    fold(fun(_, false) -> false;
            (E, true) -> not is_element(E, Large)
         end, true, Small).

subtract(#{} = S1, #{} = S2) -> maps:filter(fun(E, _) -> not maps:is_key(E, S2) end, S1);
subtract(S1, S2) -> filter(fun(E) -> not is_element(E, S2) end, S1).

is_subset(#{} = S1, #{} = S2) ->
    map_size(S1) =< map_size(S2) andalso lists:all(fun(E) -> maps:is_key(E, S2) end, maps:keys(S1));
is_subset(S1, S2) ->
    fold(fun(E, Sub) -> Sub andalso is_element(E, S2) end, true, S1).

%% ---------------------------------------------------------------------------------------------
%% The linear hash table (shared design with dict.erl)

slot(#set{maxn = MaxN, n = N, bso = Bso}, E) ->
    case erlang:phash(E, MaxN) of
        H when H > N -> H - Bso;
        H -> H
    end.

bucket(Segs, Slot) ->
    element((Slot - 1) rem ?SEG + 1, element((Slot - 1) div ?SEG + 1, Segs)).

put_bucket(Segs, Slot, Bkt) ->
    SegI = (Slot - 1) div ?SEG + 1,
    setelement(SegI, Segs, setelement((Slot - 1) rem ?SEG + 1, element(SegI, Segs), Bkt)).

%% One element was added: past the load limit, split the buddy bucket of the next slot.
grow(#set{size = Size, exp_size = Exp} = S0) when Size + 1 > Exp ->
    S = more_segs(S0),
    N = S#set.n + 1,
    Low = N - S#set.bso,
    {B1, B2} = rehash(bucket(S#set.segs, Low), Low, N, S#set.maxn),
    S#set{size = Size + 1, n = N, exp_size = N * ?EXPAND_LOAD, con_size = N * ?CONTRACT_LOAD,
          segs = put_bucket(put_bucket(S#set.segs, Low, B1), N, B2)};
grow(#set{size = Size} = S) -> S#set{size = Size + 1}.

more_segs(#set{n = N, maxn = N, bso = Bso, segs = Segs, empty = Empty} = S) ->
    S#set{maxn = 2 * N, bso = 2 * Bso,
          segs = list_to_tuple(tuple_to_list(Segs) ++ lists:duplicate(tuple_size(Segs), Empty))};
more_segs(S) -> S.

rehash([E | Es], Low, High, MaxN) ->
    {L1, L2} = rehash(Es, Low, High, MaxN),
    case erlang:phash(E, MaxN) of
        Low -> {[E | L1], L2};
        High -> {L1, [E | L2]}
    end;
rehash([], _Low, _High, _MaxN) -> {[], []}.

%% Dropped elements were removed: under the load limit, merge the top slot into its buddy.
shrink(#set{size = Size, con_size = Con, n = N} = S, Dropped) when Size - Dropped < Con, N > ?SEG ->
    Low = N - S#set.bso,
    Segs0 = S#set.segs,
    Segs = put_bucket(put_bucket(Segs0, Low, bucket(Segs0, Low) ++ bucket(Segs0, N)), N, []),
    N1 = N - 1,
    fewer_segs(S#set{size = Size - Dropped, n = N1, exp_size = N1 * ?EXPAND_LOAD,
                     con_size = N1 * ?CONTRACT_LOAD, segs = Segs});
shrink(#set{size = Size} = S, Dropped) -> S#set{size = Size - Dropped}.

fewer_segs(#set{n = N, bso = N, maxn = MaxN, segs = Segs} = S) ->
    S#set{maxn = MaxN div 2, bso = N div 2,
          segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2))};
fewer_segs(S) -> S.
