-module(already_defined).
-export([f/0]).

f() -> one.

f() -> two.
