-module(head_mismatch).
-export([f/1]).

f(0) -> zero;
g(N) -> N.
