#!/usr/bin/env escript
%% Records BIF results from real OTP for the tables in tests/unit/stdlib/*.test.ts.
%% Usage: escript tests/unit/stdlib/oracle.escript calls.txt   (one m:f(Args) per line, % comments)
%% Prints one TS row per call: ['m:f(Args)', 'Result'] with Result as ~w prints it, or Class:Reason.
main([File]) ->
    {ok, Bin} = file:read_file(File),
    Lines = [L || L <- string:split(unicode:characters_to_list(Bin), "\n", all), string:trim(L) =/= "", hd(string:trim(L)) =/= $%],
    [row(string:trim(L)) || L <- Lines],
    ok.
row(L) ->
    {ok, Toks, _} = erl_scan:string(L ++ "."),
    {ok, [E]} = erl_parse:parse_exprs(Toks),
    R = try eval(E) of
            V -> io_lib:format("~w", [V])
        catch C:Rsn -> io_lib:format("~w:~w", [C, Rsn])
        end,
    io:put_chars(["  [", q(L), ", ", q(lists:flatten(R)), "],\n"]).
%% A remote call is applied for real, so erl_eval's shell-only handling (records) stays out of it.
eval({call, _, {remote, _, {atom, _, M}, {atom, _, F}}, As}) ->
    Args = [begin {value, V, _} = erl_eval:expr(A, []), V end || A <- As],
    apply(M, F, Args);
eval(E) ->
    {value, V, _} = erl_eval:expr(E, []),
    V.
q(S) -> [$', [esc(C) || C <- S], $'].
esc($') -> "\\'";
esc($\\) -> "\\\\";
esc(C) when C > 126 -> io_lib:format("\\u{~.16b}", [C]);
esc(C) -> C.
