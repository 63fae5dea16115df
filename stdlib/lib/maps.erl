%% The maps functions written in Erlang: folds, maps and filters over maps or iterators, iterators
%% themselves, and the combining functions. get, put, find, keys, to_list, from_list, merge and
%% the other registry functions are TypeScript BIFs (stdlib/bifs/maps.ts) and must not be defined
%% here. Iteration follows OTP's order (erts_internal:map_iteration_list/1, vm/terms/map-order.ts).
%% An iterator is [0 | Map] as in OTP; next/1
%% expands it into OTP's chain of {Key, Value, Next} triples ending in none.
-module(maps).

-export([filter/2, filtermap/2, fold/3, foreach/2, groups_from_list/2, groups_from_list/3,
         intersect/2, intersect_with/3, iterator/1, map/2, merge_with/3, next/1, update_with/3,
         update_with/4]).

iterator(Map) when is_map(Map) -> [0 | Map];
iterator(Map) -> erlang:error({badmap, Map}, [Map]).

next({_, _, _} = KVI) -> KVI;
next([Path | Map]) when is_integer(Path), is_map(Map) -> chain(erts_internal:map_iteration_list(Map));
next(none) -> none;
next(Iter) -> erlang:error(badarg, [Iter]).

chain([{K, V} | Pairs]) -> {K, V, chain(Pairs)};
chain([]) -> none.

is_iterator({_, _, _}) -> true;
is_iterator([Path | Map]) when is_integer(Path), is_map(Map) -> true;
is_iterator(none) -> true;
is_iterator(_) -> false.

%% The {Key, Value} pairs of a map or of the rest of an iterator; anything else is a bad map.
pairs(Map) when is_map(Map) -> erts_internal:map_iteration_list(Map);
pairs(Iter) ->
    case is_iterator(Iter) of
        true -> iter_pairs(next(Iter));
        false -> erlang:error({badmap, Iter})
    end.

iter_pairs({K, V, Iter}) -> [{K, V} | iter_pairs(next(Iter))];
iter_pairs(none) -> [].

fold(Fun, Init, MapOrIter) when is_function(Fun, 3) -> fold_1(Fun, Init, pairs(MapOrIter));
fold(Fun, Init, MapOrIter) -> erlang:error(badarg, [Fun, Init, MapOrIter]).

fold_1(Fun, Acc, [{K, V} | Pairs]) -> fold_1(Fun, Fun(K, V, Acc), Pairs);
fold_1(_Fun, Acc, []) -> Acc.

map(Fun, MapOrIter) when is_function(Fun, 2) ->
    maps:from_list(map_1(Fun, pairs(MapOrIter)));
map(Fun, MapOrIter) -> erlang:error(badarg, [Fun, MapOrIter]).

map_1(Fun, [{K, V} | Pairs]) -> V1 = Fun(K, V), [{K, V1} | map_1(Fun, Pairs)];
map_1(_Fun, []) -> [].

filter(Pred, MapOrIter) when is_function(Pred, 2) ->
    maps:from_list(filter_1(Pred, pairs(MapOrIter)));
filter(Pred, MapOrIter) -> erlang:error(badarg, [Pred, MapOrIter]).

filter_1(Pred, [{K, V} = P | Pairs]) ->
    case Pred(K, V) of
        true -> [P | filter_1(Pred, Pairs)];
        false -> filter_1(Pred, Pairs)
    end;
filter_1(_Pred, []) -> [].

filtermap(Fun, MapOrIter) when is_function(Fun, 2) ->
    maps:from_list(filtermap_1(Fun, pairs(MapOrIter)));
filtermap(Fun, MapOrIter) -> erlang:error(badarg, [Fun, MapOrIter]).

filtermap_1(Fun, [{K, V} = P | Pairs]) ->
    case Fun(K, V) of
        true -> [P | filtermap_1(Fun, Pairs)];
        {true, V1} -> [{K, V1} | filtermap_1(Fun, Pairs)];
        false -> filtermap_1(Fun, Pairs)
    end;
filtermap_1(_Fun, []) -> [].

foreach(Fun, MapOrIter) when is_function(Fun, 2) -> foreach_1(Fun, pairs(MapOrIter));
foreach(Fun, MapOrIter) -> erlang:error(badarg, [Fun, MapOrIter]).

foreach_1(Fun, [{K, V} | Pairs]) -> Fun(K, V), foreach_1(Fun, Pairs);
foreach_1(_Fun, []) -> ok.

update_with(Key, Fun, Map) when is_map(Map), is_function(Fun, 1) ->
    case maps:find(Key, Map) of
        {ok, Value} -> maps:update(Key, Fun(Value), Map);
        error -> erlang:error({badkey, Key}, [Key, Fun, Map])
    end;
