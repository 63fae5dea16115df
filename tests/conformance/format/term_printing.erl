%% ~w and ~p of every term kind, including nesting, improper lists and special atoms
-module(term_printing).
-export([main/1]).
-mode(compile).

main(_) ->
    Terms = [0, -1, 1 bsl 65, 0.5, -1.0e-9, atom, 'Atom', 'a b', '', [], [1], [1, 2 | 3],
             [[]], "", "text", "tab\t", [$a, 300], {}, {{}}, {1, {2, {3}}}, #{}, #{k => [v]},
             <<>>, <<0>>, <<"txt">>, <<1:1>>, [<<"a">>, "b", c], {[], #{}, <<>>}, [-1],
             "\e\d\a\v", "\x{7f}", [$\\, $"], "new\nline", '\n', 'it\'s', [{}, [{}]]],
    lists:foreach(fun(T) -> io:format("~w | ~p~n", [T, T]) end, Terms),
    io:format("~p~n", [Terms]),
    ok.
