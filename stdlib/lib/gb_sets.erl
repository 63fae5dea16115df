%% Ordered sets as general balanced trees; see gb_trees.erl for the balancing scheme. The
%% representation {Size, Node}, Node = nil | {Key, Smaller, Bigger}, matches OTP's, and so do the
%% shapes produced by insertion, deletion, balancing and the set operations below, including
%% which of two equal elements (1 and 1.0) survives. Elements are compared with < and >.
-module(gb_sets).
-compile({no_auto_import, [size/1]}).

-export([add/2, add_element/2, balance/1, del_element/2, delete/2, delete_any/2, difference/2,
         empty/0, filter/2, fold/3, from_list/1, from_ordset/1, insert/2, intersection/1,
         intersection/2, is_disjoint/2, is_element/2, is_empty/1, is_member/2, is_set/1,
         is_subset/2, iterator/1, iterator_from/2, largest/1, new/0, next/1, singleton/1,
         size/1, smallest/1, subtract/2, take_largest/1, take_smallest/1, to_list/1, union/1,
         union/2]).

empty() -> {0, nil}.

new() -> empty().

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) -> Size.

singleton(Key) -> {1, {Key, nil, nil}}.

is_element(Key, S) -> is_member(Key, S).

is_member(Key, {_, T}) -> is_member_1(Key, T).

is_member_1(Key, {Key1, Smaller, _}) when Key < Key1 -> is_member_1(Key, Smaller);
is_member_1(Key, {Key1, _, Bigger}) when Key > Key1 -> is_member_1(Key, Bigger);
is_member_1(_, {_, _, _}) -> true;
is_member_1(_, nil) -> false.

add(Key, S) -> add_element(Key, S).

add_element(Key, S) ->
    case is_member(Key, S) of
        true -> S;
        false -> insert(Key, S)
    end.

%% Insertion with local rebuilding, exactly as in gb_trees:insert/3. A node is a 3-tuple too, so
%% the {Tree, 2^Height, Size} result is told apart by its integer second element.
insert(Key, {Size, T}) ->
    S1 = Size + 1,
    {S1, insert_1(Key, T, S1 * S1)}.

insert_1(Key, {Key1, Smaller, Bigger}, Budget) when Key < Key1 ->
    case insert_1(Key, Smaller, Budget bsr 1) of
        {Smaller1, H1, S1} when is_integer(H1) ->
            check_balance({Key1, Smaller1, Bigger}, H1, S1, Bigger);
        Smaller1 -> {Key1, Smaller1, Bigger}
    end;
insert_1(Key, {Key1, Smaller, Bigger}, Budget) when Key > Key1 ->
    case insert_1(Key, Bigger, Budget bsr 1) of
        {Bigger1, H1, S1} when is_integer(H1) ->
            check_balance({Key1, Smaller, Bigger1}, H1, S1, Smaller);
        Bigger1 -> {Key1, Smaller, Bigger1}
    end;
insert_1(Key, nil, 0) -> {{Key, nil, nil}, 1, 1};
insert_1(Key, nil, _Budget) -> {Key, nil, nil};
insert_1(Key, _, _) -> erlang:error({key_exists, Key}).

check_balance(T, H1, S1, Other) ->
    {H2, S2} = count(Other),
    H = 2 * erlang:max(H1, H2),
    S = S1 + S2 + 1,
    case H > S * S of
        true -> balance(T, S);
        false -> {T, H, S}
    end.

