-module(unsafe_var).
-export([f/1]).

f(Y) ->
    case Y of
        1 -> X = one;
        _ -> ok
    end,
    X.
