%% after clauses: when they run, their value is discarded, ordering of side effects
-module(try_after).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [a(ok)]),
    io:format("~p~n", [t(fun() -> a(throw) end)]),
    io:format("~p~n", [t(fun() -> a(error) end)]),
    io:format("~p~n", [b()]),
    io:format("~p~n", [c()]),
    io:format("~p~n", [t(fun() -> d() end)]),
    io:format("~p~n", [lists:reverse(get(log))]),
    io:format("~p~n", [t(fun() -> try error(first) after throw(from_after) end end)]),
    io:format("~p~n", [try id(1) after id(2) end]),
    io:format("~p~n", [loop_after(3, [])]),
    io:format("~p~n", [try try throw(x) after io:format("inner after~n") end catch X -> {outer, X} after io:format("outer after~n") end]),
    ok.

a(What) ->
    try
        io:format("body ~p~n", [What]),
        case What of
            ok -> body_value;
            throw -> throw(thrown);
            error -> error(errored)
        end
    after
        io:format("after ~p~n", [What]),
        after_value_ignored
    end.

b() ->
    try throw(b) catch throw:b -> io:format("catch b~n"), caught_b after io:format("after b~n") end.

c() ->
    try id(c) of c -> io:format("of c~n"), of_c catch _ -> no after io:format("after c~n") end.

d() ->
    put(log, []),
    try
        log(d1),
        try
            log(d2),
            exit(d_exit)
        after
            log(inner_after)
        end
    after
        log(outer_after)
    end.

log(X) -> put(log, [X | get(log)]).

loop_after(0, Acc) -> Acc;
loop_after(N, Acc) ->
    R = try N after put(last, N) end,
    loop_after(N - 1, [{R, get(last)} | Acc]).

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