count({_, nil, nil}) -> {1, 1};
count({_, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {2 * erlang:max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

balance({Size, T}) -> {Size, balance(T, Size)}.

balance(T, Size) -> balance_list(to_list_1(T), Size).

balance_list(List, Size) ->
    {T, []} = balance_list_1(List, Size),
    T.

balance_list_1(List, Size) when Size > 1 ->
    Rest = Size - 1,
    S2 = Rest div 2,
    S1 = Rest - S2,
    {T1, [Key | L1]} = balance_list_1(List, S1),
    {T2, L2} = balance_list_1(L1, S2),
    {{Key, T1, T2}, L2};
balance_list_1([Key | List], 1) -> {{Key, nil, nil}, List};
balance_list_1(List, 0) -> {nil, List}.

%% Builds a balanced tree from the first Size elements of a descending list: the mirror image of
%% balance_list_1/2, so here the bigger half gets the extra node.
balance_revlist(List, Size) ->
    {T, _} = balance_revlist_1(List, Size),
    T.

balance_revlist_1(List, Size) when Size > 1 ->
    Rest = Size - 1,
    S2 = Rest div 2,
    S1 = Rest - S2,
    {T2, [Key | L1]} = balance_revlist_1(List, S1),
    {T1, L2} = balance_revlist_1(L1, S2),
    {{Key, T1, T2}, L2};
balance_revlist_1([Key | List], 1) -> {{Key, nil, nil}, List};
balance_revlist_1(List, 0) -> {nil, List}.

from_ordset(List) ->
    Size = length(List),
    {Size, balance_list(List, Size)}.

from_list(List) -> from_ordset(lists:usort(List)).

del_element(Key, S) -> delete_any(Key, S).

delete_any(Key, S) ->
    case is_member(Key, S) of
        true -> delete(Key, S);
        false -> S
    end.

delete(Key, {Size, T}) ->
    S1 = Size - 1,
    {S1, delete_1(Key, T)}.

delete_1(Key, {Key1, Smaller, Larger}) when Key < Key1 -> {Key1, delete_1(Key, Smaller), Larger};
delete_1(Key, {Key1, Smaller, Bigger}) when Key > Key1 -> {Key1, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, Smaller, Larger}) -> merge(Smaller, Larger).

merge(Smaller, nil) -> Smaller;
merge(nil, Larger) -> Larger;
merge(Smaller, Larger) ->
    {Key, Larger1} = take_smallest_1(Larger),
    {Key, Smaller, Larger1}.

take_smallest({Size, T}) ->
    {Key, Larger} = take_smallest_1(T),
    {Key, {Size - 1, Larger}}.

take_smallest_1({Key, nil, Larger}) -> {Key, Larger};
take_smallest_1({Key, Smaller, Larger}) ->
    {Key1, Smaller1} = take_smallest_1(Smaller),
    {Key1, {Key, Smaller1, Larger}}.

smallest({_, T}) -> smallest_1(T).

smallest_1({Key, nil, _Larger}) -> Key;
smallest_1({_Key, Smaller, _Larger}) -> smallest_1(Smaller).

take_largest({Size, T}) ->
    {Key, Smaller} = take_largest_1(T),
    {Key, {Size - 1, Smaller}}.

take_largest_1({Key, Smaller, nil}) -> {Key, Smaller};
take_largest_1({Key, Smaller, Larger}) ->
    {Key1, Larger1} = take_largest_1(Larger),
    {Key1, {Key, Smaller, Larger1}}.

largest({_, T}) -> largest_1(T).

largest_1({Key, _Smaller, nil}) -> Key;
largest_1({_Key, _Smaller, Larger}) -> largest_1(Larger).

to_list({_, T}) -> to_list_1(T).

to_list_1(T) -> to_list(T, []).

to_list({Key, Small, Big}, L) -> to_list(Small, [Key | to_list(Big, L)]);
to_list(nil, L) -> L.

iterator({_, T}) -> iterator_1(T, []).

iterator_1({_, nil, _} = T, As) -> [T | As];
iterator_1({_, L, _} = T, As) -> iterator_1(L, [T | As]);
iterator_1(nil, As) -> As.

iterator_from(Key, {_, T}) -> iterator_from_1(Key, T, []).

iterator_from_1(S, {K, _, T}, As) when K < S -> iterator_from_1(S, T, As);
iterator_from_1(_, {_, nil, _} = T, As) -> [T | As];
iterator_from_1(S, {_, L, _} = T, As) -> iterator_from_1(S, L, [T | As]);
iterator_from_1(_, nil, As) -> As.

next([{X, _, T} | As]) -> {X, iterator_1(T, As)};
next([]) -> none.

is_set({0, nil}) -> true;
is_set({N, {_, _, _}}) when is_integer(N), N >= 0 -> true;
is_set(_) -> false.

fold(F, Acc, {_, T}) when is_function(F, 2) -> fold_1(F, Acc, T).

fold_1(F, Acc0, {Key, Small, Big}) ->
    Acc1 = fold_1(F, Acc0, Small),
    Acc = F(Key, Acc1),
    fold_1(F, Acc, Big);
fold_1(_, Acc, _) -> Acc.

filter(F, S) when is_function(F, 1) -> from_ordset([X || X <- to_list(S), F(X)]).

%% ---- Set operations -----------------------------------------------------------------------------
%% Union and intersection walk the elements of the smaller set (the first one on a tie). When the
%% other set is large enough that merging the two sorted lists would cost more than log-time
%% lookups, they insert into (union) or look up in (intersection) the big tree instead. Results
%% are collected in descending order and rebuilt with balance_revlist/2.

%% Merging pays off while the big set has fewer than Small * round(1.46 * ln Big) elements.
merge_is_cheaper(NSmall, NBig) ->
    NBig < 10 orelse NBig < NSmall * round(1.46 * math:log(NBig)).

union({N1, T1}, {N2, T2}) when N2 < N1 -> union_small(to_list_1(T2), N2, T1, N1);
union({N1, T1}, {N2, T2}) -> union_small(to_list_1(T1), N1, T2, N2).

union_small(Small, NSmall, Big, NBig) ->
    case merge_is_cheaper(NSmall, NBig) of
        true ->
            {Rev, N} = union_merge(Small, to_list_1(Big), [], 0),
            {N, balance_revlist(Rev, N)};
        false -> union_insert(Small, {NBig, Big})
    end.

%% Emits the smaller head; when the second list's head is emitted (or skipped) the two lists swap
%% roles, and on equal heads the first list's element is kept. Which of two equal elements
%% survives therefore alternates along the merge, as in OTP.
union_merge([X | Xs] = L1, [Y | Ys] = L2, Acc, N) ->
    if
        X < Y -> union_merge(Xs, L2, [X | Acc], N + 1);
        X > Y -> union_merge(Ys, L1, [Y | Acc], N + 1);
        true -> union_merge(Xs, Ys, [X | Acc], N + 1)
    end;
union_merge([], Ys, Acc, N) -> push(Ys, Acc, N);
union_merge(Xs, [], Acc, N) -> push(Xs, Acc, N).

push([X | Xs], Acc, N) -> push(Xs, [X | Acc], N + 1);
push([], Acc, N) -> {Acc, N}.

union_insert([X | Xs], S) -> union_insert(Xs, add_element(X, S));
union_insert([], S) -> S.

union([S | Ss]) -> union_list(S, Ss);
union([]) -> empty().

union_list(S, [S1 | Ss]) -> union_list(union(S, S1), Ss);
union_list(S, []) -> S.

intersection({N1, T1}, {N2, T2}) when N2 < N1 -> intersection_small(to_list_1(T2), N2, T1, N1);
intersection({N1, T1}, {N2, T2}) -> intersection_small(to_list_1(T1), N1, T2, N2).

intersection_small(Small, NSmall, Big, NBig) ->
    {Rev, N} = case merge_is_cheaper(NSmall, NBig) of
                   true -> intersection_merge(Small, to_list_1(Big), [], 0);
                   false -> intersection_lookup(Small, Big, [], 0)
               end,
    {N, balance_revlist(Rev, N)}.

intersection_lookup([X | Xs], Big, Acc, N) ->
    case is_member_1(X, Big) of
        true -> intersection_lookup(Xs, Big, [X | Acc], N + 1);
        false -> intersection_lookup(Xs, Big, Acc, N)
    end;
intersection_lookup([], _Big, Acc, N) -> {Acc, N}.

intersection_merge([X | Xs] = L1, [Y | Ys] = L2, Acc, N) ->
    if
        X < Y -> intersection_merge(Xs, L2, Acc, N);
        X > Y -> intersection_merge(Ys, L1, Acc, N);
        true -> intersection_merge(Xs, Ys, [X | Acc], N + 1)
    end;
intersection_merge(_, _, Acc, N) -> {Acc, N}.

intersection([S | Ss]) -> intersection_list(S, Ss).

intersection_list(S, [S1 | Ss]) -> intersection_list(intersection(S, S1), Ss);
intersection_list(S, []) -> S.

subtract(S1, S2) -> difference(S1, S2).

difference({_, T1}, {_, T2}) ->
    {Rev, N} = difference_merge(to_list_1(T1), to_list_1(T2), [], 0),
    {N, balance_revlist(Rev, N)}.

difference_merge([X | Xs] = L1, [Y | Ys] = L2, Acc, N) ->
    if
        X < Y -> difference_merge(Xs, L2, [X | Acc], N + 1);
        X > Y -> difference_merge(L1, Ys, Acc, N);
        true -> difference_merge(Xs, Ys, Acc, N)
    end;
difference_merge(Xs, [], Acc, N) -> push(Xs, Acc, N);
difference_merge([], _, Acc, N) -> {Acc, N}.

is_subset({_, T1}, {_, T2}) -> is_subset_1(to_list_1(T1), to_list_1(T2)).

is_subset_1([X | Xs] = L1, [Y | Ys]) ->
    if
        X < Y -> false;
        X > Y -> is_subset_1(L1, Ys);
        true -> is_subset_1(Xs, Ys)
    end;
is_subset_1([], _) -> true;
is_subset_1(_, []) -> false.

is_disjoint({_, T1}, {_, T2}) -> is_disjoint_1(to_list_1(T1), to_list_1(T2)).

is_disjoint_1([X | Xs] = L1, [Y | Ys] = L2) ->
    if
        X < Y -> is_disjoint_1(Xs, L2);
        X > Y -> is_disjoint_1(L1, Ys);
        true -> false
    end;
is_disjoint_1(_, _) -> true.
