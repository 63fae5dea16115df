%% String functions: the classic API on flat character lists and the OTP 20+ API on chardata,
%% grapheme cluster aware through unicode_util:gc/1. A binary argument gives binary results and
%% a list gives flat list results, except where OTP returns the rest of its argument as it is.
%% Case tables are in string_case.erl; list_to_integer/1 and list_to_float/1 are BIFs in OTP.
-module(string).
-compile({no_auto_import, [length/1]}).

%% Two code points below 256, the first not "\r": the first is a grapheme cluster by itself. The
%% fast paths using this give what unicode_util:gc/1 would, without the call.
-define(ONE_CP_GC(C1, C2), is_integer(C1), C1 < 256, C1 =/= $\r, is_integer(C2), C2 < 256).

-export([casefold/1, centre/2, centre/3, chars/2, chars/3, chomp/1, chr/2, concat/2, copies/2,
         cspan/2, equal/2, equal/3, equal/4, find/2, find/3, is_empty/1, join/2, left/2, left/3,
         len/1, length/1, lexemes/2, list_to_float/1, list_to_integer/1, lowercase/1,
         next_codepoint/1, next_grapheme/1, nth_lexeme/3, pad/2, pad/3, pad/4, prefix/2, rchr/2,
         replace/3, replace/4, reverse/1, right/2, right/3, rstr/2, slice/2, slice/3, span/2,
         split/2, split/3, str/2, strip/1, strip/2, strip/3, sub_string/2, sub_string/3,
         sub_word/2, sub_word/3, substr/2, substr/3, take/2, take/3, take/4, titlecase/1,
         to_float/1, to_graphemes/1, to_integer/1, to_lower/1, to_upper/1, tokens/2, trim/1,
         trim/2, trim/3, uppercase/1, words/1, words/2]).

%% ---- Chardata ------------------------------------------------------------------------------------
%% Grapheme clusters come from unicode_util:gc/1 (stdlib/bifs/unicode-util.ts), which walks any
%% chardata and hands back the rest in OTP's shape; functions that return "the rest" return it.
%% Functions that build new text flatten it: a binary argument gives a binary, anything else a flat
%% list. cps/1 flattens to code points; a term that is not chardata raises function_clause and a
%% binary that is not UTF-8 raises {badarg, RestFromBadByte}, as in OTP.

cps(CD) when is_binary(CD); is_list(CD) ->
    try unicode:characters_to_list(CD) of
        L when is_list(L) -> L;
        _ -> cps_slow(CD)
    catch
        error:badarg -> cps_slow(CD)
    end.

%% Accepts any integers, and raises OTP's errors for what is not chardata.
cps_slow(Bin) when is_binary(Bin) -> lists:reverse(bin_cps(Bin, []));
cps_slow(List) -> lists:reverse(cps(List, [])).

cps([C | T], Acc) when is_integer(C) -> cps(T, [C | Acc]);
cps([L | T], Acc) when is_list(L) -> cps(T, cps(L, Acc));
cps([B | T], Acc) when is_binary(B) -> cps(T, bin_cps(B, Acc));
cps([], Acc) -> Acc;
cps(B, Acc) when is_binary(B) -> bin_cps(B, Acc).

bin_cps(<<C/utf8, Rest/binary>>, Acc) -> bin_cps(Rest, [C | Acc]);
bin_cps(<<>>, Acc) -> Acc;
bin_cps(Bad, _Acc) -> erlang:error({badarg, Bad}).

to_bin(Cps) -> unicode:characters_to_binary(Cps).

%% The next grapheme cluster and the rest, or [].
gc(CD) ->
    case unicode_util:gc(CD) of
        {error, Bad} -> erlang:error({badarg, Bad});
        Res -> Res
    end.

graphemes([C1 | [C2 | _] = Rest]) when ?ONE_CP_GC(C1, C2) -> [C1 | graphemes(Rest)];
graphemes(CD) ->
    case gc(CD) of
        [G | Rest] -> [G | graphemes(Rest)];
        [] -> []
    end.

%% Graphemes (integers or lists of code points) back to code points.
ungcs([G | Gs]) when is_integer(G) -> [G | ungcs(Gs)];
ungcs([G | Gs]) -> G ++ ungcs(Gs);
ungcs([]) -> [].

%% A result made of graphemes (or code points), in the kind of the argument it came from.
out(Orig, Gs) -> out_cps(Orig, ungcs(Gs)).

out_cps(Orig, Cps) when is_binary(Orig) -> to_bin(Cps);
out_cps(_Orig, Cps) -> Cps.

append(G, Tail) when is_integer(G) -> [G | Tail];
append(G, Tail) -> G ++ Tail.

