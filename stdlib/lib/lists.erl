%% The parts of OTP's lists module written in Erlang. reverse, member, keyfind, sort/1, seq, flatten,
%% sublist, zip and the other functions in the registry are TypeScript BIFs (stdlib/bifs/lists.ts),
%% so this file must not define them; it calls them as lists:F(...).
%% Error behaviour (function_clause, case_clause, badarg) follows OTP 25 clause by clause, as
%% recorded in tests/stdlib-lib/lists_test.expected.
-module(lists).

-export([all/2, any/2, append/1, concat/1, droplast/1, dropwhile/2, enumerate/1, enumerate/2,
         filter/2, filtermap/2, flatlength/1, flatmap/2, foldl/3, foldr/3, foreach/2, join/2,
         keydelete/3, keymap/3, keymerge/3, keyreplace/4, keystore/4, keytake/3, map/2,
         mapfoldl/3, mapfoldr/3, merge/1, merge/2, merge/3, merge3/3, partition/2,
         rkeymerge/3, rmerge/2, rmerge/3, rmerge3/3, rukeymerge/3, rumerge/2, rumerge/3,
         rumerge3/3, search/2, sort/2, splitwith/2, takewhile/2, ukeymerge/3, ukeysort/2,
         umerge/1, umerge/2, umerge/3, umerge3/3, uniq/1, uniq/2, unzip3/1, usort/2, zf/2,
         zip3/3, zipwith/3, zipwith3/4]).

%% ---- Predicates and traversals ------------------------------------------------------------------

all(Pred, List) when is_function(Pred, 1) ->
    case List of
        [H | T] -> case Pred(H) of true -> all_1(Pred, T); false -> false end;
        [] -> true
    end.

all_1(Pred, [H | T]) -> case Pred(H) of true -> all_1(Pred, T); false -> false end;
all_1(_Pred, []) -> true.

any(Pred, List) when is_function(Pred, 1) ->
    case List of
        [H | T] -> case Pred(H) of true -> true; false -> any_1(Pred, T) end;
        [] -> false
    end.

any_1(Pred, [H | T]) -> case Pred(H) of true -> true; false -> any_1(Pred, T) end;
any_1(_Pred, []) -> false.

map(F, List) when is_function(F, 1) ->
    case List of
        [H | T] -> V = F(H), [V | map_1(F, T)];
        [] -> []
    end.

map_1(F, [H | T]) -> V = F(H), [V | map_1(F, T)];
map_1(_F, []) -> [].

flatmap(F, [H | T]) -> V = F(H), V ++ flatmap(F, T);
flatmap(F, []) when is_function(F, 1) -> [].

foldl(F, Acc, List) when is_function(F, 2) ->
    case List of
        [H | T] -> foldl_1(F, F(H, Acc), T);
        [] -> Acc
    end.

foldl_1(F, Acc, [H | T]) -> foldl_1(F, F(H, Acc), T);
foldl_1(_F, Acc, []) -> Acc.

foldr(F, Acc, List) when is_function(F, 2) -> foldr_1(F, Acc, List).

foldr_1(F, Acc, [H | T]) -> F(H, foldr_1(F, Acc, T));
foldr_1(_F, Acc, []) -> Acc.

foreach(F, List) when is_function(F, 1) -> foreach_1(F, List).

foreach_1(F, [H | T]) -> F(H), foreach_1(F, T);
foreach_1(_F, []) -> ok.

mapfoldl(F, Acc, List) when is_function(F, 2) -> mapfoldl_1(F, Acc, List, []).

mapfoldl_1(F, Acc0, [H | T], Rs) ->
    {R, Acc1} = F(H, Acc0),
    mapfoldl_1(F, Acc1, T, [R | Rs]);
mapfoldl_1(_F, Acc, [], Rs) -> {lists:reverse(Rs), Acc}.

mapfoldr(F, Acc, List) when is_function(F, 2) -> mapfoldr_1(F, Acc, List).

mapfoldr_1(F, Acc0, [H | T]) ->
    {Rs, Acc1} = mapfoldr_1(F, Acc0, T),
    {R, Acc2} = F(H, Acc1),
    {[R | Rs], Acc2};
mapfoldr_1(_F, Acc, []) -> {[], Acc}.

%% filter/2 behaves like the comprehension [E || E <- List, Pred(E)], errors included.
filter(Pred, List) when is_function(Pred, 1) -> filter_1(Pred, List).

filter_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> [H | filter_1(Pred, T)];
        false -> filter_1(Pred, T);
        Other -> erlang:error({bad_filter, Other})
    end;
filter_1(_Pred, []) -> [];
filter_1(_Pred, Other) -> erlang:error({bad_generator, Other}).

filtermap(F, List) when is_function(F, 1) -> filtermap_1(F, List).

filtermap_1(F, [H | T]) ->
    case F(H) of
        false -> filtermap_1(F, T);
        true -> [H | filtermap_1(F, T)];
        {true, V} -> [V | filtermap_1(F, T)]
    end;
filtermap_1(_F, []) -> [].

zf(F, List) -> filtermap(F, List).

partition(Pred, List) when is_function(Pred, 1) -> partition_1(Pred, List, [], []).

partition_1(Pred, [H | T], Yes, No) ->
    case Pred(H) of
        true -> partition_1(Pred, T, [H | Yes], No);
        false -> partition_1(Pred, T, Yes, [H | No])
    end;
