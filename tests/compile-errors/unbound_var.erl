-module(unbound_var).
-export([f/1]).

f(A) ->
    B = A * 2,
    B + X.
