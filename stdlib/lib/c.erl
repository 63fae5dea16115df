%% The shell's helper functions. Compiling and loading (issue #4): c/1,2 compile a source file and
%% load the result, purging the old code first; l/1 purges and loads from the code path; lm/0
%% reloads every module whose file changed. Results and printed text follow OTP 25's c module.
-module(c).
-export([c/1, c/2, l/1, lm/0]).

c(Module) -> c(Module, []).

c(Module, SingleOption) when not is_list(SingleOption) ->
    c(Module, [SingleOption]);
c(Module, Opts) when is_atom(Module) ->
    %% A module name or a source file name (the .erl may be left out); if no such source file
    %% exists, recompile the loaded module from the source it was compiled from.
    Name = atom_to_list(Module),
    SrcFile = case extension(Name) of
                  "" -> Name ++ ".erl";
                  _ -> Name
              end,
    case filelib:is_file(SrcFile) of
        true -> compile_and_load(SrcFile, Opts);
        false -> recompile(Module, Opts)
    end;
c(File, Opts) ->
    compile_and_load(File, Opts).

recompile(Module, Opts) ->
    case code:which(Module) of
        Object when is_list(Object), Object =/= "" ->
            case find_source(Module, Object) of
                {error, _} = Error ->
                    Error;
                SrcFile ->
                    io:format("Recompiling ~ts\n", [SrcFile]),
                    compile_and_load(SrcFile, Opts ++ [{outdir, dirname(Object)}])
            end;
        Other ->
            {error, Other}
    end.

%% The source recorded in the loaded module, else NAME.erl beside its object file.
find_source(Module, Object) ->
    Recorded = case erlang:module_loaded(Module) of
                   true -> proplists:get_value(source, erlang:get_module_info(Module, compile));
                   false -> undefined
               end,
    Beside = filename_join(dirname(Object), atom_to_list(Module) ++ ".erl"),
    case [F || F <- [Recorded, Beside], is_list(F), filelib:is_file(F)] of
        [F | _] -> F;
        [] -> {error, no_source}
    end.

compile_and_load(File, Opts0) ->
    Opts = [report_errors, report_warnings | ensure_outdir(Opts0)],
    case compile:file(File, Opts) of
        {ok, Mod} -> purge_and_load(Mod, File, Opts);
        {ok, Mod, _Warnings} -> purge_and_load(Mod, File, Opts);
        Other -> Other
    end.

ensure_outdir(Opts) ->
    case [O || {outdir, _} = O <- Opts] of
        [Outdir | _] -> [Outdir | [O || O <- Opts, not is_outdir(O)]];
        [] -> [{outdir, "."} | Opts]
    end.

is_outdir({outdir, _}) -> true;
is_outdir(_) -> false.

purge_and_load(Mod, File, Opts) ->
    [{outdir, Dir} | _] = Opts -- [report_errors, report_warnings],
    Base = basename(File, ".erl"),
    case lists:member(binary, Opts) of
        false ->
            case atom_to_list(Mod) of
                Base ->
                    code:purge(Mod),
                    case code:load_abs(filename_join(Dir, Base), Mod) of
                        {error, _} = Error -> Error;
                        _ -> {ok, Mod}
                    end;
                _ ->
                    io:format("** Module name '~p' does not match file name '~tp' **~n", [Mod, File]),
                    {error, badfile}
            end;
        true ->
            io:format("** Warning: No object file created - nothing loaded **~n", []),
            ok
    end.

l(Mod) ->
    code:purge(Mod),
    code:load_file(Mod).

lm() ->
    [l(M) || M <- code:modified_modules()].

%% File name helpers (the filename module's rules, for the names c/1,2 handles).
extension(Name) ->
    Base = lists:last(string:split(Name, "/", all)),
    case string:split(Base, ".", trailing) of
        [_, Ext] when Ext =/= "" -> "." ++ Ext;
        _ -> ""
    end.

basename(File, Ext) ->
    Base = lists:last(string:split(to_list(File), "/", all)),
    case lists:suffix(Ext, Base) andalso Base =/= Ext of
        true -> lists:sublist(Base, length(Base) - length(Ext));
        false -> Base
    end.

dirname(File) ->
    case string:split(to_list(File), "/", trailing) of
        [[], _] -> "/";
        [Dir, _] -> Dir;
        [_] -> "."
    end.

filename_join(".", Name) -> Name;
filename_join(Dir, Name) -> Dir ++ "/" ++ Name.

to_list(A) when is_atom(A) -> atom_to_list(A);
to_list(B) when is_binary(B) -> binary_to_list(B);
to_list(L) -> lists:flatten(L).