partition_1(_Pred, [], Yes, No) -> {lists:reverse(Yes), lists:reverse(No)}.

search(Pred, [H | T]) ->
    case Pred(H) of
        true -> {value, H};
        false -> search(Pred, T)
    end;
search(Pred, []) when is_function(Pred, 1) -> false.

splitwith(Pred, List) when is_function(Pred, 1) -> splitwith_1(Pred, List, []).

splitwith_1(Pred, [H | T], Taken) ->
    case Pred(H) of
        true -> splitwith_1(Pred, T, [H | Taken]);
        false -> {lists:reverse(Taken), [H | T]}
    end;
splitwith_1(_Pred, [], Taken) -> {lists:reverse(Taken), []}.

takewhile(Pred, [H | T]) ->
    case Pred(H) of
        true -> [H | takewhile(Pred, T)];
        false -> []
    end;
takewhile(Pred, []) when is_function(Pred, 1) -> [].

dropwhile(Pred, [H | T]) ->
    case Pred(H) of
        true -> dropwhile(Pred, T);
        false -> [H | T]
    end;
dropwhile(Pred, []) when is_function(Pred, 1) -> [].

%% ---- Building and reshaping ---------------------------------------------------------------------

append([E]) -> E;
append([H | T]) -> H ++ append(T);
append([]) -> [].

concat([H | T]) -> thing_to_list(H) ++ concat(T);
concat([]) -> [].

thing_to_list(X) when is_integer(X) -> integer_to_list(X);
thing_to_list(X) when is_float(X) -> float_to_list(X);
thing_to_list(X) when is_atom(X) -> atom_to_list(X);
thing_to_list(X) when is_list(X) -> X.

droplast([_]) -> [];
droplast([H | T]) -> [H | droplast(T)].

enumerate(List) -> enumerate(1, List).

enumerate(Index, List) when is_integer(Index), is_list(List) -> enumerate_1(Index, List).

enumerate_1(I, [H | T]) -> [{I, H} | enumerate_1(I + 1, T)];
enumerate_1(_I, []) -> [].

flatlength(List) -> flatlength(List, 0).

flatlength([H | T], N) when is_list(H) -> flatlength(T, flatlength(H, N));
flatlength([_ | T], N) -> flatlength(T, N + 1);
flatlength([], N) -> N.

join(_Sep, []) -> [];
join(Sep, [H | T]) -> [H | join_prepend(Sep, T)].

join_prepend(Sep, [H | T]) -> [Sep, H | join_prepend(Sep, T)];
join_prepend(_Sep, []) -> [].

