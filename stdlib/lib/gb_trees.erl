%% General balanced trees (Arne Andersson, "General Balanced Trees", J. Algorithms 1999): plain
%% binary search trees that are rebuilt into perfect balance locally when an insertion makes a path
%% too long. The representation {Size, Node}, Node = nil | {Key, Value, Smaller, Bigger}, and hence
%% every resulting shape, matches OTP's, so trees print and compare the same. Keys are compared
%% with < and >, so 1 and 1.0 are the same key. There is no rebalancing on deletion.
-module(gb_trees).
-compile({no_auto_import, [size/1]}).

-export([balance/1, delete/2, delete_any/2, empty/0, enter/3, from_orddict/1, get/2, insert/3,
         is_defined/2, is_empty/1, iterator/1, iterator_from/2, keys/1, largest/1, lookup/2,
         map/2, next/1, size/1, smallest/1, take/2, take_any/2, take_largest/1,
         take_smallest/1, to_list/1, update/3, values/1]).

empty() -> {0, nil}.

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) when is_integer(Size), Size >= 0 -> Size.

lookup(Key, {_, T}) -> lookup_1(Key, T).

lookup_1(Key, {Key1, _, Smaller, _}) when Key < Key1 -> lookup_1(Key, Smaller);
lookup_1(Key, {Key1, _, _, Bigger}) when Key > Key1 -> lookup_1(Key, Bigger);
lookup_1(_, {_, Value, _, _}) -> {value, Value};
lookup_1(_, nil) -> none.

is_defined(Key, {_, T}) -> is_defined_1(Key, T).

is_defined_1(Key, {Key1, _, Smaller, _}) when Key < Key1 -> is_defined_1(Key, Smaller);
is_defined_1(Key, {Key1, _, _, Bigger}) when Key > Key1 -> is_defined_1(Key, Bigger);
is_defined_1(_, {_, _, _, _}) -> true;
is_defined_1(_, nil) -> false.

get(Key, {_, T}) -> get_1(Key, T).

get_1(Key, {Key1, _, Smaller, _}) when Key < Key1 -> get_1(Key, Smaller);
get_1(Key, {Key1, _, _, Bigger}) when Key > Key1 -> get_1(Key, Bigger);
get_1(_, {_, Value, _, _}) -> Value.

update(Key, Value, {Size, T}) -> {Size, update_1(Key, Value, T)}.

update_1(Key, Value, {Key1, V, Smaller, Bigger}) when Key < Key1 ->
    {Key1, V, update_1(Key, Value, Smaller), Bigger};
update_1(Key, Value, {Key1, V, Smaller, Bigger}) when Key > Key1 ->
    {Key1, V, Smaller, update_1(Key, Value, Bigger)};
update_1(Key, Value, {_, _, Smaller, Bigger}) -> {Key, Value, Smaller, Bigger}.

enter(Key, Value, Tree) ->
    case is_defined(Key, Tree) of
        true -> update(Key, Value, Tree);
        false -> insert(Key, Value, Tree)
    end.

%% Insertion. The tree may reach height 2*log2(Size), i.e. 2^height =< Size^2. Budget starts at
%% Size^2 and is halved at each step down; reaching the bottom with no budget left means the new
%% path is too long. insert_1 then returns {Tree, 2^Height, SubtreeSize} instead of a bare tree,
%% and each ancestor checks its own subtree: the lowest one with 2^Height > SubtreeSize^2 is
%% rebuilt in perfect balance, after which plain trees are returned again.
insert(Key, Value, {Size, T}) when is_integer(Size), Size >= 0 ->
    S1 = Size + 1,
    {S1, insert_1(Key, Value, T, S1 * S1)}.

insert_1(Key, Value, {Key1, V, Smaller, Bigger}, Budget) when Key < Key1 ->
    case insert_1(Key, Value, Smaller, Budget bsr 1) of
        {Smaller1, H1, S1} -> check_balance({Key1, V, Smaller1, Bigger}, H1, S1, Bigger);
        Smaller1 -> {Key1, V, Smaller1, Bigger}
    end;
insert_1(Key, Value, {Key1, V, Smaller, Bigger}, Budget) when Key > Key1 ->
    case insert_1(Key, Value, Bigger, Budget bsr 1) of
        {Bigger1, H1, S1} -> check_balance({Key1, V, Smaller, Bigger1}, H1, S1, Smaller);
        Bigger1 -> {Key1, V, Smaller, Bigger1}
    end;
insert_1(Key, Value, nil, 0) -> {{Key, Value, nil, nil}, 1, 1};
insert_1(Key, Value, nil, _Budget) -> {Key, Value, nil, nil};
insert_1(Key, _, _, _) -> erlang:error({key_exists, Key}).

%% T's changed child has 2^height H1 and size S1; Other is its unchanged child.
check_balance(T, H1, S1, Other) ->
    {H2, S2} = count(Other),
    H = 2 * erlang:max(H1, H2),
    S = S1 + S2 + 1,
    case H > S * S of
        true -> balance(T, S);
        false -> {T, H, S}
    end.

