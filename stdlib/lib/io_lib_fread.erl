%% io_lib:fread/2,3: formatted reading, OTP's io_lib_fread behaviour. fread/2 reads one string;
%% fread/3 is the re-entrant form io servers use with get_until, collecting whole lines.
%% Directives: ~d ~u ~- ~# ~f ~s ~a ~c ~l ~~, a field width, * to suppress, t for unicode.
-module(io_lib_fread).
-export([fread/2, fread/3]).

-define(WHITE(C), (C =:= $\s orelse C =:= $\t orelse C =:= $\r orelse C =:= $\n)).
-define(MAX_BASE, 36).

%% ---- the re-entrant reader ----

fread([], Chars, Format) -> collect(Format, [], 0, [], Chars);
fread({Format, Stack, N, Results}, Chars, _) -> collect(Format, Stack, N, Results, Chars).

%% Gathers one line (reversed in Stack) and reads it; [] asks for more, eof ends the input.
collect(Format, [$\r | Stack], N, Res, [$\n | Chars]) -> line(Format, lists:reverse(Stack), N, Res, Chars, "\r\n");
collect(Format, Stack, N, Res, [$\n | Chars]) -> line(Format, lists:reverse(Stack), N, Res, Chars, "\n");
collect(Format, Stack, N, Res, []) -> {more, {Format, Stack, N, Res}};
collect(Format, [$\r | Stack], N, Res, Chars) when not is_list(Chars) ->
    line(Format, lists:reverse(Stack), N, Res, Chars, "\r");
collect(Format, Stack, N, Res, [C | Chars]) -> collect(Format, [C | Stack], N, Res, Chars);
collect(Format, Stack, N, Res, Eof) -> line(Format, lists:reverse(Stack), N, Res, Eof, []).

line(Format, Line, N, Res, More, Newline) ->
    Rest = case is_list(More) of true -> More; false -> [] end,
    case read(Format, Line, N, Res) of
        {ok, Results, []} -> {done, {ok, Results}, Rest};
        {ok, Results, Left} -> {done, {ok, Results}, Left ++ Newline ++ Rest};
        {more, Format1, N1, Res1} when is_list(Line), is_list(More) ->
            collect(Format1, [], N1 + length(Newline), Res1, More);
        {more, Format1, N1, Res1} when is_list(Line) ->
            line(Format1, eof, N1 + length(Newline), Res1, More, []);
        Other -> {done, Other, More}
    end.

%% ---- one string ----

fread(Format, Line) -> read(Format, Line, 0, []).

read([$~ | Spec] = All, Line, N, Res) ->
    {Format, Width, Sup, Uni} = field(Spec),
    directive(Format, Width, Sup, Uni, Line, N, Res, All);
read([C | Format], Line, N, Res) when ?WHITE(C) ->
    {Line1, N1} = skip_white(Line, N),
    read(Format, Line1, N1, Res);
read([C | Format], [C | Line], N, Res) -> read(Format, Line, N + 1, Res);
read([_ | _], [_ | _], _, _) -> error(input);
read([_ | _] = Format, [], N, Res) -> {more, Format, N, Res};
read([_ | _], eof, 0, []) -> eof;
read([_ | _], eof, _, _) -> error(input);
read([], Line, _, Res) -> {ok, lists:reverse(Res), Line}.

error(What) -> {error, {fread, What}}.

%% {RestFormat, Width | none, Suppress, Unicode}
field([$* | F]) -> width(F, none, true);
field(F) -> width(F, none, false).

width([C | F], W, Sup) when C >= $0, C =< $9 ->
    width(F, case W of none -> C - $0; _ -> 10 * W + C - $0 end, Sup);
width([$t | F], W, Sup) -> {F, W, Sup, true};
width(F, W, Sup) -> {F, W, Sup, false}.

directive([$l | F], _W, Sup, _U, Line, N, Res, _All) -> read(F, Line, N, result(Sup, N, Res));
directive(_F, _W, _Sup, _U, [], N, Res, All) -> {more, All, N, Res};
directive(_F, _W, _Sup, _U, eof, 0, [], _All) -> eof;
directive(_F, _W, _Sup, _U, eof, _N, _Res, _All) -> error(input);
directive(F, W, Sup, U, Line, N, Res, _All) -> directive(F, W, Sup, U, Line, N, Res).

