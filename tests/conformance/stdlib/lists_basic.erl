%% lists module: construction, access, searching, splitting
-module(lists_basic).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [3, 1, 4, 1, 5, 9, 2, 6],
    p(lists:append([1, 2], [3])),
    p(lists:append([[1], [2, 3], [], [4]])),
    p(lists:concat([abc, "def", 1, 2.5])),
    p(lists:reverse(L)),
    p(lists:reverse([1, 2], [a, b])),
    p([lists:nth(1, L), lists:nth(8, L), lists:nthtail(5, L), lists:last(L)]),
    p([lists:sublist(L, 3), lists:sublist(L, 2, 3), lists:sublist(L, 7, 10), lists:sublist(L, 9, 1)]),
    p(lists:split(3, L)),
    p([lists:delete(1, L), lists:delete(7, L), lists:subtract(L, [1, 9])]),
    p([lists:member(9, L), lists:member(10, L)]),
    p(lists:flatten([1, [2, [3, [4]], []], [[[5]]]])),
    p(lists:flatten([a, [b]], [c, d])),
    p(lists:flatlength([1, [2, [3]], []])),
    p([lists:duplicate(3, x), lists:duplicate(0, x)]),
    p([lists:seq(1, 5), lists:seq(1, 10, 3), lists:seq(10, 1, -3), lists:seq(5, 4), lists:seq(1, 1)]),
    p([lists:sum(L), lists:max(L), lists:min(L), lists:sum([]), lists:max([a, 1, "s"])]),
    p(lists:zip([1, 2, 3], [a, b, c])),
    p(lists:unzip([{1, a}, {2, b}])),
    p(lists:zip3([1, 2], [a, b], ["x", "y"])),
    p(lists:unzip3([{1, a, x}, {2, b, y}])),
    p([lists:prefix([1, 2], [1, 2, 3]), lists:prefix([2], [1, 2]), lists:suffix([3], [1, 2, 3])]),
    p(lists:droplast([1, 2, 3])),
    p(lists:enumerate([a, b, c])),
    p(lists:enumerate(0, [a, b])),
    p(lists:join(", ", ["a", "b", "c"])),
    p(lists:join(x, [])),
    p(lists:splitwith(fun(X) -> X < 4 end, L)),
    p(lists:nthtail(0, [a])),
    p(lists:usort(L)),
    p(lists:sort(L)),
    p(lists:umerge([[1, 3], [2, 3], [4]])),
    p(lists:merge3([1, 4], [2, 5], [3, 6])),
    p(lists:subtract("hello", "lo")),
    p(lists:uniq([3, 1, 3, 2, 1])),
    p(lists:min([1.0, 1])),
    p(lists:max([1, 1.0])),
    p(lists:append("abc", "def")),
    p(lists:reverse([])),
    p(lists:last([only])),
    ok.

p(X) -> io:format("~p~n", [X]).
