%% benchmark: allocate and walk complete binary trees, depth 16 (allocation and GC pressure)
-module(binary_trees).
-export([main/1]).
-mode(compile).

-define(MAX_DEPTH, 16).
-define(MIN_DEPTH, 4).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    Stretch = check(make(?MAX_DEPTH + 1)),
    LongLived = make(?MAX_DEPTH),
    Counts = [iterate(D) || D <- lists:seq(?MIN_DEPTH, ?MAX_DEPTH, 2)],
    Long = check(LongLived),
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~p ~p ~w~n", [Stretch, Long, Counts]),
    io:format("time_us: ~p~n", [T1 - T0]).

iterate(Depth) ->
    N = 1 bsl (?MAX_DEPTH - Depth + ?MIN_DEPTH),
    sum_checks(N, Depth, 0).

sum_checks(0, _, Acc) -> Acc;
sum_checks(N, Depth, Acc) -> sum_checks(N - 1, Depth, Acc + check(make(Depth))).

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).