directive([$f | F], none, Sup, false, Line0, N0, Res) ->
    {Line, N, Cs} = float_chars(Line0, N0),
    number(list_to_float, Cs, float, Sup, F, Line, N, Res);
directive([$f | F], W, Sup, false, Line0, N, Res) ->
    {Line, Cs} = take(Line0, W, false),
    number(list_to_float, Cs, float, Sup, F, Line, N + W, Res);
directive([$d | F], none, Sup, false, Line0, N0, Res) ->
    {Line, N, Cs} = int_chars(Line0, N0),
    number(10, Cs, integer, Sup, F, Line, N, Res);
directive([$d | F], W, Sup, false, Line0, N, Res) ->
    {Line, Cs} = take(Line0, W, false),
    number(10, Cs, integer, Sup, F, Line, N + W, Res);
directive([$u | F], none, Sup, false, Line0, N0, Res) ->
    {Line, N, Cs} = digits(Line0, N0, 10, []),
    number(10, Cs, unsigned, Sup, F, Line, N, Res);
directive([$u | F], W, Sup, false, Line0, N0, Res) when W >= 2, W =< ?MAX_BASE ->
    {Line, N, Cs} = digits(Line0, N0, W, []),
    number(W, Cs, unsigned, Sup, F, Line, N, Res);
