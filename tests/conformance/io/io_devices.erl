% io: output to devices that are processes, group leaders, standard_error, bad devices
-module(io_devices).
-mode(compile).
-export([main/1]).

p(X) -> io:format("~p~n", [X]).
t(F) -> try F() catch C:R -> {C, R} end.

%% A minimal io server: collects put_chars text, answers getopts, refuses the rest.
server(Acc) ->
    receive
        {io_request, From, ReplyAs, {put_chars, _Enc, Chars}} ->
            From ! {io_reply, ReplyAs, ok},
            server([Acc, Chars]);
        {io_request, From, ReplyAs, {put_chars, _Enc, M, F, A}} ->
            From ! {io_reply, ReplyAs, ok},
            server([Acc, apply(M, F, A)]);
        {io_request, From, ReplyAs, getopts} ->
            From ! {io_reply, ReplyAs, [{binary, false}, {encoding, unicode}]},
            server(Acc);
        {io_request, From, ReplyAs, {get_line, _Enc, _Prompt}} ->
            From ! {io_reply, ReplyAs, "a line\n"},
            server(Acc);
        {io_request, From, ReplyAs, _Other} ->
            From ! {io_reply, ReplyAs, {error, request}},
            server(Acc);
        {dump, From} ->
            From ! {text, unicode:characters_to_list(Acc)},
            server([])
    end.

dump(S) ->
    S ! {dump, self()},
    receive {text, T} -> T end.

main(_) ->
    GL = group_leader(),
    p(is_pid(GL)),
    p(GL =:= group_leader()),
    p(io:format(GL, "to my group leader ~w~n", [1])),
    p(io:put_chars(user, "to user\n")),
    p(io:format(standard_error, "to stderr~n", [])),
    S = spawn(fun() -> server([]) end),
    p(io:format(S, "hello ~s ~p~n", ["world", {x}])),
    p(io:fwrite(S, "~w", [[1]])),
    p(io:put_chars(S, [<<"bin">>, "list"])),
    p(io:nl(S)),
    p(io:write(S, {a, "b"})),
    p(io:getopts(S)),
    p(io:get_line(S, "prompt")),
    p(io:columns(S)),
    p(io:rows(S)),
    p(io:setopts(S, [binary])),
    p(io:request(S, {get_chars, unicode, '', 3})),
    p(dump(S)),
    register(my_dev, S),
    p(io:format(my_dev, "by name~n", [])),
    p(dump(S)),
    Self = self(),
    Child = spawn(fun() ->
                          io:format("from the child~n"),
                          io:format("~p~n", [group_leader() =:= S]),
                          Self ! done
                  end),
    p(group_leader(S, Child)),
    receive done -> ok end,
    p(dump(S)),
    group_leader(S, self()),
    io:format("captured ~w~n", [42]),
    io:put_chars("captured chars\n"),
    io:nl(),
    group_leader(GL, self()),
    p(dump(S)),
    p(io:format("back~n")),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    p(t(fun() -> io:format(Dead, "x", []) end)),
    p(t(fun() -> io:put_chars(Dead, "x") end)),
    p(io:get_line(Dead, "")),
    p(io:getopts(Dead)),
    p(t(fun() -> io:format(no_such_device, "x", []) end)),
    p(t(fun() -> io:format(self(), "x", []) end)),
    p(t(fun() -> io:format({bad}, "x", []) end)),
    p(t(fun() -> group_leader(x, self()) end)),
    p(t(fun() -> group_leader(GL, Dead) end)),
    p(io:columns()),
    p(io:rows()),
    p(io:getopts(standard_error)),
    p(io:request(standard_io, {put_chars, unicode, "via request\n"})),
    p(io:requests(standard_io, [{put_chars, unicode, "one "}, {put_chars, unicode, "two\n"}])),
    p(io:request(no_such_device, getopts)),
    p(io:request({put_chars, unicode, "request/1\n"})),
    p(io:requests([{put_chars, unicode, "requests/1\n"}, getopts])).
