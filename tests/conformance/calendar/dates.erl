%% calendar: day numbers, week days, leap years, ISO weeks, time arithmetic, and their errors
-module(dates).
-export([main/1]).
-mode(compile).

main(_) ->
    Dates = [{0, 1, 1}, {0, 12, 31}, {1, 1, 1}, {4, 2, 29}, {100, 3, 1}, {1582, 10, 15}, {1899, 12, 31},
             {1900, 2, 28}, {1900, 3, 1}, {1970, 1, 1}, {1999, 12, 31}, {2000, 2, 29}, {2004, 12, 31},
             {2020, 1, 1}, {2021, 1, 3}, {2021, 1, 4}, {2024, 12, 30}, {2026, 11, 22}, {9999, 12, 31},
             {10000, 1, 1}, {12345, 6, 7}],
    lists:foreach(fun(D) ->
                          G = calendar:date_to_gregorian_days(D),
                          W = try calendar:iso_week_number(D) catch C:E -> {C, E} end,
                          io:format("~w ~w ~w ~w ~w ~w~n",
                                    [D, G, calendar:gregorian_days_to_date(G), calendar:day_of_the_week(D),
                                     W, calendar:valid_date(D)])
                  end, Dates),
    %% Every day of several years round-trips.
    Days = lists:seq(calendar:date_to_gregorian_days(1999, 1, 1), calendar:date_to_gregorian_days(2001, 12, 31)),
    io:format("~w~n", [lists:all(fun(G) -> calendar:date_to_gregorian_days(calendar:gregorian_days_to_date(G)) =:= G end, Days)]),
    io:format("~w~n", [[calendar:gregorian_days_to_date(G) || G <- [0, 365, 366, 730485, 738000, 3000000, 100000000]]]),
    io:format("~w~n", [[calendar:is_leap_year(Y) || Y <- [0, 1, 4, 100, 200, 400, 1900, 2000, 2023, 2024]]]),
    io:format("~w~n", [[calendar:last_day_of_the_month(Y, M) || Y <- [1900, 2000, 2023], M <- lists:seq(1, 12)]]),
    io:format("~w~n", [[calendar:valid_date(Y, M, D) || {Y, M, D} <- [{2023, 2, 29}, {2024, 2, 29}, {2023, 4, 31},
                                                                      {2023, 0, 1}, {2023, 13, 1}, {-1, 1, 1}, {2023, 1, 0}]]]),
    io:format("~w~n", [[try calendar:valid_date(X) catch C:E -> {C, E} end || X <- [{a, 1, 1}, {1.0, 1, 1}]]]),
    DTs = [{{1970, 1, 1}, {0, 0, 0}}, {{2000, 1, 1}, {12, 30, 45}}, {{0, 1, 1}, {0, 0, 1}}, {{2038, 1, 19}, {3, 14, 8}}],
    io:format("~w~n", [[{S, calendar:gregorian_seconds_to_datetime(S)} || DT <- DTs,
                                                                         S <- [calendar:datetime_to_gregorian_seconds(DT)]]]),
    io:format("~w~n", [[calendar:seconds_to_time(S) || S <- [0, 1, 59, 60, 3599, 3600, 86399]]]),
    io:format("~w~n", [[calendar:seconds_to_daystime(S) || S <- [0, 86399, 86400, 100000, -1, -86400, -86401, 1234567890]]]),
    io:format("~w~n", [[calendar:time_to_seconds(T) || T <- [{0, 0, 0}, {23, 59, 59}, {25, 61, 61}, {-1, 0, 0}]]]),
    io:format("~w~n", [calendar:time_difference({{2020, 1, 1}, {0, 0, 0}}, {{2021, 3, 4}, {5, 6, 7}})]),
    io:format("~w~n", [calendar:time_difference({{2021, 3, 4}, {5, 6, 7}}, {{2020, 1, 1}, {0, 0, 0}})]),
    io:format("~w~n", [[calendar:now_to_datetime({1234, 567890, 123}), calendar:now_to_universal_time({0, 0, 0}),
                        calendar:system_time_to_universal_time(1700000000123, millisecond),
                        calendar:system_time_to_universal_time(-1, second),
                        calendar:system_time_to_universal_time(1700000000123456789, nanosecond)]]),
    io:format("~w~n", [[calendar:iso_week_number({Y, 1, D}) || Y <- [2015, 2016, 2021, 2027], D <- [1, 2, 3, 4]]]),
    io:format("~w~n", [[calendar:iso_week_number({Y, 12, D}) || Y <- [2015, 2019, 2020, 2024], D <- [28, 29, 30, 31]]]),
    Bad = [{date_to_gregorian_days, [{2023, 2, 29}]}, {date_to_gregorian_days, [2023, 13, 1]},
           {date_to_gregorian_days, [2023, 1, 0]}, {date_to_gregorian_days, [-1, 1, 1]},
           {date_to_gregorian_days, [2023, 1, 1.0]}, {gregorian_days_to_date, [-1]},
           {gregorian_seconds_to_datetime, [-1]}, {is_leap_year, [-4]}, {is_leap_year, [2000.0]},
           {last_day_of_the_month, [2000, 0]}, {last_day_of_the_month, [a, 1]}, {day_of_the_week, [{2023, 2, 30}]},
           {seconds_to_time, [86400]}, {seconds_to_time, [-1]}, {time_to_seconds, [{1, 2}]},
           {time_to_seconds, [{1.0, 2, 3}]}, {iso_week_number, [{2023, 2, 30}]}, {valid_date, [{1, 2}]},
           {datetime_to_gregorian_seconds, [{{2023, 1, 1}, {0, 0}}]}, {now_to_datetime, [{1, 2}]}],
    lists:foreach(fun({F, A}) ->
                          R = try apply(calendar, F, A) catch C:E -> {C, E} end,
                          io:format("~w ~w -> ~w~n", [F, A, R])
                  end, Bad).