whitespace() -> [[13, 10], 9, 10, 11, 12, 13, 32, 133, 8206, 8207, 8232, 8233].

%% ---- Graphemes and code points -------------------------------------------------------------------

length(Bin) when is_binary(Bin) ->
    case unicode:characters_to_list(Bin) of
        L when is_list(L) -> length_1(L, 0);
        _ -> length_1(Bin, 0)
    end;
length(CD) -> length_1(CD, 0).

length_1([C1 | [C2 | _] = Rest], N) when ?ONE_CP_GC(C1, C2) -> length_1(Rest, N + 1);
length_1(CD, N) ->
    case gc(CD) of
        [_ | Rest] -> length_1(Rest, N + 1);
        [] -> N
    end.

is_empty([]) -> true;
is_empty(<<>>) -> true;
is_empty([L | R]) -> is_empty(L) andalso is_empty(R);
is_empty(_) -> false.

reverse(CD) -> reverse_1(CD, []).

reverse_1([C1 | [C2 | _] = Rest], Acc) when ?ONE_CP_GC(C1, C2) -> reverse_1(Rest, [C1 | Acc]);
reverse_1(CD, Acc) ->
    case gc(CD) of
        [G | Rest] -> reverse_1(Rest, [G | Acc]);
        [] -> Acc
    end.

to_graphemes(CD) -> graphemes(CD).

next_grapheme(CD) -> unicode_util:gc(CD).

next_codepoint(CD) -> unicode_util:cp(CD).

%% ---- Slicing and trimming ------------------------------------------------------------------------

slice(CD, N) when is_integer(N), N >= 0 -> skip_or_empty(CD, N).

slice(CD, N, infinity) -> skip_or_empty(CD, N);
slice(CD, N, 0) when is_integer(N), N >= 0 ->
    case is_binary(CD) of
        true -> <<>>;
        false -> []
    end;
slice(CD, N, Len) when is_integer(N), N >= 0, is_integer(Len), Len > 0 ->
    case skip(CD, N) of
        [] when is_binary(CD) -> <<>>;
        Rest -> slice_take(Rest, Len)
    end.

skip_or_empty(CD, N) ->
    case skip(CD, N) of
        [] when is_binary(CD) -> <<>>;
        Rest -> Rest
    end.

%% The rest after N graphemes. A binary is walked as [CodePoint | Binary], so a grapheme that
%% looked ahead (a lone "\r") leaves the next code point decoded in front of the binary.
skip(<<C/utf8, Bin/binary>>, N) when N > 0 -> skip_b(Bin, C, N);
skip(CD, 0) -> CD;
skip([C1 | [C2 | _] = Rest], N) when ?ONE_CP_GC(C1, C2) -> skip(Rest, N - 1);
skip(CD, N) ->
    case gc(CD) of
        [_ | Rest] -> skip(Rest, N - 1);
        [] -> []
    end.

skip_b(Bin, C, 1) ->
    [_ | Rest] = gc([C | Bin]),
    Rest;
skip_b(Bin, C, N) ->
    [_ | Rest] = gc([C | Bin]),
    case unicode_util:cp(Rest) of
        [C2 | Cont] -> skip_b(Cont, C2, N - 1);
        [] -> <<>>;
        {error, Bad} -> erlang:error({badarg, Bad})
    end.

%% The first N graphemes: a binary prefix of a binary, a flat list otherwise.
slice_take(<<C/utf8, Bin/binary>> = Orig, N) ->
    Left = slice_bytes_left(Bin, C, N),
    binary:part(Orig, 0, byte_size(Orig) - Left);
slice_take(<<>>, _N) -> <<>>;
slice_take(Bin, _N) when is_binary(Bin) -> erlang:error({badarg, Bin});
slice_take(CD, N) -> slice_list(CD, N).

slice_bytes_left(Bin, C, 0) -> byte_size(Bin) + byte_size(<<C/utf8>>);
slice_bytes_left(Bin, C, N) ->
    [_ | Rest] = gc([C | Bin]),
    case unicode_util:cp(Rest) of
        [C2 | Cont] -> slice_bytes_left(Cont, C2, N - 1);
        [] -> 0;
        {error, Bad} -> erlang:error({badarg, Bad})
    end.

slice_list(_CD, 0) -> [];
slice_list([C1 | [C2 | _] = Rest], N) when ?ONE_CP_GC(C1, C2) -> [C1 | slice_list(Rest, N - 1)];
slice_list(CD, N) ->
    case gc(CD) of
        [G | Rest] -> append(G, slice_list(Rest, N - 1));
        [] -> []
    end.

trim(Str) -> trim(Str, both).

trim(Str, Dir) -> trim(Str, Dir, whitespace()).

