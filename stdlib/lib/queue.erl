%% FIFO queues as {Rear, Front}: new items are consed onto Rear, old ones taken from Front, and a
%% side that runs dry is refilled from the other (with half of it, or all but one item). The representation and every rebalancing
%% step match OTP 25, so queues print and compare the same; bad arguments raise badarg (or, for
%% improper lists, whatever OTP's traversal raises), see tests/stdlib-lib/queue_test.expected.
-module(queue).
-compile({no_auto_import, [get/1]}).

-export([all/2, any/2, cons/2, daeh/1, delete/2, delete_r/2, delete_with/2, delete_with_r/2,
         drop/1, drop_r/1, filter/2, filtermap/2, fold/3, from_list/1, get/1, get_r/1, head/1,
         in/2, in_r/2, init/1, is_empty/1, is_queue/1, join/2, lait/1, last/1, len/1, liat/1,
         member/2, new/0, out/1, out_r/1, peek/1, peek_r/1, reverse/1, snoc/2, split/2, tail/1,
         to_list/1]).

new() -> {[], []}.

is_queue({R, F}) when is_list(R), is_list(F) -> true;
is_queue(_) -> false.

is_empty({[], []}) -> true;
is_empty({R, F}) when is_list(R), is_list(F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

len({R, F}) when is_list(R), is_list(F) -> length(R) + length(F);
len(Q) -> erlang:error(badarg, [Q]).

to_list({R, F}) when is_list(R), is_list(F) -> F ++ lists:reverse(R, []);
to_list(Q) -> erlang:error(badarg, [Q]).

from_list(L) when is_list(L) -> f2r(L);
from_list(L) -> erlang:error(badarg, [L]).

%% A queue holding the items of a front list (oldest first): the older half stays in front.
f2r([]) -> {[], []};
f2r([_] = F) -> {F, []};
f2r([X, Y]) -> {[Y], [X]};
f2r(F) ->
    {F1, R1} = lists:split(length(F) div 2, F),
    {lists:reverse(R1, []), F1}.

%% A queue holding the items of a rear list (newest first): the newer half stays in the rear.
r2f([]) -> {[], []};
r2f([_] = R) -> {[], R};
r2f([X, Y]) -> {[X], [Y]};
r2f(R) ->
    {R1, F1} = lists:split(length(R) div 2, R),
    {R1, lists:reverse(F1, [])}.

in(X, {[_] = R, []}) -> {[X], R};
in(X, {R, F}) when is_list(R), is_list(F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

in_r(X, {[], [_] = F}) -> {F, [X]};
in_r(X, {R, F}) when is_list(R), is_list(F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

out({[], []} = Q) -> {empty, Q};
out({[V], []}) -> {{value, V}, {[], []}};
out({[Y | R], []}) ->
    [V | F] = lists:reverse(R, []),
    {{value, V}, {[Y], F}};
out({R, [V]}) when is_list(R) -> {{value, V}, r2f(R)};
out({R, [V | F]}) when is_list(R) -> {{value, V}, {R, F}};
out(Q) -> erlang:error(badarg, [Q]).

out_r({[], []} = Q) -> {empty, Q};
out_r({[], [V]}) -> {{value, V}, {[], []}};
out_r({[], [Y | F]}) ->
    [V | R] = lists:reverse(F, []),
    {{value, V}, {R, [Y]}};
out_r({[V], F}) when is_list(F) -> {{value, V}, f2r(F)};
out_r({[V | R], F}) when is_list(F) -> {{value, V}, {R, F}};
out_r(Q) -> erlang:error(badarg, [Q]).

get({[], []} = Q) -> erlang:error(empty, [Q]);
get({R, F}) when is_list(R), is_list(F) -> get(R, F);
get(Q) -> erlang:error(badarg, [Q]).

get(R, [H | _]) when is_list(R) -> H;
get([H], []) -> H;
get([_ | R], []) -> last_of(R).

get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({R, F}) when is_list(R), is_list(F) -> get_r(R, F);
get_r(Q) -> erlang:error(badarg, [Q]).

get_r([H | _], F) when is_list(F) -> H;
get_r([], [H]) -> H;
get_r([], [_ | F]) -> last_of(F).

last_of([E | Es]) -> last_of(E, Es).

last_of(_, [E | Es]) -> last_of(E, Es);
last_of(E, []) -> E.

peek({[], []}) -> empty;
peek({R, [H | _]}) when is_list(R) -> {value, H};
peek({[H], []}) -> {value, H};
peek({[_ | R], []}) -> {value, last_of(R)};
peek(Q) -> erlang:error(badarg, [Q]).

peek_r({[], []}) -> empty;
peek_r({[H | _], F}) when is_list(F) -> {value, H};
peek_r({[], [H]}) -> {value, H};
peek_r({[], [_ | F]}) -> {value, last_of(F)};
peek_r(Q) -> erlang:error(badarg, [Q]).

drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({[_], []}) -> {[], []};
drop({[Y | R], []}) ->
    [_ | F] = lists:reverse(R, []),
    {[Y], F};
drop({R, [_]}) when is_list(R) -> r2f(R);
drop({R, [_ | F]}) when is_list(R) -> {R, F};
drop(Q) -> erlang:error(badarg, [Q]).

drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({[], [_]}) -> {[], []};
drop_r({[], [Y | F]}) ->
    [_ | R] = lists:reverse(F, []),
    {R, [Y]};
drop_r({[_], F}) when is_list(F) -> f2r(F);
drop_r({[_ | R], F}) when is_list(F) -> {R, F};
drop_r(Q) -> erlang:error(badarg, [Q]).

reverse({R, F}) when is_list(R), is_list(F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

join({R, F} = Q, {[], []}) when is_list(R), is_list(F) -> Q;
join({[], []}, {R, F} = Q) when is_list(R), is_list(F) -> Q;
join({R1, F1}, {R2, F2}) when is_list(R1), is_list(F1), is_list(R2), is_list(F2) ->
    {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

%% Items 1..N go to the first queue. Moving items one by one from the side that holds the split
%% point keeps both halves in queue shape without a full rebuild.
split(0, {R, F} = Q) when is_list(R), is_list(F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N >= 1, is_list(R), is_list(F) ->
    Lf = length(F),
    if
        N < Lf ->
            [X | F1] = F,
            split_front(N - 1, R, F1, [], [X]);
        N > Lf ->
            M = length(R) - (N - Lf),
            if
                M < 0 -> erlang:error(badarg, [N, Q]);
                M > 0 ->
                    [X | R1] = R,
                    split_rear(M - 1, R1, F, [X], []);
                true -> {Q, {[], []}}
            end;
        true -> {f2r(F), r2f(R)}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

%% Moves N more front items into the first queue's rear.
split_front(0, R1, F1, R2, F2) -> {{R2, F2}, {R1, F1}};
split_front(N, R1, [X | F1], R2, F2) -> split_front(N - 1, R1, F1, [X | R2], F2).

%% Moves N more rear items into the second queue's front.
split_rear(0, R1, F1, R2, F2) -> {{R1, F1}, {R2, F2}};
split_rear(N, [X | R1], F1, R2, F2) -> split_rear(N - 1, R1, F1, R2, [X | F2]).

member(X, {R, F}) when is_list(R), is_list(F) ->
    lists:member(X, R) orelse lists:member(X, F);
member(X, Q) -> erlang:error(badarg, [X, Q]).

%% Removes the oldest item equal (=:=) to Item.
delete(Item, {R0, F0} = Q) when is_list(R0), is_list(F0) ->
    case delete_front(Item, F0) of
        false ->
            case delete_rear(Item, R0) of
                false -> Q;
                [] -> f2r(F0);
                R1 -> {R1, F0}
            end;
        [] -> r2f(R0);
        F1 -> {R0, F1}
    end;
delete(Item, Q) -> erlang:error(badarg, [Item, Q]).

delete_r(Item, {R0, F0}) when is_list(R0), is_list(F0) ->
    {F1, R1} = delete(Item, {F0, R0}),
    {R1, F1};
delete_r(Item, Q) -> erlang:error(badarg, [Item, Q]).

%% The list without its first item =:= Item, or false.
delete_front(Item, [X | Rest]) ->
    if
        X =:= Item -> Rest;
        true ->
            case delete_front(Item, Rest) of
                false -> false;
                F -> [X | F]
            end
    end;
delete_front(_, []) -> false.

%% The list without its last (oldest) item =:= Item, or false.
delete_rear(Item, [X | Rest]) ->
    case delete_rear(Item, Rest) of
        false when X =:= Item -> Rest;
        false -> false;
        R -> [X | R]
    end;
delete_rear(_, []) -> false.

delete_with(Pred, {R0, F0} = Q) when is_function(Pred, 1), is_list(R0), is_list(F0) ->
    case delete_with_front(Pred, F0) of
        false ->
            case delete_with_rear(Pred, R0) of
                false -> Q;
                [] -> f2r(F0);
                R1 -> {R1, F0}
            end;
        [] -> r2f(R0);
        F1 -> {R0, F1}
    end;
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_r(Pred, {R0, F0}) when is_function(Pred, 1), is_list(R0), is_list(F0) ->
    {F1, R1} = delete_with(Pred, {F0, R0}),
    {R1, F1};
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_front(Pred, [X | Rest]) ->
    case Pred(X) of
        true -> Rest;
        false ->
            case delete_with_front(Pred, Rest) of
                false -> false;
                F -> [X | F]
            end
    end;
delete_with_front(_, []) -> false.

delete_with_rear(Pred, [X | Rest]) ->
    case delete_with_rear(Pred, Rest) of
        false ->
            case Pred(X) of
                true -> Rest;
                false -> false
            end;
        R -> [X | R]
    end;
delete_with_rear(_, []) -> false.

%% Fun returns true (keep), false (drop) or a list of items to put in the item's place. The
%% front is processed first, then the rear from its oldest item; a side left empty is refilled.
filter(Fun, {R0, F0}) when is_function(Fun, 1), is_list(R0), is_list(F0) ->
    F = filter_front(Fun, F0),
    R = filter_rear(Fun, R0),
    rebalance(R, F);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

rebalance([], F) -> f2r(F);
rebalance(R, []) -> r2f(R);
rebalance(R, F) -> {R, F}.

filter_front(Fun, [X | F]) ->
    case Fun(X) of
        true -> [X | filter_front(Fun, F)];
        false -> filter_front(Fun, F);
        L when is_list(L) -> L ++ filter_front(Fun, F)
    end;
filter_front(_, []) -> [].

filter_rear(Fun, [X | R0]) ->
    R = filter_rear(Fun, R0),
    case Fun(X) of
        true -> [X | R];
        false -> R;
        L when is_list(L) -> lists:reverse(L, R)
    end;
filter_rear(_, []) -> [].

filtermap(Fun, {R0, F0}) when is_function(Fun, 1), is_list(R0), is_list(F0) ->
    F = filtermap_front(Fun, F0),
    R = filtermap_rear(Fun, R0),
    rebalance(R, F);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filtermap_front(Fun, [X | F]) ->
    case Fun(X) of
        true -> [X | filtermap_front(Fun, F)];
        false -> filtermap_front(Fun, F);
        {true, V} -> [V | filtermap_front(Fun, F)]
    end;
filtermap_front(_, []) -> [].

filtermap_rear(Fun, [X | R0]) ->
    R = filtermap_rear(Fun, R0),
    case Fun(X) of
        true -> [X | R];
        false -> R;
        {true, V} -> [V | R]
    end;
filtermap_rear(_, []) -> [].

fold(Fun, Acc0, {R, F}) when is_function(Fun, 2), is_list(R), is_list(F) ->
    Acc1 = lists:foldl(Fun, Acc0, F),
    lists:foldr(Fun, Acc1, R);
fold(Fun, Acc0, Q) -> erlang:error(badarg, [Fun, Acc0, Q]).

any(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:any(Pred, F) orelse lists:any(Pred, R);
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

all(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:all(Pred, F) andalso lists:all(Pred, R);
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

%% Okasaki's names for the same operations.
cons(X, Q) -> in_r(X, Q).
head(Q) -> get(Q).
tail(Q) -> drop(Q).
snoc(Q, X) -> in(X, Q).
daeh(Q) -> get_r(Q).
last(Q) -> get_r(Q).
liat(Q) -> drop_r(Q).
init(Q) -> drop_r(Q).
lait(Q) -> drop_r(Q).
