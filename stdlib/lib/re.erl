%% re:split/2,3 and re:replace/3,4, written on re:run/3 (a BIF, stdlib/bifs/re.ts, with compile/1,2,
%% inspect/2 and version/0; this file must not define those). The iodata these return has OTP 25's
%% exact shape: a list of binaries whose tail is the unmatched rest of the subject.
-module(re).

-export([split/2, split/3, replace/3, replace/4]).

%% ---- split ---------------------------------------------------------------------------------------

split(Subject, RE) ->
    try split(Subject, RE, [])
    catch error:_ -> erlang:error(badarg, [Subject, RE])
    end.

split(Subject, RE, Options) ->
    try do_split(Subject, RE, Options)
    catch
        throw:badopt -> erlang:error(badarg, [Subject, RE, Options]);
        throw:badre -> erlang:error(badarg, [Subject, RE, Options]);
        error:badarg -> erlang:error(badarg, [Subject, RE, Options])
    end.

do_split(Subject, RE, Options) ->
    {Opts, Return, Limit, Trim, Group} = split_opts(Options, [], iodata, -1, false, false),
    Unicode = is_unicode(RE, Options),
    Flat = to_bin(Subject, Unicode),
    {MP, NumSub, RunOpts} = split_compile(RE, Opts),
    Parts = case re:run(Flat, MP, RunOpts ++ [global]) of
                nomatch when Group -> [[Flat]];
                nomatch -> [Flat];
                {match, Ms} ->
                    Ps = split_parts(Flat, 0, Ms, NumSub, Limit, Group),
                    case Trim of
                        true when Group -> trim_groups(Ps);
                        true -> trim_empty(Ps);
                        false -> Ps
                    end
            end,
    case Group of
        true -> [convert_parts(P, Return, Unicode) || P <- Parts];
        false -> convert_parts(Parts, Return, Unicode)
    end.

split_opts([], Acc, Return, Limit, Trim, Group) -> {lists:reverse(Acc), Return, Limit, Trim, Group};
split_opts([trim | T], Acc, R, _L, _S, G) -> split_opts(T, Acc, R, -1, true, G);
split_opts([{parts, 0} | T], Acc, R, _L, _S, G) -> split_opts(T, Acc, R, -1, true, G);
split_opts([{parts, N} | T], Acc, R, _L, _S, G) when is_integer(N), N >= 1 -> split_opts(T, Acc, R, N - 1, false, G);
split_opts([{parts, infinity} | T], Acc, R, _L, _S, G) -> split_opts(T, Acc, R, -1, false, G);
split_opts([group | T], Acc, R, L, S, _G) -> split_opts(T, Acc, R, L, S, true);
split_opts([{return, R} | T], Acc, _R, L, S, G) when R =:= iodata; R =:= list; R =:= binary ->
    split_opts(T, Acc, R, L, S, G);
split_opts([H | T], Acc, R, L, S, G) ->
    case H of
        {parts, _} -> throw(badopt);
        global -> throw(badopt);
        report_errors -> throw(badopt);
        {capture, _} -> throw(badopt);
        {capture, _, _} -> throw(badopt);
        {return, _} -> throw(badopt);
        _ -> split_opts(T, [H | Acc], R, L, S, G)
    end;
split_opts(_, _, _, _, _, _) -> throw(badopt).

split_compile({re_pattern, N, _, _, _} = MP, Opts) -> {MP, N, Opts};
split_compile(Pattern, Opts) when not is_tuple(Pattern) ->
    case re:compile(Pattern, [O || O <- Opts, not runopt(O)]) of
        {error, _} -> throw(badre);
        {ok, {re_pattern, N, _, _, _} = MP} -> {MP, N, [O || O <- Opts, not copt(O)]}
    end;
split_compile(_, _) -> throw(badre).

%% The parts between matches, each followed by the match's subpatterns (padded or cut to NumSub).
%% An empty match right where the previous one ended, with only empty subpatterns, splits nothing.
split_parts(Subj, Off, Ms, _NumSub, Limit, Group) when Limit =:= 0; Ms =:= [] ->
    wrap(Group, [binary:part(Subj, Off, byte_size(Subj) - Off)]);
