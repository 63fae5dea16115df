-module(unused_var).
-export([f/1]).

f(X) ->
    Y = lists:reverse(X),
    X.
