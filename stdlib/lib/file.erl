%% file: the file system interface. Path operations and raw files are BIFs in prim_file
%% (stdlib/bifs/prim-file.ts, file-info.ts); a file opened without `raw` is an io server process
%% (file_io_server), so io:format/3 and io:get_line/2 work on it as in OTP.
-module(file).
-export([read_file/1, write_file/2, write_file/3, copy/2, copy/3, delete/1, delete/2, rename/2,
         list_dir/1, list_dir_all/1, make_dir/1, del_dir/1, del_dir_r/1,
         consult/1, path_consult/2, read_file_info/1, read_file_info/2,
         read_link_info/1, read_link_info/2, write_file_info/2, write_file_info/3,
         make_symlink/2, read_link/1, read_link_all/1,
         get_cwd/0, set_cwd/1, open/2, close/1, read/2, read_line/1, write/2,
         pread/2, pread/3, pwrite/2, pwrite/3, position/2, truncate/1, sync/1, datasync/1,
         format_error/1, native_name_encoding/0, get_cwd/1, make_link/2, path_open/3,
         change_mode/2, change_owner/2, change_owner/3, change_group/2, change_time/2, change_time/3]).

-include_lib("kernel/include/file.hrl").

read_file(Name) -> prim_file:read_file(Name).

write_file(Name, Data) -> prim_file:write_file(Name, Data, []).

write_file(Name, Data, Modes) when is_list(Modes) -> prim_file:write_file(Name, Data, Modes).

delete(Name) -> prim_file:delete(Name).
delete(Name, _Opts) -> prim_file:delete(Name).

rename(From, To) -> prim_file:rename(From, To).

list_dir(Name) -> prim_file:list_dir(Name).
list_dir_all(Name) -> prim_file:list_dir(Name).

make_dir(Name) -> prim_file:make_dir(Name).
del_dir(Name) -> prim_file:del_dir(Name).
del_dir_r(Name) -> prim_file:del_dir_r(Name).

make_symlink(Target, Name) -> prim_file:make_symlink(Target, Name).
make_link(Existing, Name) -> prim_file:make_link(Existing, Name).
read_link(Name) -> prim_file:read_link(Name).
read_link_all(Name) -> prim_file:read_link(Name).

read_file_info(Name) -> prim_file:read_file_info(Name, []).
read_file_info(Name, Opts) when is_list(Opts) -> prim_file:read_file_info(Name, Opts).
read_link_info(Name) -> prim_file:read_link_info(Name, []).
read_link_info(Name, Opts) when is_list(Opts) -> prim_file:read_link_info(Name, Opts).
write_file_info(Name, Info) -> prim_file:write_file_info(Name, Info, []).
write_file_info(Name, Info, Opts) when is_list(Opts) -> prim_file:write_file_info(Name, Info, Opts).

