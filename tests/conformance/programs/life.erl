%% Conway's game of life on a small torus, printed generation by generation
-module(life).
-export([main/1]).
-mode(compile).

-define(W, 12).
-define(H, 8).

main(_) ->
    Glider = [{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}],
    Blinker = [{8, 4}, {9, 4}, {10, 4}],
    Live0 = ordsets:from_list(Glider ++ Blinker),
    lists:foldl(fun(Gen, Live) ->
                        io:format("gen ~p (~p alive)~n", [Gen, length(Live)]),
                        print(Live),
                        step(Live)
                end, Live0, lists:seq(0, 4)),
    ok.

print(Live) ->
    Set = sets:from_list(Live),
    [io:format("~s~n", [[case sets:is_element({X, Y}, Set) of true -> $#; false -> $. end
                         || X <- lists:seq(0, ?W - 1)]]) || Y <- lists:seq(0, ?H - 1)].

step(Live) ->
    Set = sets:from_list(Live),
    Cands = lists:usort([N || C <- Live, N <- [C | neighbours(C)]]),
    ordsets:from_list([C || C <- Cands, alive(C, Set)]).

alive(C, Set) ->
    N = length([1 || Nb <- neighbours(C), sets:is_element(Nb, Set)]),
    case sets:is_element(C, Set) of
        true -> N =:= 2 orelse N =:= 3;
        false -> N =:= 3
    end.

neighbours({X, Y}) ->
    [{(X + DX + ?W) rem ?W, (Y + DY + ?H) rem ?H} || DX <- [-1, 0, 1], DY <- [-1, 0, 1], {DX, DY} =/= {0, 0}].
