%% #{} in a pattern matches any map, also nested in a constant-looking pattern
-module(map_any_pattern).
-export([main/1]).
-mode(compile).

f(#{}) -> any_map;
f(_) -> other.

g({#{}, 1}) -> one;
g({#{}, _}) -> yes;
g(_) -> no.

h([#{} | _]) -> list_of_map;
h(_) -> no.

main(_) ->
    io:format("~p~n", [[f(#{a => 1}), f(#{}), f(x), f([])]]),
    io:format("~p~n", [[g({#{a => 1}, 1}), g({#{}, 2}), g({#{b => 2}, 2}), g({x, 1})]]),
    io:format("~p~n", [[h([#{k => v}]), h([#{}, 1]), h([a])]]),
    io:format("~p~n", [[case M of #{} -> m; _ -> n end || M <- [#{}, #{1 => 2}, {}]]]).
