%% proplists
-module(proplists_fns).
-export([main/1]).
-mode(compile).

main(_) ->
    P = [{name, "Ann"}, {age, 30}, verbose, {age, 99}, {tags, [a, b]}, {debug, false}],
    p([proplists:get_value(name, P), proplists:get_value(age, P), proplists:get_value(missing, P),
       proplists:get_value(missing, P, default), proplists:get_value(verbose, P)]),
    p([proplists:get_bool(verbose, P), proplists:get_bool(debug, P), proplists:get_bool(nope, P)]),
    p(proplists:get_all_values(age, P)),
    p([proplists:is_defined(age, P), proplists:is_defined(nope, P)]),
    p(proplists:lookup(age, P)),
    p(proplists:lookup(verbose, P)),
    p(proplists:lookup(nope, P)),
    p(proplists:lookup_all(age, P)),
    p(proplists:delete(age, P)),
    p(proplists:get_keys(P)),
    p(proplists:compact(P)),
    p(proplists:unfold([a, {b, 1}])),
    p(proplists:expand([{short, [{long, 1}, x]}], [short, y])),
    p(proplists:normalize([a, {b, true}], [{aliases, [{a, alpha}]}])),
    p(proplists:substitute_aliases([{a, alpha}], [a, {a, 1}, b])),
    p(proplists:substitute_negations([{no_debug, debug}], [no_debug, x])),
    p(proplists:split([{a, 1}, {b, 2}, c, {a, 3}], [a, c])),
    p(proplists:to_map([{a, 1}, b, {a, 2}])),
    p(proplists:from_map(#{x => 1})),
    p(proplists:append_values(tags, [{tags, [a]}, {tags, b}, {other, 1}])),
    p(proplists:property({flag, true})),
    p(proplists:property(key, value)),
    ok.

p(X) -> io:format("~p~n", [X]).
