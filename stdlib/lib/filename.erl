%% filename: Unix file name manipulation with OTP's results, including its quirks (basename/1 drops
%% one trailing slash of a string but every empty component of a binary; join/2 drops "."
%% components after a slash). A name is a string, a deep list of characters and atoms, an atom, or
%% a binary; binaries in give binaries out, and a binary mixed with a string makes a binary.
-module(filename).
-export([join/1, join/2, basename/1, basename/2, dirname/1, extension/1, rootname/1, rootname/2,
         split/1, absname/1, absname/2, absname_join/2, nativename/1, flatten/1, pathtype/1,
         append/2]).

%% ---- conversions ----

flatten(Bin) when is_binary(Bin) -> Bin;
flatten(List) -> do_flatten(List, []).

do_flatten([H | T], Tail) when is_list(H) -> do_flatten(H, do_flatten(T, Tail));
do_flatten([H | T], Tail) when is_atom(H) -> atom_to_list(H) ++ do_flatten(T, Tail);
do_flatten([H | T], Tail) -> [H | do_flatten(T, Tail)];
do_flatten([], Tail) -> Tail;
do_flatten(Atom, Tail) when is_atom(Atom) -> atom_to_list(Atom) ++ flatten(Tail).

to_bin(Name) ->
    case unicode:characters_to_binary(flatten(Name)) of
        Bin when is_binary(Bin) -> Bin;
        _ -> erlang:error(badarg)
    end.

%% ---- join ----

join([Name1, Name2 | Rest]) -> join([join(Name1, Name2) | Rest]);
join([Name]) when is_binary(Name) -> list_to_binary(normalise(binary_to_list(Name)));
join([Name]) when is_list(Name); is_atom(Name) -> normalise(flatten(Name)).

join(Name1, Name2) when is_binary(Name1), is_binary(Name2) ->
    list_to_binary(join_strings(binary_to_list(Name1), binary_to_list(Name2)));
join(Name1, Name2) when is_binary(Name1) -> join(Name1, to_bin(Name2));
join(Name1, Name2) when is_binary(Name2) -> join(to_bin(Name1), Name2);
join(Name1, Name2) -> join_strings(flatten(Name1), flatten(Name2)).

join_strings(_, [$/ | _] = Abs) -> normalise(Abs);
join_strings(S1, []) -> normalise(S1);
join_strings(S1, S2) -> normalise(S1 ++ [$/ | S2]).

%% Collapses runs of slashes, drops a "." component that follows a slash, and drops a trailing
%% slash unless the whole name is "/". The result is built reversed.
normalise(S) -> normalise(S, []).

normalise([$/ | Rest], [$., $/ | R]) -> normalise(Rest, [$/ | R]);
normalise([$/ | Rest], [$/ | _] = R) -> normalise(Rest, R);
normalise([C | Rest], R) -> normalise(Rest, [C | R]);
normalise([], [$/]) -> "/";
normalise([], [$/ | R]) -> lists:reverse(R);
normalise([], R) -> lists:reverse(R).

%% ---- components ----

split(Name) when is_binary(Name) ->
    Parts = binary:split(Name, <<"/">>, [global]),
    Parts1 = case Parts of
                 [<<>> | Rest] when Rest =/= [] -> [<<"/">> | Rest];
                 _ -> Parts
             end,
    [P || P <- Parts1, P =/= <<>>];
split(Name) ->
    S = flatten(Name),
    Parts = string:lexemes(S, "/"),
    case S of
        [$/ | _] -> ["/" | Parts];
        _ -> Parts
    end.

%% A binary: its last non-empty component. A string: one trailing slash is dropped, then the
%% text after the last slash.
basename(Name) when is_binary(Name) ->
    case [P || P <- binary:split(Name, <<"/">>, [global]), P =/= <<>>] of
        [] -> <<>>;
        Parts -> lists:last(Parts)
    end;
basename(Name) ->
    S = flatten(Name),
    after_last_slash(case lists:reverse(S) of
                         [$/ | R] -> lists:reverse(R);
                         _ -> S
                     end).

after_last_slash(S) -> after_last_slash(S, S).
after_last_slash([$/ | Rest], _) -> after_last_slash(Rest, Rest);
after_last_slash([_ | Rest], Last) -> after_last_slash(Rest, Last);
after_last_slash([], Last) -> Last.

%% basename/2: the last component with Ext cut off where the rest of the name equals Ext.
basename(Name, Ext) when is_binary(Name), is_binary(Ext) ->
    Base = basename(Name),
    NameSize = byte_size(Name),
    ExtSize = byte_size(Ext),
    Keep = byte_size(Base) - ExtSize,
    if
        Keep < 0 -> Base;
        true ->
            case Name of
                <<_:(NameSize - Keep - ExtSize)/binary, Part:Keep/binary, Ext/binary>> -> Part;
                _ -> Base
            end
    end;
basename(Name, Ext) when is_binary(Name) -> basename(Name, to_bin(Ext));
basename(Name, Ext) when is_binary(Ext) -> basename(to_bin(Name), Ext);
basename(Name, Ext) -> cut_ext(flatten(Name), flatten(Ext), []).