directive([$- | F], _W, Sup, false, [$- | Line], N, Res) -> read(F, Line, N + 1, result(Sup, -1, Res));
directive([$- | F], _W, Sup, false, [$+ | Line], N, Res) -> read(F, Line, N + 1, result(Sup, 1, Res));
directive([$- | F], _W, Sup, false, Line, N, Res) -> read(F, Line, N, result(Sup, 1, Res));
directive([$# | F], none, Sup, false, Line0, N0, Res) ->
    try
        {Line1, N1, B} = base(Line0, N0),
        true = abs(B) >= 2 andalso abs(B) =< ?MAX_BASE,
        {Line2, N2, Cs} = digits(Line1, N1, abs(B), []),
        based(lists:reverse(Cs), B, Sup, F, Line2, N2, Res)
    catch _:_ -> error(based)
    end;
directive([$# | F], W, Sup, false, Line0, N, Res) ->
    try
        {Line1, Cs} = take(Line0, W, false),
        {Digits, _, B} = base(lists:reverse(Cs), N),
        true = B >= 2 andalso B =< ?MAX_BASE,
        based(Digits, B, Sup, F, Line1, N + W, Res)
    catch _:_ -> error(based)
    end;
directive([$s | F], none, Sup, U, Line0, N0, Res) ->
    {Line, N, Cs} = word_chars(Line0, N0, U),
    text(Cs, string, Sup, F, Line, N, Res);
directive([$s | F], W, Sup, U, Line0, N, Res) ->
    {Line, Cs} = take(Line0, W, U),
    text(Cs, string, Sup, F, Line, N + W, Res);
directive([$a | F], none, Sup, U, Line0, N0, Res) ->
    {Line, N, Cs} = word_chars(Line0, N0, U),
    text(Cs, atom, Sup, F, Line, N, Res);
directive([$a | F], W, Sup, false, Line0, N, Res) ->
    {Line, Cs} = take(Line0, W, false),
    text(Cs, atom, Sup, F, Line, N + W, Res);
directive([$c | F], W0, Sup, U, Line0, N, Res) ->
    W = case W0 of none -> 1; _ -> W0 end,
    case take(Line0, W, U) of
        {_, error} -> error(character);
        {Line, Cs} -> read(F, Line, N + W, result(Sup, lists:reverse(Cs), Res))
    end;
directive([$~ | F], _W, _Sup, _U, [$~ | Line], N, Res) -> read(F, Line, N + 1, Res);
directive(_F, _W, _Sup, _U, _Line, _N, _Res) -> error(format).

%% A number from reversed characters: Conv is a base (list_to_integer/2) or list_to_float.
number(Conv, Cs, What, Sup, F, Line, N, Res) ->
    Text = trim_white(lists:reverse(Cs)),
    try
        case Conv of
            list_to_float -> list_to_float(Text);
            Base -> list_to_integer(Text, Base)
        end
    of
        V -> read(F, Line, N, result(Sup, V, Res))
    catch error:_ -> error(What)
    end.

based(Cs, B, Sup, F, Line, N, Res) when B < 0 -> based([$- | Cs], -B, Sup, F, Line, N, Res);
based(Cs, B, Sup, F, Line, N, Res) -> read(F, Line, N, result(Sup, list_to_integer(Cs, B), Res)).

text(error, What, _Sup, _F, _Line, _N, _Res) -> error(What);
text(Cs, What, Sup, F, Line, N, Res) ->
    Word = trim_white(lists:reverse(trim_white(Cs))),
    V = case What of string -> Word; atom -> list_to_atom(Word) end,
    read(F, Line, N, result(Sup, V, Res)).

result(true, _V, Res) -> Res;
result(false, V, Res) -> [V | Res].

%% ---- scanning pieces; "characters" come back reversed ----

%% Exactly W characters, not across a newline (latin1 only unless unicode): {Line, Cs | error}.
take(Line, W, U) -> take(W, Line, U, []).
take(0, Line, _U, Cs) -> {Line, Cs};
take(_, [$\n | _] = Line, _U, _) -> {Line, error};
take(W, [C | Line], true, Cs) -> take(W - 1, Line, true, [C | Cs]);
take(W, [C | Line], false, Cs) when C >= 0, C =< 255 -> take(W - 1, Line, false, [C | Cs]);
take(_, Line, _U, _) -> {Line, error}.

trim_white([C | Cs]) when ?WHITE(C) -> trim_white(Cs);
trim_white(Cs) -> Cs.

skip_white([C | Line], N) when ?WHITE(C) -> skip_white(Line, N + 1);
skip_white(Line, N) -> {Line, N}.

int_chars(Line0, N0) ->
    {Line1, N1} = skip_white(Line0, N0),
    {Line2, N2, Cs} = sign(Line1, N1, []),
    digits(Line2, N2, Cs).

float_chars(Line0, N0) ->
    {Line1, N1, Cs1} = int_chars(Line0, N0),
    case Line1 of
        [$. | Line2] ->
            {Line3, N3, Cs3} = digits(Line2, N1 + 1, [$. | Cs1]),
            case Line3 of
                [E | Line4] when E =:= $e; E =:= $E ->
                    {Line5, N5, Cs5} = sign(Line4, N3 + 1, [E | Cs3]),
                    digits(Line5, N5, Cs5);
                _ -> {Line3, N3, Cs3}
            end;
        _ -> {Line1, N1, Cs1}
    end.

%% A whitespace-delimited word; latin1 mode stops at a character above 255 (error if first).
word_chars(Line0, N0, U) ->
    {Line, N} = skip_white(Line0, N0),
    word(Line, N, U, []).

word([C | _] = Line, N, _U, Cs) when ?WHITE(C) -> {Line, N, Cs};
word([C | _] = Line, N, false, []) when C > 255 -> {Line, N, error};
word([C | _] = Line, N, false, Cs) when C > 255 -> {Line, N, Cs};
word([C | Line], N, U, Cs) -> word(Line, N + 1, U, [C | Cs]);
word([], N, _U, Cs) -> {[], N, Cs}.

sign([S | Line], N, Cs) when S =:= $+; S =:= $- -> {Line, N + 1, [S | Cs]};
sign(Line, N, Cs) -> {Line, N, Cs}.

digits([C | Line], N, Cs) when C >= $0, C =< $9 -> digits(Line, N + 1, [C | Cs]);
digits(Line, N, Cs) -> {Line, N, Cs}.

digits([C | Line], N, Base, Cs) when C >= $0, C =< $9 -> digits(Line, N + 1, Base, [C | Cs]);
digits([C | Line], N, Base, Cs) when C >= $A, C < $A + Base - 10 -> digits(Line, N + 1, Base, [C | Cs]);
digits([C | Line], N, Base, Cs) when C >= $a, C < $a + Base - 10 -> digits(Line, N + 1, Base, [C | Cs]);
digits(Line, N, _Base, Cs) -> {Line, N, Cs}.

%% "16#": the base before the '#' (negative for a leading minus).
base(Line0, N0) ->
    {[$# | Line1], N1, Cs} = int_chars(Line0, N0),
    {Line1, N1 + 1, list_to_integer(lists:reverse(Cs))}.