trim(Str, _Dir, []) -> Str;
trim(Str, leading, Seps) when is_list(Seps) -> trim_leading(Str, Seps);
trim(Str, trailing, Seps) when is_list(Seps) ->
    Us = lists:reverse(drop_seps(lists:reverse(units(Str, Seps)))),
    out(Str, [U || {_, U} <- Us]);
trim(Str, both, Seps) when is_list(Seps) -> trim(trim(Str, leading, Seps), trailing, Seps).

trim_leading(CD, Seps) ->
    case gc(CD) of
        [G | Rest] ->
            case lists:member(G, Seps) of
                true -> trim_leading(Rest, Seps);
                false -> CD
            end;
        [] when is_binary(CD) -> <<>>;
        [] -> []
    end.

drop_seps([{true, _} | Us]) -> drop_seps(Us);
drop_seps(Us) -> Us.

%% Separator search as OTP does it from the right: code point by code point, and where a code
%% point starts some separator, the grapheme there is a separator or not as a whole. Each unit is
%% {IsSeparator, GraphemeOrCodePoint}.
units(Str, Seps) ->
    SepCps = [first_cp(S) || S <- Seps],
    units_1(cps(Str), Seps, SepCps).

units_1([C | Cs] = Cps, Seps, SepCps) ->
    case lists:member(C, SepCps) of
        true ->
            [G | Rest] = gc(Cps),
            [{lists:member(G, Seps), G} | units_1(Rest, Seps, SepCps)];
        false -> [{false, C} | units_1(Cs, Seps, SepCps)]
    end;
units_1([], _, _) -> [].

first_cp(C) when is_integer(C) -> C;
first_cp(S) -> hd(cps(S)).

take(Str, Chars) -> take(Str, Chars, false, leading).

take(Str, Chars, Complement) -> take(Str, Chars, Complement, leading).

%% The longest prefix (or suffix) of graphemes in Chars, or not in Chars if Complement.
take(Str, [], Complement, Dir) when is_boolean(Complement) ->
    Empty = case is_binary(Str) of true -> <<>>; false -> [] end,
    case {Complement, Dir} of
        {false, leading} -> {Empty, Str};
        {false, trailing} -> {Str, Empty};
        {true, leading} -> {Str, Empty};
        {true, trailing} -> {Empty, Str}
    end;
take(Str, Chars, Complement, leading) when is_list(Chars), is_boolean(Complement) ->
    take_leading(Str, Str, Chars, Complement, []);
take(Str, Chars, Complement, trailing) when is_list(Chars), is_boolean(Complement) ->
    {Taken, Rest} = take_units(lists:reverse(units(Str, Chars)), Complement, []),
    {out(Str, [U || {_, U} <- lists:reverse(Rest)]), out(Str, Taken)}.

%% Walks with gc/1 so the rest is returned as it is.
take_leading(Orig, CD, Chars, Complement, Acc) ->
    case gc(CD) of
        [G | Rest] ->
            case lists:member(G, Chars) =/= Complement of
                true -> take_leading(Orig, Rest, Chars, Complement, [G | Acc]);
                false -> {out(Orig, lists:reverse(Acc)), CD}
            end;
        [] -> {out(Orig, lists:reverse(Acc)), out(Orig, [])}
    end.

%% Units from the end while they are (or with Complement, are not) separators; Taken in order.
take_units([{IsSep, U} | Us] = All, Complement, Acc) ->
    case IsSep =/= Complement of
        true -> take_units(Us, Complement, [U | Acc]);
        false -> {Acc, All}
    end;
take_units([], _, Acc) -> {Acc, []}.

%% Removes every trailing "\n" and "\r\n". Binaries are chomped bytewise, without checking that
%% the rest is UTF-8.
chomp([Bin]) when is_binary(Bin) -> chomp(Bin);
chomp(Bin) when is_binary(Bin) ->
    Size = byte_size(Bin),
    if
        Size >= 2, binary_part(Bin, Size - 2, 2) =:= <<"\r\n">> -> chomp(binary_part(Bin, 0, Size - 2));
        Size >= 1, binary_part(Bin, Size - 1, 1) =:= <<"\n">> -> chomp(binary_part(Bin, 0, Size - 1));
        true -> Bin
    end;
chomp(Str) -> ungcs(lists:reverse(drop_newlines(lists:reverse(graphemes(Str))))).

drop_newlines([[13, 10] | Gs]) -> drop_newlines(Gs);
drop_newlines([10 | Gs]) -> drop_newlines(Gs);
drop_newlines(Gs) -> Gs.

pad(Str, Len) -> pad(Str, Len, trailing).

pad(Str, Len, Dir) -> pad(Str, Len, Dir, $\s).