cut_ext(Ext, Ext, Acc) -> lists:reverse(Acc);
cut_ext([$/], Ext, Acc) -> cut_ext([], Ext, Acc);
cut_ext([$/ | Rest], Ext, _) -> cut_ext(Rest, Ext, []);
cut_ext([C | Rest], Ext, Acc) -> cut_ext(Rest, Ext, [C | Acc]);
cut_ext([], _, Acc) -> lists:reverse(Acc).

%% Everything before the last slash, without trailing slashes: "/" if that leaves nothing,
%% "." if there is no slash.
dirname(Name) when is_binary(Name) ->
    Parts = binary:split(Name, <<"/">>, [global]),
    Dirs = drop_empty_tail(lists:droplast(Parts)),
    case Dirs of
        [] -> <<".">>;
        [<<>> | Rest] -> join_parts(Rest, <<"/">>);
        _ -> join_parts(Dirs, <<>>)
    end;
dirname(Name) ->
    S = flatten(Name),
    case lists:member($/, S) of
        false -> ".";
        true ->
            [$/ | Before] = lists:dropwhile(fun(C) -> C =/= $/ end, lists:reverse(S)),
            case lists:dropwhile(fun(C) -> C =:= $/ end, Before) of
                [] -> "/";
                Dir -> lists:reverse(Dir)
            end
    end.

%% Trailing empty components go, but a single one is kept (it stands for a leading slash).
drop_empty_tail(Parts) -> lists:reverse(drop_empty_head(lists:reverse(Parts))).
drop_empty_head([<<>>, X | Rest]) -> drop_empty_head([X | Rest]);
drop_empty_head(Parts) -> Parts.

join_parts([], Acc) -> Acc;
join_parts([P], Acc) -> <<Acc/binary, P/binary>>;
join_parts([<<>> | Rest], Acc) -> join_parts(Rest, <<Acc/binary, "/">>);
join_parts([P | Rest], Acc) -> join_parts(Rest, <<Acc/binary, P/binary, "/">>).

%% The text from the last "." of the last component, unless that dot starts the component.
extension(Name) when is_binary(Name) ->
    list_to_binary(extension(binary_to_list(Name)));
extension(Name) -> ext([$/ | flatten(Name)], []).

ext([$/, $. | Rest], _) -> ext(Rest, []);
ext([$/ | Rest], _) -> ext(Rest, []);
ext([$. | Rest] = Dot, _) -> ext(Rest, Dot);
ext([_ | Rest], Found) -> ext(Rest, Found);
ext([], Found) -> Found.

rootname(Name) when is_binary(Name) -> list_to_binary(rootname(binary_to_list(Name)));
rootname(Name) -> root(flatten(Name), [], []).

%% Root is the kept text (reversed); Ext the pending extension, dropped if the name ends in it.
root([$/ | Rest], Root, Ext) -> root(Rest, [$/ | Ext ++ Root], []);
root([$. | Rest], [$/ | _] = Root, []) -> root(Rest, [$. | Root], []);
root([$. | Rest], Root, Ext) -> root(Rest, Ext ++ Root, ".");
root([C | Rest], Root, []) -> root(Rest, [C | Root], []);
root([C | Rest], Root, Ext) -> root(Rest, Root, [C | Ext]);
root([], Root, _) -> lists:reverse(Root).

rootname(Name, Ext) when is_binary(Name), is_binary(Ext) ->
    list_to_binary(rootname(binary_to_list(Name), binary_to_list(Ext)));
rootname(Name, Ext) when is_binary(Name) -> rootname(Name, to_bin(Ext));
rootname(Name, Ext) when is_binary(Ext) -> rootname(to_bin(Name), Ext);
rootname(Name, Ext) -> root_ext(flatten(Name), flatten(Ext), []).

root_ext(Ext, Ext, [$/ | _] = Acc) -> lists:reverse(Acc, Ext);
root_ext(Ext, Ext, Acc) -> lists:reverse(Acc);
root_ext([C | Rest], Ext, Acc) -> root_ext(Rest, Ext, [C | Acc]);
root_ext([], _, Acc) -> lists:reverse(Acc).

%% ---- absolute names ----

pathtype(Name) when is_binary(Name) ->
    case Name of
        <<$/, _/binary>> -> absolute;
        _ -> relative
    end;
pathtype(Name) ->
    case flatten(Name) of
        [$/ | _] -> absolute;
        _ -> relative
    end.

absname(Name) ->
    {ok, Cwd} = file:get_cwd(),
    absname(Name, Cwd).

absname(Name, AbsBase) when is_binary(Name), is_list(AbsBase) -> absname(Name, to_bin(AbsBase));
absname(Name, AbsBase) when is_list(Name), is_binary(AbsBase) -> absname(to_bin(Name), AbsBase);
absname(Name, AbsBase) ->
    case pathtype(Name) of
        relative -> absname_join(AbsBase, Name);
        absolute -> join([flatten(Name)])
    end.

absname_join(AbsBase, Name) -> join(AbsBase, flatten(Name)).

nativename(Name) -> join([Name]).

%% Dir ++ "/" ++ Name with no normalisation (Dir is taken to be joined already).
append(Dir, Name) when is_binary(Dir), is_binary(Name) -> <<Dir/binary, $/, Name/binary>>;
append(Dir, Name) when is_binary(Dir) -> append(Dir, to_bin(Name));
append(Dir, Name) when is_binary(Name) -> append(to_bin(Dir), Name);
append(Dir, Name) -> Dir ++ [$/ | Name].
