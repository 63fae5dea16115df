-module(multiple_errors).
-export([a/1, b/0, c/1]).

a(X) ->
    Unused = 1,
    X + Missing.

b() ->
    undefined_helper(),
    #nope{}.

c(L) ->
    [Y || Y <- L, Z > 0].

d() -> never_called.
