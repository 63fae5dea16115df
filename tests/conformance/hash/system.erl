%% erlang:system_info/1 shapes, erlang:unique_integer/0,1 and erlang:is_builtin/3
-module(system).
-export([main/1]).
-mode(compile).

main(_) ->
    Str = [otp_release, version, system_version, machine, system_architecture, nif_version, driver_version],
    io:format("~w~n", [[io_lib:printable_list(erlang:system_info(K)) || K <- Str]]),
    io:format("~s~n", [erlang:system_info(otp_release)]),
    Ints = [wordsize, process_count, process_limit, schedulers, schedulers_online, logical_processors,
            atom_count, atom_limit, thread_pool_size, port_limit, ets_limit, {wordsize, internal},
            {wordsize, external}, dirty_cpu_schedulers, dirty_io_schedulers],
    io:format("~w~n", [[is_integer(erlang:system_info(K)) andalso erlang:system_info(K) >= 0 || K <- Ints]]),
    io:format("~w~n", [[erlang:system_info(K) || K <- [wordsize, {wordsize, internal}, smp_support, threads,
                                                     endian, heap_type, debug_compiled]]]),
    io:format("~w~n", [erlang:system_info(schedulers_online) =< erlang:system_info(schedulers)]),
    P0 = erlang:system_info(process_count),
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 5)],
    io:format("~w~n", [erlang:system_info(process_count) - P0]),
    [P ! stop || P <- Pids],
    A0 = erlang:system_info(atom_count),
    _ = list_to_atom("fresh_" ++ integer_to_list(erlang:unique_integer([positive]))),
    io:format("~w~n", [erlang:system_info(atom_count) - A0]),
    [io:format("~w -> ~w~n", [K, try erlang:system_info(K) catch C:E -> {C, E} end])
     || K <- [bogus, "otp_release", {wordsize, bogus}, 42]],
    Us = [erlang:unique_integer() || _ <- lists:seq(1, 100)],
    io:format("~w~n", [length(lists:usort(Us))]),
    Ps = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 100)],
    io:format("~w~n", [{length(lists:usort(Ps)), lists:all(fun(X) -> X > 0 end, Ps)}]),
    Ms = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 100)],
    io:format("~w~n", [Ms =:= lists:usort(Ms)]),
    PMs = [erlang:unique_integer([positive, monotonic]) || _ <- lists:seq(1, 100)],
    io:format("~w~n", [{PMs =:= lists:usort(PMs), hd(PMs) > 0}]),
    io:format("~w~n", [is_integer(erlang:unique_integer([]))]),
    [io:format("~w -> ~w~n", [O, try erlang:unique_integer(O) catch C:E -> {C, E} end])
     || O <- [[bogus], positive, [positive | monotonic]]],
    io:format("~w~n", [[erlang:is_builtin(erlang, length, 1), erlang:is_builtin(erlang, phash2, 2),
                        erlang:is_builtin(lists, reverse, 2), erlang:is_builtin(foo, bar, 0)]]),
    [io:format("~w -> ~w~n", [A, try apply(erlang, is_builtin, A) catch C:E -> {C, E} end])
     || A <- [[1, length, 1], [erlang, "length", 1], [erlang, length, -1]]].
