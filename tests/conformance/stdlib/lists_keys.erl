%% lists key functions on tuple lists
-module(lists_keys).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [{a, 1, x}, {b, 2, y}, {c, 3, z}, {b, 4, w}],
    p(lists:keyfind(b, 1, L)),
    p(lists:keyfind(9, 2, L)),
    p(lists:keyfind(z, 3, L)),
    p(lists:keymember(c, 1, L)),
    p(lists:keymember(q, 1, L)),
    p(lists:keysearch(b, 1, L)),
    p(lists:keysearch(q, 1, L)),
    p(lists:keydelete(b, 1, L)),
    p(lists:keyreplace(b, 1, L, {b, new})),
    p(lists:keyreplace(q, 1, L, {q, new})),
    p(lists:keystore(b, 1, L, {b, stored})),
    p(lists:keystore(q, 1, L, {q, stored})),
    p(lists:keytake(b, 1, L)),
    p(lists:keytake(q, 1, L)),
    p(lists:keysort(2, [{x, 3}, {y, 1}, {z, 2}])),
    p(lists:keysort(1, L)),
    p(lists:ukeysort(1, L)),
    p(lists:keymerge(2, [{a, 1}, {c, 3}], [{b, 2}, {d, 4}])),
    p(lists:ukeymerge(1, [{a, 1}, {c, 3}], [{a, 2}, {d, 4}])),
    p(lists:keymap(fun atom_to_list/1, 1, [{a, 1}, {b, 2}])),
    p(lists:keyfind(1, 1, [{1.0, float}, {1, int}])),
    p(lists:keyfind(1.0, 1, [{1, int}, {1.0, float}])),
    p(lists:keyfind(a, 1, [a, {a}, {a, b}])),
    Props = [{name, "Ann"}, {age, 30}],
    p(proplists:get_value(age, Props)),
    ok.

p(X) -> io:format("~p~n", [X]).
