%% EUnit's runner: eunit:test/1,2 walks a test description (modules, funs, {M,F}, generators,
%% {Desc, Tests}, setup/foreach/foreachx/with fixtures, timeout/inorder/inparallel/spawn wrappers)
%% and prints what OTP 25's eunit_tty prints: failures as they happen, `module 'm'` groups and
%% `m: f_test...ok` lines with [verbose], and the summary (`  All 5 tests passed.`, `  Failed: 1.
%% Skipped: 0.  Passed: 4.`). Tests run in one runner process, in order; the calling process
%% watches each test's timeout (5 s unless {timeout, S, T}) and kills the runner when one expires,
%% which cancels the tests left, as OTP's group abort does. {inparallel, [T1, T2...]} runs each
%% Ti in a process of its own (each with its own watcher) and prints their reports in list order.
%% Each test runs under a capturing group leader: what it prints is shown (`output:<<"...">>`)
%% only when it fails. A failure's stack trace reads as OTP's: the test's own frames, then the
%% frames OTP's eunit_proc/eunit_test processes would have (see test_stack/3), cut to 8 frames.
%% Differences from OTP: lambda names come from our compiler's fun numbering, which differs from
%% OTP's (`-f/0-fun-4-` where OTP says `-f/0-fun-2-`); a timed-out test prints `undefined` where
%% OTP prints the test's stack at that moment; {timeout, S, Group} bounds each test of the group,
%% not the group as a whole.
-module(eunit).

-export([test/1, test/2]).

-define(DEFAULT_TIMEOUT_MS, 5000).
-define(PRINT_DEPTH, 20).
%% OTP's default erlang:system_flag(backtrace_depth): how many frames a stack trace keeps.
-define(BACKTRACE_DEPTH, 8).
%% The frames of OTP's eunit_proc under a test (innermost first), so that a failure's stack trace
%% reads as OTP's does: every test process starts in child_process/2, each group adds run_group,
%% with_timeout and tests_inorder, each test handle_test, with_timeout, run_test and run_testfun,
%% and a {M, F} test eunit_test's mf_wrapper fun.
-define(CHILD_FRAMES, [{eunit_proc, child_process, 2, [{file, "eunit_proc.erl"}, {line, 374}]}]).
-define(GROUP_FRAMES, [{eunit_proc, tests_inorder, 3, [{file, "eunit_proc.erl"}, {line, 456}]},
                       {eunit_proc, with_timeout, 3, [{file, "eunit_proc.erl"}, {line, 346}]},
                       {eunit_proc, run_group, 2, [{file, "eunit_proc.erl"}, {line, 570}]}]).
-define(TEST_FRAMES, [{eunit_test, run_testfun, 1, [{file, "eunit_test.erl"}, {line, 71}]},
                      {eunit_proc, run_test, 1, [{file, "eunit_proc.erl"}, {line, 531}]},
                      {eunit_proc, with_timeout, 3, [{file, "eunit_proc.erl"}, {line, 356}]},
                      {eunit_proc, handle_test, 2, [{file, "eunit_proc.erl"}, {line, 514}]}]).
-define(MF_FRAME, {eunit_test, '-mf_wrapper/2-fun-0-', 2, [{file, "eunit_test.erl"}, {line, 273}]}).

test(Spec) ->
    test(Spec, []).

