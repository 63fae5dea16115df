%% word frequencies of an embedded text: tokenising, counting with maps, sorting ties
-module(word_freq).
-export([main/1]).
-mode(compile).

-define(TEXT, "It was the best of times, it was the worst of times, it was the age of wisdom, "
              "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
              "incredulity, it was the season of Light, it was the season of Darkness").

main(_) ->
    Words = [string:lowercase(W) || W <- string:lexemes(?TEXT, " ,.")],
    io:format("~p words~n", [length(Words)]),
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    Sorted = lists:sort(fun({W1, C1}, {W2, C2}) -> {-C1, W1} =< {-C2, W2} end, maps:to_list(Counts)),
    lists:foreach(fun({W, C}) -> io:format("~-12s ~3w ~s~n", [W, C, lists:duplicate(C, $*)]) end, Sorted),
    Lengths = lists:foldl(fun(W, M) -> maps:update_with(length(W), fun(L) -> [W | L] end, [W], M) end,
                          #{}, lists:usort(Words)),
    io:format("~p~n", [maps:map(fun(_, V) -> lists:sort(V) end, Lengths)]),
    ok.
