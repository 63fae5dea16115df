%% calendar:system_time_to_rfc3339/1,2 and rfc3339_to_system_time/1,2 with explicit offsets,
%% units and designators, and their errors; local-time functions checked for shape only
-module(rfc3339).
-export([main/1]).
-mode(compile).

main(_) ->
    Times = [{0, second}, {1700000000, second}, {-1, second}, {1700000000123, millisecond},
             {-1500, millisecond}, {1700000000123456, microsecond}, {1700000000123456789, nanosecond},
             {5, nanosecond}, {253402300799, second}, {-62167219200, second}],
    Offsets = ["Z", "z", "+02:00", "-05:30", "+14:00", 3600, -7200, 0],
    lists:foreach(fun({T, U}) ->
                          [io:format("~w ~w ~p -> ~p~n",
                                     [T, U, O, try calendar:system_time_to_rfc3339(T, [{unit, U}, {offset, O}])
                                               catch C:E -> {C, E} end])
                           || O <- Offsets]
                  end, Times),
    io:format("~s~n", [calendar:system_time_to_rfc3339(1700000000, [{offset, "Z"}, {time_designator, $\s}])]),
    io:format("~s~n", [calendar:system_time_to_rfc3339(1700000000000000000, [{offset, "Z"}, {unit, native}])]),
    io:format("~s~n", [calendar:system_time_to_rfc3339(1700000000000000000, [{offset, 3600000000000}, {unit, native}])]),
    Strings = ["1970-01-01T00:00:00Z", "2023-11-14T22:13:20+00:00", "2023-11-14T22:13:20.123Z",
               "2023-11-14T22:13:20.123456789-05:30", "1969-12-31T23:59:59.5Z", "2023-11-14 22:13:20+01:00",
               "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2023-11-14T22:13:20.5z", "2023-11-14T22:13:20+0200"],
    lists:foreach(fun(S) ->
                          io:format("~s -> ~w~n", [S, [try calendar:rfc3339_to_system_time(S, [{unit, U}])
                                                        catch C:E -> {C, E} end
                                                        || U <- [second, millisecond, microsecond, nanosecond]]])
                  end, Strings),
    io:format("~w~n", [calendar:rfc3339_to_system_time("2023-11-14T22:13:20Z")]),
    RoundTrip = [calendar:rfc3339_to_system_time(calendar:system_time_to_rfc3339(T, [{offset, "+03:00"}, {unit, millisecond}]),
                                                 [{unit, millisecond}]) =:= T
                 || T <- lists:seq(-100000000, 100000000, 7777777)],
    io:format("~w~n", [lists:all(fun(X) -> X end, RoundTrip)]),
    Bad = [{system_time_to_rfc3339, [253402300800, [{offset, "Z"}]]},
           {system_time_to_rfc3339, [-62167219201, [{offset, "Z"}]]},
           {system_time_to_rfc3339, [0, [{unit, bogus}, {offset, "Z"}]]},
           {system_time_to_rfc3339, [0, [{offset, "+1"}]]},
           {system_time_to_rfc3339, [a, [{offset, "Z"}]]},
           {rfc3339_to_system_time, ["2023-11-14"]}, {rfc3339_to_system_time, ["2023-11-14T22:13:20"]},
           {rfc3339_to_system_time, ["2023-11-14T22:13:20*01:00"]},
           {rfc3339_to_system_time, ["20x3-11-14T22:13:20Z"]},
           {rfc3339_to_system_time, ["10000-01-01T00:00:00Z"]},
           {rfc3339_to_system_time, ["2023-11-14T22:13:20.Z"]}],
    lists:foreach(fun({F, A}) ->
                          R = try apply(calendar, F, A) catch C:E -> {C, E} end,
                          io:format("~w ~w -> ~w~n", [F, A, R])
                  end, Bad),
    %% The local clock and zone: shapes and round trips only.
    {{Y, _, _}, {_, _, _}} = L = calendar:local_time(),
    U = calendar:universal_time(),
    io:format("~w~n", [[Y >= 2020, calendar:valid_date(element(1, L)), calendar:valid_date(element(1, U))]]),
    Fixed = {{2021, 1, 15}, {12, 0, 0}},
    io:format("~w~n", [calendar:local_time_to_universal_time(calendar:universal_time_to_local_time(Fixed), undefined) =:= Fixed]),
    io:format("~w~n", [length(calendar:local_time_to_universal_time_dst(calendar:universal_time_to_local_time(Fixed)))]),
    io:format("~w~n", [calendar:now_to_local_time({0, 0, 0}) =:= calendar:universal_time_to_local_time({{1970, 1, 1}, {0, 0, 0}})]),
    io:format("~w~n", [calendar:system_time_to_local_time(0, second) =:= calendar:universal_time_to_local_time({{1970, 1, 1}, {0, 0, 0}})]),
    {Yw, Ww} = calendar:iso_week_number(),
    io:format("~w~n", [is_integer(Yw) andalso Ww >= 1 andalso Ww =< 53]),
    [io:format("~w -> ~w~n", [A, try apply(calendar, F, A) catch C:E -> {C, E} end])
     || {F, A} <- [{universal_time_to_local_time, [{{2021, 2, 30}, {0, 0, 0}}]},
                   {local_time_to_universal_time, [{{2021, 1, 1}, {24, 0, 0}}, false]},
                   {local_time_to_universal_time, [{{2021, 1, 1}, {0, 0, 0}}, maybe]},
                   {universal_time_to_local_time, [foo]}]],
    io:format("~w~n", [is_list(calendar:system_time_to_rfc3339(erlang:system_time(second)))]).
