%% erlang:alias/0,1 and unalias/1: sending through an active alias, an inactive one, a plain reference
-module(alias_basic).
-mode(compile).
-export([main/1]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    A = alias(),
    io:format("is_reference: ~p~n", [is_reference(A)]),
    self() ! before, A ! through_alias, erlang:send(A, via_send2), erlang:send(A, via_send3, [noconnect]),
    io:format("active: ~p~n", [flush()]),
    io:format("unalias: ~p then ~p~n", [unalias(A), unalias(A)]),
    A ! dropped, erlang:send(A, dropped_too),
    io:format("inactive: ~p~n", [flush()]),
    R = make_ref(),
    io:format("plain ref send: ~p ~p~n", [t(fun() -> R ! x end), t(fun() -> erlang:send(R, y, []) end)]),
    io:format("plain ref mailbox: ~p unalias: ~p~n", [flush(), unalias(R)]),
    B = alias([reply]), B ! r1, B ! r2,
    io:format("reply: ~p unalias: ~p~n", [flush(), unalias(B)]),
    C = alias([explicit_unalias]), C ! e1, C ! e2,
    io:format("explicit_unalias: ~p unalias: ~p~n", [flush(), unalias(C)]),
    D = alias([reply, explicit_unalias]), D ! d1, D ! d2,
    io:format("last option wins (explicit): ~p ~p~n", [flush(), unalias(D)]),
    E = alias([explicit_unalias, reply]), E ! f1, E ! f2,
    io:format("last option wins (reply): ~p ~p~n", [flush(), unalias(E)]),
    F = alias([]), F ! g1, F ! g2,
    io:format("no options: ~p ~p~n", [flush(), unalias(F)]),
    io:format("badargs: ~p~n", [[t(fun() -> unalias(x) end), t(fun() -> unalias(self()) end),
                                  t(fun() -> alias(x) end), t(fun() -> alias([x]) end),
                                  t(fun() -> alias([reply | x]) end),
                                  t(fun() -> alias([reply_demonitor]) end)]]),
    %% Someone else's alias cannot be unaliased by us.
    Me = self(),
    G = alias(),
    spawn(fun() -> Me ! {other_unalias, unalias(G)} end),
    receive {other_unalias, U} -> io:format("other process unalias: ~p~n", [U]) end,
    G ! still_active,
    io:format("~p~n", [flush()]),
    ok.
