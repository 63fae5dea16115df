%% parse integer arguments, print their sum and exit with a status derived from them
-module(sum_args).
-export([main/1]).
-mode(compile).

main(Args) ->
    Nums = [list_to_integer(A) || A <- Args],
    Sum = lists:sum(Nums),
    io:format("sum of ~w = ~p~n", [Nums, Sum]),
    halt(Sum rem 256).
