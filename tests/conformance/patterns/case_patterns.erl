%% patterns in case, fun heads, receive, and list comprehension generators
-module(case_patterns).
-export([main/1]).
-mode(compile).

main(_) ->
    Values = [{ok, 1}, {ok, [1, 2]}, {error, timeout}, {error, {badarg, x}}, ok, [1 | 2], {1, 2, 3},
              [{k, v}], <<"bin">>, 3.0, -3, #{k => v}, "ok"],
    lists:foreach(fun(V) -> io:format("~p => ~p~n", [V, c(V)]) end, Values),
    Fn = fun({add, X, Y}) -> X + Y;
            ({neg, X}) -> -X;
            ([]) -> empty;
            (Other) -> {unknown, Other}
         end,
    io:format("~p~n", [[Fn({add, 1, 2}), Fn({neg, 5}), Fn([]), Fn(zz)]]),
    self() ! {msg, 1},
    self() ! {other, 2},
    self() ! {msg, 3},
    R1 = receive {msg, N} -> N end,
    R2 = receive {msg, N2} -> N2 end,
    R3 = receive Any -> Any end,
    io:format("~p ~p ~p~n", [R1, R2, R3]),
    io:format("~p~n", [[{K, V} || {K, V} <- [{a, 1}, b, {c, 2, x}, {d, 4}]]]),
    io:format("~p~n", [[H || [H | _] <- [[1, 2], [], [3], "x", atom]]]),
    ok.

c({ok, [_ | _] = L}) -> {ok_list, length(L)};
c({ok, N}) when is_integer(N) -> {ok_int, N};
c({error, {Reason, _}}) -> {error_tuple, Reason};
c({error, Reason}) -> {error, Reason};
c(ok) -> plain_ok;
c([_ | Tail]) when not is_list(Tail) -> improper;
c({_, _, _}) -> triple;
c([{_, _}]) -> proplist;
c(<<"bin">>) -> bin;
c(F) when is_float(F) -> float;
c(N) when N < 0 -> negative;
c(#{k := V}) -> {map_k, V};
c("ok") -> string_ok.