%% The result is chardata built around the argument itself.
pad(Str, Len, Dir, Char) when is_integer(Len), Dir =:= leading; is_integer(Len), Dir =:= trailing;
                              is_integer(Len), Dir =:= both ->
    N = erlang:max(0, Len - length(Str)),
    case Dir of
        trailing -> [Str | lists:duplicate(N, Char)];
        leading -> [lists:duplicate(N, Char), Str];
        both ->
            Side = lists:duplicate(N div 2, Char),
            case N rem 2 of
                0 -> [Side, Str, Side];
                1 -> [Side, Str, Side, Char]
            end
    end.

%% ---- Searching and splitting ---------------------------------------------------------------------
%% Patterns are matched code point by code point, but the last one must be a whole grapheme cluster
%% where it matches: "e" does not match the start of "e\x{301}", "\r" does not match the start of
%% "\r\n", while "\n" matches its end.

prefix(Str, Prefix) ->
    case cps(Prefix) of
        [] -> Str;
        P when is_binary(Str) ->
            case match_at(cps(Str), P) of
                {true, Rest} -> out_cps(Str, Rest);
                false -> nomatch
            end;
        P -> prefix_1(Str, P)
    end.

%% Lists are walked with unicode_util:cp/1 so that what is returned is the rest of the argument
%% in the shape cp/1 leaves it, as OTP does.
prefix_1([Last | [C2 | _] = Rest], [Last]) when ?ONE_CP_GC(Last, C2) -> Rest;
prefix_1(CD, [Last]) ->
    case gc(CD) of
        [Last | Rest] -> Rest;
        _ -> nomatch
    end;
prefix_1([C | Rest], [P | Ps]) when is_integer(C) ->
    case C =:= P of
        true -> prefix_1(Rest, Ps);
        false -> nomatch
    end;
prefix_1(CD, [P | Ps]) ->
    case cp(CD) of
        [P | Rest] -> prefix_1(Rest, Ps);
        _ -> nomatch
    end.

cp(CD) ->
    case unicode_util:cp(CD) of
        {error, Bad} -> erlang:error({badarg, Bad});
        Res -> Res
    end.

find_l([C1 | Rest] = CD, [C | _] = P) when is_integer(C1) ->
    case C1 =:= C andalso prefix_1(CD, P) =/= nomatch of
        true -> CD;
        false -> find_l(Rest, P)
    end;
find_l(CD, [C | _] = P) ->
    case cp(CD) of
        [C | Rest] ->
            case prefix_1(CD, P) of
                nomatch -> find_l(Rest, P);
                _ -> CD
            end;
        [_ | Rest] -> find_l(Rest, P);
        [] -> nomatch
    end.

find_r([C1 | Rest] = CD, [C | _] = P, Found) when is_integer(C1) ->
    case C1 =:= C andalso prefix_1(CD, P) =/= nomatch of
        true -> find_r(Rest, P, CD);
        false -> find_r(Rest, P, Found)
    end;
find_r(CD, [C | _] = P, Found) ->
    case cp(CD) of
        [C | Rest] ->
            case prefix_1(CD, P) of
                nomatch -> find_r(Rest, P, Found);
                _ -> find_r(Rest, P, CD)
            end;
        [_ | Rest] -> find_r(Rest, P, Found);
        [] -> Found
    end.

%% {Before, Splits}: Before is the text after the last split, Splits the parts found so far
%% (reversed for all, [Before, After] for leading and trailing).
split_l([C1 | Rest], [C | _] = P, Where, Curr, Acc) when is_integer(C1), C1 =/= C ->
    split_l(Rest, P, Where, [C1 | Curr], Acc);
split_l(CD, [C | _] = P, Where, Curr, Acc) ->
    case cp(CD) of
        [C | Rest] ->
            case prefix_1(CD, P) of
                nomatch -> split_l(Rest, P, Where, [C | Curr], Acc);
                After when Where =:= leading -> [lists:reverse(Curr), After];
                After when Where =:= trailing ->
                    split_l(Rest, P, Where, [C | Curr], [lists:reverse(Curr), After]);
                After when Where =:= all -> split_l(After, P, Where, [], [lists:reverse(Curr) | Acc])
            end;
        [Other | Rest] -> split_l(Rest, P, Where, [Other | Curr], Acc);
        [] -> {lists:reverse(Curr), Acc}
    end.

match_at(Cps, [Last]) ->
    case Cps of
        [Last | _] ->
            case gc(Cps) of
                [Last | Rest] -> {true, ungcs_rest(Rest)};
                _ -> false
            end;
        _ -> false
    end;
match_at([C | Cs], [C | Ps]) -> match_at(Cs, Ps);
match_at(_, _) -> false.