update_with(Key, Fun, Map) when is_map(Map) -> erlang:error(badarg, [Key, Fun, Map]);
update_with(Key, Fun, Map) -> erlang:error({badmap, Map}, [Key, Fun, Map]).

update_with(Key, Fun, Init, Map) when is_map(Map), is_function(Fun, 1) ->
    case maps:find(Key, Map) of
        {ok, Value} -> maps:update(Key, Fun(Value), Map);
        error -> maps:put(Key, Init, Map)
    end;
update_with(Key, Fun, Init, Map) when is_map(Map) -> erlang:error(badarg, [Key, Fun, Init, Map]);
update_with(Key, Fun, Init, Map) -> erlang:error({badmap, Map}, [Key, Fun, Init, Map]).

%% Values are taken from Map2.
intersect(Map1, Map2) when is_map(Map1), is_map(Map2) ->
    intersect_with(fun(_, _, V2) -> V2 end, Map1, Map2);
intersect(Map1, Map2) -> erlang:error({badmap, first_non_map(Map1, Map2)}, [Map1, Map2]).

%% Walks the smaller map, always passing Map1's value before Map2's.
intersect_with(Combiner, Map1, Map2)
  when is_map(Map1), is_map(Map2), is_function(Combiner, 3) ->
    case maps:size(Map1) =< maps:size(Map2) of
        true ->
            maps:from_list([{K, Combiner(K, V1, V2)}
                            || {K, V1} <- erts_internal:map_iteration_list(Map1), {ok, V2} <- [maps:find(K, Map2)]]);
        false ->
            maps:from_list([{K, Combiner(K, V1, V2)}
                            || {K, V2} <- erts_internal:map_iteration_list(Map2), {ok, V1} <- [maps:find(K, Map1)]])
    end;
intersect_with(Combiner, Map1, Map2) when not is_function(Combiner, 3) ->
    erlang:error(badarg, [Combiner, Map1, Map2]);
intersect_with(Combiner, Map1, Map2) ->
    erlang:error({badmap, first_non_map(Map1, Map2)}, [Combiner, Map1, Map2]).

%% Folds the smaller map into the larger one, always passing Map1's value before Map2's.
merge_with(Combiner, Map1, Map2)
  when is_map(Map1), is_map(Map2), is_function(Combiner, 3) ->
    case maps:size(Map1) =< maps:size(Map2) of
        true ->
            fold_1(fun(K, V1, M) ->
                           case maps:find(K, M) of
                               {ok, V2} -> maps:update(K, Combiner(K, V1, V2), M);
                               error -> maps:put(K, V1, M)
                           end
                   end, Map2, erts_internal:map_iteration_list(Map1));
        false ->
            fold_1(fun(K, V2, M) ->
                           case maps:find(K, M) of
                               {ok, V1} -> maps:update(K, Combiner(K, V1, V2), M);
                               error -> maps:put(K, V2, M)
                           end
                   end, Map1, erts_internal:map_iteration_list(Map2))
    end;
merge_with(Combiner, Map1, Map2) when not is_function(Combiner, 3) ->
    erlang:error(badarg, [Combiner, Map1, Map2]);
merge_with(Combiner, Map1, Map2) ->
    erlang:error({badmap, first_non_map(Map1, Map2)}, [Combiner, Map1, Map2]).

first_non_map(Map1, _) when not is_map(Map1) -> Map1;
first_non_map(_, Map2) -> Map2.

%% Groups keep the order of List. Like OTP, the list is reversed first (so a bad list is a badarg)
%% and the funs are then applied from its last element to its first.
groups_from_list(KeyFun, List) when is_function(KeyFun, 1) ->
    groups_1(KeyFun, fun(X) -> X end, reverse_or_badarg(List, [KeyFun, List]), #{});
groups_from_list(KeyFun, List) -> erlang:error(badarg, [KeyFun, List]).

groups_from_list(KeyFun, ValueFun, List) when is_function(KeyFun, 1), is_function(ValueFun, 1) ->
    groups_1(KeyFun, ValueFun, reverse_or_badarg(List, [KeyFun, ValueFun, List]), #{});
groups_from_list(KeyFun, ValueFun, List) -> erlang:error(badarg, [KeyFun, ValueFun, List]).

reverse_or_badarg(List, Args) ->
    try lists:reverse(List)
    catch error:_ -> erlang:error(badarg, Args)
    end.

groups_1(KeyFun, ValueFun, [X | Xs], Groups) ->
    Key = KeyFun(X),
    Value = ValueFun(X),
    case maps:find(Key, Groups) of
        {ok, Vs} -> groups_1(KeyFun, ValueFun, Xs, maps:update(Key, [Value | Vs], Groups));
        error -> groups_1(KeyFun, ValueFun, Xs, maps:put(Key, [Value], Groups))
    end;
groups_1(_KeyFun, _ValueFun, [], Groups) -> Groups.
