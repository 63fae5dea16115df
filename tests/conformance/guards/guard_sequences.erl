%% comma (and), semicolon (or), andalso/orelse, not, xor in guards
-module(guard_sequences).
-export([main/1]).
-mode(compile).

main(_) ->
    Xs = [-5, 0, 3, 7, 10, 15, 20, a, 2.5, [], "x"],
    lists:foreach(fun(X) ->
                          io:format("~p: ~p ~p ~p ~p ~p~n",
                                    [X, range(X), either(X), both(X), neg(X), xo(X)])
                  end, Xs),
    io:format("~p~n", [[short(X) || X <- [0, 1, a, {}]]]),
    ok.

range(X) when is_integer(X), X >= 0, X =< 10 -> in_range;
range(X) when is_integer(X) -> out_of_range;
range(_) -> not_int.

either(X) when X =:= 0; X =:= 10; X =:= a -> special;
either(X) when is_number(X), X < 0; is_atom(X) -> neg_or_atom;
either(_) -> plain.

both(X) when is_integer(X) andalso X rem 5 =:= 0 andalso X > 0 -> pos_mult5;
both(X) when is_integer(X) orelse is_float(X) -> number;
both(_) -> neither.

neg(X) when not is_integer(X) -> not_int;
neg(X) when not (X > 5) -> small;
neg(_) -> large.

xo(X) when is_integer(X) xor (X == 2.5) -> xor_true;
xo(_) -> xor_false.

%% orelse short-circuits; the error in the second operand is never raised
short(X) when X =:= 0 orelse 1 / X > 0.5 -> yes;
short(_) -> no.