uniq(List) -> uniq_1(List, #{}).

uniq_1([X | Xs], Seen) ->
    case maps:is_key(X, Seen) of
        true -> uniq_1(Xs, Seen);
        false -> [X | uniq_1(Xs, maps:put(X, true, Seen))]
    end;
uniq_1([], _Seen) -> [].

uniq(F, List) when is_function(F, 1) -> uniq_2(List, F, #{}).

uniq_2([X | Xs], F, Seen) ->
    Key = F(X),
    case maps:is_key(Key, Seen) of
        true -> uniq_2(Xs, F, Seen);
        false -> [X | uniq_2(Xs, F, maps:put(Key, true, Seen))]
    end;
uniq_2([], _F, _Seen) -> [].

unzip3(Ts) -> unzip3(Ts, [], [], []).

unzip3([{X, Y, Z} | Ts], Xs, Ys, Zs) -> unzip3(Ts, [X | Xs], [Y | Ys], [Z | Zs]);
unzip3([], Xs, Ys, Zs) -> {lists:reverse(Xs), lists:reverse(Ys), lists:reverse(Zs)}.

zip3([X | Xs], [Y | Ys], [Z | Zs]) -> [{X, Y, Z} | zip3(Xs, Ys, Zs)];
zip3([], [], []) -> [].

zipwith(F, [X | Xs], [Y | Ys]) -> V = F(X, Y), [V | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs]) -> V = F(X, Y, Z), [V | zipwith3(F, Xs, Ys, Zs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

%% ---- Tuple lists --------------------------------------------------------------------------------
%% Keys are compared with ==, like keyfind. A guard on element/2 simply fails for elements that are
%% not tuples or are too short, so those are skipped.

keydelete(Key, N, List) when is_integer(N), N > 0 -> keydelete_1(Key, N, List).

keydelete_1(Key, N, [H | T]) when element(N, H) == Key -> T;
keydelete_1(Key, N, [H | T]) -> [H | keydelete_1(Key, N, T)];
keydelete_1(_Key, _N, []) -> [].

keyreplace(Key, N, List, New) when is_integer(N), N > 0, is_tuple(New) ->
    keyreplace_1(Key, N, List, New).

keyreplace_1(Key, N, [H | T], New) when element(N, H) == Key -> [New | T];
keyreplace_1(Key, N, [H | T], New) -> [H | keyreplace_1(Key, N, T, New)];
keyreplace_1(_Key, _N, [], _New) -> [].

keystore(Key, N, List, New) when is_integer(N), N > 0, is_tuple(New) ->
    keystore_1(Key, N, List, New).

keystore_1(Key, N, [H | T], New) when element(N, H) == Key -> [New | T];
keystore_1(Key, N, [H | T], New) -> [H | keystore_1(Key, N, T, New)];
keystore_1(_Key, _N, [], New) -> [New].

keytake(Key, N, List) when is_integer(N), N > 0 -> keytake_1(Key, N, List, []).

keytake_1(Key, N, [H | T], Before) when element(N, H) == Key ->
    {value, H, lists:reverse(Before, T)};
keytake_1(Key, N, [H | T], Before) -> keytake_1(Key, N, T, [H | Before]);
keytake_1(_Key, _N, [], _Before) -> false.

keymap(F, N, [H | T]) ->
    V = F(element(N, H)),
    [setelement(N, H, V) | keymap(F, N, T)];
keymap(F, N, []) when is_integer(N), N >= 1, is_function(F, 1) -> [].

%% Sorts on element N and keeps the first of each run of tuples whose keys compare equal.
ukeysort(N, List) when is_integer(N), N > 0 ->
    case List of
        [] -> List;
        [_] -> List;
        [_, _ | _] ->
            ok = check_keys(N, List),
            [First | Rest] = lists:keysort(N, List),
            [First | ukeysort_dedup(N, element(N, First), Rest)]
    end.

check_keys(N, [H | T]) when tuple_size(H) >= N -> check_keys(N, T);
check_keys(_N, [_ | _]) -> erlang:error(badarg);
check_keys(_N, []) -> ok.

ukeysort_dedup(N, Key, [H | T]) ->
    case element(N, H) of
        K when K == Key -> ukeysort_dedup(N, Key, T);
        K -> [H | ukeysort_dedup(N, K, T)]
    end;
ukeysort_dedup(_N, _Key, []) -> [].

%% ---- Sorting with an ordering fun ---------------------------------------------------------------
%% Bottom-up merge sort over the ascending runs of the input. A merge takes the left element
%% whenever Fun(Left, Right) is true, so a =< style fun gives a stable sort and a < style fun
%% reverses the order of equal elements, as OTP does.

sort(Fun, []) when is_function(Fun, 2) -> [];
sort(Fun, [_] = List) when is_function(Fun, 2) -> List;
sort(Fun, [X, Y | T]) -> merge_runs(Fun, runs(Fun, X, Y, T)).

usort(Fun, []) when is_function(Fun, 2) -> [];
usort(Fun, [_] = List) when is_function(Fun, 2) -> List;
usort(Fun, [X, Y | T]) when is_function(Fun, 2) ->
    [First | Rest] = merge_runs(Fun, runs(Fun, X, Y, T)),
    [First | usort_dedup(Fun, First, Rest)].

%% Splits a list into ascending runs. Run is the current run, reversed; Last is its last element.
runs(Fun, X, Y, T) ->
    case Fun(X, Y) of
        true -> runs_1(Fun, T, Y, [Y, X], []);
        false -> runs_1(Fun, T, Y, [Y], [[X]])
    end.

runs_1(Fun, [Z | T], Last, Run, Runs) ->
    case Fun(Last, Z) of
        true -> runs_1(Fun, T, Z, [Z | Run], Runs);
        false -> runs_1(Fun, T, Z, [Z], [lists:reverse(Run) | Runs])
    end;
runs_1(_Fun, [], _Last, Run, Runs) -> lists:reverse(Runs, [lists:reverse(Run)]).

merge_runs(_Fun, [Run]) -> Run;
merge_runs(Fun, Runs) -> merge_runs(Fun, merge_pairs(Fun, Runs)).

merge_pairs(Fun, [A, B | Rest]) -> [fun_merge(Fun, A, B, []) | merge_pairs(Fun, Rest)];
merge_pairs(_Fun, Rest) -> Rest.

fun_merge(Fun, [A | As] = L1, [B | Bs] = L2, Acc) ->
    case Fun(A, B) of
        true -> fun_merge(Fun, As, L2, [A | Acc]);
        false -> fun_merge(Fun, L1, Bs, [B | Acc])
    end;
fun_merge(_Fun, [], L2, Acc) -> lists:reverse(Acc, L2);
fun_merge(_Fun, L1, [], Acc) -> lists:reverse(Acc, L1).

usort_dedup(Fun, Kept, [H | T]) ->
    case Fun(H, Kept) of
        true -> usort_dedup(Fun, Kept, T);
        false -> [H | usort_dedup(Fun, H, T)]
    end;
usort_dedup(_Fun, _Kept, []) -> [].


%% ---- Merging sorted lists -----------------------------------------------------------------------
%% A two-way merge keeps the head of one list pending while it walks the other, building the result
%% reversed in an accumulator; the *_1/*_2 helpers return that reversed result. When the walked
%% list runs out, the other list's rest is pushed with lists:reverse/2, so an improper tail there
%% raises badarg, while an improper tail met while walking raises function_clause. Which list is
%% walked first, and therefore which error a bad argument gives, matches OTP.
%% The r* variants merge lists sorted in descending order and take equal elements from the second
%% list first. The u* variants drop duplicates: umerge drops an element of the later list when it
%% directly follows an equal element of an earlier list in the merged order; rumerge drops one
%% when it directly precedes such an element.

merge(L1, []) -> L1;
merge(L1, [H2 | T2]) -> lists:reverse(merge2_1(L1, H2, T2, []), []).

%% H2 is pending; walk list 1.
merge2_1([H1 | T1], H2, T2, M) when H1 =< H2 -> merge2_1(T1, H2, T2, [H1 | M]);
merge2_1([H1 | T1], H2, T2, M) -> merge2_2(T1, H1, T2, [H2 | M]);
merge2_1([], H2, T2, M) -> lists:reverse(T2, [H2 | M]).

%% H1 is pending; walk list 2.
merge2_2(T1, H1, [H2 | T2], M) when H1 =< H2 -> merge2_1(T1, H2, T2, [H1 | M]);
merge2_2(T1, H1, [H2 | T2], M) -> merge2_2(T1, H1, T2, [H2 | M]);
merge2_2(T1, H1, [], M) -> lists:reverse(T1, [H1 | M]).

rmerge(L1, []) -> L1;
rmerge(L1, [H2 | T2]) -> lists:reverse(rmerge2_1(L1, H2, T2, []), []).

rmerge2_1([H1 | T1], H2, T2, M) when H1 > H2 -> rmerge2_1(T1, H2, T2, [H1 | M]);
rmerge2_1([H1 | T1], H2, T2, M) -> rmerge2_2(T1, H1, T2, [H2 | M]);
rmerge2_1([], H2, T2, M) -> lists:reverse(T2, [H2 | M]).

rmerge2_2(T1, H1, [H2 | T2], M) when H1 > H2 -> rmerge2_1(T1, H2, T2, [H1 | M]);
rmerge2_2(T1, H1, [H2 | T2], M) -> rmerge2_2(T1, H1, T2, [H2 | M]);
rmerge2_2(T1, H1, [], M) -> lists:reverse(T1, [H1 | M]).

umerge([], L2) -> L2;
umerge([H1 | T1], L2) -> lists:reverse(umerge2_2(T1, H1, L2, []), []).

%% H2 is pending; walk list 1. Last is the list-1 element output just before H2 would be.
umerge2_1([H1 | T1], H2, T2, M, _Last) when H1 =< H2 -> umerge2_1(T1, H2, T2, [H1 | M], H1);
umerge2_1([H1 | T1], H2, T2, M, Last) when H2 == Last -> umerge2_2(T1, H1, T2, M);
umerge2_1([H1 | T1], H2, T2, M, _Last) -> umerge2_2(T1, H1, T2, [H2 | M]);
umerge2_1([], H2, T2, M, Last) when H2 == Last -> lists:reverse(T2, M);
umerge2_1([], H2, T2, M, _Last) -> lists:reverse(T2, [H2 | M]).

%% H1 is pending; walk list 2.
umerge2_2(T1, H1, [H2 | T2], M) when H1 =< H2 -> umerge2_1(T1, H2, T2, [H1 | M], H1);
umerge2_2(T1, H1, [H2 | T2], M) -> umerge2_2(T1, H1, T2, [H2 | M]);
umerge2_2(T1, H1, [], M) -> lists:reverse(T1, [H1 | M]).

rumerge(L1, []) -> L1;
rumerge(L1, [H2 | T2]) -> lists:reverse(rumerge2_1(L1, H2, T2, []), []).

%% H2 is pending; walk list 1.
rumerge2_1([H1 | T1], H2, T2, M) when H1 > H2 -> rumerge2_1(T1, H2, T2, [H1 | M]);
rumerge2_1([H1 | T1], H2, T2, M) -> rumerge2_2(T1, H1, T2, H2, M);
rumerge2_1([], H2, T2, M) -> lists:reverse(T2, [H2 | M]).

%% H1 is pending; walk list 2. Held is the list-2 element output last, kept out of M until we
%% know whether an equal list-1 element follows it.
rumerge2_2(T1, H1, [H2 | T2], Held, M) when H1 > H2 ->
    rumerge2_1(T1, H2, T2, [H1 | release(Held, H1, M)]);
rumerge2_2(T1, H1, [H2 | T2], Held, M) -> rumerge2_2(T1, H1, T2, H2, [Held | M]);
rumerge2_2(T1, H1, [], Held, M) -> lists:reverse(T1, [H1 | release(Held, H1, M)]).

release(Held, Next, M) when Held == Next -> M;
release(Held, _Next, M) -> [Held | M].

%% ---- Merging with an ordering fun ---------------------------------------------------------------
%% Same shapes as above, with Fun(A, B) in place of A =< B.

merge(Fun, L1, []) when is_function(Fun, 2) -> L1;
merge(Fun, L1, [H2 | T2]) when is_function(Fun, 2) ->
    lists:reverse(fmerge2_1(L1, H2, Fun, T2, []), []).

fmerge2_1([H1 | T1], H2, Fun, T2, M) ->
    case Fun(H1, H2) of
        true -> fmerge2_1(T1, H2, Fun, T2, [H1 | M]);
        false -> fmerge2_2(T1, H1, Fun, T2, [H2 | M])
    end;
fmerge2_1([], H2, _Fun, T2, M) -> lists:reverse(T2, [H2 | M]).

fmerge2_2(T1, H1, Fun, [H2 | T2], M) ->
    case Fun(H1, H2) of
        true -> fmerge2_1(T1, H2, Fun, T2, [H1 | M]);
        false -> fmerge2_2(T1, H1, Fun, T2, [H2 | M])
    end;
fmerge2_2(T1, H1, _Fun, [], M) -> lists:reverse(T1, [H1 | M]).

rmerge(Fun, L1, []) when is_function(Fun, 2) -> L1;
rmerge(Fun, L1, [H2 | T2]) when is_function(Fun, 2) ->
    lists:reverse(rfmerge2_1(L1, H2, Fun, T2, []), []).

rfmerge2_1([H1 | T1], H2, Fun, T2, M) ->
    case Fun(H1, H2) of
        true -> rfmerge2_2(T1, H1, Fun, T2, [H2 | M]);
        false -> rfmerge2_1(T1, H2, Fun, T2, [H1 | M])
    end;
rfmerge2_1([], H2, _Fun, T2, M) -> lists:reverse(T2, [H2 | M]).

rfmerge2_2(T1, H1, Fun, [H2 | T2], M) ->
    case Fun(H1, H2) of
        true -> rfmerge2_2(T1, H1, Fun, T2, [H2 | M]);
        false -> rfmerge2_1(T1, H2, Fun, T2, [H1 | M])
    end;
rfmerge2_2(T1, H1, _Fun, [], M) -> lists:reverse(T1, [H1 | M]).

umerge(Fun, [], L2) when is_function(Fun, 2) -> L2;
umerge(Fun, [H1 | T1], L2) when is_function(Fun, 2) ->
    lists:reverse(ufmerge2_2(T1, H1, Fun, L2, []), []).

%% H2 is pending; walk list 1. Fun(Last, H2) is known to be true, so H2 equals Last when
%% Fun(H2, Last) is true as well.
ufmerge2_1([H1 | T1], H2, Fun, T2, M, Last) ->
    case Fun(H1, H2) of
        true -> ufmerge2_1(T1, H2, Fun, T2, [H1 | M], H1);
        false ->
            case Fun(H2, Last) of
                true -> ufmerge2_2(T1, H1, Fun, T2, M);
                false -> ufmerge2_2(T1, H1, Fun, T2, [H2 | M])
            end
    end;
ufmerge2_1([], H2, Fun, T2, M, Last) ->
    case Fun(H2, Last) of
        true -> lists:reverse(T2, M);
        false -> lists:reverse(T2, [H2 | M])
    end.

ufmerge2_2(T1, H1, Fun, [H2 | T2], M) ->
    case Fun(H1, H2) of
        true -> ufmerge2_1(T1, H2, Fun, T2, [H1 | M], H1);
        false -> ufmerge2_2(T1, H1, Fun, T2, [H2 | M])
    end;
ufmerge2_2(T1, H1, _Fun, [], M) -> lists:reverse(T1, [H1 | M]).

rumerge(Fun, L1, []) when is_function(Fun, 2) -> L1;
rumerge(Fun, L1, [H2 | T2]) when is_function(Fun, 2) ->
    lists:reverse(rufmerge2_1(L1, H2, Fun, T2, []), []).

rufmerge2_1([H1 | T1], H2, Fun, T2, M) ->
    case Fun(H1, H2) of
        true -> rufmerge2_2(T1, H1, Fun, T2, H2, M);
        false -> rufmerge2_1(T1, H2, Fun, T2, [H1 | M])
    end;
rufmerge2_1([], H2, _Fun, T2, M) -> lists:reverse(T2, [H2 | M]).

rufmerge2_2(T1, H1, Fun, [H2 | T2], Held, M) ->
    case Fun(H1, H2) of
        true -> rufmerge2_2(T1, H1, Fun, T2, H2, [Held | M]);
        false -> rufmerge2_1(T1, H2, Fun, T2, [H1 | frelease(Fun, Held, H1, M)])
    end;
rufmerge2_2(T1, H1, Fun, [], Held, M) -> lists:reverse(T1, [H1 | frelease(Fun, Held, H1, M)]).

frelease(Fun, Held, Next, M) ->
    case Fun(Held, Next) of
        true -> M;
        false -> [Held | M]
    end.

%% ---- Three-way merges ---------------------------------------------------------------------------
%% The heads of lists 2 and 3 start pending and list 1 is walked first. When a list runs out, the
%% other two continue in the two-way machinery above. Ties go to the earlier list (merge3,
%% umerge3) or the later list (rmerge3, rumerge3).

merge3(L1, [], L3) -> merge(L1, L3);
merge3(L1, L2, []) -> merge(L1, L2);
merge3(L1, [H2 | T2], [H3 | T3]) -> lists:reverse(merge3_1(L1, H2, T2, H3, T3, []), []).

merge3_1([H1 | T1], H2, T2, H3, T3, M) -> merge3_pick(H1, T1, H2, T2, H3, T3, M);
merge3_1([], H2, T2, H3, T3, M) when H2 =< H3 -> merge2_1(T2, H3, T3, [H2 | M]);
merge3_1([], H2, T2, H3, T3, M) -> merge2_2(T2, H2, T3, [H3 | M]).

merge3_2(H1, T1, [H2 | T2], H3, T3, M) -> merge3_pick(H1, T1, H2, T2, H3, T3, M);
merge3_2(H1, T1, [], H3, T3, M) when H1 =< H3 -> merge2_1(T1, H3, T3, [H1 | M]);
merge3_2(H1, T1, [], H3, T3, M) -> merge2_2(T1, H1, T3, [H3 | M]).

merge3_3(H1, T1, H2, T2, [H3 | T3], M) -> merge3_pick(H1, T1, H2, T2, H3, T3, M);
merge3_3(H1, T1, H2, T2, [], M) when H1 =< H2 -> merge2_1(T1, H2, T2, [H1 | M]);
merge3_3(H1, T1, H2, T2, [], M) -> merge2_2(T1, H1, T2, [H2 | M]).

merge3_pick(H1, T1, H2, T2, H3, T3, M) when H1 =< H2, H1 =< H3 ->
    merge3_1(T1, H2, T2, H3, T3, [H1 | M]);
merge3_pick(H1, T1, H2, T2, H3, T3, M) when H2 < H1, H2 =< H3 ->
    merge3_2(H1, T1, T2, H3, T3, [H2 | M]);
merge3_pick(H1, T1, H2, T2, H3, T3, M) -> merge3_3(H1, T1, H2, T2, T3, [H3 | M]).

rmerge3(L1, [], L3) -> rmerge(L1, L3);
rmerge3(L1, L2, []) -> rmerge(L1, L2);
rmerge3(L1, [H2 | T2], [H3 | T3]) -> lists:reverse(rmerge3_1(L1, H2, T2, H3, T3, []), []).

rmerge3_1([H1 | T1], H2, T2, H3, T3, M) -> rmerge3_pick(H1, T1, H2, T2, H3, T3, M);
rmerge3_1([], H2, T2, H3, T3, M) when H2 > H3 -> rmerge2_1(T2, H3, T3, [H2 | M]);
rmerge3_1([], H2, T2, H3, T3, M) -> rmerge2_2(T2, H2, T3, [H3 | M]).

rmerge3_2(H1, T1, [H2 | T2], H3, T3, M) -> rmerge3_pick(H1, T1, H2, T2, H3, T3, M);
rmerge3_2(H1, T1, [], H3, T3, M) when H1 > H3 -> rmerge2_1(T1, H3, T3, [H1 | M]);
rmerge3_2(H1, T1, [], H3, T3, M) -> rmerge2_2(T1, H1, T3, [H3 | M]).

rmerge3_3(H1, T1, H2, T2, [H3 | T3], M) -> rmerge3_pick(H1, T1, H2, T2, H3, T3, M);
rmerge3_3(H1, T1, H2, T2, [], M) when H1 > H2 -> rmerge2_1(T1, H2, T2, [H1 | M]);
rmerge3_3(H1, T1, H2, T2, [], M) -> rmerge2_2(T1, H1, T2, [H2 | M]).

rmerge3_pick(H1, T1, H2, T2, H3, T3, M) when H3 >= H2, H3 >= H1 ->
    rmerge3_3(H1, T1, H2, T2, T3, [H3 | M]);
rmerge3_pick(H1, T1, H2, T2, H3, T3, M) when H2 >= H1 ->
    rmerge3_2(H1, T1, T2, H3, T3, [H2 | M]);
rmerge3_pick(H1, T1, H2, T2, H3, T3, M) -> rmerge3_1(T1, H2, T2, H3, T3, [H1 | M]).

%% Prev is {Value, List} for the element before the next one in merged order (also when that
%% element was dropped), or none at the start. An element is dropped when Prev is equal to it
%% and came from an earlier list.
umerge3(L1, [], L3) -> umerge(L1, L3);
umerge3(L1, L2, []) -> umerge(L1, L2);
umerge3(L1, [H2 | T2], [H3 | T3]) ->
    lists:reverse(umerge3_1(L1, H2, T2, H3, T3, [], none), []).

umerge3_1([H1 | T1], H2, T2, H3, T3, M, Prev) -> umerge3_pick(H1, T1, H2, T2, H3, T3, M, Prev);
umerge3_1([], H2, T2, H3, T3, M, Prev) -> umerge3_two(2, H2, T2, 3, H3, T3, M, Prev).

umerge3_2(H1, T1, [H2 | T2], H3, T3, M, Prev) -> umerge3_pick(H1, T1, H2, T2, H3, T3, M, Prev);
umerge3_2(H1, T1, [], H3, T3, M, Prev) -> umerge3_two(1, H1, T1, 3, H3, T3, M, Prev).

umerge3_3(H1, T1, H2, T2, [H3 | T3], M, Prev) -> umerge3_pick(H1, T1, H2, T2, H3, T3, M, Prev);
umerge3_3(H1, T1, H2, T2, [], M, Prev) -> umerge3_two(1, H1, T1, 2, H2, T2, M, Prev).

umerge3_pick(H1, T1, H2, T2, H3, T3, M, _Prev) when H1 =< H2, H1 =< H3 ->
    umerge3_1(T1, H2, T2, H3, T3, [H1 | M], {H1, 1});
umerge3_pick(H1, T1, H2, T2, H3, T3, M, Prev) when H2 < H1, H2 =< H3 ->
    umerge3_2(H1, T1, T2, H3, T3, uemit(H2, 2, Prev, M), {H2, 2});
umerge3_pick(H1, T1, H2, T2, H3, T3, M, Prev) ->
    umerge3_3(H1, T1, H2, T2, T3, uemit(H3, 3, Prev, M), {H3, 3}).

%% Lists A < B remain, with heads HA and HB pending.
umerge3_two(A, HA, TA, _B, HB, TB, M, Prev) when HA =< HB ->
    umerge2_1(TA, HB, TB, uemit(HA, A, Prev, M), HA);
umerge3_two(_A, HA, TA, B, HB, TB, M, Prev) ->
    umerge2_2(TA, HA, TB, uemit(HB, B, Prev, M)).

uemit(H, List, {V, PrevList}, M) when PrevList < List, V == H -> M;
uemit(H, _List, _Prev, M) -> [H | M].

%% Held is {Value, List} for the last element output, not yet pushed to M: it is dropped when the
%% next element is equal to it and comes from an earlier list.
rumerge3(L1, [], L3) -> rumerge(L1, L3);
rumerge3(L1, L2, []) -> rumerge(L1, L2);
rumerge3(L1, [H2 | T2], [H3 | T3]) ->
    lists:reverse(rumerge3_1(L1, H2, T2, H3, T3, [], none), []).

rumerge3_1([H1 | T1], H2, T2, H3, T3, M, Held) ->
    rumerge3_pick(H1, T1, H2, T2, H3, T3, M, Held);
rumerge3_1([], H2, T2, H3, T3, M, Held) -> rumerge3_two(2, H2, T2, 3, H3, T3, M, Held).

rumerge3_2(H1, T1, [H2 | T2], H3, T3, M, Held) ->
    rumerge3_pick(H1, T1, H2, T2, H3, T3, M, Held);
rumerge3_2(H1, T1, [], H3, T3, M, Held) -> rumerge3_two(1, H1, T1, 3, H3, T3, M, Held).

rumerge3_3(H1, T1, H2, T2, [H3 | T3], M, Held) ->
    rumerge3_pick(H1, T1, H2, T2, H3, T3, M, Held);
rumerge3_3(H1, T1, H2, T2, [], M, Held) -> rumerge3_two(1, H1, T1, 2, H2, T2, M, Held).

rumerge3_pick(H1, T1, H2, T2, H3, T3, M, Held) when H3 >= H2, H3 >= H1 ->
    rumerge3_3(H1, T1, H2, T2, T3, urelease(H3, 3, Held, M), {H3, 3});
rumerge3_pick(H1, T1, H2, T2, H3, T3, M, Held) when H2 >= H1 ->
    rumerge3_2(H1, T1, T2, H3, T3, urelease(H2, 2, Held, M), {H2, 2});
rumerge3_pick(H1, T1, H2, T2, H3, T3, M, Held) ->
    rumerge3_1(T1, H2, T2, H3, T3, urelease(H1, 1, Held, M), {H1, 1}).

rumerge3_two(A, HA, TA, _B, HB, TB, M, Held) when HA > HB ->
    rumerge2_1(TA, HB, TB, [HA | urelease(HA, A, Held, M)]);
rumerge3_two(_A, HA, TA, B, HB, TB, M, Held) ->
    rumerge2_2(TA, HA, TB, HB, urelease(HB, B, Held, M)).

urelease(_H, _List, none, M) -> M;
urelease(H, List, {V, HeldList}, M) when List < HeldList, H == V -> M;
urelease(_H, _List, {V, _HeldList}, M) -> [V | M].

%% ---- Merging a list of sorted lists -------------------------------------------------------------
%% Lists are merged three at a time into reversed (descending) results, then those are merged
%% three at a time in descending order back into ascending results, and so on until one is left.
%% Acc holds the results of the current pass, most recent first.

merge(Lists) -> mergel(Lists, []).

mergel([[] | L], Acc) -> mergel(L, Acc);
mergel([T1, [H2 | T2], [H3 | T3] | L], Acc) -> mergel(L, [merge3_1(T1, H2, T2, H3, T3, []) | Acc]);
mergel([T1, [H2 | T2]], Acc) -> rmergel([merge2_1(T1, H2, T2, []) | Acc], []);
mergel([L], []) -> L;
mergel([L], Acc) -> rmergel([lists:reverse(L, []) | Acc], []);
mergel([], []) -> [];
mergel([], Acc) -> rmergel(Acc, []);
mergel([A, [] | L], Acc) -> mergel([A | L], Acc);
mergel([A, B, [] | L], Acc) -> mergel([A, B | L], Acc).

rmergel([[H3 | T3], [H2 | T2], T1 | L], Acc) ->
    rmergel(L, [rmerge3_1(T1, H2, T2, H3, T3, []) | Acc]);
rmergel([[H2 | T2], T1], Acc) -> mergel([rmerge2_1(T1, H2, T2, []) | Acc], []);
rmergel([L], Acc) -> mergel([lists:reverse(L, []) | Acc], []);
rmergel([], Acc) -> mergel(Acc, []).

umerge(Lists) -> umergel(Lists, []).

umergel([[] | L], Acc) -> umergel(L, Acc);
umergel([T1, [H2 | T2], [H3 | T3] | L], Acc) ->
    umergel(L, [umerge3_1(T1, H2, T2, H3, T3, [], none) | Acc]);
umergel([A, [] | L], Acc) -> umergel([A | L], Acc);
umergel([A, B, [] | L], Acc) -> umergel([A, B | L], Acc);
umergel([[H1 | T1], T2 | L], Acc) -> umergel(L, [umerge2_2(T1, H1, T2, []) | Acc]);
umergel([L], []) -> L;
umergel([L], Acc) -> rumergel([lists:reverse(L, []) | Acc], []);
umergel([], []) -> [];
umergel([], Acc) -> rumergel(Acc, []).

rumergel([[H3 | T3], [H2 | T2], T1 | L], Acc) ->
    rumergel(L, [rumerge3_1(T1, H2, T2, H3, T3, [], none) | Acc]);
rumergel([[H2 | T2], T1], Acc) -> umergel([rumerge2_1(T1, H2, T2, []) | Acc], []);
rumergel([L], Acc) -> umergel([lists:reverse(L, []) | Acc], []);
rumergel([], Acc) -> umergel(Acc, []).

%% ---- Merging tuple lists on a key ---------------------------------------------------------------
%% Like merge/2 and friends, comparing element N of each tuple.

keymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [H2 | T2] -> lists:reverse(keymerge2_1(N, L1, element(N, H2), H2, T2, []), [])
    end.

keymerge2_1(N, [H1 | T1], E2, H2, T2, M) ->
    case element(N, H1) of
        E1 when E1 =< E2 -> keymerge2_1(N, T1, E2, H2, T2, [H1 | M]);
        E1 -> keymerge2_2(N, T1, E1, H1, T2, [H2 | M])
    end;
keymerge2_1(_N, [], _E2, H2, T2, M) -> lists:reverse(T2, [H2 | M]).

keymerge2_2(N, T1, E1, H1, [H2 | T2], M) ->
    case element(N, H2) of
        E2 when E1 =< E2 -> keymerge2_1(N, T1, E2, H2, T2, [H1 | M]);
        _ -> keymerge2_2(N, T1, E1, H1, T2, [H2 | M])
    end;
keymerge2_2(_N, T1, _E1, H1, [], M) -> lists:reverse(T1, [H1 | M]).

rkeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [H2 | T2] -> lists:reverse(rkeymerge2_1(N, L1, element(N, H2), H2, T2, []), [])
    end.

rkeymerge2_1(N, [H1 | T1], E2, H2, T2, M) ->
    case element(N, H1) of
        E1 when E1 > E2 -> rkeymerge2_1(N, T1, E2, H2, T2, [H1 | M]);
        E1 -> rkeymerge2_2(N, T1, E1, H1, T2, [H2 | M])
    end;
rkeymerge2_1(_N, [], _E2, H2, T2, M) -> lists:reverse(T2, [H2 | M]).

rkeymerge2_2(N, T1, E1, H1, [H2 | T2], M) ->
    case element(N, H2) of
        E2 when E1 > E2 -> rkeymerge2_1(N, T1, E2, H2, T2, [H1 | M]);
        _ -> rkeymerge2_2(N, T1, E1, H1, T2, [H2 | M])
    end;
rkeymerge2_2(_N, T1, _E1, H1, [], M) -> lists:reverse(T1, [H1 | M]).

ukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L1 of
        [] -> L2;
        [H1 | T1] -> lists:reverse(ukeymerge2_2(N, T1, element(N, H1), H1, L2, []), [])
    end.

%% H2 (key E2) is pending; walk list 1. Last is the key of the list-1 tuple output just before.
ukeymerge2_1(N, [H1 | T1], E2, H2, T2, M, Last) ->
    case element(N, H1) of
        E1 when E1 =< E2 -> ukeymerge2_1(N, T1, E2, H2, T2, [H1 | M], E1);
        E1 when E2 == Last -> ukeymerge2_2(N, T1, E1, H1, T2, M);
        E1 -> ukeymerge2_2(N, T1, E1, H1, T2, [H2 | M])
    end;
ukeymerge2_1(_N, [], E2, _H2, T2, M, Last) when E2 == Last -> lists:reverse(T2, M);
ukeymerge2_1(_N, [], _E2, H2, T2, M, _Last) -> lists:reverse(T2, [H2 | M]).

ukeymerge2_2(N, T1, E1, H1, [H2 | T2], M) ->
    case element(N, H2) of
        E2 when E1 =< E2 -> ukeymerge2_1(N, T1, E2, H2, T2, [H1 | M], E1);
        _ -> ukeymerge2_2(N, T1, E1, H1, T2, [H2 | M])
    end;
ukeymerge2_2(_N, T1, _E1, H1, [], M) -> lists:reverse(T1, [H1 | M]).

rukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [H2 | T2] -> lists:reverse(rukeymerge2_1(N, L1, element(N, H2), H2, T2, []), [])
    end.

rukeymerge2_1(N, [H1 | T1], E2, H2, T2, M) ->
    case element(N, H1) of
        E1 when E1 > E2 -> rukeymerge2_1(N, T1, E2, H2, T2, [H1 | M]);
        E1 -> rukeymerge2_2(N, T1, E1, H1, T2, E2, H2, M)
    end;
rukeymerge2_1(_N, [], _E2, H2, T2, M) -> lists:reverse(T2, [H2 | M]).

%% Like rumerge2_2; HeldKey is the key of the held tuple.
rukeymerge2_2(N, T1, E1, H1, [H2 | T2], HeldKey, Held, M) ->
    case element(N, H2) of
        E2 when E1 > E2 ->
            rukeymerge2_1(N, T1, E2, H2, T2, [H1 | krelease(HeldKey, Held, E1, M)]);
        E2 -> rukeymerge2_2(N, T1, E1, H1, T2, E2, H2, [Held | M])
    end;
rukeymerge2_2(_N, T1, E1, H1, [], HeldKey, Held, M) ->
    lists:reverse(T1, [H1 | krelease(HeldKey, Held, E1, M)]).

krelease(HeldKey, _Held, Key, M) when HeldKey == Key -> M;
krelease(_HeldKey, Held, _Key, M) -> [Held | M].