split_parts(Subj, Off, _Ms, _NumSub, _Limit, Group) when byte_size(Subj) =< Off ->
    wrap(Group, [<<>>]);
split_parts(Subj, Off, [[{MI, ML} | Sub] | T], NumSub, Limit, Group) ->
    case MI =:= Off andalso ML =:= 0 andalso all_empty(Sub) of
        true -> split_parts(Subj, MI + ML, T, NumSub, Limit, Group);
        false ->
            Keep = binary:part(Subj, Off, MI - Off),
            Subs = [sub_part(Subj, S) || S <- pad_subs(Sub, NumSub)],
            Tail = split_parts(Subj, MI + ML, T, NumSub, Limit - 1, Group),
            case Group of
                true -> [[Keep | Subs] | Tail];
                false -> [Keep | Subs ++ Tail]
            end
    end.

wrap(true, Part) -> [Part];
wrap(false, Part) -> Part.

all_empty(Sub) -> lists:all(fun({_, L}) -> L =:= 0 end, Sub).

pad_subs(_, 0) -> [];
pad_subs([], N) -> [{0, 0} | pad_subs([], N - 1)];
pad_subs([S | T], N) -> [S | pad_subs(T, N - 1)].

sub_part(_Subj, {-1, 0}) -> <<>>;
sub_part(Subj, {I, L}) -> binary:part(Subj, I, L).

trim_empty(Parts) ->
    lists:reverse(lists:dropwhile(fun(P) -> P =:= <<>> end, lists:reverse(Parts))).

%% Trailing groups made only of empty parts go; the last other group is kept whole.
trim_groups(Groups) ->
    lists:reverse(lists:dropwhile(fun(G) -> trim_empty(G) =:= [] end, lists:reverse(Groups))).

convert_parts(Parts, list, true) -> [unicode:characters_to_list(P, unicode) || P <- Parts];
convert_parts(Parts, list, false) -> [binary_to_list(P) || P <- Parts];
convert_parts(Parts, _, _) -> Parts.

%% ---- replace -------------------------------------------------------------------------------------

replace(Subject, RE, Replacement) ->
    try replace(Subject, RE, Replacement, [])
    catch error:_ -> erlang:error(badarg, [Subject, RE, Replacement])
    end.

replace(Subject, RE, Replacement, Options) ->
    try do_replace(Subject, RE, Replacement, Options)
    catch
        throw:badopt -> erlang:error(badarg, [Subject, RE, Replacement, Options]);
        error:badarg -> erlang:error(badarg, [Subject, RE, Replacement, Options])
    end.

do_replace(Subject, RE, Replacement, Options) ->
    {Opts, Return} = replace_opts(Options, [], iodata),
    Unicode = is_unicode(RE, Options),
    Flat = to_bin(Subject, Unicode),
    Repl = parse_replacement(to_bin(Replacement, Unicode)),
    IoData = case re:run(Flat, RE, Opts) of
                 nomatch -> Subject;
                 {match, [M | _] = Ms} when is_list(M) -> splice(Flat, 0, Repl, Ms);
                 {match, M} -> splice(Flat, 0, Repl, [M])
             end,
    case {Return, Unicode} of
        {iodata, _} -> IoData;
        {binary, false} -> iolist_to_binary(IoData);
        {binary, true} -> unicode:characters_to_binary(IoData, unicode);
        {list, false} -> binary_to_list(iolist_to_binary(IoData));
        {list, true} -> unicode:characters_to_list(IoData, unicode)
    end.

replace_opts([], Acc, Return) -> {lists:reverse(Acc), Return};
replace_opts([{return, R} | T], Acc, _R) when R =:= iodata; R =:= list; R =:= binary -> replace_opts(T, Acc, R);
replace_opts([H | T], Acc, R) ->
    case H of
        report_errors -> throw(badopt);
        {capture, _} -> throw(badopt);
        {capture, _, _} -> throw(badopt);
        {return, _} -> throw(badopt);
        _ -> replace_opts(T, [H | Acc], R)
    end;
