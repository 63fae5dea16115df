%% String functions: the classic API on flat character lists and the OTP 20+ API on chardata.
%% Chardata is flattened to code points first, so a binary argument gives binary results and any
%% list gives flat list results (OTP keeps some of a nested argument's structure). Every code point
%% is its own grapheme cluster except "\r\n", and normalization (equal/4) is the identity.
%% Case tables are in string_case.erl; list_to_integer/1 and list_to_float/1 are BIFs in OTP.
-module(string).
-compile({no_auto_import, [length/1]}).

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
%% cps/1 flattens chardata into code points. A term that is not chardata raises function_clause;
%% a binary that is not UTF-8 raises {badarg, RestFromBadByte}, as in OTP.

cps(Bin) when is_binary(Bin) -> lists:reverse(bin_cps(Bin, []));
cps(List) when is_list(List) -> lists:reverse(cps(List, [])).

cps([C | T], Acc) when is_integer(C) -> cps(T, [C | Acc]);
cps([L | T], Acc) when is_list(L) -> cps(T, cps(L, Acc));
cps([B | T], Acc) when is_binary(B) -> cps(T, bin_cps(B, Acc));
cps([], Acc) -> Acc;
cps(B, Acc) when is_binary(B) -> bin_cps(B, Acc).

bin_cps(<<C/utf8, Rest/binary>>, Acc) -> bin_cps(Rest, [C | Acc]);
bin_cps(<<>>, Acc) -> Acc;
bin_cps(Bad, _Acc) -> erlang:error({badarg, Bad}).

to_bin(Cps) -> list_to_binary([<<C/utf8>> || C <- Cps]).

%% Grapheme clusters: each code point alone, except "\r\n" which becomes [13, 10].
gcs([13, 10 | Cs]) -> [[13, 10] | gcs(Cs)];
gcs([C | Cs]) -> [C | gcs(Cs)];
gcs([]) -> [].

ungcs([[13, 10] | Gs]) -> [13, 10 | ungcs(Gs)];
ungcs([G | Gs]) -> [G | ungcs(Gs)];
ungcs([]) -> [].

graphemes(Str) -> gcs(cps(Str)).

%% A result made of graphemes (or code points), in the kind of the argument it came from.
out(Orig, Gs) -> out_cps(Orig, ungcs(Gs)).

out_cps(Orig, Cps) when is_binary(Orig) -> to_bin(Cps);
out_cps(_Orig, Cps) -> Cps.

whitespace() -> [[13, 10], 9, 10, 11, 12, 13, 32, 133, 8206, 8207, 8232, 8233].

%% ---- Graphemes and code points -------------------------------------------------------------------

length(Str) -> erlang:length(graphemes(Str)).

is_empty([]) -> true;
is_empty(<<>>) -> true;
is_empty([L | R]) -> is_empty(L) andalso is_empty(R);
is_empty(_) -> false.

reverse(Str) -> lists:reverse(graphemes(Str)).

to_graphemes(Str) -> graphemes(Str).

%% A flat list or a binary keeps its own tail; other chardata is flattened.
next_grapheme(Str) ->
    case next_codepoint(Str) of
        [13 | Rest] ->
            case next_codepoint(Rest) of
                [10 | Rest1] -> [[13, 10] | Rest1];
                _ -> [13 | Rest]
            end;
        Other -> Other
    end.

next_codepoint([C | _] = Str) when is_integer(C) -> Str;
next_codepoint(<<C/utf8, Rest/binary>>) -> [C | Rest];
next_codepoint(<<>>) -> [];
next_codepoint(<<Bad/binary>>) -> {error, Bad};
next_codepoint([]) -> [];
next_codepoint([_ | _] = Str) ->
    try cps(Str) of
        [] -> [];
        Cps -> Cps
    catch
        error:{badarg, Bad} -> {error, Bad}
    end.

%% ---- Slicing and trimming ------------------------------------------------------------------------

slice(Str, Start) -> slice(Str, Start, infinity).

slice(Str, Start, Len)
  when is_integer(Start), Start >= 0, Len =:= infinity;
       is_integer(Start), Start >= 0, is_integer(Len), Len >= 0 ->
    Gs = graphemes(Str),
    Rest = drop(Start, Gs),
    Taken = take_n(Len, Rest),
    case is_binary(Str) andalso Start > 0 andalso Taken =/= [] andalso
         lists:nth(Start, Gs) =:= 13 of
        true -> after_lone_cr(Len, ungcs(Taken));
        false -> out(Str, Taken)
    end.

%% OTP's binary slice returns a list when the last grapheme skipped is a lone "\r" (its cluster
%% lookahead has already decoded the next code point): the rest as [CodePoint | Binary], or the
%% slice as a flat list.
after_lone_cr(infinity, [C | Cps]) -> [C | to_bin(Cps)];
after_lone_cr(_Len, Cps) -> Cps.

drop(0, Gs) -> Gs;
drop(_, []) -> [];
drop(N, [_ | Gs]) -> drop(N - 1, Gs).

take_n(infinity, Gs) -> Gs;
take_n(0, _) -> [];
take_n(_, []) -> [];
take_n(N, [G | Gs]) -> [G | take_n(N - 1, Gs)].

trim(Str) -> trim(Str, both).

trim(Str, Dir) -> trim(Str, Dir, whitespace()).

trim(Str, Dir, Seps) when is_list(Seps), Dir =:= leading; is_list(Seps), Dir =:= trailing;
                          is_list(Seps), Dir =:= both ->
    Gs = graphemes(Str),
    Lead = case Dir of
               trailing -> Gs;
               _ -> drop_members(Gs, Seps)
           end,
    Trimmed = case Dir of
                  leading -> Lead;
                  _ -> lists:reverse(drop_members(lists:reverse(Lead), Seps))
              end,
    out(Str, Trimmed).

