%% Exercises stdlib/lib/queue.erl. Queues are printed raw: our {Rear, Front} pairs must be
%% exactly OTP's after every operation, since programs may print or compare them.
-module(queue_test).
-export([main/1]).
-mode(compile).

t(Tag, F) ->
    R = try F() catch C:E -> {C, E} end,
    io:format("~w: ~w~n", [Tag, clean(R)]).

clean(F) when is_function(F) -> 'FUN';
clean([H | T]) -> [clean(H) | clean(T)];
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean(X) -> X.

ins(N) -> lists:foldl(fun queue:in/2, queue:new(), lists:seq(1, N)).
ins_r(N) -> lists:foldl(fun queue:in_r/2, queue:new(), lists:seq(1, N)).

main(_) ->
    Qs = [queue:new()] ++ [queue:from_list(lists:seq(1, N)) || N <- lists:seq(1, 7)]
        ++ [ins(N) || N <- lists:seq(2, 6)] ++ [ins_r(N) || N <- lists:seq(2, 6)]
        ++ [{[6, 5], [1, 2, 3, 4]}, {[], [1, 2, 3, 4]}, {[4, 3, 2, 1], []}, {[], [1]}, {[1], []},
            {[], lists:seq(1, 9)}, {lists:seq(9, 1, -1), []}, {[], [1, 2]}, {[2, 1], []}],
    Named = lists:zip(lists:seq(1, length(Qs)), Qs),
    [t({q, I}, fun() -> Q end) || {I, Q} <- Named],
    Unary = [is_empty, is_queue, len, to_list, out, out_r, get, get_r, peek, peek_r, drop, drop_r,
             reverse, head, tail, daeh, last, liat, init, lait],
    [t({F, I}, fun() -> queue:F(Q) end) || F <- Unary, {I, Q} <- Named],
    [t({in, I}, fun() -> queue:in(x, Q) end) || {I, Q} <- Named],
    [t({in_r, I}, fun() -> queue:in_r(x, Q) end) || {I, Q} <- Named],
    [t({cons, I}, fun() -> queue:cons(x, Q) end) || {I, Q} <- Named],
    [t({snoc, I}, fun() -> queue:snoc(Q, x) end) || {I, Q} <- Named],
    [t({split, I, N}, fun() -> queue:split(N, Q) end) || {I, Q} <- Named, N <- lists:seq(0, 8)],
    [t({join, I, J}, fun() -> queue:join(A, B) end) || {I, A} <- Named, {J, B} <- Named, I =< 8, J =< 8],
    [t({member, I, X}, fun() -> queue:member(X, Q) end) || {I, Q} <- Named, X <- [1, 1.0, 4, z]],
    [t({delete, I, X}, fun() -> queue:delete(X, Q) end) || {I, Q} <- Named, X <- [1, 1.0, 3, 5, z]],
    [t({delete_r, I, X}, fun() -> queue:delete_r(X, Q) end) || {I, Q} <- Named, X <- [1, 3, 5, z]],
    Odd = fun(X) -> X rem 2 =:= 1 end,
    [t({delete_with, I}, fun() -> queue:delete_with(Odd, Q) end) || {I, Q} <- Named],
    [t({delete_with_r, I}, fun() -> queue:delete_with_r(Odd, Q) end) || {I, Q} <- Named],
    [t({filter, I}, fun() -> queue:filter(Odd, Q) end) || {I, Q} <- Named],
    [t({filter_dup, I}, fun() -> queue:filter(fun(X) -> [X, X * 10] end, Q) end) || {I, Q} <- Named],
    [t({filter_odd, I}, fun() -> queue:filter(fun(X) when X rem 2 =:= 0 -> [X, X]; (_) -> [] end, Q) end) || {I, Q} <- Named],
    [t({filtermap, I}, fun() -> queue:filtermap(fun(X) when X > 2 -> {true, X * 10}; (X) -> X =:= 1 end, Q) end) || {I, Q} <- Named],
    [t({fold, I}, fun() -> queue:fold(fun(X, A) -> [X | A] end, [], Q) end) || {I, Q} <- Named],
    [t({any, I}, fun() -> queue:any(fun(X) -> X > 3 end, Q) end) || {I, Q} <- Named],
    [t({all, I}, fun() -> queue:all(fun(X) -> X < 5 end, Q) end) || {I, Q} <- Named],
    [t({from_list, L}, fun() -> queue:from_list(L) end) || L <- [[], [a], [a, b], notalist, [a | b], [a, b | c]]],
    Bad = [notaqueue, {a, []}, {[], b}, {[a | b], []}, {[1], [2], [3]}, [a]],
    [t({F, B}, fun() -> queue:F(B) end) || F <- Unary, B <- Bad],
    [t({F, B}, fun() -> queue:F(x, B) end) || F <- [in, in_r, cons, member, delete, delete_r], B <- Bad],
    [t({snoc, B}, fun() -> queue:snoc(B, x) end) || B <- Bad],
    [t({split, B}, fun() -> queue:split(1, B) end) || B <- Bad],
    [t({split, N}, fun() -> queue:split(N, queue:from_list([1, 2, 3])) end) || N <- [-1, 4, a, 1.0]],
    [t({join, B}, fun() -> queue:join(B, queue:new()) end) || B <- Bad],
    [t({join2, B}, fun() -> queue:join(queue:new(), B) end) || B <- Bad],
    [t({F, B}, fun() -> queue:F(fun(_) -> true end, B) end)
     || F <- [filter, filtermap, any, all, delete_with, delete_with_r], B <- Bad],
    [t({fold, B}, fun() -> queue:fold(fun(_, A) -> A end, 0, B) end) || B <- Bad],
    Q3 = queue:from_list([1, 2, 3]),
    [t({F, notfun}, fun() -> queue:F(notfun, Q3) end) || F <- [filter, filtermap, any, all, delete_with, delete_with_r]],
    [t({F, notfun_empty}, fun() -> queue:F(notfun, queue:new()) end) || F <- [filter, filtermap, any, all, delete_with, delete_with_r]],
    t({fold, notfun}, fun() -> queue:fold(notfun, 0, Q3) end),
    t({fold, notfun_empty}, fun() -> queue:fold(notfun, 0, queue:new()) end),
    [t({F, nonbool}, fun() -> queue:F(fun(_) -> maybe end, Q3) end) || F <- [filter, filtermap, any, all, delete_with, delete_with_r]],
    t({filter, improper}, fun() -> queue:filter(fun(_) -> [a | b] end, Q3) end),
    %% A long run of mixed operations.
    Ops = lists:seq(1, 300),
    Long = lists:foldl(fun(I, Q) ->
                               case I rem 7 of
                                   0 -> element(2, queue:out(Q));
                                   1 -> queue:in_r(I, Q);
                                   2 -> element(2, queue:out_r(Q));
                                   _ -> queue:in(I, Q)
                               end
                       end, queue:new(), Ops),
    t(long, fun() -> Long end),
    t(long, fun() -> queue:len(Long) end),
    Big = queue:from_list(lists:seq(1, 200000)),
    t(big, fun() -> queue:len(queue:filter(fun(X) -> X rem 3 =:= 0 end, Big)) end),
    t(big, fun() -> {Front, _} = queue:split(100000, Big), queue:len(Front) end),
    ok.
