%% nested handlers, rethrowing, erlang:raise/3 and changing class
-module(rethrow).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [t(fun() -> rethrow_same(fun() -> throw(a) end) end)]),
    io:format("~p~n", [t(fun() -> rethrow_same(fun() -> error(b) end) end)]),
    io:format("~p~n", [t(fun() -> rethrow_same(fun() -> exit(c) end) end)]),
    io:format("~p~n", [t(fun() -> wrap(fun() -> error(inner) end) end)]),
    io:format("~p~n", [t(fun() -> erlang:raise(throw, raised, []) end)]),
    io:format("~p~n", [t(fun() -> erlang:raise(error, raised, []) end)]),
    io:format("~p~n", [t(fun() -> erlang:raise(exit, raised, []) end)]),
    io:format("~p~n", [t(fun() -> erlang:raise(bad_class, raised, []) end)]),
    io:format("~p~n", [t(fun() -> erlang:raise(error, raised, not_a_stacktrace) end)]),
    Stack = [{my_mod, my_fun, 2, [{file, "my_mod.erl"}, {line, 10}]}, {other, f, [a, b], []}],
    {C, R, S} = try erlang:raise(error, custom, Stack) catch C0:R0:S0 -> {C0, R0, S0} end,
    io:format("~p ~p~n~p~n", [C, R, S]),
    io:format("~p~n", [S =:= Stack]),
    io:format("~p~n", [t(fun() -> depth(5) end)]),
    io:format("~p~n", [t(fun() -> convert(fun() -> throw(x) end) end)]),
    io:format("~p~n", [t(fun() -> convert(fun() -> exit(y) end) end)]),
    io:format("~p~n", [t(fun() -> convert(fun() -> error(z) end) end)]),
    io:format("~p~n", [catch_in_catch()]),
    ok.

rethrow_same(F) ->
    try F() catch Class:Reason:St -> erlang:raise(Class, {rethrown, Reason}, St) end.

wrap(F) ->
    try F() catch error:R -> error({wrapped, R}) end.

depth(0) -> throw(bottom);
depth(N) ->
    try depth(N - 1) catch throw:X -> throw({level, N, X}) end.

convert(F) ->
    try F()
    catch
        throw:T -> exit({was_throw, T});
        exit:E -> error({was_exit, E});
        error:R -> throw({was_error, R})
    end.

catch_in_catch() ->
    try
        throw(first)
    catch
        throw:first ->
            try throw(second) catch throw:second -> {handled, first, second} end
    end.

t(F) -> try F() catch C:R -> {C, R} end.
