%% Functional, extendible arrays with OTP 25's representation, so ~p of an array and every
%% result equal OTP's. The record is {array, Size, Max, Default, Elements}: Max is 0 for a fixed
%% array, else the capacity of the tree; Elements is a tree whose leaves are 10-tuples and whose
%% inner nodes are 11-tuples (ten children, then the number of slots each child covers). A child
%% that was never written is just that number (all default). Bad arguments raise badarg.
-module(array).

-export([new/0, new/1, new/2, is_array/1, set/3, get/2, size/1, sparse_size/1, default/1,
         reset/2, to_list/1, sparse_to_list/1, from_list/1, from_list/2, to_orddict/1,
         sparse_to_orddict/1, from_orddict/1, from_orddict/2, map/2, sparse_map/2, foldl/3,
         foldr/3, sparse_foldl/3, sparse_foldr/3, fix/1, relax/1, is_fix/1, resize/1, resize/2]).

-define(LEAF, 10).
-define(NODE(S), {_, _, _, _, _, _, _, _, _, _, S}).

-record(array, {size, max, default, elements}).

%% ---------------------------------------------------------------------------------------------
%% Creation and properties

new() -> new([]).

new(Options) -> parse_options(as_list(Options), 0, false, undefined).

new(Size, Options) when is_integer(Size), Size >= 0 -> parse_options(as_list(Options), Size, true, undefined);
new(_, _) -> erlang:error(badarg).

as_list(Options) when is_list(Options) -> Options;
as_list(Option) -> [Option].

parse_options([fixed | Os], Size, _, D) -> parse_options(Os, Size, true, D);
parse_options([{fixed, F} | Os], Size, _, D) when is_boolean(F) -> parse_options(Os, Size, F, D);
parse_options([{default, D} | Os], Size, F, _) -> parse_options(Os, Size, F, D);
parse_options([{size, Size} | Os], _, _, D) when is_integer(Size), Size >= 0 -> parse_options(Os, Size, true, D);
parse_options([Size | Os], _, _, D) when is_integer(Size), Size >= 0 -> parse_options(Os, Size, true, D);
parse_options([], Size, Fixed, D) -> make(Size, Fixed, D);
parse_options(_, _, _, _) -> erlang:error(badarg).

make(0, false, undefined) -> #array{size = 0, max = ?LEAF, elements = ?LEAF};
make(Size, Fixed, D) ->
    Cap = capacity(Size - 1, ?LEAF),
    #array{size = Size, max = case Fixed of true -> 0; false -> Cap end, default = D, elements = Cap}.

%% The smallest of M, 10M, 100M, ... that is greater than index I.
capacity(I, M) when I >= M -> capacity(I, M * ?LEAF);
capacity(_I, M) -> M.