%% gc/1 of a flat list hands back a flat list, possibly not the original tail; flatten to be sure.
ungcs_rest(Rest) when is_list(Rest) -> cps(Rest).

%% The code point list split around the first match of Pattern: {Before, After} or nomatch.
search(Cps, Pattern) -> search(Cps, Pattern, []).

search([C | Rest] = Cps, Pattern, Before) ->
    case match_at(Cps, Pattern) of
        {true, After} -> {lists:reverse(Before), After};
        false -> search(Rest, Pattern, [C | Before])
    end;
search([], _, _) -> nomatch.

%% Like search/2 but for the last match.
search_last(Cps, Pattern) -> search_last(Cps, Pattern, [], nomatch).

search_last([C | Rest] = Cps, Pattern, Before, Last) ->
    case match_at(Cps, Pattern) of
        {true, After} -> search_last(Rest, Pattern, [C | Before], {Before, After});
        false -> search_last(Rest, Pattern, [C | Before], Last)
    end;
search_last([], _, _, nomatch) -> nomatch;
search_last([], _, _, {RevBefore, After}) -> {lists:reverse(RevBefore), After}.

find(Str, Pattern) -> find(Str, Pattern, leading).

find(Str, Pattern, Dir) when is_list(Str), Dir =:= leading; is_list(Str), Dir =:= trailing ->
    case cps(Pattern) of
        [] -> Str;
        P when Dir =:= leading -> find_l(Str, P);
        P -> find_r(Str, P, nomatch)
    end;
find(Str, Pattern, Dir) when Dir =:= leading; Dir =:= trailing ->
    case cps(Pattern) of
        [] -> Str;
        P ->
            Found = case Dir of
                        leading -> search(cps(Str), P);
                        trailing -> search_last(cps(Str), P)
                    end,
            case Found of
                {_Before, After} -> out_cps(Str, P ++ After);
                nomatch -> nomatch
            end
    end.

split(Str, Pattern) -> split(Str, Pattern, leading).

split(Str, Pattern, Where) when is_list(Str) ->
    case cps(Pattern) of
        [] -> [Str];
        P ->
            case split_l(Str, P, Where, [], []) of
                {_Curr, []} -> [Str];
                {_Curr, Acc} when Where =:= trailing -> Acc;
                {Curr, Acc} when Where =:= all -> lists:reverse([Curr | Acc]);
                Acc -> Acc
            end
    end;
split(Str, Pattern, Where) ->
    case cps(Pattern) of
        [] -> [Str];
        P ->
            Cps = cps(Str),
            Found = case Where of
                        leading -> search(Cps, P);
                        trailing -> search_last(Cps, P);
                        all -> split_all(Cps, P, [])
                    end,
            case Found of
                {Before, After} -> [out_cps(Str, Before), out_cps(Str, After)];
                nomatch -> [out_cps(Str, Cps)];
                Parts -> [out_cps(Str, Part) || Part <- Parts]
            end
    end.

split_all(Cps, P, Acc) ->
    case search(Cps, P) of
        {Before, After} -> split_all(After, P, [Before | Acc]);
        nomatch -> lists:reverse([Cps | Acc])
    end.

replace(Str, Pattern, Replacement) -> replace(Str, Pattern, Replacement, leading).

replace(Str, Pattern, Replacement, Where) ->
    lists:join(Replacement, split(Str, Pattern, Where)).

%% With no separators a binary is returned whole, even when empty.
lexemes(Str, []) when is_binary(Str) -> [out(Str, graphemes(Str))];
lexemes(Str, Seps) when is_list(Seps) ->
    [out(Str, L) || L <- lexemes_1(units(Str, Seps), Seps, [], [])].

lexemes_1([{IsSep, U} | Us], Seps, Cur, Acc) ->
    case IsSep of
        true when Cur =:= [] -> lexemes_1(Us, Seps, [], Acc);
        true -> lexemes_1(Us, Seps, [], [lists:reverse(Cur) | Acc]);
        false -> lexemes_1(Us, Seps, [U | Cur], Acc)
    end;
lexemes_1([], _Seps, [], Acc) -> lists:reverse(Acc);
lexemes_1([], _Seps, Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]).

nth_lexeme(Str, N, Seps) when is_integer(N), N > 0, is_list(Seps) ->
    case lexemes_1(units(Str, Seps), Seps, [], []) of
        Ls when erlang:length(Ls) >= N -> out(Str, lists:nth(N, Ls));
        _ -> out(Str, [])
    end.

%% ---- Case ----------------------------------------------------------------------------------------

uppercase(Str) -> map_case(fun upper/1, Str).

