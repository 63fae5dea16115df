%% ~w ~p ~s ~c ~n ~~ ~i and field widths, padding and adjustment
-module(basic_directives).
-export([main/1]).
-mode(compile).

main(_) ->
    io:format("plain text~n"),
    io:format("tilde ~~ and newline~n"),
    io:format("~w ~w ~w~n", [atom, "str", {1, [2]}]),
    io:format("~p ~p ~p~n", [atom, "str", {1, [2]}]),
    io:format("[~i]ignored~n", [this_is_ignored]),
    io:format("~c~c~c~n", [$a, $b, $c]),
    io:format("[~5c]~n", [$x]),
    io:format("[~-5c]~n", [$y]),
    io:format("[~10w]~n", [abc]),
    io:format("[~-10w]~n", [abc]),
    io:format("[~10.2w]~n", [abc]),
    io:format("[~3w]~n", [abcdef]),
    io:format("[~10p]~n", [{a, b}]),
    io:format("~p~n", [t(fun() -> io:format("[~-10p]~n", [{a, b}]) end)]),
    io:format("[~10..:w]~n", [x]),
    io:format("[~-10..-w]~n", [x]),
    io:format("[~*w]~n", [8, y]),
    io:format("[~*.*w]~n", [8, 2, y]),
    io:format("[~s]~n", ["string"]),
    io:format("[~10s]~n", ["right"]),
    io:format("[~-10s]~n", ["left"]),
    io:format("[~.3s]~n", ["truncated"]),
    io:format("[~10.3s]~n", ["truncated"]),
    io:format("[~-10.3s]~n", ["truncated"]),
    io:format("[~10.3.#s]~n", ["truncated"]),
    io:format("[~s]~n", [atom_arg]),
    io:format("[~s]~n", [<<"binary">>]),
    io:format("[~s]~n", [["deep", [$l, "ist"], <<"!">>]]),
    io:format("[~2s]~n", ["toolong"]),
    io:format("~n"),
    io:format("no args~n", []),
    io:fwrite("fwrite ~p~n", [works]),
    io:format("~s~n", [io_lib:format("nested ~p", [format])]),
    io:format("~w~w~w~n", [1, 2, 3]),
    io:format("multi~nline~n~n"),
    io:format(<<"binary format ~p~n">>, [string]),
    io:format('atom format ~p~n', [string]),
    io:format("~p~n", [t(fun() -> io:format("~p ~p~n", id([only_one])) end)]),
    io:format("~p~n", [t(fun() -> io:format(id("~z~n"), [x]) end)]),
    io:format("~p~n", [t(fun() -> io:format(id("~d~n"), [x]) end)]),
    io:format("~p~n", [t(fun() -> io:format("~s~n", [1]) end)]),
    io:format("~p~n", [t(fun() -> io:format("~c~n", [a]) end)]),
    io:format("~p~n", [t(fun() -> io:format("~p~n", id(not_a_list)) end)]),
    ok.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
