-module(calc).
-include("calc.hrl").
-export([add/2, answer/0]).

add(A, B) -> A + B.

answer() -> ?ANSWER.
