-module(illegal_guard).
-export([f/1]).

f(X) when check(X) -> yes;
f(_) -> no.

check(X) -> X > 0.
