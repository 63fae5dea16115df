%% The process behind a file opened without `raw`: it owns a raw prim_file handle and answers the
%% io protocol ({io_request, From, ReplyAs, Req} -> {io_reply, ReplyAs, Reply}) and the file
%% protocol ({file_request, ...} -> {file_reply, ...}). It ends when the file is closed or its
%% owner (the process that opened it) exits. Encodings: latin1 (bytes) or utf8 ({encoding, utf8}).
-module(file_io_server).
-export([start/3, init/4, format_error/1]).

-record(state, {fd, owner, binary, encoding}).

format_error(invalid_unicode) -> "cannot translate from UTF-8";
format_error(ErrorId) -> file:format_error(ErrorId).

start(Owner, Name, Modes) ->
    Ref = make_ref(),
    Pid = spawn(?MODULE, init, [Owner, Name, Modes, {self(), Ref}]),
    Mref = erlang:monitor(process, Pid),
    receive
        {Ref, ok} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Pid};
        {Ref, Error} ->
            erlang:demonitor(Mref, [flush]),
            Error;
        {'DOWN', Mref, _, _, Reason} ->
            {error, Reason}
    end.

init(Owner, Name, Modes, {From, Ref}) ->
    Binary = lists:member(binary, Modes),
    case encoding(Modes) of
        {ok, Enc} ->
            case prim_file:open(Name, [binary | Modes -- [list]]) of
                {ok, Fd} ->
                    OwnerRef = erlang:monitor(process, Owner),
                    From ! {Ref, ok},
                    loop(#state{fd = Fd, owner = OwnerRef, binary = Binary, encoding = Enc});
                Error ->
                    From ! {Ref, Error}
            end;
        error ->
            From ! {Ref, {error, badarg}}
    end.

encoding(Modes) ->
    case lists:keyfind(encoding, 1, Modes) of
        false -> {ok, latin1};
        {encoding, latin1} -> {ok, latin1};
        {encoding, E} when E =:= utf8; E =:= unicode -> {ok, unicode};
        _ -> error
    end.

loop(#state{fd = Fd, owner = OwnerRef} = S) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            case io_request(Request, S) of
                {stop, Reason, Reply} ->
                    %% As OTP's server: a failed read ends it.
                    From ! {io_reply, ReplyAs, Reply},
                    prim_file:close(Fd),
                    exit(Reason);
                {Reply, S1} ->
                    From ! {io_reply, ReplyAs, Reply},
                    loop(S1)
            end;
        {file_request, From, ReplyAs, close} ->
            From ! {file_reply, ReplyAs, prim_file:close(Fd)},
            exit(normal);
        {file_request, From, ReplyAs, Request} ->
            From ! {file_reply, ReplyAs, file_request(Request, S)},
            loop(S);
        {'DOWN', OwnerRef, _, _, _} ->
            prim_file:close(Fd),
            exit(normal);
        _Other ->
            loop(S)
    end.

file_request({position, At}, #state{fd = Fd}) -> prim_file:position(Fd, At);
file_request({pread, At, Size}, #state{fd = Fd} = S) ->
    %% The position is undefined after pread; OTP's server leaves it where the read ended.
    case prim_file:pread(Fd, At, Size) of
        {ok, Bin} ->
            _ = prim_file:position(Fd, At + byte_size(Bin)),
            {ok, out(Bin, latin1, S)};
        eof ->
            _ = prim_file:position(Fd, At),
            eof;
        Other -> Other
    end;
file_request({pwrite, At, Data}, #state{fd = Fd}) -> prim_file:pwrite(Fd, At, Data);
file_request(truncate, #state{fd = Fd}) -> prim_file:truncate(Fd);
file_request(sync, #state{fd = Fd}) -> prim_file:sync(Fd);
file_request(datasync, #state{fd = Fd}) -> prim_file:datasync(Fd);
file_request(_, _) -> {error, einval}.

%% Data read from the file as the reader asked for it: a binary in the requested encoding, or a
%% list of characters.
out(Bin, _Enc, #state{binary = false, encoding = latin1}) -> binary_to_list(Bin);
out(Bin, _Enc, #state{binary = false, encoding = unicode}) -> unicode:characters_to_list(Bin, utf8);
out(Bin, latin1, #state{encoding = latin1}) -> Bin;
out(Bin, unicode, #state{encoding = unicode}) -> Bin;
out(Bin, unicode, #state{encoding = latin1}) -> unicode:characters_to_binary(Bin, latin1, utf8);
out(Bin, latin1, #state{encoding = unicode}) -> unicode:characters_to_binary(Bin, utf8, latin1).

%% A write's reply, or a stop: a failed write ends the server (data it cannot write does not).
write_reply({error, {no_translation, _, _}} = Error, S) -> {Error, S};
write_reply({error, badarg} = Error, S) -> {Error, S};
write_reply({error, Reason} = Error, _S) -> {stop, Reason, Error};
write_reply(Reply, S) -> {Reply, S}.

%% A read's reply, or a stop: a read error ends the server.
read_reply({error, Reason} = Error, _S) -> {stop, Reason, Error};
read_reply(Reply, S) -> {Reply, S}.

io_request({put_chars, Enc, Chars}, S) -> write_reply(put_chars(Enc, Chars, S), S);
io_request({put_chars, Enc, M, F, A}, S) ->
    case catch apply(M, F, A) of
        Chars when is_list(Chars); is_binary(Chars) -> write_reply(put_chars(Enc, Chars, S), S);
        _ -> {stop, normal, {error, F}}
    end;
io_request({put_chars, Chars}, S) -> io_request({put_chars, latin1, Chars}, S);
io_request({get_line, Enc, _Prompt}, S) -> read_reply(get_line(Enc, S), S);
io_request({get_line, Prompt}, S) -> io_request({get_line, latin1, Prompt}, S);
io_request({get_chars, Enc, _Prompt, N}, S) when is_integer(N), N >= 0 -> read_reply(get_chars(Enc, N, S), S);
io_request({get_chars, Prompt, N}, S) -> io_request({get_chars, latin1, Prompt, N}, S);
io_request({get_until, Enc, _Prompt, M, F, A}, S) -> read_reply(get_until(Enc, M, F, A, [], S), S);
io_request({get_until, Prompt, M, F, A}, S) -> io_request({get_until, latin1, Prompt, M, F, A}, S);
io_request({setopts, Opts}, S) when is_list(Opts) -> setopts(Opts, S);
io_request(getopts, #state{binary = B, encoding = E} = S) ->
    {[{binary, B}, {encoding, E}], S};
io_request({requests, Reqs}, S) -> requests(Reqs, {ok, S});
io_request(_, S) -> {{error, request}, S}.

requests([], Acc) -> Acc;
requests([Req | Reqs], {_, S}) ->
    case io_request(Req, S) of
        {{error, _}, _} = Error -> Error;
        Acc -> requests(Reqs, Acc)
    end.

put_chars(latin1, Chars, #state{fd = Fd, encoding = latin1}) ->
    prim_file:write(Fd, Chars);
put_chars(Enc, Chars, #state{fd = Fd, encoding = FileEnc}) ->
    case unicode:characters_to_binary(Chars, Enc, FileEnc) of
        Bin when is_binary(Bin) -> prim_file:write(Fd, Bin);
        _ -> {error, {no_translation, Enc, FileEnc}}
    end.

get_line(Enc, #state{fd = Fd} = S) ->
    case prim_file:read_line(Fd) of
        {ok, Bin} -> out(Bin, Enc, S);
        Other -> Other
    end.

%% N characters: N bytes in latin1; in utf8, bytes until N characters are complete.
get_chars(Enc, 0, S) -> out(<<>>, Enc, S);
get_chars(Enc, N, #state{fd = Fd, encoding = latin1} = S) ->
    case prim_file:read(Fd, N) of
        {ok, Bin} -> out(Bin, Enc, S);
        Other -> Other
    end;
get_chars(Enc, N, #state{fd = Fd} = S) ->
    case prim_file:read(Fd, N) of
        {ok, Bin} -> utf8_chars(Enc, N, Bin, S);
        Other -> Other
    end.

utf8_chars(Enc, N, Bin, #state{fd = Fd} = S) ->
    case unicode:characters_to_list(Bin, utf8) of
        Cs when is_list(Cs), length(Cs) >= N ->
            {Take, Rest} = lists:split(N, Cs),
            Extra = byte_size(unicode:characters_to_binary(Rest)),
            {ok, _} = prim_file:position(Fd, {cur, -Extra}),
            out(unicode:characters_to_binary(Take), Enc, S);
        Cs when is_list(Cs) ->
            case prim_file:read(Fd, N - length(Cs)) of
                {ok, More} -> utf8_chars(Enc, N, <<Bin/binary, More/binary>>, S);
                eof -> out(Bin, Enc, S)
            end;
        {incomplete, _, _} ->
            case prim_file:read(Fd, 1) of
                {ok, More} -> utf8_chars(Enc, N, <<Bin/binary, More/binary>>, S);
                eof -> {error, collect_chars}
            end;
        {error, _, _} ->
            {error, collect_chars}
    end.

%% get_until: lines go to M:F(Cont, Data | A) until it is done; what it leaves is put back by
%% moving the file position back over its bytes.
get_until(Enc, M, F, A, Cont, #state{fd = Fd, encoding = FileEnc} = S) ->
    Data = case prim_file:read_line(Fd) of
               {ok, Bin} -> out(Bin, Enc, S#state{binary = false});
               eof -> eof;
               Error -> Error
           end,
    case Data of
        {error, _} = E -> E;
        _ ->
            case catch apply(M, F, [Cont, Data | A]) of
                {done, Result, Rest} when is_list(Rest) ->
                    Bytes = case FileEnc of
                                latin1 -> length(Rest);
                                unicode -> byte_size(unicode:characters_to_binary(Rest))
                            end,
                    _ = prim_file:position(Fd, {cur, -Bytes}),
                    Result;
                {done, Result, _Eof} -> Result;
                {more, Cont1} -> get_until(Enc, M, F, A, Cont1, S);
                _ -> {error, err_func(M, F, A)}
            end
    end.

err_func(io_lib, get_until, {_, F, _}) -> F;
err_func(_, F, _) -> F.

setopts([], S) -> {ok, S};
setopts([binary | Opts], S) -> setopts(Opts, S#state{binary = true});
setopts([list | Opts], S) -> setopts(Opts, S#state{binary = false});
setopts([{binary, B} | Opts], S) when is_boolean(B) -> setopts(Opts, S#state{binary = B});
setopts([{encoding, _} = E | Opts], S) ->
    case encoding([E]) of
        {ok, Enc} -> setopts(Opts, S#state{encoding = Enc});
        error -> {{error, badarg}, S}
    end;
setopts(_, S) -> {{error, enotsup}, S}.