drop_members([G | Gs] = All, Seps) ->
    case lists:member(G, Seps) of
        true -> drop_members(Gs, Seps);
        false -> All
    end;
drop_members([], _) -> [].

take(Str, Chars) -> take(Str, Chars, false, leading).

take(Str, Chars, Complement) -> take(Str, Chars, Complement, leading).

%% The longest prefix (or suffix) of graphemes in Chars, or not in Chars if Complement.
take(Str, Chars, Complement, Dir)
  when is_list(Chars), is_boolean(Complement), Dir =:= leading;
       is_list(Chars), is_boolean(Complement), Dir =:= trailing ->
    Gs = graphemes(Str),
    case Dir of
        leading ->
            {Taken, Rest} = take_while(Gs, Chars, Complement, []),
            {out(Str, Taken), out(Str, Rest)};
        trailing ->
            {Taken, Rest} = take_while(lists:reverse(Gs), Chars, Complement, []),
            {out(Str, lists:reverse(Rest)), out(Str, lists:reverse(Taken))}
    end.

take_while([G | Gs] = All, Chars, Complement, Acc) ->
    case lists:member(G, Chars) =/= Complement of
        true -> take_while(Gs, Chars, Complement, [G | Acc]);
        false -> {lists:reverse(Acc), All}
    end;
take_while([], _, _, Acc) -> {lists:reverse(Acc), []}.

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

%% Patterns are matched code point by code point, but a match may not end inside a grapheme
%% cluster: "\r" does not match the start of "\r\n", while "\n" matches its end.
prefix(Str, Prefix) ->
    case match_at(cps(Str), cps(Prefix)) of
        {true, Rest} -> out_cps(Str, Rest);
        false -> nomatch
    end.

match_at(Rest, []) -> {true, Rest};
match_at([C | Cs], [C]) when C =/= 13 -> {true, Cs};
match_at([13 | Cs], [13]) ->
    case Cs of
        [10 | _] -> false;
        _ -> {true, Cs}
    end;
match_at([C | Cs], [C | Ps]) -> match_at(Cs, Ps);
match_at(_, _) -> false.

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
    [out(Str, L) || L <- lexemes_1(graphemes(Str), Seps, [], [])].

lexemes_1([G | Gs], Seps, Cur, Acc) ->
    case lists:member(G, Seps) of
        true when Cur =:= [] -> lexemes_1(Gs, Seps, [], Acc);
        true -> lexemes_1(Gs, Seps, [], [lists:reverse(Cur) | Acc]);
        false -> lexemes_1(Gs, Seps, [G | Cur], Acc)
    end;
lexemes_1([], _Seps, [], Acc) -> lists:reverse(Acc);
lexemes_1([], _Seps, Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]).

nth_lexeme(Str, N, Seps) when is_integer(N), N > 0, is_list(Seps) ->
    case lexemes_1(graphemes(Str), Seps, [], []) of
        Ls when erlang:length(Ls) >= N -> out(Str, lists:nth(N, Ls));
        _ -> out(Str, [])
    end.

%% ---- Case ----------------------------------------------------------------------------------------

uppercase(Str) -> map_case(fun string_case:upper/1, Str).

lowercase(Str) -> map_case(fun string_case:lower/1, Str).

casefold(Str) -> map_case(fun string_case:fold/1, Str).

map_case(Map, Str) when is_binary(Str); is_list(Str) ->
    Cps = lists:append([Map(C) || C <- cps(Str)]),
    case is_binary(Str) of
        true -> to_bin(Cps);
        false -> Cps
    end;
map_case(_Map, Other) -> erlang:error({badarg, Other}).

%% Only the first grapheme changes.
titlecase(Str) ->
    case graphemes(Str) of
        [C | Rest] when is_integer(C) -> out(Str, string_case:title(C) ++ Rest);
        Gs -> out(Str, Gs)
    end.

equal(A, B) -> equal(A, B, false, none).

equal(A, B, IgnoreCase) -> equal(A, B, IgnoreCase, none).

equal(A, B, IgnoreCase, Norm)
  when is_boolean(IgnoreCase), Norm =:= none; is_boolean(IgnoreCase), Norm =:= nfc;
       is_boolean(IgnoreCase), Norm =:= nfd; is_boolean(IgnoreCase), Norm =:= nfkc;
       is_boolean(IgnoreCase), Norm =:= nfkd ->
    case IgnoreCase of
        true -> casefold(cps(A)) =:= casefold(cps(B));
        false -> cps(A) =:= cps(B)
    end.

%% ---- Numbers -------------------------------------------------------------------------------------
%% to_integer/1 and to_float/1 take the longest prefix in Erlang number syntax (an optional sign,
%% digits, and for floats a fraction and an optional exponent) and return the rest in the kind of
%% the argument.

to_integer(Str) -> to_number(Str, fun scan_integer/1, no_integer).

to_float(Str) -> to_number(Str, fun scan_float/1, no_float).

to_number(Str, Scan, NoNumber) ->
    try cps(Str) of
        Cps ->
            case Scan(Cps) of
                {[], _} -> {error, NoNumber};
                {Prefix, Rest} -> {number(Prefix), rest(Str, Rest)}
            end
    catch
        error:_ -> {error, badarg}
    end.

rest(Str, Rest) when is_binary(Str) -> to_bin(Rest);
rest(_Str, Rest) -> Rest.

number(Prefix) ->
    case lists:member($., Prefix) of
        true -> erlang:list_to_float(Prefix);
        false -> erlang:list_to_integer(Prefix)
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
