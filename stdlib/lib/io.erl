%% io, the Erlang half: the io protocol towards io servers that are processes (files opened
%% without raw, another process's group leader, a user-written server). The common case, output
%% to and input from the VM's own standard io, is BIFs in stdlib/bifs/io.ts; they trap here when
%% the device is a process.
-module(io).
-export([request/1, request/2, requests/1, requests/2, '$o_request'/4, '$geometry'/2, '$user_server'/0,
         '$stdio_fread'/2, '$read'/2, '$collect_form'/2, '$stdin_wait'/2]).

request(Request) -> request(standard_io, Request).

request(standard_io, Request) -> request(group_leader(), Request);
request(Pid, Request) when is_pid(Pid) ->
    case execute_request(Pid, Request) of
        {local, Reason} -> {error, Reason};
        Reply -> Reply
    end;
request(Name, Request) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> {error, arguments};
        Pid -> request(Pid, Request)
    end.

requests(Requests) -> requests(standard_io, Requests).

requests(Dev, Requests) -> request(Dev, {requests, Requests}).

%% {local, Reason} for an error of this side (the server is gone), else the server's reply.
execute_request(Pid, _Request) when Pid =:= self() -> {local, calling_self};
execute_request(Pid, Request) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {io_request, self(), Ref, Request},
    receive
        {io_reply, Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} ->
            receive {'EXIT', Pid, _} -> ok after 0 -> ok end,
            {local, terminated}
    end.

resolve(standard_io) -> group_leader();
resolve(Pid) when is_pid(Pid) -> Pid;
resolve(Name) when is_atom(Name) -> whereis(Name);
resolve(_) -> undefined.

%% An output request on behalf of io:Func(Args...): an error reply becomes an exception raised
%% from io:Func, as OTP's o_request does.
'$o_request'(Dev, Request, Func, Args) ->
    Result = case resolve(Dev) of
                 undefined -> {local, arguments};
                 Pid -> execute_request(Pid, Request)
             end,
    case Result of
        {local, Reason} -> o_error(Func, Args, Reason, 94, io);
        {error, Reason} -> o_error(Func, Args, Reason, 99, device);
        Other -> Other
    end.

%% The exception OTP's io:o_request/2 raises, with its location and error_info.
o_error(Func, Args, Reason, Line, Cause) ->
    Stack = try erlang:error(stack) catch error:stack:St -> tl(St) end,
    Info = [{file, "io.erl"}, {line, Line},
            {error_info, #{cause => {Cause, Reason}, module => erl_stdlib_errors}}],
    erlang:raise(error, conv_reason(Reason), [{io, Func, Args, Info} | Stack]).

%% io:fread on the VM's standard input: lines through io_lib:fread/3 until it is done; the
%% characters it did not use go back to the input.
'$stdio_fread'(Prompt, Format) -> stdio_fread([], Prompt, Format).

stdio_fread(Cont, Prompt, Format) ->
    Data = io:get_line(Prompt),
    case io_lib:fread(Cont, Data, Format) of
        {more, Cont1} -> stdio_fread(Cont1, '', Format);
        {done, Result, Rest} ->
            io:'$unread'(case Rest of eof -> []; _ -> Rest end),
            Result
    end.

%% io:read on an io server process: get_until with a collector of one form, then the term.
'$read'(Pid, Prompt) ->
    case request(Pid, {get_until, unicode, Prompt, io, '$collect_form', []}) of
        {form, Text} -> io:'$read_term'(Text);
        Other -> Other
    end.

%% A get_until collector: characters until a complete form (the rest is left), or eof.
'$collect_form'(Cont, eof) ->
    case string:trim(Cont) of
        [] -> {done, eof, eof};
        _ -> {done, {form, Cont}, eof}
    end;
'$collect_form'(Cont, Chars) ->
    Text = Cont ++ Chars,
    case io:'$form_length'(Text) of
        incomplete -> {more, Text};
        N -> {done, {form, lists:sublist(Text, N)}, lists:nthtail(N, Text)}
    end.

%% io:columns/rows on an io server process.
'$geometry'(Pid, Which) ->
    case request(Pid, {get_geometry, Which}) of
        N when is_integer(N), N > 0 -> {ok, N};
        _ -> {error, enotsup}
    end.

conv_reason(arguments) -> badarg;
conv_reason(terminated) -> terminated;
conv_reason(calling_self) -> calling_self;
conv_reason({no_translation, _, _}) -> no_translation;
conv_reason(_) -> badarg.

%% The group leader of every process unless group_leader/2 says otherwise: the VM's standard io,
%% served by the io BIFs (this process's own group leader is the host device itself).
'$user_server'() ->
    receive
        {io_request, From, ReplyAs, Request} ->
            From ! {io_reply, ReplyAs, user_request(Request)},
            '$user_server'();
        _ ->
            '$user_server'()
    end.

user_request({put_chars, _Enc, Chars}) ->
    case catch io:put_chars(Chars) of
        ok -> ok;
        _ -> {error, put_chars}
    end;
user_request({put_chars, Enc, M, F, A}) ->
    case catch apply(M, F, A) of
        Chars when is_list(Chars); is_binary(Chars) -> user_request({put_chars, Enc, Chars});
        _ -> {error, F}
    end;
user_request({get_line, _Enc, Prompt}) -> io:get_line(Prompt);
user_request({get_chars, _Enc, Prompt, N}) -> io:get_chars(Prompt, N);
user_request(getopts) -> io:getopts();
user_request({setopts, Opts}) -> io:setopts(Opts);
user_request({get_geometry, _}) -> {error, enotsup};
user_request({requests, Reqs}) -> user_requests(Reqs, ok);
user_request(_) -> {error, request}.

user_requests([], R) -> R;
user_requests([Req | Reqs], _) ->
    case user_request(Req) of
        {error, _} = E -> E;
        R -> user_requests(Reqs, R)
    end.

%% A reader of the VM's own standard input that found none yet waits here (other processes run
%% meanwhile); the runtime sends '$stdin_ready' when more input or its end arrived, then io:F(Args)
%% (io:'$stdin_get_line'/0, '$stdin_get_chars'/1 or '$stdin_read'/1, BIFs) tries again.
'$stdin_wait'(F, Args) ->
    receive '$stdin_ready' -> apply(io, F, Args) end.
