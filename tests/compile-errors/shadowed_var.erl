-module(shadowed_var).
-export([f/1]).

f(X) ->
    F = fun(X) -> X * 2 end,
    F(X).