test(Spec, Options) when is_list(Options) ->
    Verbose = proplists:get_bool(verbose, Options),
    Caller = self(),
    Ref = make_ref(),
    verbose(Verbose, "======================== EUnit ========================\n", []),
    St = #{verbose => Verbose, indent => 0, caller => Caller, ref => Ref,
           timeout => ?DEFAULT_TIMEOUT_MS, frames => group_frames(?CHILD_FRAMES)},
    {Pid, MRef} = spawn_monitor(fun() -> run(Spec, St) end),
    Counts = watch(Ref, Pid, MRef, Verbose, none, #{pass => 0, fail => 0, skip => 0, cancel => 0}),
    summary(Verbose, Counts).

%% ---- the caller: counts results, enforces timeouts ------------------------------------------------

watch(Ref, Pid, MRef, Verbose, Current, Counts) ->
    Timeout = case Current of
                  none -> infinity;
                  {Ms, _Text} -> Ms
              end,
    receive
        {Ref, start, Ms1, Text} ->
            watch(Ref, Pid, MRef, Verbose, {Ms1, Text}, Counts);
        {Ref, stop} ->
            watch(Ref, Pid, MRef, Verbose, none, Counts);
        {Ref, count, Kind} ->
            watch(Ref, Pid, MRef, Verbose, Current, bump(Kind, Counts));
        {'DOWN', MRef, process, Pid, normal} ->
            Counts;
        {'DOWN', MRef, process, Pid, Reason} ->
            fwrite("*unexpected termination of test process*\n::~tP\n\n", [Reason, ?PRINT_DEPTH]),
            bump(cancel, Counts)
    after Timeout ->
        exit(Pid, kill),
        receive {'DOWN', MRef, process, Pid, _} -> ok end,
        {_, Text} = Current,
        case Verbose of
            true -> ok;
            false -> fwrite("~ts", [Text])
        end,
        %% OTP also prints where the test was; then the aborted group's (missing) description.
        fwrite("*timed out*\nundefined\n", []),
        bump(cancel, Counts)
    end.

bump(Kind, Counts) ->
    maps:update_with(Kind, fun(N) -> N + 1 end, Counts).

summary(Verbose, #{pass := Pass, fail := Fail, skip := Skip, cancel := Cancel}) ->
    if
        Fail =:= 0, Skip =:= 0, Cancel =:= 0 ->
            if
                Pass =:= 0 -> fwrite("  There were no tests to run.\n", []);
                true ->
                    verbose(Verbose, "=======================================================\n", []),
                    if
                        Pass =:= 1 -> fwrite("  Test passed.\n", []);
                        Pass =:= 2 -> fwrite("  2 tests passed.\n", []);
                        true -> fwrite("  All ~w tests passed.\n", [Pass])
                    end
            end,
            ok;
        true ->
            fwrite("=======================================================\n", []),
            fwrite("  Failed: ~w.  Skipped: ~w.  Passed: ~w.\n", [Fail, Skip, Pass]),
            if
                Cancel =/= 0 -> fwrite("One or more tests were cancelled.\n", []);
                true -> ok
            end,
            error
    end.

%% ---- the runner: walks the description --------------------------------------------------------

run([], _St) ->
    ok;
run([T | Ts], St) ->
    run(T, St),
    run(Ts, St);
run(F, St) when is_function(F, 0) ->
    run_test(fun_source(F), 0, "", F, St);
run({Line, F}, St) when is_integer(Line), is_function(F, 0) ->
    run_test(fun_source(F), Line, "", F, St);
run({inparallel, T}, St) ->
    in_parallel(T, St);
run({inparallel, N, T}, St) when is_integer(N), N >= 0 ->
    in_parallel(T, St);
run({module, M}, St) when is_atom(M) ->
    run_module(M, St);
run({generator, G}, St) when is_function(G, 0) ->
    generate(fun_source(G), G, St);
run({generator, M, F}, St) when is_atom(M), is_atom(F) ->
    generate({M, F, 0}, fun() -> M:F() end, St);
run({timeout, Secs, T}, St) when is_number(Secs), Secs >= 0 ->
    run(T, St#{timeout := round(Secs * 1000)});
run({inorder, T}, St) ->
    run(T, St);
run({spawn, T}, St) ->
    in_subprocess(fun() -> run(T, new_process(St)) end);
run({setup, S, I}, St) when is_function(S) ->
    setup(spawn, S, fun(_) -> ok end, I, St);
run({setup, S, C, I}, St) when is_function(S), is_function(C) ->
    setup(spawn, S, C, I, St);
run({setup, Where, S, I}, St) when is_atom(Where); is_tuple(Where) ->
    setup(Where, S, fun(_) -> ok end, I, St);
run({setup, Where, S, C, I}, St) ->
    setup(Where, S, C, I, St);
run({foreach, S, Is}, St) when is_function(S) ->
    foreach(spawn, S, fun(_) -> ok end, Is, St);
run({foreach, S, C, Is}, St) when is_function(S), is_function(C) ->
    foreach(spawn, S, C, Is, St);
run({foreach, Where, S, C, Is}, St) ->
    foreach(Where, S, C, Is, St);
run({foreachx, S, Pairs}, St) ->
    run({foreachx, S, fun(_, _) -> ok end, Pairs}, St);
run({foreachx, S, C, Pairs}, St) when is_function(S, 1), is_function(C, 2) ->
    lists:foreach(fun({X, I}) ->
                          setup(spawn, fun() -> S(X) end, fun(R) -> C(X, R) end,
                                fun(R) -> I(X, R) end, St)
                  end, Pairs);
run({with, X, Fs}, St) when is_list(Fs) ->
    lists:foreach(fun(F) -> run_test(fun_source(F), 0, "", fun() -> F(X) end, St) end, Fs);
run({M, F}, St) when is_atom(M), is_atom(F) ->
    run_mf_test(M, F, "", St);
run({Desc, T}, St) when is_binary(Desc) ->
    run({unicode:characters_to_list(Desc), T}, St);
run({[C | _] = Desc, T}, St) when is_integer(C) ->
    described(Desc, T, St);
run(M, St) when is_atom(M) ->
    run_module(M, St);
run(Bad, St) ->
    cancel_group("bad test descriptor", io_lib:format("~tP", [Bad, ?PRINT_DEPTH]), St).

%% {Desc, T}: a single test takes the description; anything else becomes a described group.
described(Desc, F, St) when is_function(F, 0) ->
    run_test(fun_source(F), 0, Desc, F, St);
described(Desc, {Line, F}, St) when is_integer(Line), is_function(F, 0) ->
    run_test(fun_source(F), Line, Desc, F, St);
described(Desc, {M, F}, St) when is_atom(M), is_atom(F) ->
    run_mf_test(M, F, Desc, St);
described(Desc, T, St) ->
    group(Desc, fun(St1) -> run(T, St1) end, St).

group(Desc, Body, #{verbose := true, indent := I, frames := Fr} = St) ->
    indent(I),
    fwrite("~ts\n", [Desc]),
    T0 = erlang:monotonic_time(millisecond),
    Body(St#{indent := I + 1, frames := group_frames(Fr)}),
    Time = erlang:monotonic_time(millisecond) - T0,
    if
        Time > 0 -> indent(I + 1), fwrite("[done in ~.3f s]\n", [Time / 1000]);
        true -> ok
    end;
group(_Desc, Body, #{frames := Fr} = St) ->
    Body(St#{frames := group_frames(Fr)}).

group_frames(Below) ->
    ?GROUP_FRAMES ++ Below.

%% Tests that run in a new process (setup's spawn, {spawn, T}): one group over child_process.
new_process(St) ->
    St#{frames := group_frames(?CHILD_FRAMES)}.

run_module(M, St) ->
    case module_tests(M) of
        undefined ->
            cancel_group("test module not found", io_lib:format("~tp", [M]), St);
        Tests ->
            Name = atom_to_list(M),
            Extra = case lists:suffix("_tests", Name) of
                        true -> [];
                        false ->
                            TestsMod = list_to_atom(Name ++ "_tests"),
                            case module_tests(TestsMod) of
                                undefined -> [];
                                _ -> [{module, TestsMod}]
                            end
                    end,
            group("module '" ++ Name ++ "'", fun(St1) -> run(Tests ++ Extra, St1) end, St)
    end.

%% The module's tests in export order: f_test/0 runs as a test, f_test_/0 as a generator.
module_tests(M) ->
    try M:module_info(exports) of
        Exports ->
            [test_of(M, F) || {F, 0} <- Exports, is_test_name(atom_to_list(F))]
    catch
        error:undef -> undefined
    end.

is_test_name(Name) ->
    lists:suffix("_test", Name) orelse lists:suffix("_test_", Name).

test_of(M, F) ->
    case lists:suffix("_test_", atom_to_list(F)) of
        true -> {generator, M, F};
        false -> {M, F}
    end.

generate(Source, G, St) ->
    try G() of
        Tests -> run(Tests, St)
    catch
        Class:Reason:Stack ->
            {M, F, A} = Source,
            cancel_group(io_lib:format("test generator ~w:~tw/~w failed", [M, F, A]),
                         format_exception(Class, Reason, own_frames(Stack)), St)
    end.

%% Where = spawn (the default) runs the tests in a new process, setup and cleanup in this one;
%% local runs everything here.
setup(Where, S, C, I, St) ->
    try S() of
        R ->
            try
                case Where of
                    local -> run(instantiate(I, R), St);
                    _ -> in_subprocess(fun() -> run(instantiate(I, R), new_process(St)) end)
                end
            after C(R)
            end
    catch
        Class:Reason:Stack ->
            cancel_group("context setup failed", format_exception(Class, Reason, own_frames(Stack)), St)
    end.

foreach(Where, S, C, Is, St) ->
    lists:foreach(fun(I) -> setup(Where, S, C, I, St) end, Is).

%% Linked, so that a timeout killing the runner ends it too.
in_subprocess(Body) ->
    Pid = spawn_link(Body),
    MRef = erlang:monitor(process, Pid),
    receive {'DOWN', MRef, process, Pid, _} -> ok end.

%% A group that could not run: OTP prints the group's description (undefined: these groups have
%% none) and the reason, and counts it as cancelled.
cancel_group(Title, Message, #{indent := I} = St) ->
    indent(I),
    fwrite("undefined\n*** ~ts ***\n**~ts\n\n", [Title, Message]),
    count(cancel, St).

instantiate(I, R) when is_function(I, 1) -> I(R);
instantiate({with, Fs}, R) when is_list(Fs) -> {with, R, Fs};
instantiate(Tests, _R) -> Tests.

%% ---- one test ------------------------------------------------------------------------------------

run_mf_test(M, F, Desc, #{frames := Fr} = St) ->
    run_test1({M, F, 0}, 0, Desc, fun() -> mf_wrapper(M, F) end,
              St#{frames := [?MF_FRAME | ?TEST_FRAMES ++ Fr]}).

uniq([X, X | Xs]) -> uniq([X | Xs]);
uniq([X | Xs]) -> [X | uniq(Xs)];
uniq([]) -> [].

%% eunit_test's: a missing module or test function is a test that did not run.
mf_wrapper(M, F) ->
    try
        M:F()
    catch
        error:undef:Trace ->
            case {erlang:module_loaded(M), erlang:function_exported(M, F, 0)} of
                {false, _} -> throw({eunit_internal, {module_not_found, M}});
                {true, false} -> throw({eunit_internal, {no_such_function, {M, F, 0}}});
                %% OTP's trace stops at the test, shown without a location
                {true, true} -> throw({eunit_rethrow, error, undef, uniq(own_frames(Trace) ++ [{M, F, 0}])})
            end
    end.

%% The test runs under a fresh group leader that keeps what it prints, shown only if it fails.
run_test(Source, Line, Desc, F, #{frames := Fr} = St) ->
    run_test1(Source, Line, Desc, F, St#{frames := ?TEST_FRAMES ++ Fr}).

run_test1(Source, Line, Desc, F, #{verbose := Verbose, indent := I, timeout := Ms} = St) ->
    Text = begin_text(I, Source, Line, Desc),
    verbose(Verbose, "~ts", [Text]),
    notify(St, {start, Ms, Text}),
    G0 = group_leader(),
    G1 = spawn_link(fun() -> capture([]) end),
    group_leader(G1, self()),
    T0 = erlang:monotonic_time(millisecond),
    Result = try F() of
                 _ -> ok
             catch
                 Class:Reason:Stack -> {error, Class, Reason, Stack}
             end,
    Time = erlang:monotonic_time(millisecond) - T0,
    group_leader(G0, self()),
    Output = captured(G1),
    notify(St, stop),
    case Result of
        ok ->
            if
                Verbose, Time > 0 -> fwrite("[~.3f s] ok\n", [Time / 1000]);
                Verbose -> fwrite("ok\n", []);
                true -> ok
            end,
            count(pass, St);
        {error, throw, {eunit_internal, Why}, _} ->
            verbose(not Verbose, "~ts", [Text]),
            fwrite("*did not run*\n::~ts\n", [format_skipped(Why)]),
            count(skip, St);
        {error, throw, {eunit_rethrow, C, R, S}, _} ->
            failed(Verbose, Text, format_exception(C, R, S), Output, St);
        {error, C, R, S} ->
            failed(Verbose, Text, format_exception(C, R, test_stack(S, Source, St)), Output, St)
    end.

failed(Verbose, Text, Exception, Output, St) ->
    verbose(not Verbose, "~ts", [Text]),
    fwrite("*failed*\n~ts", [Exception]),
    fwrite("  output:<<\"~ts\">>\n\n", [Output]),
    count(fail, St).

format_skipped({module_not_found, M}) ->
    io_lib:format("missing module: ~w", [M]);
format_skipped({no_such_function, {M, F, A}}) ->
    io_lib:format("no such function: ~w:~tw/~w", [M, F, A]).

begin_text(I, Source, Line, Desc) ->
    L = if
            Line =:= 0 -> "";
            true -> io_lib:format("~w:", [Line])
        end,
    D = if
            Desc =:= "" -> "";
            true -> io_lib:format(" (~ts)", [Desc])
        end,
    Pad = lists:duplicate(I * 2, $\s),
    case Source of
        {M, Name, _Arity} -> lists:flatten(io_lib:format("~ts~ts:~ts ~ts~ts...", [Pad, atom_to_list(M), L, atom_to_list(Name), D]));
        _ -> lists:flatten(io_lib:format("~ts~ts~ts...", [Pad, L, D]))
    end.

fun_source(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    {M, N, A}.

notify(#{caller := Caller, ref := Ref}, Msg) ->
    Caller ! erlang:insert_element(1, tuple(Msg), Ref).

tuple(T) when is_tuple(T) -> T;
tuple(A) -> {A}.

count(Kind, St) ->
    notify(St, {count, Kind}).

%% ---- inparallel: one process per test, reports printed in the tests' order ---------------------

in_parallel([_, _ | _] = Ts, St) ->
    Children = [spawn_child(T, St) || T <- Ts],
    lists:foreach(fun({Pid, MRef, Buffer}) ->
                          receive {'DOWN', MRef, process, Pid, _} -> ok end,
                          io:put_chars(captured(Buffer))
                  end, Children);
in_parallel(T, St) ->
    run(T, St).

%% A child is a caller of its own (as eunit:test/2 is), printing into a buffer; it passes its
%% counts on to the real caller.
%% A guard ends the child and its runner if this runner is killed (a timeout further out).
spawn_child(T, #{verbose := Verbose} = St) ->
    Parent = self(),
    Buffer = spawn_link(fun() -> capture([]) end),
    {Pid, MRef} =
        spawn_monitor(fun() ->
                              group_leader(Buffer, self()),
                              Ref = make_ref(),
                              St1 = St#{caller := self(), ref := Ref, frames := ?CHILD_FRAMES},
                              {R, RM} = spawn_monitor(fun() -> run(T, St1) end),
                              Guard = guard(Parent, [self(), R]),
                              Counts = watch(Ref, R, RM, Verbose, none,
                                             #{pass => 0, fail => 0, skip => 0, cancel => 0}),
                              Guard ! done,
                              maps:foreach(fun(Kind, N) ->
                                                   [count(Kind, St) || _ <- lists:seq(1, N)]
                                           end, Counts)
                      end),
    {Pid, MRef, Buffer}.

guard(Parent, Pids) ->
    spawn(fun() ->
                  MRef = erlang:monitor(process, Parent),
                  receive
                      done -> ok;
                      {'DOWN', MRef, process, Parent, _} -> [exit(P, kill) || P <- Pids]
                  end
          end).

%% ---- capturing output: a group leader that keeps what it is sent (eunit_proc's) ----------------

capture(Buf) ->
    receive
        {io_request, From, ReplyAs, Req} ->
            {Reply, Buf1} = capture_request(Req, Buf),
            From ! {io_reply, ReplyAs, Reply},
            capture(Buf1);
        {get_output, From} ->
            From ! {self(), lists:reverse(Buf)};
        _ ->
            capture(Buf)
    end.

captured(G) ->
    G ! {get_output, self()},
    receive {G, Output} -> Output end.

capture_request({put_chars, Chars}, Buf) ->
    {ok, [Chars | Buf]};
capture_request({put_chars, M, F, As}, Buf) ->
    try apply(M, F, As) of
        Chars -> {ok, [Chars | Buf]}
    catch
        C:T:S -> {{error, {C, T, S}}, Buf}
    end;
capture_request({put_chars, _Enc, Chars}, Buf) ->
    capture_request({put_chars, Chars}, Buf);
capture_request({put_chars, _Enc, M, F, As}, Buf) ->
    capture_request({put_chars, M, F, As}, Buf);
capture_request({get_chars, _Enc, _Prompt, _N}, Buf) -> {eof, Buf};
capture_request({get_chars, _Prompt, _N}, Buf) -> {eof, Buf};
capture_request({get_line, _Prompt}, Buf) -> {eof, Buf};
capture_request({get_line, _Enc, _Prompt}, Buf) -> {eof, Buf};
capture_request({get_until, _Prompt, _M, _F, _As}, Buf) -> {eof, Buf};
capture_request({get_until, _Enc, _Prompt, _M, _F, _As}, Buf) -> {eof, Buf};
capture_request({setopts, _Opts}, Buf) -> {ok, Buf};
capture_request(getopts, Buf) -> {{error, enotsup}, Buf};
capture_request({get_geometry, _}, Buf) -> {{error, enotsup}, Buf};
capture_request({requests, Reqs}, Buf) -> capture_requests(Reqs, {ok, Buf});
capture_request(_, Buf) -> {{error, request}, Buf}.

capture_requests([R | Rs], {ok, Buf}) -> capture_requests(Rs, capture_request(R, Buf));
capture_requests(_, Result) -> Result.

%% ---- formatting (eunit_lib's) --------------------------------------------------------------------

format_exception(Class, Reason, Stack) ->
    io_lib:format("~ts**~w:~ts", [format_stacktrace(Stack, "in function", "in call from"),
                                 Class, io_lib:format("~tP\n", [Reason, ?PRINT_DEPTH])]).

%% A failed test's stack trace as OTP shows it: the test's own frames, then OTP's eunit frames
%% in place of this runner's, cut to the backtrace depth. OTP's compiler inlines a fun that is
%% applied at once (the ?assert macros' `(fun() -> ... end)()`); ours calls it, so a 0-ary fun's
%% frame directly above a frame of the function that defines it is dropped.
%% A fun inlined into the test itself, in tail position, shows as the test (its frame is the
%% last of the test's own: the test's frame is gone).
test_stack(Stack, Source, #{frames := Fr}) ->
    Own = case inline_funs(own_frames(Stack)) of
              [] -> [];
              Frames -> lists:droplast(Frames) ++ [as_test(lists:last(Frames), Source)]
          end,
    lists:sublist(Own ++ Fr, ?BACKTRACE_DEPTH).

as_test({M, Fun, 0, Loc} = Frame, {M, Name, A} = Source) when is_atom(Fun), {M, Fun, 0} =/= Source ->
    Spec = lambda_parent(Fun),
    case Spec =/= none andalso (Spec =:= parent_spec(Name, A) orelse Spec =:= lambda_parent(Name)) of
        true -> {M, Name, A, Loc};
        false -> Frame
    end;
as_test(Frame, _Source) ->
    Frame.

%% "f/1" for '-f/1-fun-3-', none for a name that is not a fun's.
lambda_parent(Name) ->
    case atom_to_list(Name) of
        [$- | Rest] ->
            case lists:reverse(Rest) of
                [$- | Rev] -> lambda_parent_rev(Rev);
                _ -> none
            end;
        _ -> none
    end.

lambda_parent_rev(Rev) ->
    {Digits, Rest} = lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, Rev),
    case {Digits, Rest} of
        {[_ | _], "-nuf-" ++ Parent} -> lists:reverse(Parent);
        _ -> none
    end.

parent_spec(F, A) when is_integer(A) -> atom_to_list(F) ++ "/" ++ integer_to_list(A);
parent_spec(F, As) when is_list(As) -> parent_spec(F, length(As)).

own_frames([{eunit, _, _, _} | _]) -> [];
own_frames([Frame | Rest]) -> [Frame | own_frames(Rest)];
own_frames([]) -> [].

inline_funs([{M, Fun, 0, _} = Frame, {M, Parent, PA, _} = Next | Rest]) when is_atom(Fun) ->
    case lambda_parent(Fun) of
        none -> [Frame | inline_funs([Next | Rest])];
        Spec ->
            case Spec =:= parent_spec(Parent, PA) orelse Spec =:= lambda_parent(Parent) of
                true -> inline_funs([Next | Rest]);
                false -> [Frame | inline_funs([Next | Rest])]
            end
    end;
inline_funs([Frame | Rest]) -> [Frame | inline_funs(Rest)];
inline_funs([]) -> [].

format_stacktrace([{M, F, A, L} | Fs], Pre, Pre1) when is_integer(A) ->
    [io_lib:format("~ts ~w:~tw/~w~ts\n", [Pre, M, F, A, location(L)])
     | format_stacktrace(Fs, Pre1, Pre1)];
format_stacktrace([{M, F, As, L} | Fs], Pre, Pre1) when is_list(As) ->
    Call = case {is_op(M, F, length(As)), As} of
               {true, [A1]} -> io_lib:format("~ts ~ts", [F, format_arg(A1)]);
               {true, [A1, A2]} -> io_lib:format("~ts ~ts ~ts", [format_arg(A1), F, format_arg(A2)]);
               _ -> io_lib:format("~tw(~ts)", [F, lists:join(",", [format_arg(X) || X <- As])])
           end,
    [io_lib:format("~ts ~w:~tw/~w~ts\n  called as ~ts\n", [Pre, M, F, length(As), location(L), Call])
     | format_stacktrace(Fs, Pre1, Pre1)];
format_stacktrace([{M, F, A} | Fs], Pre, Pre1) ->
    format_stacktrace([{M, F, A, []} | Fs], Pre, Pre1);
format_stacktrace([], _Pre, _Pre1) ->
    "".

format_arg(A) ->
    io_lib:format("~tP", [A, 15]).

%% erl_internal's arith, bool, comp, list and send operators.
is_op(erlang, F, 1) -> lists:member(F, ['+', '-', 'bnot', 'not']);
is_op(erlang, F, 2) ->
    lists:member(F, ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr',
                     'and', 'or', 'xor', '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=',
                     '++', '--', '!']);
is_op(_, _, _) -> false.

location(L) ->
    case {proplists:get_value(file, L), proplists:get_value(line, L)} of
        {File, Line} when File =/= undefined, Line =/= undefined ->
            io_lib:format(" (~ts, line ~w)", [File, Line]);
        _ -> ""
    end.

indent(N) ->
    fwrite("~ts", [lists:duplicate(N * 2, $\s)]).

verbose(true, Format, Args) -> fwrite(Format, Args);
verbose(false, _Format, _Args) -> ok.

fwrite(Format, Args) ->
    io:format(Format, Args).
