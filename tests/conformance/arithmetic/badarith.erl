%% every way to get badarith, caught and printed
-module(badarith).
-export([main/1]).
-mode(compile).

main(_) ->
    Cases = [fun() -> id(1) / 0 end,
             fun() -> id(1) div 0 end,
             fun() -> id(1) rem 0 end,
             fun() -> id(a) + 1 end,
             fun() -> 1 - id("1") end,
             fun() -> id(1.5) div 1 end,
             fun() -> id(5) rem 2.0 end,
             fun() -> -id(foo) end,
             fun() -> id([]) * 2 end,
             fun() -> id(1.0) / 0.0 end,
             fun() -> id(0) / 0 end,
             fun() -> id({1}) + 1 end,
             fun() -> id(1 bsl 100) div 0 end,
             fun() -> id(1) bor 1.0 end,
             fun() -> id(1) bsr 1.0 end,
             fun() -> + id(x) end,
             fun() -> id(<<1>>) + 1 end],
    lists:foreach(fun(F) -> io:format("~p~n", [t(F)]) end, Cases),
    io:format("~p~n", [t(fun() -> abs(id(a)) end)]),
    io:format("~p~n", [t(fun() -> float(id(a)) end)]),
    io:format("~p~n", [t(fun() -> trunc(id("1")) end)]),
    io:format("~p~n", [t(fun() -> round(id(a)) end)]),
    ok.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
