-module(bad_record_field).
-export([f/0, g/1]).

-record(point, {x = 0, y = 0}).

f() -> #point{x = 1, z = 2}.

g(P) -> P#point.w.
