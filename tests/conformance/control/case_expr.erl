%% case expressions: clause order, guards, nesting, variables exported from branches
-module(case_expr).
-export([main/1]).
-mode(compile).

main(_) ->
    lists:foreach(fun(X) -> io:format("~p -> ~p~n", [X, c(X)]) end,
                  [1, 2, {x, 1}, {x, 2}, [a], [], "abc", 3.0, z]),
    Y = case id(5) of
            N when N > 3 -> Z = big, N * 2;
            N -> Z = small, N
        end,
    io:format("~p ~p~n", [Y, Z]),
    R = case case id(a) of a -> b; _ -> c end of
            b -> nested_b;
            c -> nested_c
        end,
    io:format("~p~n", [R]),
    io:format("~p~n", [t(fun() -> case id(7) of 1 -> one; 2 -> two end end)]),
    io:format("~p~n", [t(fun() -> case id({a, [1, 2]}) of {b, _} -> b end end)]),
    B = begin X1 = 1, X2 = X1 + 1, X2 * 10 end,
    io:format("~p~n", [B]),
    io:format("~p~n", [case {id(1), id(2)} of {A, A} -> same; {A1, B1} when A1 < B1 -> lt; _ -> gt end]),
    ok.

c(1) -> one;
c(X) ->
    case X of
        2 -> two;
        {x, N} when N > 1 -> {x_big, N};
        {x, _} -> x_small;
        [_ | _] -> nonempty;
        [] -> empty;
        F when is_float(F) -> {float, F};
        _Other -> default
    end.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
