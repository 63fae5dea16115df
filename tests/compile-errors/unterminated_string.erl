-module(unterminated_string).
-export([f/0]).

f() ->
    io:format("no closing quote~n).
