%% Does not compile.
-module(hc_bad).
-export([f/1, g/0]).

f(X) ->
    Z = 1,
    X + Y.

h() -> ok.
