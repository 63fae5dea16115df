%% The shell's commands module (shell_default imports it in OTP): help, process and directory
%% listings, flush of the shell's mailbox. The shell (host/shell/) sends local calls it does not
%% know itself here. c/1,2, l/1 and lm/0 compile and load (issue #4): see below.
-module(c).
-export([c/1, c/2, l/1, lm/0]).
-export([help/0, q/0, pwd/0, cd/1, ls/0, ls/1, flush/0, i/0, regs/0, nregs/0, m/0, pid/3, memory/0, uptime/0]).

help() ->
    io:put_chars(<<"c(Mod)     -- compile and load module or file <Mod>\n"
                   "cd(Dir)    -- change working directory\n"
                   "flush()    -- flush any messages sent to the shell\n"
                   "help()     -- help info\n"
                   "i()        -- information about the system\n"
                   "l(Module)  -- load or reload module\n"
                   "lm()       -- load all modified modules\n"
                   "ls()       -- list files in the current directory\n"
                   "ls(Dir)    -- list files in directory <Dir>\n"
                   "m()        -- which modules are loaded\n"
                   "memory()   -- memory allocation information\n"
                   "pid(X,Y,Z) -- convert X,Y,Z to a Pid\n"
                   "pwd()      -- print working directory\n"
                   "q()        -- quit - shorthand for init:stop()\n"
                   "regs()     -- information about registered processes\n"
                   "nregs()    -- information about all registered processes\n"
                   "uptime()   -- print node uptime\n"
                   "\n"
                   "** shell internal commands **\n"
                   "b()        -- display all variable bindings\n"
                   "e(N)       -- repeat the expression in query <N>\n"
                   "f()        -- forget all variable bindings\n"
                   "f(X)       -- forget the binding of variable X\n"
                   "h()        -- history\n"
                   "rd(R,D)    -- define a record\n"
                   "rf()       -- remove all record information\n"
                   "rf(R)      -- remove record information about R\n"
                   "rl()       -- display all record information\n"
                   "rl(R)      -- display record information about R\n"
                   "rr(File)   -- read record information from File (wildcards allowed)\n"
                   "v(N)       -- use the value of query <N>\n">>).

q() ->
    c_host:stop().

flush() ->
    receive
        X ->
            io:format("Shell got ~p~n", [X]),
            flush()
    after 0 ->
        ok
    end.

pwd() ->
    case c_host:get_cwd() of
        {ok, Str} -> ok = io:format("~ts\n", [Str]);
        {error, _} -> ok = io:format("Cannot determine current directory\n")
    end.

cd(Dir) ->
    _ = c_host:set_cwd(Dir),
    pwd().

ls() ->
    ls(".").

ls(Dir) ->
    case c_host:list_dir(Dir) of
        {ok, Entries} -> ls_print(lists:sort(Entries));
        {error, enotdir} -> ls_print([lists:flatten(Dir)]);
        {error, enoent} -> io:format("no such file or directory\n");
        {error, eacces} -> io:format("permission denied\n");
        {error, E} -> io:format("~w\n", [E])
    end.

ls_print([]) -> ok;
ls_print(L) ->
    Width = erlang:min(lists:max([length(X) || X <- L]), 40) + 5,
    ls_print(L, Width, 0).

ls_print(X, Width, Len) when Width + Len >= 80 ->
    io:nl(),
    ls_print(X, Width, 0);
ls_print([H | T], Width, Len) ->
    io:format("~-*ts", [Width, H]),
    ls_print(T, Width, Len + Width);
ls_print([], _, _) ->
    io:nl().

%% The process table: one line per process, as c:i/0 (heap and stack sizes are not tracked).
i() ->
    Infos = [{P, c_host:process_info(P)} || P <- lists:sort(erlang:processes())],
    iformat("Pid", "Initial Call", "Reds", "Msgs"),
    iformat(" ", "Current Function", "", "Name"),
    lists:foreach(fun iline/1, [{P, I} || {P, I} <- Infos, I =/= undefined]),
    {Reds, Msgs} = lists:foldl(fun({_, undefined}, Acc) -> Acc;
                                  ({_, {_, _, R, M, _}}, {R0, M0}) -> {R0 + R, M0 + M}
                               end, {0, 0}, Infos),
    iformat("Total", "", integer_to_list(Reds), integer_to_list(Msgs)),
    ok.

iline({Pid, {Initial, Current, Reds, Msgs, Name}}) ->
    iformat(pid_to_list(Pid), mfa_string(Initial), integer_to_list(Reds), integer_to_list(Msgs)),
    iformat(" ", mfa_string(Current), "", case Name of [] -> ""; _ -> atom_to_list(Name) end).

iformat(A1, A2, A3, A4) ->
    io:format("~-21ts ~-33ts ~8s ~4s~n", [A1, A2, A3, A4]).

mfa_string({M, F, A}) -> io_lib:format("~w:~tw/~w", [M, F, A]);
mfa_string(X) -> io_lib:format("~w", [X]).

regs() ->
    print_regs().

nregs() ->
    print_regs().

print_regs() ->
    Names = lists:sort(erlang:registered()),
    io:format("~n** Registered procs on node ~w **~n", [node()]),
    procformat("Name", "Pid", "Initial Call", "Reds", "Msgs"),
    lists:foreach(fun(Name) ->
                          case whereis(Name) of
                              undefined -> ok;
                              Pid ->
                                  case c_host:process_info(Pid) of
                                      undefined -> ok;
                                      {Initial, _, Reds, Msgs, _} ->
                                          procformat(io_lib:format("~tw", [Name]), pid_to_list(Pid),
                                                     mfa_string(Initial), integer_to_list(Reds),
                                                     integer_to_list(Msgs))
                                  end
                          end
                  end, Names),
    io:format("~n** Registered ports on node ~w **~n", [node()]),
    io:format("~-21ts ~-6s ~-15ts~n", ["Name", "Id", "Command"]),
    ok.

procformat(Name, Pid, Call, Reds, LM) ->
    io:format("~-21ts ~-12s ~-25ts ~12s ~4s~n", [Name, Pid, Call, Reds, LM]).

%% Loaded modules and where they came from.
m() ->
    io:format("~-20s  ~ts~n", ["Module", "File"]),
    lists:foreach(fun({M, F}) -> io:format("~-20w  ~ts~n", [M, F]) end, lists:sort(c_host:loaded())).

pid(X, Y, Z) ->
    list_to_pid("<" ++ integer_to_list(X) ++ "." ++ integer_to_list(Y) ++ "." ++ integer_to_list(Z) ++ ">").

memory() ->
    c_host:memory().

uptime() ->
    Ms = c_host:uptime_ms(),
    S0 = Ms div 1000,
    {D, S1} = {S0 div 86400, S0 rem 86400},
    {H, S2} = {S1 div 3600, S1 rem 3600},
    {M, S} = {S2 div 60, S2 rem 60},
    case D of
        0 -> ok;
        _ -> io:format("~p days, ", [D])
    end,
    io:format("~p hours, ~p minutes and ~p seconds~n", [H, M, S]).

%% ---- Compiling and loading ----------------------------------------------------------------------
%% c/1,2 compile a source file and
%% load the result, purging the old code first; l/1 purges and loads from the code path; lm/0
%% reloads every module whose file changed. Results and printed text follow OTP 25's c module.

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
