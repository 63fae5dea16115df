%% undef in its various forms: missing module, unexported function, wrong arity, apply
-module(undef).
-export([main/1, exported/1]).
-mode(compile).

main(_) ->
    Cases = [fun() -> (id(nonexistent_mod)):f(1) end,
             fun() -> ?MODULE:exported(1, 2) end,
             fun() -> (id(?MODULE)):hidden(1) end,
             fun() -> apply(lists, no_such_fun, [1]) end,
             fun() -> apply(id(lists), id(reverse), [[1], [2], [3]]) end,
             fun() -> erlang:no_such_bif(1) end,
             fun() -> (id(fun nonexistent_mod:f/1))(1) end,
             fun() -> (id(fun lists:nosuch/0))() end,
             fun() -> M = id(lists), F = id(reverse), M:F([1, 2, 3]) end,
             fun() -> apply(fun exported/1, [7]) end,
             fun() -> apply(?MODULE, exported, [8]) end],
    lists:foreach(fun(F) -> io:format("~p~n", [t(F)]) end, Cases),
    Stack = try (id(nonexistent_mod)):f(1, 2) catch error:undef:S -> S end,
    [{M1, F1, A1, _} | _] = Stack,
    io:format("~p~n", [{M1, F1, A1}]),
    io:format("~p~n", [[erlang:function_exported(?MODULE, exported, 1),
                        erlang:function_exported(?MODULE, hidden, 1),
                        erlang:function_exported(lists, reverse, 1),
                        erlang:function_exported(nonexistent_mod, f, 1)]]),
    io:format("~p~n", [hidden(ok)]),
    ok.

exported(X) -> {exported, X}.
hidden(X) -> {hidden, X}.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
