%% persistent_term: put, get/1,2, erase, info.
-module(persistent_term_basic).
-mode(compile).
-export([main/1]).

c(F) -> try F() catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    #{count := N0} = persistent_term:info(),
    p(persistent_term:put({my, key}, [1, 2, 3])),
    p(persistent_term:get({my, key})),
    p(persistent_term:get({my, nokey}, default)),
    p(c(fun() -> persistent_term:get({my, nokey}) end)),
    p(persistent_term:put({my, key}, <<"new">>)),
    p(persistent_term:get({my, key})),
    persistent_term:put(1, int),
    persistent_term:put(1.0, float),
    p({persistent_term:get(1), persistent_term:get(1.0)}),
    #{count := N1} = persistent_term:info(),
    p(N1 - N0),
    p(lists:sort([{K, V} || {K, V} <- persistent_term:get(), K =:= 1 orelse K =:= {my, key}])),
    Me = self(),
    spawn(fun() -> Me ! persistent_term:get({my, key}) end),
    receive V -> p(V) end,
    p(persistent_term:erase({my, key})),
    p(persistent_term:erase({my, key})),
    p(persistent_term:get({my, key}, gone)),
    ok.
