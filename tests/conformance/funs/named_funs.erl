%% named (recursive) funs, fun name/arity, fun module:name/arity, multi-clause funs
-module(named_funs).
-export([main/1, double/1, apply_twice/2]).
-mode(compile).

main(_) ->
    Fact = fun F(0) -> 1; F(N) when N > 0 -> N * F(N - 1) end,
    io:format("~p ~p~n", [Fact(10), Fact(20)]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~p~n", [[Fib(I) || I <- lists:seq(0, 15)]]),
    Len = fun L([]) -> 0; L([_ | T]) -> 1 + L(T) end,
    io:format("~p~n", [Len(lists:seq(1, 1000))]),
    Loop = fun Loop(0, Acc) -> Acc; Loop(N, Acc) -> Loop(N - 1, Acc + N) end,
    io:format("~p~n", [Loop(1000000, 0)]),
    Local = fun double/1,
    Ext = fun ?MODULE:double/1,
    Lists = fun lists:reverse/1,
    io:format("~p ~p ~p~n", [Local(4), Ext(5), Lists([1, 2, 3])]),
    io:format("~p~n", [lists:map(fun double/1, [1, 2, 3])]),
    io:format("~p~n", [lists:map(fun erlang:abs/1, [-1, 2, -3])]),
    io:format("~p~n", [apply_twice(fun double/1, 3)]),
    io:format("~p~n", [apply_twice(fun(X) -> [X] end, x)]),
    M = lists, F = seq, A = 2,
    Dyn = fun M:F/A,
    io:format("~p~n", [Dyn(1, 5)]),
    io:format("~p~n", [[erlang:fun_info(Ext, module), erlang:fun_info(Ext, name), erlang:fun_info(Ext, arity),
                        erlang:fun_info(Ext, type)]]),
    io:format("~p~n", [[erlang:fun_info(Lists, arity), erlang:fun_info(Dyn, arity), erlang:fun_info(Dyn, module)]]),
    io:format("~p~n", [[erlang:fun_info(Local, arity), erlang:fun_info(Local, module), erlang:fun_info(Local, type)]]),
    io:format("~p~n", [[erlang:fun_info(Fact, arity), erlang:fun_info(fun() -> ok end, arity),
                        erlang:fun_info(fun(_, _, _) -> ok end, arity)]]),
    io:format("~p~n", [[Ext =:= fun ?MODULE:double/1, Lists =:= fun lists:reverse/1, Ext =:= Local]]),
    Classify = fun(X) when is_integer(X), X < 0 -> neg;
                  (0) -> zero;
                  (X) when is_integer(X) -> pos;
                  (_) -> nan
               end,
    io:format("~p~n", [lists:map(Classify, [-3, 0, 3, a])]),
    io:format("~p~n", [t(fun() -> Classify(1, 2) end)]),
    ok.

double(X) -> X * 2.
apply_twice(F, X) -> F(F(X)).

t(F) -> try F() catch C:R -> {C, element(1, R)} end.
