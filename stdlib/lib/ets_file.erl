%% ets:tab2file/2,3, file2tab/1,2 and tabfile_info/1 (ets.erl delegates here). OTP writes these
%% files with disk_log; ours are our own format, so files do not move between minierl and OTP
%% (the results and error terms are OTP's). A file is a magic line, then terms each written as
%% <<Size:32, (term_to_binary(T))/binary>>: the header (OTP's tabfile_info list, plus the object
%% count and, with {extended_info, [md5sum]}, the MD5 of the object chunks), then the objects in
%% chunks of ?CHUNK.
-module(ets_file).

-export([tab2file/3, file2tab/2, tabfile_info/1]).

-define(MAGIC, <<"minierl ets table file\n">>).
-define(CHUNK, 1000).
-define(VERSION, {1, 0}).

tab2file(Tab, File, Options) ->
    try options(Options, #{extended_info => [], sync => false}, fun tab2file_option/2) of
        #{extended_info := Ext} ->
            case ets:info(Tab) of
                undefined -> {error, badtab};
                _ -> write(Tab, File, Ext)
            end
    catch
        throw:{unknown_option, _} = Why -> {error, Why}
    end.

tab2file_option({extended_info, Ext}, Opts) when is_list(Ext) ->
    case [E || E <- Ext, E =/= object_count, E =/= md5sum] of
        [] -> Opts#{extended_info := Ext};
        _ -> throw({unknown_option, {extended_info, Ext}})
    end;
tab2file_option({sync, B}, Opts) when is_boolean(B) -> Opts#{sync := B};
tab2file_option(Opt, _Opts) -> throw({unknown_option, Opt}).

options([], Opts, _Fun) -> Opts;
options([O | Os], Opts, Fun) -> options(Os, Fun(O, Opts), Fun);
options(Bad, _Opts, _Fun) -> throw({unknown_option, Bad}).

write(Tab, File, Ext) ->
    Chunks = [chunk(Objs) || Objs <- split(ets:tab2list(Tab))],
    Header = [{name, ets:info(Tab, name)},
              {type, ets:info(Tab, type)},
              {protection, ets:info(Tab, protection)},
              {named_table, ets:info(Tab, named_table)},
              {keypos, ets:info(Tab, keypos)},
              {size, ets:info(Tab, size)},
              {extended_info, Ext},
              {version, ?VERSION}],
    Md5 = case lists:member(md5sum, Ext) of
              true -> erlang:md5(Chunks);
              false -> none
          end,
    Data = [?MAGIC, chunk({Header, ets:info(Tab, size), Md5}) | Chunks],
    case file:write_file(File, Data) of
        ok -> ok;
        {error, Reason} -> {error, {file_error, File, Reason}}
    end.

split([]) -> [];
split(Objs) when length(Objs) =< ?CHUNK -> [Objs];
split(Objs) ->
    {Chunk, Rest} = lists:split(?CHUNK, Objs),
    [Chunk | split(Rest)].

chunk(Term) ->
    Bin = term_to_binary(Term),
    <<(byte_size(Bin)):32, Bin/binary>>.

tabfile_info(File) ->
    case read(File) of
        {ok, {Header, _Count, _Md5}, _Chunks} -> {ok, Header};
        {error, _} = E -> E
    end.

file2tab(File, Options) ->
    try options(Options, #{verify => false}, fun file2tab_option/2) of
        #{verify := Verify} ->
            case read(File) of
                {ok, Head, Chunks} -> create(Head, Chunks, Verify);
                {error, _} = E -> E
            end
    catch
        throw:{unknown_option, _} = Why -> {error, Why}
    end.

file2tab_option({verify, B}, Opts) when is_boolean(B) -> Opts#{verify := B};
file2tab_option(Opt, _Opts) -> throw({unknown_option, Opt}).

create({Header, Count, Md5}, Chunks, Verify) ->
    [Name, Type, Prot, Named, KeyPos] =
        [proplists:get_value(K, Header) || K <- [name, type, protection, named_table, keypos]],
    Objs = lists:append([binary_to_term(C) || C <- Chunks]),
    if
        Verify, length(Objs) =/= Count -> {error, invalid_object_count};
        Verify, Md5 =/= none ->
            case erlang:md5([<<(byte_size(C)):32, C/binary>> || C <- Chunks]) of
                Md5 -> create(Name, Type, Prot, Named, KeyPos, Objs);
                _ -> {error, checksum_error}
            end;
        true -> create(Name, Type, Prot, Named, KeyPos, Objs)
    end.

create(Name, Type, Prot, Named, KeyPos, Objs) ->
    Opts = [Type, Prot, {keypos, KeyPos} | [named_table || Named]],
    try ets:new(Name, Opts) of
        Tab ->
            true = ets:insert(Tab, Objs),
            {ok, Tab}
    catch
        error:badarg -> {error, cannot_create_table}
    end.

%% {ok, Head, ObjectChunks} (the chunks' term_to_binary bytes) or OTP's read_error.
read(File) ->
    case file:read_file(File) of
        {ok, Bin} ->
            Size = byte_size(?MAGIC),
            case Bin of
                <<Magic:Size/binary, Rest/binary>> when Magic =:= ?MAGIC ->
                    case terms(Rest, []) of
                        [H | Chunks] ->
                            try binary_to_term(H) of
                                {Header, Count, _Md5} = Head when is_list(Header), is_integer(Count) ->
                                    {ok, Head, Chunks};
                                _ -> not_a_log_file(File)
                            catch
                                error:badarg -> not_a_log_file(File)
                            end;
                        _ -> not_a_log_file(File)
                    end;
                _ -> not_a_log_file(File)
            end;
        {error, Reason} ->
            {error, {read_error, {file_error, File, Reason}}}
    end.

not_a_log_file(File) ->
    {error, {read_error, {not_a_log_file, File}}}.

terms(<<>>, Acc) -> lists:reverse(Acc);
terms(<<Size:32, T:Size/binary, Rest/binary>>, Acc) -> terms(Rest, [T | Acc]);
terms(_, _Acc) -> bad.
