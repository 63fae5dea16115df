%% atoms: plain, quoted, escapes, and how ~p/~w quote them
-module(atoms).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [ok, 'ok', 'hello world', 'Upper', '_under', 'with\'quote', 'a\nb', 'tab\there', '',
         'é', 'node@host', 'a.b', a@b, 'a-b', 'case', 'end', 'div', 'andalso', 'true', 'false',
         'undefined', '[]', '{}', 'x\\y', '1abc', abc123, aBC, 'Ω', '\x{263A}', 'semi;colon',
         'quote"dq', 'spa ce', 'maybe', 'else', 'catch', 'receive', 'fun', 'when', 'xor', 'orelse'],
    lists:foreach(fun(A) -> io:format("~p ~w ~s~n", [A, A, A]) end, L),
    io:format("~p~n", [L]),
    io:format("~p~n", [[atom_to_list('hello world'), atom_to_list(ok), atom_to_binary(abc),
                        atom_to_binary('é'), atom_to_binary('é', latin1)]]),
    io:format("~p~n", [[list_to_atom("foo bar"), binary_to_atom(<<"baz">>), list_to_existing_atom("ok")]]),
    io:format("~p~n", [t(fun() -> list_to_existing_atom("surely_this_atom_does_not_exist_xyz") end)]),
    io:format("~p~n", [[is_atom(ok), is_atom("ok"), is_atom(true), is_boolean(true), is_boolean(ok)]]),
    io:format("~p~n", [length(atom_to_list('\x{263A}'))]),
    io:format("~p~n", [byte_size(atom_to_binary('\x{263A}', utf8))]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
