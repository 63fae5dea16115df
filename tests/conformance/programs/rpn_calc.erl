%% reverse polish calculator with error handling per expression
-module(rpn_calc).
-export([main/1]).
-mode(compile).

main(_) ->
    Exprs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^", "10 3 /", "10 3 div", "1 0 /", "1 +",
             "4 sqrt", "2.5 2 *", "1 2 3", "abc", "-3 abs", "1e3 2 *", "7 2 mod"],
    lists:foreach(fun(E) -> io:format("~-22s => ~p~n", [E, eval(E)]) end, Exprs).

eval(Expr) ->
    try
        case lists:foldl(fun step/2, [], string:lexemes(Expr, " ")) of
            [Result] -> {ok, Result};
            Stack -> {error, {leftover, lists:reverse(Stack)}}
        end
    catch
        error:badarith -> {error, badarith};
        error:function_clause -> {error, stack_underflow};
        throw:{bad_token, T} -> {error, {bad_token, T}}
    end.

step("+", [B, A | S]) -> [A + B | S];
step("-", [B, A | S]) -> [A - B | S];
step("*", [B, A | S]) -> [A * B | S];
step("/", [B, A | S]) -> [A / B | S];
step("div", [B, A | S]) -> [A div B | S];
step("mod", [B, A | S]) -> [A rem B | S];
step("^", [B, A | S]) -> [pow(A, B) | S];
step("sqrt", [A | S]) -> [math:sqrt(A) | S];
step("abs", [A | S]) -> [abs(A) | S];
step(Tok, S) when Tok =/= "+", Tok =/= "-", Tok =/= "*", Tok =/= "/", Tok =/= "div",
                  Tok =/= "mod", Tok =/= "^", Tok =/= "sqrt", Tok =/= "abs" ->
    [number(Tok) | S].

pow(_, 0) -> 1;
pow(A, N) -> A * pow(A, N - 1).

number(Tok) ->
    case string:to_integer(Tok) of
        {I, []} -> I;
        _ ->
            case string:to_float(Tok) of
                {F, []} -> F;
                _ -> throw({bad_token, Tok})
            end
    end.
