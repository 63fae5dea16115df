%% and/or/not/xor/andalso/orelse as expressions, including errors and non-boolean tails
-module(bool_ops).
-export([main/1]).
-mode(compile).

main(_) ->
    Bs = [true, false],
    lists:foreach(fun(A) ->
                          lists:foreach(fun(B) ->
                                                io:format("~p ~p: and=~p or=~p xor=~p andalso=~p orelse=~p~n",
                                                          [A, B, A and B, A or B, A xor B, A andalso B, A orelse B])
                                        end, Bs)
                  end, [id(B) || B <- Bs]),
    io:format("~p~n", [[not true, not false]]),
    io:format("~p~n", [[id(true) andalso 42, id(false) orelse foo, id(false) andalso exit(boom), id(true) orelse exit(boom)]]),
    io:format("~p~n", [t(fun() -> id(1) andalso true end)]),
    io:format("~p~n", [t(fun() -> id(1) orelse true end)]),
    io:format("~p~n", [t(fun() -> id(true) and 1 end)]),
    io:format("~p~n", [t(fun() -> not id(1) end)]),
    io:format("~p~n", [t(fun() -> id(false) or id(x) end)]),
    io:format("~p~n", [t(fun() -> id(x) xor true end)]),
    io:format("~p~n", [all_pos([1, 2, 3])]),
    io:format("~p~n", [all_pos([1, -2, 3])]),
    io:format("~p~n", [any_neg(lists:seq(1, 100000) ++ [-1])]),
    ok.

%% andalso/orelse in tail position: deep recursion must not grow the stack
all_pos([]) -> true;
all_pos([H | T]) -> H > 0 andalso all_pos(T).
any_neg([]) -> false;
any_neg([H | T]) -> H < 0 orelse any_neg(T).

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