%% {2^height, size} of a subtree, where a leaf and nil both have height 0.
count({_, _, nil, nil}) -> {1, 1};
count({_, _, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {2 * erlang:max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

balance({Size, T}) -> {Size, balance(T, Size)}.

balance(T, Size) -> balance_list(to_list_1(T), Size).

balance_list(List, Size) ->
    {T, []} = balance_list_1(List, Size),
    T.

%% Builds a perfectly balanced tree from the first Size pairs of a sorted list; the smaller half
%% gets the extra node when Size - 1 is odd. Returns the tree and the unused rest of the list.
balance_list_1(List, Size) when Size > 1 ->
    Rest = Size - 1,
    S2 = Rest div 2,
    S1 = Rest - S2,
    {T1, [{K, V} | L1]} = balance_list_1(List, S1),
    {T2, L2} = balance_list_1(L1, S2),
    {{K, V, T1, T2}, L2};
balance_list_1([{Key, Value} | List], 1) -> {{Key, Value, nil, nil}, List};
balance_list_1(List, 0) -> {nil, List}.

from_orddict(List) ->
    Size = length(List),
    {Size, balance_list(List, Size)}.

delete_any(Key, Tree) ->
    case is_defined(Key, Tree) of
        true -> delete(Key, Tree);
        false -> Tree
    end.

delete(Key, {Size, T}) when is_integer(Size), Size >= 0 -> {Size - 1, delete_1(Key, T)}.

delete_1(Key, {Key1, Value, Smaller, Larger}) when Key < Key1 ->
    {Key1, Value, delete_1(Key, Smaller), Larger};
delete_1(Key, {Key1, Value, Smaller, Bigger}) when Key > Key1 ->
    {Key1, Value, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, _, Smaller, Larger}) -> merge(Smaller, Larger).

%% Joins two subtrees whose keys are all ordered; the smallest node of Larger becomes the root.
merge(Smaller, nil) -> Smaller;
merge(nil, Larger) -> Larger;
merge(Smaller, Larger) ->
    {Key, Value, Larger1} = take_smallest_1(Larger),
    {Key, Value, Smaller, Larger1}.

take_any(Key, Tree) ->
    case is_defined(Key, Tree) of
        true -> take(Key, Tree);
        false -> error
    end.

take(Key, {Size, T}) when is_integer(Size), Size >= 0 ->
    {Value, T1} = take_1(Key, T),
    {Value, {Size - 1, T1}}.

take_1(Key, {Key1, Value, Smaller, Larger}) when Key < Key1 ->
    {Value2, Smaller1} = take_1(Key, Smaller),
    {Value2, {Key1, Value, Smaller1, Larger}};
take_1(Key, {Key1, Value, Smaller, Bigger}) when Key > Key1 ->
    {Value2, Bigger1} = take_1(Key, Bigger),
    {Value2, {Key1, Value, Smaller, Bigger1}};
take_1(_, {_Key, Value, Smaller, Larger}) -> {Value, merge(Smaller, Larger)}.

take_smallest({Size, T}) when is_integer(Size), Size >= 0 ->
    {Key, Value, Larger} = take_smallest_1(T),
    {Key, Value, {Size - 1, Larger}}.

take_smallest_1({Key, Value, nil, Larger}) -> {Key, Value, Larger};
take_smallest_1({Key, Value, Smaller, Larger}) ->
    {Key1, Value1, Smaller1} = take_smallest_1(Smaller),
    {Key1, Value1, {Key, Value, Smaller1, Larger}}.

smallest({_, T}) -> smallest_1(T).

smallest_1({Key, Value, nil, _Larger}) -> {Key, Value};
smallest_1({_Key, _Value, Smaller, _Larger}) -> smallest_1(Smaller).

take_largest({Size, T}) when is_integer(Size), Size >= 0 ->
    {Key, Value, Smaller} = take_largest_1(T),
    {Key, Value, {Size - 1, Smaller}}.

take_largest_1({Key, Value, Smaller, nil}) -> {Key, Value, Smaller};
take_largest_1({Key, Value, Smaller, Larger}) ->
    {Key1, Value1, Larger1} = take_largest_1(Larger),
    {Key1, Value1, {Key, Value, Smaller, Larger1}}.

largest({_, T}) -> largest_1(T).

largest_1({Key, Value, _Smaller, nil}) -> {Key, Value};
largest_1({_Key, _Value, _Smaller, Larger}) -> largest_1(Larger).

to_list({_, T}) -> to_list_1(T).

to_list_1(T) -> to_list(T, []).

to_list({Key, Value, Small, Big}, L) -> to_list(Small, [{Key, Value} | to_list(Big, L)]);
to_list(nil, L) -> L.

keys({_, T}) -> keys(T, []).

keys({Key, _Value, Small, Big}, L) -> keys(Small, [Key | keys(Big, L)]);
keys(nil, L) -> L.

values({_, T}) -> values(T, []).

values({_Key, Value, Small, Big}, L) -> values(Small, [Value | values(Big, L)]);
values(nil, L) -> L.

map(F, {Size, T}) when is_function(F, 2) -> {Size, map_1(F, T)}.

map_1(_, nil) -> nil;
map_1(F, {K, V, Smaller, Larger}) ->
    V1 = F(K, V),
    Smaller1 = map_1(F, Smaller),
    {K, V1, Smaller1, map_1(F, Larger)}.

%% An iterator is the stack of nodes still to visit, the next one first; a node's Smaller subtree
%% has already been visited when it is on top.
iterator({_, T}) -> iterator_1(T, []).

iterator_1({_, _, nil, _} = T, As) -> [T | As];
iterator_1({_, _, L, _} = T, As) -> iterator_1(L, [T | As]);
iterator_1(nil, As) -> As.

iterator_from(Key, {_, T}) -> iterator_from_1(Key, T, []).

iterator_from_1(S, {K, _, _, T}, As) when K < S -> iterator_from_1(S, T, As);
iterator_from_1(_, {_, _, nil, _} = T, As) -> [T | As];
iterator_from_1(S, {_, _, L, _} = T, As) -> iterator_from_1(S, L, [T | As]);
iterator_from_1(_, nil, As) -> As.

next([{Key, Value, _, T} | As]) -> {Key, Value, iterator_1(T, As)};
next([]) -> none.