lowercase(Str) -> map_case(fun lower/1, Str).

casefold(Str) -> map_case(fun fold/1, Str).

%% ASCII directly, the rest through the Unicode tables.
upper(C) when C >= $a, C =< $z -> [C - 32];
upper(C) when C < 128 -> [C];
upper(C) -> string_case:upper(C).

lower(C) when C >= $A, C =< $Z -> [C + 32];
lower(C) when C < 128 -> [C];
lower(C) -> string_case:lower(C).

fold(C) when C >= $A, C =< $Z -> [C + 32];
fold(C) when C < 128 -> [C];
fold(C) -> string_case:fold(C).

%% Unchanged text is returned as it is (OTP keeps the argument's structure then).
map_case(Map, Str) when is_binary(Str); is_list(Str) ->
    In = cps(Str),
    Cps = map_cps(Map, In),
    if
        Cps =:= In, is_binary(Str); In =:= [] -> Str;
        is_binary(Str) -> to_bin(Cps);
        true -> Cps
    end;
map_case(_Map, Other) -> erlang:error({badarg, Other}).

map_cps(Map, [C | Cs]) ->
    case Map(C) of
        [M] -> [M | map_cps(Map, Cs)];
        Ms -> Ms ++ map_cps(Map, Cs)
    end;
map_cps(_Map, []) -> [].

%% Only the first code point changes; the rest is returned as unicode_util:cp/1 leaves it.
titlecase(Str) ->
    case unicode_util:cp(Str) of
        [C | Rest] when is_binary(Str) -> to_bin([string_case:title(C), Rest]);
        [C | Rest] -> string_case:title(C) ++ Rest;
        [] when is_binary(Str) -> <<>>;
        [] -> [];
        {error, Bad} -> erlang:error({badarg, Bad})
    end.

equal(A, B) when is_binary(A), is_binary(B) -> A =:= B;
equal(A, B) -> cps(A) =:= cps(B).

equal(A, B, false) -> equal(A, B);
equal(A, B, true) -> casefold(cps(A)) =:= casefold(cps(B)).

equal(A, B, IgnoreCase, none) -> equal(A, B, IgnoreCase);
equal(A, B, false, Norm) -> normalize(A, Norm) =:= normalize(B, Norm);
equal(A, B, true, Norm) -> casefold(normalize(A, Norm)) =:= casefold(normalize(B, Norm)).

normalize(CD, nfc) -> unicode:characters_to_nfc_list(CD);
normalize(CD, nfd) -> unicode:characters_to_nfd_list(CD);
normalize(CD, nfkc) -> unicode:characters_to_nfkc_list(CD);
normalize(CD, nfkd) -> unicode:characters_to_nfkd_list(CD).

%% ---- Numbers -------------------------------------------------------------------------------------
%% to_integer/1 and to_float/1 take the longest prefix in Erlang number syntax (an optional sign,
%% digits, and for floats a fraction and an optional exponent) and return the rest in the kind of
%% the argument.

to_integer(Str) -> to_number(Str, "+-0123456789", fun list_to_integer/1, no_integer).

to_float(Str) -> to_number(Str, "+-0123456789eE.,", fun list_to_float/1, no_float).

%% The number is read from the longest prefix made of number characters; the rest is the
%% argument after it (a binary's own tail, or what is left of the prefix then the unread rest).
to_number(Str, Chars, Convert, NoNumber) ->
    try take(Str, Chars) of
        {Head, Tail} ->
            case is_empty(Head) of
                true -> {error, NoNumber};
                false ->
                    List = unicode:characters_to_list(Head),
                    case Convert(List) of
                        {error, _} = Error -> Error;
                        {Number, Rest} when is_binary(Str) ->
                            Used = erlang:length(List) - erlang:length(Rest),
                            {Number, binary:part(Str, Used, byte_size(Str) - Used)};
                        {Number, Rest} -> {Number, Rest ++ Tail}
                    end
            end
    catch
        _:_ -> {error, badarg}
    end.

list_to_integer(List) when is_list(List) ->
    case scan_integer(List) of
        {[], _} -> {error, no_integer};
        {Prefix, Rest} -> {erlang:list_to_integer(Prefix), Rest}
    end;
list_to_integer(_) -> {error, not_a_list}.

list_to_float(List) when is_list(List) ->
    case scan_float(List) of
        {[], _} -> {error, no_float};
        {Prefix, Rest} -> {erlang:list_to_float(Prefix), Rest}
    end;
list_to_float(_) -> {error, not_a_list}.

%% {Prefix, Rest}, with Prefix [] when there is no number.
scan_integer([S | Cs]) when S =:= $+; S =:= $- ->
    case digits(Cs) of
        {[], _} -> {[], [S | Cs]};
        {Ds, Rest} -> {[S | Ds], Rest}
    end;
scan_integer(Cs) -> digits(Cs).

scan_float(Cs) ->
    case scan_integer(Cs) of
        {[], _} -> {[], Cs};
        {Int, [$. | Rest]} ->
            case digits(Rest) of
                {[], _} -> {[], Cs};
                {Frac, Rest1} ->
                    {Exp, Rest2} = exponent(Rest1),
                    {Int ++ [$. | Frac] ++ Exp, Rest2}
            end;
        _ -> {[], Cs}
    end.

exponent([E | Cs] = All) when E =:= $e; E =:= $E ->
    case scan_integer(Cs) of
        {[], _} -> {[], All};
        {Exp, Rest} -> {[E | Exp], Rest}
    end;
exponent(Cs) -> {[], Cs}.

digits(Cs) -> digits(Cs, []).

digits([D | Cs], Acc) when D >= $0, D =< $9 -> digits(Cs, [D | Acc]);
digits(Cs, Acc) -> {lists:reverse(Acc), Cs}.

%% ---- Classic API (flat lists of characters) ------------------------------------------------------

len(S) -> erlang:length(S).

concat(S1, S2) -> S1 ++ S2.

chr(S, C) when is_integer(C) -> chr(S, C, 1).

chr([C | _], C, I) -> I;
chr([_ | Cs], C, I) -> chr(Cs, C, I + 1);
chr([], _C, _I) -> 0.

rchr(S, C) when is_integer(C) -> rchr(S, C, 1, 0).

rchr([C | Cs], C, I, _L) -> rchr(Cs, C, I + 1, I);
rchr([_ | Cs], C, I, L) -> rchr(Cs, C, I + 1, L);
rchr([], _C, _I, L) -> L.

str(S, Sub) when is_list(Sub) -> str(S, Sub, 1).

str([C | S], [C | Sub], I) ->
    case lists:prefix(Sub, S) of
        true -> I;
        false -> str(S, [C | Sub], I + 1)
    end;
str([_ | S], Sub, I) -> str(S, Sub, I + 1);
str([], _Sub, _I) -> 0.

rstr(S, Sub) when is_list(Sub) -> rstr(S, Sub, 1, 0).

rstr([C | S], [C | Sub], I, L) ->
    case lists:prefix(Sub, S) of
        true -> rstr(S, [C | Sub], I + 1, I);
        false -> rstr(S, [C | Sub], I + 1, L)
    end;
rstr([_ | S], Sub, I, L) -> rstr(S, Sub, I + 1, L);
rstr([], _Sub, _I, L) -> L.

span(S, Cs) when is_list(Cs) -> span(S, Cs, 0).

span([C | S], Cs, I) ->
    case lists:member(C, Cs) of
        true -> span(S, Cs, I + 1);
        false -> I
    end;
span([], _Cs, I) -> I.

cspan(S, Cs) when is_list(Cs) -> cspan(S, Cs, 0).

cspan([C | S], Cs, I) ->
    case lists:member(C, Cs) of
        true -> I;
        false -> cspan(S, Cs, I + 1)
    end;
cspan([], _Cs, I) -> I.

substr(S, Start) when is_integer(Start), Start >= 1 -> nthtail(Start - 1, S).

substr(S, Start, Len) when is_integer(Start), Start >= 1, is_integer(Len), Len >= 0 ->
    prefix_n(Len, nthtail(Start - 1, S)).

nthtail(0, S) -> S;
nthtail(N, [_ | S]) -> nthtail(N - 1, S).

prefix_n(0, _) -> [];
prefix_n(N, [C | S]) -> [C | prefix_n(N - 1, S)];
prefix_n(_, []) -> [].

sub_string(S, Start) -> substr(S, Start).

sub_string(S, Start, Stop) -> substr(S, Start, Stop - Start + 1).

tokens(S, Seps) ->
    case Seps of
        [] -> case S of [] -> []; [_ | _] -> [S] end;
        [C] -> tokens_single(lists:reverse(S), C, []);
        [_ | _] -> tokens_multiple(lists:reverse(S), Seps, [])
    end.

%% Both walk the reversed string so tokens are built front to back without reversing each one.
tokens_single([C | S], C, Toks) -> tokens_single(S, C, Toks);
tokens_single([C | S], Sep, Toks) -> tokens_single_1(S, Sep, Toks, [C]);
tokens_single([], _, Toks) -> Toks.

tokens_single_1([Sep | S], Sep, Toks, Tok) -> tokens_single(S, Sep, [Tok | Toks]);
tokens_single_1([C | S], Sep, Toks, Tok) -> tokens_single_1(S, Sep, Toks, [C | Tok]);
tokens_single_1([], _Sep, Toks, Tok) -> [Tok | Toks].

tokens_multiple([C | S], Seps, Toks) ->
    case lists:member(C, Seps) of
        true -> tokens_multiple(S, Seps, Toks);
        false -> tokens_multiple_1(S, Seps, Toks, [C])
    end;
tokens_multiple([], _Seps, Toks) -> Toks.

tokens_multiple_1([C | S], Seps, Toks, Tok) ->
    case lists:member(C, Seps) of
        true -> tokens_multiple(S, Seps, [Tok | Toks]);
        false -> tokens_multiple_1(S, Seps, Toks, [C | Tok])
    end;
tokens_multiple_1([], _Seps, Toks, Tok) -> [Tok | Toks].

join([], _Sep) -> [];
join([H | T], Sep) -> H ++ lists:append([Sep ++ X || X <- T]).

chars(C, N) -> chars(C, N, []).

chars(C, N, Tail) when is_integer(N), N > 0 -> chars(C, N - 1, [C | Tail]);
chars(C, 0, Tail) when is_integer(C) -> Tail.

copies(S, N) when is_integer(N), N >= 0 -> copies(S, N, []).

copies(_S, 0, Acc) -> Acc;
copies(S, N, Acc) -> copies(S, N - 1, S ++ Acc).

words(S) -> words(S, $\s).

words(S, C) when is_integer(C) -> words_1(strip(S, both, C), C, 0).

words_1([], _C, N) -> N + 1;
words_1([C | S], C, N) -> words_1(strip(S, left, C), C, N + 1);
words_1([_ | S], C, N) -> words_1(S, C, N).

sub_word(S, N) -> sub_word(S, N, $\s).

sub_word(S, N, C) when is_integer(N), N > 0, is_integer(C) ->
    case words(S, C) of
        Count when Count < N -> [];
        _ -> sub_word_1(strip(S, left, C), N, C)
    end.

sub_word_1(S, 1, C) -> word(S, C);
sub_word_1([C | S], N, C) -> sub_word_1(strip(S, left, C), N - 1, C);
sub_word_1([_ | S], N, C) -> sub_word_1(S, N, C).

word([C | _], C) -> [];
word([X | S], C) -> [X | word(S, C)];
word([], _C) -> [].

strip(S) -> strip(S, both).

strip(S, Dir) -> strip(S, Dir, $\s).

strip(S, left, C) -> strip_left(S, C);
strip(S, right, C) -> strip_right(S, C);
strip(S, both, C) -> strip_right(strip_left(S, C), C).

strip_left([C | S], C) -> strip_left(S, C);
strip_left(S, _C) when is_list(S) -> S.

strip_right([C | S], C) ->
    case strip_right(S, C) of
        [] -> [];
        T -> [C | T]
    end;
strip_right([X | S], C) -> [X | strip_right(S, C)];
strip_right([], _C) -> [].

left(S, N) -> left(S, N, $\s).

left(S, N, C) when is_integer(N), N >= 0 ->
    Len = erlang:length(S),
    if
        Len > N -> prefix_n(N, S);
        true -> S ++ chars(C, N - Len)
    end.

right(S, N) -> right(S, N, $\s).

right(S, N, C) when is_integer(N), N >= 0 ->
    Len = erlang:length(S),
    if
        Len > N -> nthtail(Len - N, S);
        true -> chars(C, N - Len, S)
    end.

centre(S, N) -> centre(S, N, $\s).

centre(S, N, C) when is_integer(N), N >= 0 ->
    Len = erlang:length(S),
    if
        Len > N -> substr(S, (Len - N) div 2 + 1, N);
        Len < N ->
            L = (N - Len) div 2,
            chars(C, L, S ++ chars(C, N - Len - L));
        true -> S
    end.

%% Latin-1 only, unlike uppercase/lowercase.
to_upper(S) when is_list(S) -> [upper_latin1(C) || C <- S];
to_upper(C) when is_integer(C) -> upper_latin1(C).

to_lower(S) when is_list(S) -> [lower_latin1(C) || C <- S];
to_lower(C) when is_integer(C) -> lower_latin1(C).

upper_latin1(C) when is_integer(C), C >= $a, C =< $z -> C - 32;
upper_latin1(C) when is_integer(C), C >= 16#e0, C =< 16#fe, C =/= 16#f7 -> C - 32;
upper_latin1(C) -> C.

lower_latin1(C) when is_integer(C), C >= $A, C =< $Z -> C + 32;
lower_latin1(C) when is_integer(C), C >= 16#c0, C =< 16#de, C =/= 16#d7 -> C + 32;
lower_latin1(C) -> C.