change_mode(Name, Mode) when is_integer(Mode) -> write_file_info(Name, #file_info{mode = Mode}).
change_owner(Name, Uid) when is_integer(Uid) -> write_file_info(Name, #file_info{uid = Uid}).
change_owner(Name, Uid, Gid) when is_integer(Uid), is_integer(Gid) ->
    write_file_info(Name, #file_info{uid = Uid, gid = Gid}).
change_group(Name, Gid) when is_integer(Gid) -> write_file_info(Name, #file_info{gid = Gid}).
change_time(Name, {{_, _, _}, {_, _, _}} = Mtime) -> write_file_info(Name, #file_info{mtime = Mtime}).
change_time(Name, {{_, _, _}, {_, _, _}} = Atime, {{_, _, _}, {_, _, _}} = Mtime) ->
    write_file_info(Name, #file_info{atime = Atime, mtime = Mtime}).

get_cwd() -> prim_file:get_cwd().

%% A drive's working directory: Unix has no drives.
get_cwd(Drive) ->
    case prim_file:is_name(Drive) of
        true -> {error, enotsup};
        false -> {error, badarg}
    end.
set_cwd(Dir) -> prim_file:set_cwd(Dir).

%% ---- consult ----

consult(Name) ->
    case read_file(Name) of
        {ok, Bin} -> prim_file:parse_terms(Bin);
        Error -> Error
    end.

path_consult([Dir | Dirs], Name) ->
    Full = filename:join(Dir, Name),
    case consult(Full) of
        {ok, Terms} -> {ok, Terms, Full};
        {error, enoent} -> path_consult(Dirs, Name);
        {error, eacces} -> path_consult(Dirs, Name);
        {error, Reason} -> {error, Reason}
    end;
path_consult([], _Name) -> {error, enoent}.

%% The first directory of Path where Name opens ({ok, Fd, FullName}); an absolute Name directly.
path_open(Path, Name, Modes) ->
    case filename:pathtype(Name) of
        relative -> path_open_first(Path, Name, Modes, {error, enoent});
        absolute ->
            case open(Name, Modes) of
                {ok, Fd} -> {ok, Fd, Name};
                Error -> Error
            end
    end.

path_open_first([Dir | Dirs], Name, Modes, Last) ->
    Full = filename:join(Dir, Name),
    case open(Full, Modes) of
        {ok, Fd} -> {ok, Fd, Full};
        {error, Reason} when Reason =:= enoent; Reason =:= enotdir -> path_open_first(Dirs, Name, Modes, Last);
        {error, eacces} = Error -> path_open_first(Dirs, Name, Modes, Error);
        Error -> Error
    end;
path_open_first([], _Name, _Modes, Last) -> Last.

%% ---- copy ----

copy(Source, Dest) -> copy(Source, Dest, infinity).

copy(Source, Dest, Length) ->
    case open_for_copy(Source, [read, binary]) of
        {ok, In, CloseIn} ->
            Result = case open_for_copy(Dest, [write, binary]) of
                         {ok, Out, CloseOut} ->
                             R = copy_loop(In, Out, Length, 0),
                             CloseOut(),
                             R;
                         Error -> Error
                     end,
            CloseIn(),
            Result;
        Error -> Error
    end.

open_for_copy({Name, Modes}, Default) when is_list(Modes) -> open_for_copy1(Name, Modes ++ Default);
open_for_copy(Name, Default) -> open_for_copy1(Name, Default).

open_for_copy1(Dev, _Modes) when is_pid(Dev) -> {ok, Dev, fun() -> ok end};
open_for_copy1(#file_descriptor{} = Fd, _Modes) -> {ok, Fd, fun() -> ok end};
open_for_copy1(Name, Modes) ->
    case prim_file:open(Name, [raw | Modes]) of
        {ok, Fd} -> {ok, Fd, fun() -> prim_file:close(Fd) end};
        Error -> Error
    end.

-define(COPY_CHUNK, 65536).

copy_loop(_In, _Out, 0, Done) -> {ok, Done};
copy_loop(In, Out, Left, Done) ->
    N = case Left of infinity -> ?COPY_CHUNK; _ -> min(Left, ?COPY_CHUNK) end,
    case read(In, N) of
        {ok, Data} ->
            case write(Out, Data) of
                ok ->
                    Size = iolist_size(Data),
                    copy_loop(In, Out, case Left of infinity -> infinity; _ -> Left - Size end, Done + Size);
                Error -> Error
            end;
        eof -> {ok, Done};
        Error -> Error
    end.

%% ---- open files ----

open(Name, Modes) when is_list(Modes) ->
    case lists:member(raw, Modes) of
        true -> prim_file:open(Name, Modes);
        false -> file_io_server:start(self(), Name, Modes)
    end;
open(_Name, _Modes) -> {error, badarg}.

close(Fd) when is_pid(Fd) ->
    case file_request(Fd, close) of
        {error, terminated} -> ok;
        Other -> Other
    end;
close(Fd) -> prim_file:close(Fd).

%% A pid or a registered name is an io device: read, read_line and write go through io:request.
read(Fd, Size) when (is_pid(Fd) orelse is_atom(Fd)), is_integer(Size), Size >= 0 ->
    case io:request(Fd, {get_chars, latin1, '', Size}) of
        Data when is_list(Data); is_binary(Data) -> {ok, Data};
        Other -> Other
    end;
read(Fd, _Size) when is_pid(Fd); is_atom(Fd) -> {error, badarg};
read(Fd, Size) -> prim_file:read(Fd, Size).

read_line(Fd) when is_pid(Fd); is_atom(Fd) ->
    case io:request(Fd, {get_line, latin1, ''}) of
        Data when is_list(Data); is_binary(Data) -> {ok, Data};
        Other -> Other
    end;
read_line(Fd) -> prim_file:read_line(Fd).

write(Fd, Data) when is_pid(Fd); is_atom(Fd) -> io:request(Fd, {put_chars, latin1, Data});
write(Fd, Data) -> prim_file:write(Fd, Data).

pread(Fd, Locs) when is_list(Locs) -> pread_list(Fd, Locs, []);
pread(_Fd, _Locs) -> {error, badarg}.

pread_list(_Fd, [], Acc) -> {ok, lists:reverse(Acc)};
pread_list(Fd, [{At, Size} | Locs], Acc) ->
    case pread(Fd, At, Size) of
        {ok, Data} -> pread_list(Fd, Locs, [Data | Acc]);
        eof -> pread_list(Fd, Locs, [eof | Acc]);
        Error -> Error
    end;
pread_list(_Fd, _, _) -> {error, badarg}.

pread(Fd, At, Size) when is_pid(Fd) -> file_request(Fd, {pread, At, Size});
pread(Fd, At, Size) -> prim_file:pread(Fd, At, Size).

pwrite(Fd, Locs) when is_pid(Fd), is_list(Locs) -> pwrite_list(Fd, Locs, 0);
pwrite(Fd, Locs) when is_list(Locs) ->
    %% A raw file checks every location before it writes.
    case lists:all(fun({At, _}) -> is_integer(At); (_) -> false end, Locs) of
        true -> pwrite_list(Fd, Locs, 0);
        false -> {error, badarg}
    end;
pwrite(_Fd, _Locs) -> {error, badarg}.

pwrite_list(_Fd, [], _N) -> ok;
pwrite_list(Fd, [{At, Data} | Locs], N) ->
    case pwrite(Fd, At, Data) of
        ok -> pwrite_list(Fd, Locs, N + 1);
        {error, Reason} -> {error, {N, Reason}}
    end;
pwrite_list(_Fd, _, _) -> {error, badarg}.

pwrite(Fd, At, Data) when is_pid(Fd) -> file_request(Fd, {pwrite, At, Data});
pwrite(Fd, At, Data) -> prim_file:pwrite(Fd, At, Data).

position(Fd, At) when is_pid(Fd) -> file_request(Fd, {position, At});
position(Fd, At) -> prim_file:position(Fd, At).

truncate(Fd) when is_pid(Fd) -> file_request(Fd, truncate);
truncate(Fd) -> prim_file:truncate(Fd).

sync(Fd) when is_pid(Fd) -> file_request(Fd, sync);
sync(Fd) -> prim_file:sync(Fd).

datasync(Fd) when is_pid(Fd) -> file_request(Fd, datasync);
datasync(Fd) -> prim_file:datasync(Fd).

%% The file server protocol: {file_request, From, Ref, Request} answered by {file_reply, Ref, Reply}.
file_request(Pid, Request) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {file_request, self(), Ref, Request},
    receive
        {file_reply, Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} ->
            {error, terminated}
    end.

%% ---- errors ----

%% {Line, Module, Reason} as "Line: " and the module's text (a deep list, as OTP builds it).
format_error({Line, Mod, Reason}) when is_integer(Line), is_atom(Mod) ->
    [integer_to_list(Line), $:, $\s, module_error(Mod, Reason)];
format_error(badarg) -> "bad argument";
format_error(system_limit) -> "a system limit was hit, probably not enough ports";
format_error(terminated) -> "the file server process is terminated";
format_error(Posix) -> posix_message(Posix).

%% erl_parse's errors are texts already; other modules explain their own.
module_error(erl_parse, Message) ->
    case io_lib:deep_char_list(Message) of
        true -> Message;
        false -> io_lib:write(Message)
    end;
module_error(Mod, Reason) -> Mod:format_error(Reason).

posix_message(eacces) -> "permission denied";
posix_message(eagain) -> "resource temporarily unavailable";
posix_message(ebadf) -> "bad file number";
posix_message(ebusy) -> "file busy";
posix_message(eexist) -> "file already exists";
posix_message(efbig) -> "file too large";
posix_message(einval) -> "invalid argument";
posix_message(eio) -> "I/O error";
posix_message(eisdir) -> "illegal operation on a directory";
posix_message(eloop) -> "too many levels of symbolic links";
posix_message(emfile) -> "too many open files";
posix_message(enametoolong) -> "file name too long";
posix_message(enoent) -> "no such file or directory";
posix_message(enomem) -> "not enough memory";
posix_message(enospc) -> "no space left on device";
posix_message(enotdir) -> "not a directory";
posix_message(enotempty) -> "directory not empty";
posix_message(enotsup) -> "operation not supported";
posix_message(enxio) -> "no such device or address";
posix_message(eperm) -> "not owner";
posix_message(erofs) -> "read-only file system";
posix_message(espipe) -> "invalid seek";
posix_message(etxtbsy) -> "text file or pseudo-device busy";
posix_message(exdev) -> "cross-domain link";
posix_message(_) -> "unknown POSIX error".

native_name_encoding() -> utf8.
