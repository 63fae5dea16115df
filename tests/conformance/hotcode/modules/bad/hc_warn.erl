%% Compiles with warnings.
-module(hc_warn).
-export([f/1]).

f(X) ->
    Y = 2,
    X * 2.

unused(A) -> A.
