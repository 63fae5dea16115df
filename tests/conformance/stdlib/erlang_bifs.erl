%% assorted erlang module BIFs on tuples, lists and atoms
-module(erlang_bifs).
-export([main/1]).
-mode(compile).

main(_) ->
    T = {a, b, c},
    p([element(2, T), setelement(2, T, x), tuple_size(T), tuple_to_list(T), list_to_tuple([1, 2])]),
    p([erlang:append_element(T, d), erlang:delete_element(1, T), erlang:insert_element(2, T, new)]),
    p([erlang:make_tuple(3, z), erlang:make_tuple(4, 0, [{2, a}, {4, b}])]),
    p([hd([1, 2]), tl([1, 2]), length([1, 2, 3]), [1, 2] ++ [3], [1, 2, 3, 2] -- [2]]),
    p([atom_to_list(abc), list_to_atom("xyz"), atom_to_binary(abc, utf8), binary_to_atom(<<"q">>, utf8)]),
    p([integer_to_list(42), integer_to_list(255, 16), list_to_integer("-17"), integer_to_binary(7, 2)]),
    p([tuple_to_list({}), list_to_tuple([]), erlang:list_to_tuple("ab")]),
    p([abs(-3), max(3, 7), min(3, 7), size({1, 2}), size(<<1, 2, 3>>)]),
    p([is_atom(a), is_list([]), is_tuple({}), is_map(#{}), is_binary(<<>>)]),
    p([erlang:phash2(anything, 1), erlang:phash2([], 1)]),
    p(lists:sort([node(), nonode@nohost])),
    p(erlang:is_builtin(erlang, length, 1)),
    p([term_to_binary(hello) =:= term_to_binary(hello), binary_to_term(term_to_binary({x, [1]}))]),
    p([erlang:bit_size(<<1:5>>), erlang:byte_size(<<1:9>>)]),
    p(erlang:atom_to_list(erlang:list_to_atom([104, 105]))),
    p([float(1), trunc(1.9), round(1.5), erlang:floor(-1.1), erlang:ceil(-1.1)]),
    p([1 =:= 1, a =/= b, erlang:'not'(true), erlang:'and'(true, false), erlang:'or'(true, false)]),
    p([lists:sum([N || N <- lists:seq(1, 10), N rem 2 =:= 0])]),
    p([is_process_alive(self()), is_pid(self()), is_reference(make_ref()), make_ref() =/= make_ref()]),
    p([erlang:system_info(wordsize) > 0, is_list(erlang:system_info(otp_release))]),
    p(erlang:integer_to_list(-255, 16)),
    p([binary_to_list(<<"abc">>), list_to_binary([<<"a">>, "bc"]), binary_part(<<"hello">>, 1, 3)]),
    p(erlang:tuple_to_list(erlang:make_tuple(2, [])) =:= [[], []]),
    p([erlang:iolist_size(["ab", <<"c">>]), erlang:iolist_to_binary(["ab", [<<"c">>, $d]])]),
    p(erlang:list_to_existing_atom("ok")),
    p([erlang:unique_integer([positive]) > 0, is_integer(erlang:system_time()), is_integer(erlang:monotonic_time())]),
    ok.

p(X) -> io:format("~p~n", [X]).
