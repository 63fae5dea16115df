-module(recs).
-export([mk/0]).
-record(person, {name, age = 0}).
-record(pt, {x = 1, y = 2}).
-export_type([]).
-compile(nowarn_unused_record).
mk() -> #person{name = "Al"}.
