-module(illegal_pattern).
-export([f/1]).

f(X + Y) -> {X, Y};
f(_) -> other.
