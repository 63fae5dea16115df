-module(syntax_paren).
-export([f/1]).

f(X) ->
    Y = X + 1,
    foo(Y)).

foo(Z) -> Z.
