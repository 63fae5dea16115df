%% record creation, defaults, access, update, matching, #r.f and record_info
-module(records_basic).
-export([main/1]).
-mode(compile).

-record(point, {x = 0, y = 0}).
-record(person, {name, age = 18, email = "none", tags = []}).
-record(empty, {}).
-record(typed, {id :: integer(), label = <<"x">> :: binary(), score = 1.5 :: float() | undefined}).

main(_) ->
    P0 = #point{},
    P1 = #point{x = 3},
    P2 = #point{y = 4, x = 5},
    io:format("~p ~p ~p~n", [P0, P1, P2]),
    io:format("~p ~p~n", [P2#point.x, P2#point.y]),
    P3 = P2#point{x = 10},
    io:format("~p ~p~n", [P3, P2]),
    Alice = #person{name = "Alice"},
    io:format("~p~n", [Alice]),
    Bob = Alice#person{name = "Bob", age = 42, tags = [admin]},
    io:format("~p~n", [Bob]),
    io:format("~p~n", [[#point.x, #point.y, #person.name, #person.tags]]),
    io:format("~p~n", [record_info(fields, person)]),
    io:format("~p~n", [record_info(size, person)]),
    io:format("~p ~p~n", [record_info(fields, empty), record_info(size, empty)]),
    io:format("~p~n", [#empty{}]),
    io:format("~p~n", [#typed{id = 1}]),
    io:format("~p~n", [record_info(fields, typed)]),
    #person{name = N, age = A} = Bob,
    io:format("~p ~p~n", [N, A]),
    io:format("~p~n", [[is_record(Bob, person), is_record(Bob, point), is_record({point, 1}, point),
                        is_record(P0, point, 3), is_record(P0, point, 2)]]),
    io:format("~p~n", [element(1, Bob)]),
    io:format("~p~n", [tuple_size(Bob)]),
    io:format("~p~n", [{point, 1, 2} =:= #point{x = 1, y = 2}]),
    io:format("~p~n", [setelement(#point.y, P1, 99)]),
    io:format("~p~n", [lists:keyfind("Bob", #person.name, [Alice, Bob])]),
    io:format("~p~n", [[Name || #person{name = Name, age = Age} <- [Alice, Bob], Age > 20]]),
    io:format("~p~n", [quadrant(#point{x = -1, y = 2})]),
    io:format("~p~n", [quadrant(#point{x = 1, y = 2})]),
    io:format("~p~n", [quadrant(#point{})]),
    ok.

quadrant(#point{x = 0, y = 0}) -> origin;
quadrant(#point{x = X, y = Y}) when X > 0, Y > 0 -> first;
quadrant(#point{x = X}) when X < 0 -> left;
quadrant(_) -> other.
