%% header included by include_file.erl
-record(circle, {r = 1.0}).
-record(rect, {w = 1, h = 1}).
-define(AREA_PREC, 2).
-define(UNIT, "cm^2").
