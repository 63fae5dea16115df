%% process dictionary: put/get/erase/get_keys, return values, isolation between processes
-module(procdict).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("~p~n", [get(missing)]),
    io:format("~p~n", [put(a, 1)]),
    io:format("~p~n", [put(a, 2)]),
    io:format("~p~n", [get(a)]),
    put({complex, key}, [1, 2, 3]),
    put("string key", <<"bin">>),
    put(1, one),
    put(1.0, one_float),
    io:format("~p~n", [[get({complex, key}), get("string key"), get(1), get(1.0)]]),
    io:format("~p~n", [lists:sort(get())]),
    %% 1 and 1.0 compare equal, so sort on a key that tells them apart (get_keys/0 order is internal)
    io:format("~p~n", [lists:sort(fun(A, B) -> {is_float(A), A} =< {is_float(B), B} end, get_keys())]),
    put(b, 2), put(c, 2),
    io:format("~p~n", [lists:sort(get_keys(2))]),
    io:format("~p~n", [erase(a)]),
    io:format("~p~n", [erase(a)]),
    io:format("~p~n", [get(a)]),
    Parent = self(),
    spawn(fun() -> Parent ! {child_sees, get(b), put(b, child), get(b)} end),
    io:format("~p~n", [receive M -> M end]),
    io:format("~p~n", [get(b)]),
    All = erase(),
    io:format("~p~n", [lists:sort(All)]),
    io:format("~p~n", [get()]),
    [put(K, K * K) || K <- lists:seq(1, 100)],
    io:format("~p~n", [lists:sum([get(K) || K <- lists:seq(1, 100)])]),
    io:format("~p~n", [length(get())]),
    io:format("~p~n", [counter(1000)]),
    ok.

counter(0) -> get(count);
counter(N) ->
    case get(count) of
        undefined -> put(count, 1);
        C -> put(count, C + 1)
    end,
    counter(N - 1).