is_array(#array{size = Size, max = Max}) when is_integer(Size), is_integer(Max) -> true;
is_array(_) -> false.

size(#array{size = N}) -> N;
size(_) -> erlang:error(badarg).

default(#array{default = D}) -> D;
default(_) -> erlang:error(badarg).

fix(#array{} = A) -> A#array{max = 0}.

relax(#array{size = N} = A) -> A#array{max = capacity(N - 1, ?LEAF)}.

is_fix(#array{max = 0}) -> true;
is_fix(#array{}) -> false.

resize(Size, #array{size = N, max = M, elements = E} = A) when is_integer(Size), Size >= 0 ->
    if
        Size > N ->
            {E1, M1} = grow(Size - 1, E, if M > 0 -> M; true -> capacity(N - 1, ?LEAF) end),
            A#array{size = Size, max = if M > 0 -> M1; true -> M end, elements = E1};
        Size < N -> A#array{size = Size};
        true -> A
    end;
resize(_Size, _) -> erlang:error(badarg).

resize(A) -> resize(sparse_size(A), A).

sparse_size(A) ->
    try sparse_foldr(fun(I, _, _) -> throw({last, I}) end, [], A) of
        [] -> 0
    catch
        {last, I} -> I + 1
    end.

%% ---------------------------------------------------------------------------------------------
%% get, set, reset

get(I, #array{size = N, max = M, elements = E, default = D}) when is_integer(I), I >= 0 ->
    if
        I < N -> lookup(I, E, D);
        M > 0 -> D;
        true -> erlang:error(badarg)
    end;
get(_I, _A) -> erlang:error(badarg).

lookup(I, ?NODE(S) = E, D) -> lookup(I rem S, element(I div S + 1, E), D);
lookup(_I, E, D) when is_integer(E) -> D;
lookup(I, E, _D) -> element(I + 1, E).

set(I, V, #array{size = N, max = M, default = D, elements = E} = A) when is_integer(I), I >= 0 ->
    if
        I < N -> A#array{elements = store(I, E, V, D)};
        I < M -> A#array{size = I + 1, elements = store(I, E, V, D)};
        M > 0 ->
            {E1, M1} = grow(I, E, M),
            A#array{size = I + 1, max = M1, elements = store(I, E1, V, D)};
        true -> erlang:error(badarg)
    end;
set(_I, _V, _A) -> erlang:error(badarg).

store(I, ?NODE(S) = E, V, D) ->
    C = I div S + 1,
    setelement(C, E, store(I rem S, element(C, E), V, D));
store(I, E, V, D) when is_integer(E) -> materialize(I, E, V, D);
store(I, E, V, _D) -> setelement(I + 1, E, V).

%% Turns an unwritten subtree of S slots into the path down to index I.
materialize(I, S, V, D) when S > ?LEAF ->
    C = S div ?LEAF,
    setelement(I div C + 1, erlang:make_tuple(?LEAF + 1, C), materialize(I rem C, C, V, D));
materialize(I, _S, V, D) -> setelement(I + 1, erlang:make_tuple(?LEAF, D), V).

%% Raises the capacity to cover index I: an unwritten tree just gets bigger, a written one gets
%% new roots with itself as first child.
grow(I, E, _M) when is_integer(E) ->
    M1 = capacity(I, E),
    {M1, M1};
grow(I, E, M) when I >= M -> grow(I, setelement(1, erlang:make_tuple(?LEAF + 1, M), E), M * ?LEAF);
grow(_I, E, M) -> {E, M}.

reset(I, #array{size = N, max = M, default = D, elements = E} = A) when is_integer(I), I >= 0 ->
    if
        I < N ->
            try A#array{elements = clear(I, E, D)}
            catch throw:already_default -> A
            end;
        M > 0 -> A;
        true -> erlang:error(badarg)
    end;
reset(_I, _A) -> erlang:error(badarg).

clear(I, ?NODE(S) = E, D) ->
    C = I div S + 1,
    setelement(C, E, clear(I rem S, element(C, E), D));
clear(_I, E, _D) when is_integer(E) -> throw(already_default);
clear(I, E, D) ->
    case element(I + 1, E) of
        D -> throw(already_default);
        _ -> setelement(I + 1, E, D)
    end.

%% ---------------------------------------------------------------------------------------------
%% Lists and orddicts out. Like OTP's, these walk down to the last index in use and take every
%% subtree left of that path whole, each as large as it claims to be (which only matters for a
%% tree that relax/1 after a shrink has made inconsistent: the output then equals OTP's too).

to_list(#array{size = 0}) -> [];
to_list(#array{size = N, elements = E, default = D}) -> collect_last(E, D, N - 1, N - 1, {dense, values});
to_list(_) -> erlang:error(badarg).

sparse_to_list(#array{size = 0}) -> [];
sparse_to_list(#array{size = N, elements = E, default = D}) -> collect_last(E, D, N - 1, N - 1, {sparse, values});
sparse_to_list(_) -> erlang:error(badarg).

to_orddict(#array{size = 0}) -> [];
to_orddict(#array{size = N, elements = E, default = D}) -> collect_last(E, D, N - 1, N - 1, {dense, pairs});
to_orddict(_) -> erlang:error(badarg).

sparse_to_orddict(#array{size = 0}) -> [];
sparse_to_orddict(#array{size = N, elements = E, default = D}) -> collect_last(E, D, N - 1, N - 1, {sparse, pairs});
sparse_to_orddict(_) -> erlang:error(badarg).

%% Slots 0..I of tree E, whose slot I has global index R.
collect_last(?NODE(S) = E, D, I, R, How) ->
    C = I div S,
    Tail = collect_last(element(C + 1, E), D, I rem S, R, How),
    collect_kids(C, E, S, D, R - I rem S - 1, Tail, How);
collect_last(E, D, I, R, How) when is_integer(E) -> emit_defaults(I + 1, R, D, [], How);
collect_last(E, D, I, R, How) -> emit_leaf(I + 1, R, E, D, [], How).

%% Children 1..K of node E (each of S slots), the K-th ending at global index R, before L.
collect_kids(0, _E, _S, _D, _R, L, _How) -> L;
collect_kids(K, E, S, D, R, L, How) ->
    collect_kids(K - 1, E, S, D, R - S, collect_whole(element(K, E), D, R, L, How), How).

collect_whole(?NODE(S) = E, D, R, L, How) -> collect_kids(?LEAF, E, S, D, R, L, How);
collect_whole(E, D, R, L, How) when is_integer(E) -> emit_defaults(E, R, D, L, How);
collect_whole(E, D, R, L, How) -> emit_leaf(?LEAF, R, E, D, L, How).

emit_defaults(_K, _R, _D, L, {sparse, _}) -> L;
emit_defaults(0, _R, _D, L, _How) -> L;
emit_defaults(K, R, D, L, {dense, values} = How) -> emit_defaults(K - 1, R - 1, D, [D | L], How);
emit_defaults(K, R, D, L, {dense, pairs} = How) -> emit_defaults(K - 1, R - 1, D, [{R, D} | L], How).

%% The first K slots of leaf T, slot K at global index R.
emit_leaf(0, _R, _T, _D, L, _How) -> L;
emit_leaf(K, R, T, D, L, {Density, Shape} = How) ->
    V = element(K, T),
    L1 = if
             Density =:= sparse, V =:= D -> L;
             Shape =:= values -> [V | L];
             true -> [{R, V} | L]
         end,
    emit_leaf(K - 1, R - 1, T, D, L1, How).

%% ---------------------------------------------------------------------------------------------
%% from_list: full leaves (the last padded with the default), grouped ten to a node level by
%% level; missing children of the last node are unwritten subtrees.

from_list(List) -> from_list(List, undefined).

from_list([], D) -> new({default, D});
from_list(List, D) when is_list(List) ->
    {E, N, M} = leaves(List, D, 0, []),
    #array{size = N, max = M, default = D, elements = E};
from_list(_, _) -> erlang:error(badarg).

%% Leaves in reverse order, and the element count.
leaves(List, D, N, Acc) ->
    {Leaf, Rest, N1} = take_leaf(?LEAF, List, D, N, []),
    case Rest of
        [] when Acc =:= [] -> {Leaf, N1, ?LEAF};
        [] -> build_levels(N1, [Leaf | Acc], ?LEAF);
        [_ | _] -> leaves(Rest, D, N1, [Leaf | Acc]);
        _ -> erlang:error(badarg)
    end.

take_leaf(0, Rest, _D, N, Acc) -> {list_to_tuple(lists:reverse(Acc)), Rest, N};
take_leaf(K, [X | Xs], D, N, Acc) -> take_leaf(K - 1, Xs, D, N + 1, [X | Acc]);
take_leaf(K, Rest, D, N, Acc) -> take_leaf(K - 1, Rest, D, N, [D | Acc]).

%% RevChildren: the children of the next level, last first, each covering S slots.
build_levels(N, RevChildren, S) ->
    Used = (N - 1) div S + 1,
    Padded = lists:duplicate((?LEAF - Used rem ?LEAF) rem ?LEAF, S) ++ RevChildren,
    group(Padded, S, N, []).

%% Takes ten children at a time (from the end) into nodes; Nodes ends up first-to-last.
group([], S, N, [Root]) -> {Root, N, S * ?LEAF};
group([], S, N, Nodes) -> build_levels(N, lists:reverse(Nodes), S * ?LEAF);
group(Rev, S, N, Nodes) ->
    {Ten, Rest} = lists:split(?LEAF, Rev),
    group(Rest, S, N, [list_to_tuple(lists:reverse(Ten, [S])) | Nodes]).

%% ---------------------------------------------------------------------------------------------
%% from_orddict: like from_list, but runs of whole leaves with no entries stay unwritten.

from_orddict(Pairs) -> from_orddict(Pairs, undefined).

from_orddict([], D) -> new({default, D});
from_orddict(Pairs, D) when is_list(Pairs) ->
    {E, N, M} = od_leaves(Pairs, 0, ?LEAF, D, []),
    #array{size = N, max = M, default = D, elements = E};
from_orddict(_, _) -> erlang:error(badarg).

%% Items: leaves and gaps (an integer number of skipped slots, a multiple of 10), last first.
od_leaves([], N, _End, _D, Items) ->
    case Items of
        [Leaf] -> {Leaf, N, ?LEAF};
        _ -> od_levels(N, Items, ?LEAF)
    end;
od_leaves([{I, _} | _] = Pairs, Start, End, D, Items) when I > End, is_integer(I) ->
    Gap = (I - Start) - (I - Start) rem ?LEAF,
    od_leaves(Pairs, Start + Gap, Start + Gap + ?LEAF, D, [Gap | Items]);
od_leaves([{_, _} | _] = Pairs, Start, End, D, Items) ->
    {Rest, Leaf, N} = od_leaf(Start, End, Pairs, Start, D, []),
    od_leaves(Rest, N, N + ?LEAF, D, [Leaf | Items]);
od_leaves(Pairs, _, _, _, _) -> erlang:error({badarg, Pairs}).

%% One leaf from slot I to End - 1; N is one past the last slot filled while entries remain.
od_leaf(End, End, Pairs, N, _D, Acc) -> {Pairs, list_to_tuple(lists:reverse(Acc)), N};
od_leaf(I, End, Pairs, N, D, Acc) ->
    case Pairs of
        [{I, V} | Rest] -> od_leaf(I + 1, End, Rest, I + 1, D, [V | Acc]);
        [{J, _} | _] when is_integer(J), J > I -> od_leaf(I + 1, End, Pairs, I + 1, D, [D | Acc]);
        [_ | _] -> erlang:error({badarg, Pairs});
        _ -> od_leaf(I + 1, End, Pairs, N, D, [D | Acc])
    end.

od_levels(N, RevItems, S) ->
    Used = (N - 1) div S + 1,
    case ((?LEAF - Used rem ?LEAF) rem ?LEAF) * S of
        0 -> od_group(?LEAF, RevItems, S, N, [S], []);
        Pad -> od_group(?LEAF, [Pad | RevItems], S, N, [S], [])
    end.

%% Fills nodes from their last child backwards (Acc builds the tuple front-to-back). A gap
%% becomes unwritten children; a gap reaching past this node also goes up a level whole, where
%% `div` keeps only the whole subtrees it spans there.
od_group(0, Rev, S, N, Acc, Nodes) ->
    Node = list_to_tuple(Acc),
    case Rev of
        [] when Nodes =:= [] -> {Node, N, S * ?LEAF};
        [] -> od_levels(N, lists:reverse([Node | Nodes]), S * ?LEAF);
        _ -> od_group(?LEAF, Rev, S, N, [S], [Node | Nodes])
    end;
od_group(Free, [Gap | Rev], S, N, Acc, Nodes) when is_integer(Gap) ->
    Children = Gap div S,
    if
        Children < Free -> od_group(Free - Children, Rev, S, N, fill(Children, S, Acc), Nodes);
        Free =:= ?LEAF ->
            Part = Children rem ?LEAF,
            od_group(Free - Part, Rev, S, N, fill(Part, S, Acc), [Gap | Nodes]);
        Free =:= Children -> od_group(0, Rev, S, N, fill(Free, S, Acc), Nodes);
        true -> od_group(0, [(Children - Free) * S | Rev], S, N, fill(Free, S, Acc), Nodes)
    end;
od_group(Free, [Child | Rev], S, N, Acc, Nodes) -> od_group(Free - 1, Rev, S, N, [Child | Acc], Nodes);
od_group(?LEAF, [], S, N, [_], Nodes) -> od_levels(N, lists:reverse(Nodes), S * ?LEAF).

fill(0, _X, L) -> L;
fill(K, X, L) -> fill(K - 1, X, [X | L]).

%% ---------------------------------------------------------------------------------------------
%% map and folds. The dense versions visit every index below size (unwritten slots as the
%% default, and map writes them out); the sparse ones skip slots equal to the default.

map(F, #array{size = N, elements = E, default = D} = A) when is_function(F, 2) ->
    if
        N > 0 -> A#array{elements = map_tree(N - 1, E, 0, F, D, dense)};
        true -> A
    end;
map(_, _) -> erlang:error(badarg).

sparse_map(F, #array{size = N, elements = E, default = D} = A) when is_function(F, 2) ->
    if
        N > 0 -> A#array{elements = map_tree(N - 1, E, 0, F, D, sparse)};
        true -> A
    end;
sparse_map(_, _) -> erlang:error(badarg).

%% Maps slots Base..Base+Last of tree E (Last: the last index in use within E).
map_tree(Last, ?NODE(S) = E, Base, F, D, Mode) ->
    LastChild = Last div S + 1,
    Kids = [if
                C < LastChild -> map_tree(S - 1, element(C, E), Base + (C - 1) * S, F, D, Mode);
                C =:= LastChild -> map_tree(Last rem S, element(C, E), Base + (C - 1) * S, F, D, Mode);
                true -> element(C, E)
            end || C <- lists:seq(1, ?LEAF)],
    list_to_tuple(Kids ++ [S]);
map_tree(_Last, E, _Base, _F, _D, sparse) when is_integer(E) -> E;
map_tree(Last, E, Base, F, D, dense) when is_integer(E) -> map_tree(Last, unwritten(E, D), Base, F, D, dense);
map_tree(Last, E, Base, F, D, dense) ->
    list_to_tuple([if
                       I =< Last -> F(Base + I, element(I + 1, E));
                       true -> D
                   end || I <- lists:seq(0, ?LEAF - 1)]);
map_tree(_Last, E, Base, F, D, sparse) ->
    list_to_tuple([case element(I + 1, E) of
                       D -> D;
                       V -> F(Base + I, V)
                   end || I <- lists:seq(0, ?LEAF - 1)]).

unwritten(S, _D) when S > ?LEAF -> erlang:make_tuple(?LEAF + 1, S div ?LEAF);
unwritten(_S, D) -> erlang:make_tuple(?LEAF, D).

foldl(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    if
        N > 0 -> fold_l(N - 1, E, 0, F, D, dense, Acc);
        true -> Acc
    end;
foldl(_, _, _) -> erlang:error(badarg).

sparse_foldl(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    if
        N > 0 -> fold_l(N - 1, E, 0, F, D, sparse, Acc);
        true -> Acc
    end;
sparse_foldl(_, _, _) -> erlang:error(badarg).

fold_l(Last, ?NODE(S) = E, Base, F, D, Mode, Acc) ->
    fold_l_kids(1, Last div S + 1, Last rem S, E, S, Base, F, D, Mode, Acc);
fold_l(_Last, E, _Base, _F, _D, sparse, Acc) when is_integer(E) -> Acc;
fold_l(Last, E, Base, F, D, dense, Acc) when is_integer(E) ->
    fold_l(Last, unwritten(E, D), Base, F, D, dense, Acc);
fold_l(Last, E, Base, F, D, Mode, Acc) -> fold_l_leaf(0, Last, E, Base, F, D, Mode, Acc).

fold_l_kids(C, LastC, LastRem, E, _S, Base, F, D, Mode, Acc) when C =:= LastC ->
    fold_l(LastRem, element(C, E), Base, F, D, Mode, Acc);
fold_l_kids(C, LastC, LastRem, E, S, Base, F, D, Mode, Acc) ->
    fold_l_kids(C + 1, LastC, LastRem, E, S, Base + S, F, D, Mode,
                fold_l(S - 1, element(C, E), Base, F, D, Mode, Acc)).

fold_l_leaf(I, Last, _E, _Base, _F, _D, _Mode, Acc) when I > Last -> Acc;
fold_l_leaf(I, Last, E, Base, F, D, dense, Acc) ->
    fold_l_leaf(I + 1, Last, E, Base, F, D, dense, F(Base + I, element(I + 1, E), Acc));
fold_l_leaf(I, Last, E, Base, F, D, sparse, Acc) ->
    case element(I + 1, E) of
        D -> fold_l_leaf(I + 1, Last, E, Base, F, D, sparse, Acc);
        V -> fold_l_leaf(I + 1, Last, E, Base, F, D, sparse, F(Base + I, V, Acc))
    end.

foldr(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    if
        N > 0 -> fold_r(N - 1, E, 0, F, D, dense, Acc);
        true -> Acc
    end;
foldr(_, _, _) -> erlang:error(badarg).

sparse_foldr(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    if
        N > 0 -> fold_r(N - 1, E, 0, F, D, sparse, Acc);
        true -> Acc
    end;
sparse_foldr(_, _, _) -> erlang:error(badarg).

fold_r(Last, ?NODE(S) = E, Base, F, D, Mode, Acc) ->
    LastC = Last div S + 1,
    Acc1 = fold_r(Last rem S, element(LastC, E), Base + (LastC - 1) * S, F, D, Mode, Acc),
    fold_r_kids(LastC - 1, E, S, Base, F, D, Mode, Acc1);
fold_r(_Last, E, _Base, _F, _D, sparse, Acc) when is_integer(E) -> Acc;
fold_r(Last, E, Base, F, D, dense, Acc) when is_integer(E) ->
    fold_r(Last, unwritten(E, D), Base, F, D, dense, Acc);
fold_r(Last, E, Base, F, D, Mode, Acc) -> fold_r_leaf(Last, E, Base, F, D, Mode, Acc).

fold_r_kids(0, _E, _S, _Base, _F, _D, _Mode, Acc) -> Acc;
fold_r_kids(C, E, S, Base, F, D, Mode, Acc) ->
    fold_r_kids(C - 1, E, S, Base, F, D, Mode,
                fold_r(S - 1, element(C, E), Base + (C - 1) * S, F, D, Mode, Acc)).

fold_r_leaf(I, _E, _Base, _F, _D, _Mode, Acc) when I < 0 -> Acc;
fold_r_leaf(I, E, Base, F, D, dense, Acc) ->
    fold_r_leaf(I - 1, E, Base, F, D, dense, F(Base + I, element(I + 1, E), Acc));
fold_r_leaf(I, E, Base, F, D, sparse, Acc) ->
    case element(I + 1, E) of
        D -> fold_r_leaf(I - 1, E, Base, F, D, sparse, Acc);
        V -> fold_r_leaf(I - 1, E, Base, F, D, sparse, F(Base + I, V, Acc))
    end.
