%% queue module (printing only via to_list, lengths and peeks)
-module(queue_fns).
-export([main/1]).
-mode(compile).

main(_) ->
    Q0 = queue:new(),
    p([queue:is_empty(Q0), queue:len(Q0), queue:to_list(Q0)]),
    Q1 = lists:foldl(fun queue:in/2, Q0, [1, 2, 3, 4, 5]),
    p([queue:len(Q1), queue:to_list(Q1), queue:peek(Q1), queue:peek_r(Q1)]),
    {{value, H}, Q2} = queue:out(Q1),
    p([H, queue:to_list(Q2)]),
    {{value, T}, Q3} = queue:out_r(Q2),
    p([T, queue:to_list(Q3)]),
    Q4 = queue:in_r(0, Q3),
    p(queue:to_list(Q4)),
    p(queue:out(queue:new())),
    p(queue:to_list(queue:reverse(Q4))),
    p(queue:to_list(queue:join(Q4, queue:from_list([a, b])))),
    {A, B} = queue:split(2, Q4),
    p([queue:to_list(A), queue:to_list(B)]),
    p(queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 0 end, Q4))),
    p(queue:to_list(queue:filter(fun(X) -> [X, X * 10] end, Q4))),
    p([queue:member(3, Q4), queue:member(9, Q4)]),
    p([queue:head(Q4), queue:last(Q4), queue:to_list(queue:tail(Q4)), queue:to_list(queue:init(Q4))]),
    p([queue:get(Q4), queue:get_r(Q4), queue:to_list(queue:drop(Q4)), queue:to_list(queue:drop_r(Q4))]),
    p(queue:to_list(queue:cons(x, queue:snoc(Q4, y)))),
    p(queue:fold(fun(X, Acc) -> X + Acc end, 0, Q4)),
    p(queue:all(fun is_integer/1, Q4)),
    p(queue:any(fun(X) -> X > 3 end, Q4)),
    p(queue:to_list(queue:delete(2, Q4))),
    p(queue:to_list(queue:filtermap(fun(X) when X > 1 -> {true, X * 2}; (_) -> false end, Q4))),
    p(queue:is_queue(Q4)),
    p(t(fun() -> queue:get(queue:new()) end)),
    Big = lists:foldl(fun(X, Q) -> queue:in(X, Q) end, queue:new(), lists:seq(1, 10000)),
    p(drain(Big, 0)),
    p(queue:peek(queue:new())),
    ok.

drain(Q, Acc) ->
    case queue:out(Q) of
        {{value, V}, Q2} -> drain(Q2, Acc + V);
        {empty, _} -> Acc
    end.

p(X) -> io:format("~p~n", [X]).
t(F) -> try F() catch C:R -> {C, R} end.
