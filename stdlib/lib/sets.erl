%% Unordered sets, elements compared with =:=. Version 2 sets are maps with [] values, exactly as
%% in OTP 25. Version 1 sets (the default) are {set, Map} here rather than OTP's hash table
%% record, so their iteration order follows map order, not OTP's hash order. Operations on two
%% sets of different versions return the version OTP 25 returns (that of the set the result is
%% built from); errors for non-sets match OTP (see tests/stdlib-lib/sets_test.expected).
-module(sets).
-compile({no_auto_import, [size/1]}).

-export([add_element/2, del_element/2, filter/2, fold/3, from_list/1, from_list/2,
         intersection/1, intersection/2, is_disjoint/2, is_element/2, is_empty/1, is_set/1,
         is_subset/2, new/0, new/1, size/1, subtract/2, to_list/1, union/1, union/2]).

new() -> {set, #{}}.

new(Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> new();
        2 -> #{}
    end.

from_list(List) -> {set, lists:foldl(fun(E, M) -> maps:put(E, [], M) end, #{}, List)}.

from_list(List, Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> from_list(List);
        2 -> maps:from_keys(List, [])
    end.

is_set({set, Map}) when is_map(Map) -> true;
is_set(Set) -> is_map(Set).

size({set, Map}) -> maps:size(Map);
size(Set) when is_map(Set) -> maps:size(Set).

is_empty(Set) -> size(Set) =:= 0.

to_list({set, Map}) -> maps:keys(Map);
to_list(Set) when is_map(Set) -> maps:keys(Set).

is_element(E, {set, Map}) -> maps:is_key(E, Map);
is_element(E, Set) when is_map(Set) -> maps:is_key(E, Set).

add_element(E, {set, Map}) -> {set, maps:put(E, [], Map)};
add_element(E, Set) when is_map(Set) -> maps:put(E, [], Set).

del_element(E, {set, Map}) -> {set, maps:remove(E, Map)};
del_element(E, Set) when is_map(Set) -> maps:remove(E, Set).

%% The element map of a set, and a map wrapped back into the version of Like.
elements({set, Map}) -> Map;
elements(Set) when is_map(Set) -> Set.

as_version({set, _}, Map) -> {set, Map};
as_version(Like, Map) when is_map(Like) -> Map.

fold(F, Acc, Set) when is_function(F, 2) ->
    maps:fold(fun(E, _, A) -> F(E, A) end, Acc, elements(Set)).

filter(F, Set) when is_function(F, 1) -> as_version(Set, filter_map(F, elements(Set))).

filter_map(F, Map) ->
    maps:filter(fun(E, _) ->
                        case F(E) of
                            true -> true;
                            false -> false
                        end
                end, Map).

%% The result is built from the larger set (the first one on a tie).
union(S1, S2) when is_map(S1), is_map(S2) -> maps:merge(S1, S2);
union(S1, S2) ->
    Map = maps:merge(elements(S1), elements(S2)),
    case size(S1) < size(S2) of
        true -> as_version(S2, Map);
        false -> as_version(S1, Map)
    end.

union([S1, S2 | Ss]) -> union_1(union(S1, S2), Ss);
union([S]) -> S;
union([]) -> new().

union_1(S1, [S2 | Ss]) -> union_1(union(S1, S2), Ss);
union_1(S1, []) -> S1.

%% The result is built from the smaller set (the second one on a tie).
intersection(S1, S2) ->
    case size(S1) < size(S2) of
        true -> as_version(S1, keep_members(elements(S1), elements(S2)));
        false -> as_version(S2, keep_members(elements(S2), elements(S1)))
    end.

keep_members(Map, Other) -> maps:filter(fun(E, _) -> maps:is_key(E, Other) end, Map).

intersection([S1, S2 | Ss]) -> intersection_1(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersection_1(S1, [S2 | Ss]) -> intersection_1(intersection(S1, S2), Ss);
intersection_1(S1, []) -> S1.

%% Like OTP, S2 is only consulted element by element, so an empty S1 never looks at it.
subtract(S1, S2) -> filter(fun(E) -> not is_element(E, S2) end, S1).

is_subset(S1, S2) -> all_members(to_list(S1), S2).

all_members([E | Es], Set) ->
    case is_element(E, Set) of
        true -> all_members(Es, Set);
        false -> false
    end;
all_members([], _Set) -> true.

is_disjoint(S1, S2) ->
    case size(S1) < size(S2) of
        true -> no_members(to_list(S1), S2);
        false -> no_members(to_list(S2), S1)
    end.

no_members([E | Es], Set) ->
    case is_element(E, Set) of
        true -> false;
        false -> no_members(Es, Set)
    end;
no_members([], _Set) -> true.
