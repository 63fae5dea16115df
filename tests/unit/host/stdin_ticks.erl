%% A reader process waits on standard input while main ticks on a timer (issue #8).
-module(stdin_ticks).
-export([main/1]).
-mode(compile).

main(["ticks"]) ->
    Self = self(),
    spawn(fun() -> Self ! {line, io:get_line("> ")} end),
    ticks(0);
main(["quiet"]) ->
    Self = self(),
    spawn(fun() -> Self ! {line, io:get_line("> ")} end),
    count(0);
main(["leave"]) ->
    spawn(fun() -> io:get_line("") end),
    receive after 100 -> io:format("bye~n") end;
main(["read"]) ->
    Self = self(),
    spawn(fun() -> Self ! {terms, io:read("t> "), io:get_chars("", 3), io:read(""), io:get_line("")} end),
    receive {terms, A, B, C, D} -> io:format("~p~n", [{A, B, C, D}]) end;
main(["forever"]) ->
    io:format("~p~n", [io:get_line("")]),
    receive never -> ok end.

ticks(N) ->
    receive
        {line, L} -> io:format("~ngot ~p, ticked: ~p~n", [L, N >= 3])
    after 50 ->
        io:format("tick~n"),
        ticks(N + 1)
    end.

count(N) ->
    receive
        {line, L} -> io:format("got ~p, ticked: ~p~n", [L, N >= 3])
    after 50 ->
        count(N + 1)
    end.
