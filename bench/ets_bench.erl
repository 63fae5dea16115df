%% benchmark: ETS with a million rows: inserts into a set and an ordered_set (pseudo-random keys),
%% then a million lookups, update_counter calls and a full select over each.
-module(ets_bench).
-export([main/1]).
-mode(compile).

-define(N, 1000000).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    R = [run(Type) || Type <- [set, ordered_set]],
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p~n", [R]),
    io:format("time_us: ~p~n", [T1 - T0]).

run(Type) ->
    T = ets:new(bench, [Type, public]),
    fill(T, ?N, 12345),
    Hits = lookups(T, ?N, 12345, 0),
    count(T, ?N, 12345),
    Sel = ets:select_count(T, [{{'$1', '$2'}, [{'>', '$2', 1}], [true]}]),
    First = ets:first(T),
    Size = ets:info(T, size),
    ets:delete(T),
    {Type, Size, Hits, Sel, is_integer(First)}.

fill(_T, 0, _X) -> ok;
fill(T, N, X) ->
    X1 = next(X),
    ets:insert(T, {X1 bsr 4, 1}),
    fill(T, N - 1, X1).

lookups(_T, 0, _X, Acc) -> Acc;
lookups(T, N, X, Acc) ->
    X1 = next(X),
    case ets:lookup(T, X1 bsr 4) of
        [_] -> lookups(T, N - 1, X1, Acc + 1);
        [] -> lookups(T, N - 1, X1, Acc)
    end.

count(_T, 0, _X) -> ok;
count(T, N, X) ->
    X1 = next(X),
    ets:update_counter(T, X1 bsr 4, 1),
    count(T, N - 1, X1).

next(X) -> (1664525 * X + 1013904223) band 16#FFFFFFFF.
