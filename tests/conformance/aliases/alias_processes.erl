%% aliases across processes: another process replies through an alias; a reply-once alias lets one
%% message through; an alias survives term_to_binary; an alias of a dead process swallows messages
-module(alias_processes).
-mode(compile).
-export([main/1]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

echo() ->
    receive
        {To, Msgs} -> [To ! M || M <- Msgs], echo();
        stop -> ok
    end.

main(_) ->
    P = spawn(fun echo/0),
    A = alias(),
    P ! {A, [one, two]}, timer:sleep(20),
    io:format("explicit: ~p~n", [flush()]),
    unalias(A),
    P ! {A, [three]}, timer:sleep(20),
    io:format("after unalias: ~p~n", [flush()]),
    B = alias([reply]),
    P ! {B, [first, second, third]}, timer:sleep(20),
    io:format("reply: ~p~n", [flush()]),
    C = alias(),
    C2 = binary_to_term(term_to_binary(C)),
    io:format("roundtrip equal: ~p~n", [C =:= C2]),
    P ! {C2, [via_copy]}, timer:sleep(20),
    io:format("roundtrip: ~p~n", [flush()]),
    Me = self(),
    Q = spawn(fun() -> Me ! {alias, alias()}, receive stop -> ok end end),
    QA = receive {alias, X} -> X end,
    QA ! alive_owner,
    Mon = monitor(process, Q),
    Q ! stop,
    receive {'DOWN', Mon, process, _, Why} -> io:format("owner down: ~p~n", [Why]) end,
    QA ! dead_owner,
    io:format("send to dead owner's alias: ~p~n", [flush()]),
    P ! stop,
    ok.
