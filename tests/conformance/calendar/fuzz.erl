%% calendar: pseudo-random day and second numbers through every conversion
-module(fuzz).
-export([main/1]).
-mode(compile).

main(_) -> loop(1500, 42, 0).

next(S) -> (S * 1103515245 + 12345) rem 2147483648.

loop(0, _, Acc) -> io:format("~w~n", [Acc]);
loop(N, S0, Acc) ->
    S = next(S0),
    Days = (S * 7919) rem 4000000,
    Date = calendar:gregorian_days_to_date(Days),
    Secs = Days * 86400 + S rem 86400,
    DT = calendar:gregorian_seconds_to_datetime(Secs),
    Iso = calendar:iso_week_number(case Date of {0, _, _} -> {1, 1, 1}; _ -> Date end),
    Dow = calendar:day_of_the_week(Date),
    Back = calendar:date_to_gregorian_days(Date) =:= Days andalso calendar:datetime_to_gregorian_seconds(DT) =:= Secs,
    Diff = calendar:time_difference(DT, calendar:gregorian_seconds_to_datetime(Secs div 3)),
    Rfc = calendar:system_time_to_rfc3339(S - 1000000000, [{offset, "-03:00"}, {unit, millisecond}]),
    case N rem 100 of
        0 -> io:format("~w ~w ~w ~w ~w ~w ~s~n", [Days, Date, DT, Iso, Dow, Diff, Rfc]);
        _ -> ok
    end,
    loop(N - 1, S, erlang:phash2({Acc, Date, DT, Iso, Dow, Back, Diff, Rfc})).
