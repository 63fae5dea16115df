-module(undefined_function).
-export([main/0]).

main() ->
    Result = helper(42),
    {ok, Result}.
