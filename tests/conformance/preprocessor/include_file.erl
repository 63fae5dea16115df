%% -include of a header in the same directory: records and macros from it
-module(include_file).
-export([main/1]).
-mode(compile).

-include("shapes.hrl").

main(_) ->
    Shapes = [#circle{}, #circle{r = 2.5}, #rect{}, #rect{w = 3, h = 4}],
    lists:foreach(fun(S) ->
                          io:format("~p: ~.*f ~s~n", [S, ?AREA_PREC, area(S), ?UNIT])
                  end, Shapes),
    io:format("~p~n", [record_info(fields, rect)]),
    ok.

area(#circle{r = R}) -> math:pi() * R * R;
area(#rect{w = W, h = H}) -> float(W * H).