replace_opts(_, _, _) -> throw(badopt).

%% The replacement as literal binaries and group numbers: & is group 0, \N, \gN and \g{N} are
%% group N, and a backslash before anything else (\0 and \& included) makes it literal.
parse_replacement(<<>>) -> [];
parse_replacement(<<$\\, $g, ${, Rest/binary>>) when byte_size(Rest) > 0 ->
    {Digits, <<$}, Rest1/binary>>} = digits(Rest),
    [list_to_integer(Digits) | parse_replacement(Rest1)];
parse_replacement(<<$\\, $g, Rest/binary>>) when byte_size(Rest) > 0 ->
    {Digits, Rest1} = digits(Rest),
    [list_to_integer(Digits) | parse_replacement(Rest1)];
parse_replacement(<<$\\, X, Rest/binary>>) when X < $1; X > $9 ->
    literal(X, parse_replacement(Rest));
parse_replacement(<<$\\, Rest/binary>>) when byte_size(Rest) > 0 ->
    {Digits, Rest1} = digits(Rest),
    [list_to_integer(Digits) | parse_replacement(Rest1)];
parse_replacement(<<$&, Rest/binary>>) -> [0 | parse_replacement(Rest)];
parse_replacement(<<X, Rest/binary>>) -> literal(X, parse_replacement(Rest)).

literal(X, [Bin | T]) when is_binary(Bin) -> [<<X, Bin/binary>> | T];
literal(X, T) -> [<<X>> | T].

digits(<<D, Rest/binary>>) when D >= $0, D =< $9 ->
    {Ds, Rest1} = digits(Rest),
    {[D | Ds], Rest1};
digits(Bin) -> {[], Bin}.

%% Untouched chunks and replacements in order; the tail is the rest of the subject, or [] if empty.
splice(Subj, Pos, _Repl, []) ->
    case byte_size(Subj) - Pos of
        0 -> [];
        N -> binary:part(Subj, Pos, N)
    end;
splice(Subj, Pos, Repl, [[{MPos, _} | _] | _] = Ms) when MPos > Pos ->
    [binary:part(Subj, Pos, MPos - Pos) | splice(Subj, MPos, Repl, Ms)];
splice(Subj, Pos, Repl, [[{_, Len} | _] = M | Ms]) ->
    [substitute(Subj, Repl, M) | splice(Subj, Pos + Len, Repl, Ms)].

substitute(_Subj, [Bin], _M) when is_binary(Bin) -> Bin;
substitute(Subj, Repl, M) ->
    Groups = list_to_tuple(M),
    [case Part of
         N when is_integer(N), N >= tuple_size(Groups) -> <<>>;
         N when is_integer(N) ->
             case element(N + 1, Groups) of
                 {Start, _} when Start < 0 -> <<>>;
                 {Start, Len} -> binary:part(Subj, Start, Len)
             end;
         Lit -> Lit
     end || Part <- Repl].

%% ---- shared --------------------------------------------------------------------------------------

is_unicode({re_pattern, _, 1, _, _}, _) -> true;
is_unicode({re_pattern, _, 0, _, _}, _) -> false;
is_unicode(_, Options) -> lists:member(unicode, Options).

to_bin(Bin, _) when is_binary(Bin) -> Bin;
to_bin(Data, true) -> unicode:characters_to_binary(Data, unicode);
to_bin(Data, false) -> iolist_to_binary(Data).

copt(O) ->
    lists:member(O, [caseless, no_start_optimize, never_utf, ucp, dollar_endonly, dotall, extended,
                     firstline, multiline, no_auto_capture, dupnames, ungreedy, unicode]).

runopt(O) when O =:= notempty; O =:= notempty_atstart; O =:= notbol; O =:= noteol; O =:= global -> true;
runopt({offset, _}) -> true;
runopt({capture, _, _}) -> true;
runopt({capture, _}) -> true;
runopt({match_limit, _}) -> true;
runopt({match_limit_recursion, _}) -> true;
runopt(_) -> false.
