-module(undefined_macro).
-export([f/0]).

f() -> ?NOT_DEFINED + 1.
