%% bignum promotion and demotion across operations
-module(bignum_ops).
-export([main/1]).
-mode(compile).

main(_) ->
    Max = id(16#7FFFFFFFFFFFFFFF),
    Safe = id(9007199254740991),
    io:format("~p~n", [[Max + 1, Max * 2, -Max - 2, Max - Max, (Max + 1) - 1]]),
    io:format("~p~n", [[Safe + 1, Safe + 2, Safe * Safe, (Safe * Safe) div Safe, -Safe - 1]]),
    Big = id(1 bsl 100),
    Small = Big - Big + 5,
    io:format("~p ~p ~p~n", [Small, is_integer(Small), Small =:= 5]),
    io:format("~p~n", [[Big div (1 bsl 98), Big rem 7, (Big + 3) rem (1 bsl 100), Big div Big]]),
    io:format("~p~n", [[pow(2, 100), pow(3, 50), pow(-2, 63), pow(-2, 64), pow(10, 30)]]),
    io:format("~p~n", [fib(200)]),
    io:format("~p~n", [[Big == Big + 0, Big < Big + 1, Big > 1.0e30, Big < 1.0e31, -Big < -1.0e30]]),
    io:format("~p~n", [[Big + 0.5, Big * 1.0, Big / 2, Big / Big]]),
    io:format("~p~n", [[(Big * Big) div Big =:= Big, (Big * 3) rem Big, -(Big * 3) rem Big]]),
    io:format("~p~n", [[(1 bsl 200) - (1 bsl 200 - 1), 1 bsl 64 - 1 bsl 64]]),
    Sum = lists:foldl(fun(X, A) -> X + A end, 0, lists:seq(1, 100000)),
    io:format("~p~n", [Sum]),
    P = lists:foldl(fun(X, A) -> X * A end, 1, lists:seq(1, 60)),
    io:format("~p~n", [P]),
    io:format("~p~n", [P div lists:foldl(fun(X, A) -> X * A end, 1, lists:seq(1, 58))]),
    io:format("~p~n", [[trunc(1.0e19) - 10000000000000000000, round(-1.5e20)]]),
    io:format("~p~n", [[integer_to_list(Max * Max), length(integer_to_list(pow(7, 1000)))]]),
    io:format("~p~n", [[-Big div 3, -Big rem 3, Big div -3, Big rem -3]]),
    io:format("~p~n", [[gcd(pow(2, 80) * 15, pow(2, 70) * 35), pow(2, 80) * 15 div pow(2, 75)]]),
    ok.

id(X) -> X.
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
