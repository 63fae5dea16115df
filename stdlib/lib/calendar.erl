%% Dates and times in the proleptic Gregorian calendar from year 0, as OTP 25's calendar module:
%% same results, same errors for bad arguments (guards raise function_clause where OTP's do), and
%% RFC 3339 formatting and parsing with OTP's options. Clock and time-zone access goes through the
%% erlang:localtime/universaltime BIFs (stdlib/bifs/erlang-time.ts).
-module(calendar).

-export([date_to_gregorian_days/1, date_to_gregorian_days/3, datetime_to_gregorian_seconds/1,
         day_of_the_week/1, day_of_the_week/3, gregorian_days_to_date/1,
         gregorian_seconds_to_datetime/1, is_leap_year/1, iso_week_number/0, iso_week_number/1,
         last_day_of_the_month/2, local_time/0, local_time_to_universal_time/1,
         local_time_to_universal_time/2, local_time_to_universal_time_dst/1, now_to_datetime/1,
         now_to_local_time/1, now_to_universal_time/1, rfc3339_to_system_time/1,
         rfc3339_to_system_time/2, seconds_to_daystime/1, seconds_to_time/1,
         system_time_to_local_time/2, system_time_to_universal_time/2, system_time_to_rfc3339/1,
         system_time_to_rfc3339/2, time_difference/2, time_to_seconds/1, universal_time/0,
         universal_time_to_local_time/1, valid_date/1, valid_date/3]).

-define(SECS_PER_DAY, 86400).
-define(DAYS_0_TO_1970, 719528).
-define(DAYS_0_TO_10000, 2932897).
-define(SECS_0_TO_1970, (?DAYS_0_TO_1970 * ?SECS_PER_DAY)).
-define(SECS_0_TO_10000, (?DAYS_0_TO_10000 * ?SECS_PER_DAY)).

%% ---------------------------------------------------------------------------------------------
%% Days and seconds since year 0

date_to_gregorian_days(Year, Month, Day) when is_integer(Day), Day > 0 ->
    Last = last_day_of_the_month(Year, Month),
    if
        Day =< Last -> days_before_year(Year) + days_before_month(Year, Month) + Day - 1
    end.

date_to_gregorian_days({Year, Month, Day}) -> date_to_gregorian_days(Year, Month, Day).

datetime_to_gregorian_seconds({Date, Time}) ->
    ?SECS_PER_DAY * date_to_gregorian_days(Date) + time_to_seconds(Time).

gregorian_days_to_date(Days) ->
    {Year, DayOfYear} = year_of_day(Days),
    {Month, Day} = month_day(Year, DayOfYear),
    {Year, Month, Day}.

gregorian_seconds_to_datetime(Secs) when Secs >= 0 ->
    {gregorian_days_to_date(Secs div ?SECS_PER_DAY), seconds_to_time(Secs rem ?SECS_PER_DAY)}.

%% Year 0 is a leap year; day 0 is 0000-01-01.
days_before_year(Y) when Y =< 0 -> 0;
days_before_year(Y) ->
    X = Y - 1,
    X div 4 - X div 100 + X div 400 + X * 365 + 366.

days_before_month(Year, Month) ->
    element(Month, {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334})
        + case Month > 2 andalso is_leap_year(Year) of
              true -> 1;
              false -> 0
          end.

%% {Year, DayOfYear (0-based)} of a day number: estimate from 400-year cycles, then correct.
year_of_day(Days) when Days >= 0 ->
    Guess = (Days * 400) div 146097,
    year_fix(Guess, Days).

year_fix(Y, Days) ->
    Start = days_before_year(Y),
    Next = days_before_year(Y + 1),
    if
        Days < Start -> year_fix(Y - 1, Days);
        Days >= Next -> year_fix(Y + 1, Days);
        true -> {Y, Days - Start}
    end.

month_day(Year, DayOfYear) ->
    Leap = case is_leap_year(Year) of
               true -> 1;
               false -> 0
           end,
    month_day(DayOfYear, Leap, 1).

month_day(D, Leap, M) when M < 12 ->
    Len = case M of
              2 -> 28 + Leap;
              _ -> element(M, {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31})
          end,
    if
        D < Len -> {M, D + 1};
        true -> month_day(D - Len, Leap, M + 1)
    end;
month_day(D, _Leap, 12) -> {12, D + 1}.

%% ---------------------------------------------------------------------------------------------
%% Calendar facts

day_of_the_week(Year, Month, Day) ->
    (date_to_gregorian_days(Year, Month, Day) + 5) rem 7 + 1.

day_of_the_week({Year, Month, Day}) -> day_of_the_week(Year, Month, Day).

is_leap_year(Y) when is_integer(Y), Y >= 0 -> leap(Y).

leap(Y) when Y rem 4 =:= 0, Y rem 100 > 0 -> true;
leap(Y) when Y rem 400 =:= 0 -> true;
leap(_) -> false.

last_day_of_the_month(Y, M) when is_integer(Y), Y >= 0 -> month_length(Y, M).

month_length(_, 4) -> 30;
month_length(_, 6) -> 30;
month_length(_, 9) -> 30;
month_length(_, 11) -> 30;
month_length(Y, 2) ->
    case is_leap_year(Y) of
        true -> 29;
        _ -> 28
    end;
month_length(_, M) when is_integer(M), M > 0, M < 13 -> 31.

valid_date(Y, M, D) when is_integer(Y), is_integer(M), is_integer(D) ->
    if
        Y >= 0, M > 0, M < 13, D > 0 -> D =< last_day_of_the_month(Y, M);
        true -> false
    end.

valid_date({Y, M, D}) -> valid_date(Y, M, D).

iso_week_number() ->
    {Date, _} = local_time(),
    iso_week_number(Date).

%% Week 1 is the week with the year's first Thursday; weeks start on Monday.
iso_week_number({Year, Month, Day}) ->
    D = date_to_gregorian_days({Year, Month, Day}),
    Week1 = iso_week1_start(Year),
    NextWeek1 = iso_week1_start(Year + 1),
    if
        Week1 =< D andalso D < NextWeek1 -> {Year, (D - Week1) div 7 + 1};
        D < Week1 ->
            Weeks = case day_of_the_week(Year - 1, 1, 1) =:= 4 orelse
                         day_of_the_week(Year - 1, 12, 31) =:= 4 of
                        true -> 53;
                        false -> 52
                    end,
            {Year - 1, Weeks};
        NextWeek1 =< D -> {Year + 1, 1}
    end.

iso_week1_start(Year) ->
    Jan1 = date_to_gregorian_days(Year, 1, 1),
    case day_of_the_week(Year, 1, 1) of
        DOW when DOW =< 4 -> Jan1 - DOW + 1;
        DOW -> Jan1 + 7 - DOW + 1
    end.

%% ---------------------------------------------------------------------------------------------
%% Times of day and differences

seconds_to_time(Secs) when Secs >= 0, Secs < ?SECS_PER_DAY ->
    {Secs div 3600, (Secs rem 3600) div 60, Secs rem 60}.

time_to_seconds({H, M, S}) when is_integer(H), is_integer(M), is_integer(S) ->
    H * 3600 + M * 60 + S.

seconds_to_daystime(Secs) ->
    Days = Secs div ?SECS_PER_DAY,
    Rest = Secs rem ?SECS_PER_DAY,
    if
        Rest < 0 -> {Days - 1, seconds_to_time(Rest + ?SECS_PER_DAY)};
        true -> {Days, seconds_to_time(Rest)}
    end.

time_difference({{Y1, Mo1, D1}, {H1, Mi1, S1}}, {{Y2, Mo2, D2}, {H2, Mi2, S2}}) ->
    seconds_to_daystime(datetime_to_gregorian_seconds({{Y2, Mo2, D2}, {H2, Mi2, S2}})
                        - datetime_to_gregorian_seconds({{Y1, Mo1, D1}, {H1, Mi1, S1}})).

%% ---------------------------------------------------------------------------------------------
%% The clock and the time zone

local_time() -> erlang:localtime().

universal_time() -> erlang:universaltime().

local_time_to_universal_time(DateTime) -> erlang:localtime_to_universaltime(DateTime).

local_time_to_universal_time(DateTime, IsDst) -> erlang:localtime_to_universaltime(DateTime, IsDst).

%% The UTC times that map back to DateTime: none in a DST gap, two in an overlap.
local_time_to_universal_time_dst(DateTime) ->
    UtDst = erlang:localtime_to_universaltime(DateTime, true),
    Ut = erlang:localtime_to_universaltime(DateTime, false),
    case {erlang:universaltime_to_localtime(UtDst), erlang:universaltime_to_localtime(Ut)} of
        {DateTime, DateTime} when UtDst =/= Ut -> [UtDst, Ut];
        {DateTime, _} -> [UtDst];
        {_, DateTime} -> [Ut];
        {_, _} -> []
    end.

universal_time_to_local_time(DateTime) -> erlang:universaltime_to_localtime(DateTime).

now_to_datetime({MSec, Sec, _USec}) -> system_time_to_datetime(MSec * 1000000 + Sec).

now_to_universal_time(Now) -> now_to_datetime(Now).

now_to_local_time({MSec, Sec, USec}) ->
    erlang:universaltime_to_localtime(now_to_universal_time({MSec, Sec, USec})).

system_time_to_universal_time(Time, Unit) ->
    system_time_to_datetime(erlang:convert_time_unit(Time, Unit, second)).

system_time_to_local_time(Time, Unit) ->
    erlang:universaltime_to_localtime(system_time_to_universal_time(Time, Unit)).

system_time_to_datetime(Secs) -> gregorian_seconds_to_datetime(Secs + ?SECS_0_TO_1970).

datetime_to_system_time(DateTime) -> datetime_to_gregorian_seconds(DateTime) - ?SECS_0_TO_1970.

%% ---------------------------------------------------------------------------------------------
%% RFC 3339

system_time_to_rfc3339(Time) -> system_time_to_rfc3339(Time, []).

%% Options: {unit, second | millisecond | microsecond | nanosecond | native},
%% {offset, "" (local) | "Z" | "+HH:MM" | Integer (in Unit)}, {time_designator, Char}.
%% native is formatted in milliseconds.
system_time_to_rfc3339(Time, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    Offset = proplists:get_value(offset, Options, ""),
    case Unit of
        native ->
            Offset1 = if
                          is_integer(Offset) -> erlang:convert_time_unit(Offset, native, millisecond);
                          true -> Offset
                      end,
            format_rfc3339(erlang:convert_time_unit(Time, native, millisecond), Options,
                           millisecond, Offset1);
        _ ->
            format_rfc3339(Time, Options, Unit, Offset)
    end.

format_rfc3339(Time, Options, Unit, OffsetOpt) ->
    T = proplists:get_value(time_designator, Options, $T),
    AdjustSecs = offset_seconds(Time, Unit, OffsetOpt),
    OffsetStr = offset_string(OffsetOpt, AdjustSecs),
    Adjusted = Time + erlang:convert_time_unit(AdjustSecs, second, Unit),
    Factor = factor(Unit),
    Secs = Adjusted div Factor,
    in_range(Time, Options, Secs),
    {{Year, Month, Day}, {Hour, Min, Sec}} = system_time_to_datetime(Secs),
    lists:append([pad(4, Year), "-", pad(2, Month), "-", pad(2, Day), [T],
                  pad(2, Hour), ":", pad(2, Min), ":", pad(2, Sec),
                  fraction_string(Factor, Adjusted), OffsetStr]).

rfc3339_to_system_time(String) -> rfc3339_to_system_time(String, []).

rfc3339_to_system_time(String, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    [Y1, Y2, Y3, Y4, $-, Mo1, Mo2, $-, D1, D2, _T, H1, H2, $:, Mi1, Mi2, $:, S1, S2 | Rest] = String,
    Hour = list_to_integer([H1, H2]),
    Min = list_to_integer([Mi1, Mi2]),
    Sec = list_to_integer([S1, S2]),
    Year = list_to_integer([Y1, Y2, Y3, Y4]),
    Month = list_to_integer([Mo1, Mo2]),
    Day = list_to_integer([D1, D2]),
    {FractionStr, OffsetStr} =
        lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 orelse C =:= $. end, Rest),
    Local = datetime_to_system_time({{Year, Month, Day}, {Hour, Min, Sec}}),
    Secs = Local - offset_string_seconds(OffsetStr),
    in_range(String, Options, Secs),
    Scaled = erlang:convert_time_unit(Secs, second, Unit),
    Fraction = fraction(Unit, FractionStr),
    if
        Scaled < 0 -> Scaled - Fraction;
        true -> Scaled + Fraction
    end.

in_range(_Arg, _Options, Secs) when Secs >= -?SECS_0_TO_1970, Secs < ?SECS_0_TO_10000 -> ok;
in_range(Arg, Options, _Secs) -> erlang:error({badarg, [Arg, Options]}).

%% The offset from UTC, in seconds, that the option asks for ("" is the local zone's).
offset_seconds(Time, Unit, "") ->
    Universal = system_time_to_universal_time(Time, Unit),
    Local = erlang:universaltime_to_localtime(Universal),
    datetime_to_gregorian_seconds(Local) - datetime_to_gregorian_seconds(Universal);
offset_seconds(_Time, _Unit, Str) when is_list(Str) -> offset_string_seconds(Str);
offset_seconds(_Time, Unit, Offset) when is_integer(Offset) ->
    erlang:convert_time_unit(Offset, Unit, second).

offset_string_seconds("Z") -> 0;
offset_string_seconds("z") -> 0;
offset_string_seconds(Tz) ->
    [Sign, H1, H2 | MinPart] = Tz,
    Min = case MinPart of
              [$:, M1, M2] -> list_to_integer([M1, M2]);
              [] -> 0
          end,
    Secs = 3600 * list_to_integer([H1, H2]) + 60 * Min,
    case Sign of
        $- -> -Secs;
        $+ -> Secs
    end.

offset_string(Opt, Secs) when Opt =:= ""; is_integer(Opt) ->
    Sign = if
               Secs < 0 -> $-;
               true -> $+
           end,
    A = abs(Secs),
    [Sign | pad(2, A div 3600) ++ ":" ++ pad(2, (A rem 3600) div 60)];
offset_string(Opt, _Secs) -> Opt.

fraction_string(1, _Time) -> "";
fraction_string(Factor, Time) ->
    Digits = integer_to_list(abs(Time rem Factor)),
    [$. | lists:duplicate(digits(Factor) - length(Digits), $0) ++ Digits].

fraction(second, _) -> 0;
fraction(_, "") -> 0;
fraction(Unit, Str) -> round(factor(Unit) * list_to_float([$0 | Str])).

factor(second) -> 1;
factor(millisecond) -> 1000;
factor(microsecond) -> 1000000;
factor(nanosecond) -> 1000000000;
factor(native) -> erlang:convert_time_unit(1, second, native).

digits(1000) -> 3;
digits(1000000) -> 6;
digits(1000000000) -> 9.

%% Zero-padded to at least W digits (N >= 0).
pad(W, N) ->
    S = integer_to_list(N),
    lists:duplicate(max(0, W - length(S)), $0) ++ S.
