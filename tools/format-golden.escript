#!/usr/bin/env escript
%% Regenerates the golden tables for the term printers and io_lib:format from real Erlang/OTP:
%%   escript tools/format-golden.escript tests/unit
%% writes tests/unit/terms/format-golden.json and tests/unit/stdlib/io-lib-format-golden.json.
%% Terms are stored once in a "terms" table that cases refer to by index, encoded for the JS side
%% as 123 (safe integers), ["i","123"], ["f","<IEEE bits>"], ["a","name"], ["nil"],
%% ["l",[Elems],Tail], ["t",[Elems]], ["m",[[K,V]]], ["b",[Bytes],BitSize], ["pid",Id,Serial],
%% ["ref",A,B,C], ["port",N], ["fun",Module,Index,Uniq,Arity], ["xfun",M,F,Arity].
%% Expected outputs are JSON strings of the code points io_lib produced, or null for badarg.
-mode(compile).

main([Dir]) ->
    rand:seed(exsss, {20, 25, 1}),
    Funs = make_funs(),
    put(terms, {0, #{}, []}),
    Write = join([write_case(T, D, E) || {T, D, E} <- write_cases(Funs)]),
    Pretty = join([pretty_case(T, O) || {T, O} <- pretty_cases(Funs)]),
    {_, _, Terms} = get(terms),
    write_json(filename:join([Dir, "terms", "format-golden.json"]),
               ["{\"otp\":", str(erlang:system_info(otp_release)),
                ",\n\"terms\":[\n", join([enc(T) || T <- lists:reverse(Terms)]),
                "],\n\"write\":[\n", Write,
                "],\n\"pretty\":[\n", Pretty,
                "],\n\"floats\":[\n", join([float_case(F) || F <- float_values()]),
                "]}\n"]),
    write_json(filename:join([Dir, "stdlib", "io-lib-format-golden.json"]),
               ["{\"otp\":", str(erlang:system_info(otp_release)),
                ",\n\"cases\":[\n", join([format_case(F, A) || {F, A} <- format_cases(Funs)]),
                "]}\n"]).

write_json(File, Iodata) ->
    ok = file:write_file(File, unicode:characters_to_binary(Iodata)),
    io:format("wrote ~s~n", [File]).

join(Items) -> lists:join(",\n", Items).

%% ---- cases ----

%% The index of T in the shared terms table.
%% Keyed by the external format, since 0.0 =:= -0.0 in OTP 25.
term_ref(T) ->
    {N, Index, Terms} = get(terms),
    Key = term_to_binary(T),
    case Index of
        #{Key := I} -> integer_to_list(I);
        _ -> put(terms, {N + 1, Index#{Key => N}, [T | Terms]}), integer_to_list(N)
    end.

write_case(T, D, E) ->
    ["[", term_ref(T), ",", integer_to_list(D), ",", str(atom_to_list(E)), ",",
     out(fun() -> io_lib:write(T, [{depth, D}, {encoding, E}]) end), "]"].

pretty_case(T, {Col, Ll, D, E}) ->
    ["[", term_ref(T), ",", integer_to_list(Col), ",", integer_to_list(Ll), ",", integer_to_list(D), ",",
     str(atom_to_list(E)), ",",
     out(fun() -> io_lib_pretty:print(T, [{column, Col}, {line_length, Ll}, {depth, D},
                                         {encoding, E}]) end), "]"].

format_case(F, A) ->
    ["[", str(F), ",[", lists:join(",", [enc(X) || X <- A]), "],",
     out(fun() -> io_lib:format(F, A) end), "]"].

float_case(F) ->
    <<Bits:64>> = <<F/float>>,
    Opts = [[short], [], [{decimals, 0}], [{decimals, 2}], [{decimals, 7}, compact],
            [{decimals, 20}], [{scientific, 0}], [{scientific, 3}], [{scientific, 15}]],
    Fmts = ["~f", "~.2f", "~.0e", "~e", "~.3e", "~g", "~.2g", "~.12g"],
    ["[", str(integer_to_list(Bits)), ",[",
     lists:join(",", [out(fun() -> float_to_list(F, O) end) || O <- Opts]), "],[",
     lists:join(",", [out(fun() -> io_lib:format(Fm, [F]) end) || Fm <- Fmts]), "]]"].

%% null when io_lib fails, and also when it returns something that is not a list of characters
%% (e.g. ~tc of -1): io:format would fail on that, and minierl reports both as badarg.
out(Fun) ->
    try lists:flatten(Fun()) of
        S ->
            case lists:all(fun(C) -> is_integer(C) andalso C >= 0 andalso C =< 16#10FFFF end, S) of
                true -> str(S);
                false -> "null"
            end
    catch _:_ -> "null"
    end.

%% ---- term encoding ----

enc(I) when is_integer(I), abs(I) < 1 bsl 53 -> integer_to_list(I);
enc(I) when is_integer(I) -> ["[\"i\",\"", integer_to_list(I), "\"]"];
enc(F) when is_float(F) -> <<B:64>> = <<F/float>>, ["[\"f\",\"", integer_to_list(B), "\"]"];
enc(A) when is_atom(A) -> ["[\"a\",", str(atom_to_list(A)), "]"];
enc([]) -> "[\"nil\"]";
enc([_ | _] = L) -> {Es, Tail} = split_list(L, []), ["[\"l\",[", lists:join(",", [enc(E) || E <- Es]), "],", enc(Tail), "]"];
enc(T) when is_tuple(T) -> ["[\"t\",[", lists:join(",", [enc(E) || E <- tuple_to_list(T)]), "]]"];
enc(M) when is_map(M) ->
    ["[\"m\",[", lists:join(",", [["[", enc(K), ",", enc(V), "]"] || {K, V} <- maps:to_list(M)]), "]]"];
enc(B) when is_bitstring(B) ->
    Size = bit_size(B),
    Pad = (8 - Size rem 8) rem 8,
    Bytes = binary_to_list(<<B/bitstring, 0:Pad>>),
    ["[\"b\",[", lists:join(",", [integer_to_list(X) || X <- Bytes]), "],", integer_to_list(Size), "]"];
enc(P) when is_pid(P) ->
    [_, Id, Ser] = string:lexemes(pid_to_list(P) -- "<>", "."),
    ["[\"pid\",", Id, ",", Ser, "]"];
enc(R) when is_reference(R) ->
    [_, A, B, C] = string:lexemes(ref_to_list(R) -- "#Ref<>", "."),
    ["[\"ref\",", A, ",", B, ",", C, "]"];
enc(P) when is_port(P) ->
    [_, N] = string:lexemes(erlang:port_to_list(P) -- "#Port<>", "."),
    ["[\"port\",", N, "]"];
enc(F) when is_function(F) ->
    {arity, Ar} = erlang:fun_info(F, arity),
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    case erlang:fun_info(F, type) of
        {type, external} ->
            ["[\"xfun\",", str(atom_to_list(M)), ",", str(atom_to_list(N)), ",", integer_to_list(Ar), "]"];
        {type, local} ->
            {index, I} = erlang:fun_info(F, index),
            {uniq, U} = erlang:fun_info(F, uniq),
            ["[\"fun\",", str(atom_to_list(M)), ",", integer_to_list(I), ",", integer_to_list(U), ",",
             integer_to_list(Ar), "]"]
    end.

split_list([H | T], Acc) -> split_list(T, [H | Acc]);
split_list(Tail, Acc) -> {lists:reverse(Acc), Tail}.

str(S) -> [$", [esc(C) || C <- S], $"].

esc($") -> "\\\"";
esc($\\) -> "\\\\";
esc(C) when C >= 32, C =< 126 -> C;
esc(C) when C > 16#FFFF ->
    C1 = C - 16#10000,
    [u4(16#D800 + (C1 bsr 10)), u4(16#DC00 + (C1 band 16#3FF))];
esc(C) when is_integer(C), C >= 0 -> u4(C).

u4(C) -> io_lib:format("\\u~4.16.0b", [C]).

%% ---- a module with local funs, so #Fun<...> is reproducible ----

make_funs() ->
    Forms = [{attribute, 1, module, fmt_golden_funs},
             {attribute, 2, export, [{funs, 0}]},
             {function, 3, funs, 0,
              [{clause, 3, [], [],
                [{tuple, 3, [{'fun', 3, {clauses, [{clause, 3, [{var, 3, 'X'}], [], [{var, 3, 'X'}]}]}},
                             {'fun', 4, {clauses, [{clause, 4, [{var, 4, 'X'}, {var, 4, 'Y'}], [], [{var, 4, 'Y'}]}]}}]}]}]}],
    {ok, Mod, Bin} = compile:forms(Forms, []),
    {module, Mod} = code:load_binary(Mod, "fmt_golden_funs.erl", Bin),
    {F1, F2} = Mod:funs(),
    [F1, F2, fun lists:map/2, fun erlang:'+'/2, fun 'Weird mod':'f g'/3].

%% ---- terms ----

atoms() ->
    [ok, 'hello world', 'Abc', '[]', '{}', 'end', 'after', 'maybe', 'else', 'é', 'Élan', 'ßa', '÷x',
     'привет', 'x→y', '', 'a@b', 'a.b', '_x', x_Y1, '$', true, '\n', 'it\'s', 'back\\slash', 'a b',
     '9x', 'aé', 'a×b', 'hello_World@host', 'ÿ', 'Ö', '😀', nonode@nohost].

fixed_terms(Funs) ->
    atoms() ++
    [0, 1, -1, 42, 255, 256, -255, 1 bsl 53, (1 bsl 53) + 1, 123456789012345678901234567890,
     -(1 bsl 70), 1.0, -0.0, 0.1, 1.0e10, 1.0e-5, 123.456, -3.5e-300,
     [], "", "hello", "a\nb\tc\"d\\e", "\e\v\b\f\r", [7], [0], [127], [159], [160], "héllo", [255],
     [256], [1000, 1001], "abc" ++ [1], [$a | $b], [1, 2 | 3], [[]], [[], []], "x" ++ [[]],
     [1, 2, 3], [a, b, c], [[1, 2], [3, 4]], ["abc", "def"], [{a, 1}, {b, 2}],
     {}, {a}, {a, b}, {1, 2}, {"str", 'Atom', 1.5}, {{a, b}, {c, d}}, {[], {}, #{}},
     #{}, #{a => 1}, #{a => 1, b => 2}, #{"key" => <<"v">>, 1 => [x]}, #{{a, b} => #{c => d}},
     #{1 => a, 1.0 => b}, #{[1, 2] => 3, <<>> => {}},
     <<>>, <<1, 2, 3>>, <<"abc">>, <<"abc\n">>, <<1:3>>, <<1, 2, 3:4>>, <<"abc", 1:1>>,
     <<"héllo"/utf8>>, <<"héllo">>, <<200, 201>>, <<"abc", 0>>, <<"привет"/utf8>>,
     <<"a\"b\\c">>, <<"😀"/utf8>>, <<"tab\there">>, <<255, 254>>, <<0>>, <<"\e">>,
     list_to_pid("<0.80.0>"), list_to_pid("<0.0.1>"), list_to_ref("#Ref<0.1.2.3>"),
     list_to_ref("#Ref<0.1395144141.3304587266.246513>"), list_to_port("#Port<0.5>")] ++ Funs.

depth_terms() ->
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], {1, 2, 3, 4, 5, 6}, {a, b, c, d, e},
     #{a => 1, b => 2, c => 3, d => 4}, #{a => #{b => #{c => d}}}, #{a => 1},
     [[1, [2, [3, [4, [5]]]]]], {a, {b, {c, {d, {e}}}}}, "a string", ["abc", "def", "ghi"],
     [1, 2 | 3], [1 | 2], <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>>, <<"abcdefghijklmnopqrstuvwxyz">>,
     <<"abcdefghijklmnopqrstuvwxyz", 1, 2, 3>>, <<"ab", 1, "cdefghij">>, <<"héllo wörld"/utf8>>,
     <<1, 2, 3:4>>, <<"abcd", 3:2>>, {[1, 2], #{k => [a, b, c]}, <<"xyz">>},
     [{tag, [1, 2, 3], "str"}, {tag2, #{}}, {}], lists:seq(1, 40)].

long_terms() ->
    [lists:seq(1, 100), lists:seq(1000, 1060), [{I, I * I} || I <- lists:seq(1, 30)],
     [{I, [I, I + 1], "s" ++ integer_to_list(I)} || I <- lists:seq(1, 12)],
     {person, "Joe Armstrong", 42, [erlang, prolog, smalltalk], #{likes => [concurrency, fault_tolerance]}},
     {state, {config, [{port, 8080}, {host, "localhost"}, {timeout, 5000}, {retries, 3}]}, [], undefined},
     #{name => "a long name string here", values => lists:seq(1, 20), nested => #{x => 1, y => [a, b, c], z => {1, 2, 3}}},
     #{lists:seq(1, 10) => lists:seq(11, 20), {some, tuple} => {another, tuple, with, many, elements, in, it}},
     maps:from_list([{K, {value, K, lists:duplicate(3, K)}} || K <- [alpha, beta, gamma, delta, epsilon]]),
     ["first string in list", "second string in list", "third string in list", "fourth"],
     [lists:duplicate(30, $a), lists:duplicate(50, $b), lists:duplicate(90, $c)],
     lists:duplicate(100, $x), "line one\nline two\nline three with more text to make it long enough to wrap maybe",
     {a_rather_long_tag_name_that_exceeds_things, [1, 2, 3], {nested_tag, "value", [x, y, z]}, ok},
     {t, [{k1, v1}, {k2, v2}, {k3, v3}, {k4, v4}, {k5, v5}, {k6, v6}, {k7, v7}, {k8, v8}, {k9, v9}, {k10, v10}]},
     [[[[[[[[[[deep]]]]]]]]]], lists:seq(1, 20) ++ improper_tail, [a, b, c | {some, long, improper, tail, tuple, here, to, force, breaks}],
     list_to_binary(lists:seq(0, 255)), list_to_binary(lists:duplicate(200, $z)),
     list_to_binary([lists:duplicate(30, $q), 7, lists:duplicate(30, $r)]),
     {ok, list_to_binary(lists:seq(1, 60))}, [list_to_binary(lists:seq(100, 140)) || _ <- [1, 2]],
     #{<<"binary key">> => <<"binary value">>, <<"k2">> => [<<"v1">>, <<"v2">>], <<"k3">> => #{<<"n">> => 1}},
     {error, {badmatch, [{module, function, 2, [{file, "src/module.erl"}, {line, 123}]}, {other, fn, 1, []}]}},
     [{'EXIT', list_to_pid("<0.80.0>"), {shutdown, some_reason_atom}}, {'DOWN', list_to_ref("#Ref<0.1.2.3>"), process, list_to_pid("<0.81.0>"), normal}],
     {very_long_tag_name_number_one, very_long_tag_name_number_two, very_long_tag_name_number_three},
     {abc, [aaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccc, dddddddd]},
     #{a => #{b => #{c => #{d => #{e => #{f => lists:seq(1, 30)}}}}}},
     [#{id => I, name => "item" ++ integer_to_list(I), tags => [t1, t2]} || I <- lists:seq(1, 4)],
     {[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15], [16, 17, 18], [19, 20, 21]},
     nest(40),
     [1.5, 2.25, -3.0e-10, 1.0e100, 0.1, 100.0, 1.0e15, 1.0e16, 123456.789],
     [123456789012345678901234567890, -98765432109876543210, 1 bsl 100],
     ['hello world', 'Abc', 'end', 'x→y', 'привет', ok, 'a.b', 'é'],
     ["héllo wörld", [1000, 1001, 1002], "plain", [$a, 1000]],
     {'Élan', <<"привет"/utf8>>, "привет", 'привет', <<"ok">>}].

random_terms(N) -> [rand_term(4) || _ <- lists:seq(1, N)].

rand_term(D) when D =< 0 -> rand_leaf();
rand_term(D) ->
    case rand:uniform(10) of
        1 -> [rand_term(D - 1) || _ <- lists:seq(1, rand:uniform(7) - 1)];
        2 -> list_to_tuple([rand_term(D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        3 -> list_to_tuple([pick(atoms()) | [rand_term(D - 1) || _ <- lists:seq(1, rand:uniform(5))]]);
        4 -> maps:from_list([{rand_term(D - 2), rand_term(D - 1)} || _ <- lists:seq(1, rand:uniform(5) - 1)]);
        5 -> [rand_term(D - 1) || _ <- lists:seq(1, rand:uniform(4))] ++ rand_leaf();
        6 -> [rand_leaf() || _ <- lists:seq(1, rand:uniform(25))];
        _ -> rand_leaf()
    end.

rand_leaf() ->
    case rand:uniform(12) of
        1 -> rand:uniform(1000) - 500;
        2 -> rand:uniform(1 bsl 80);
        3 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(30) - 15);
        4 -> pick(atoms());
        5 -> [$a + rand:uniform(25) || _ <- lists:seq(1, rand:uniform(30))];
        6 -> [rand:uniform(300) || _ <- lists:seq(1, rand:uniform(5))];
        7 -> list_to_binary([$a + rand:uniform(25) || _ <- lists:seq(1, rand:uniform(40))]);
        8 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(30))]);
        9 -> <<(rand:uniform(1000)):(rand:uniform(20))>>;
        10 -> pick([[], {}, #{}, <<>>, "", list_to_pid("<0.80.0>"), list_to_ref("#Ref<0.1.2.3>")]);
        11 -> unicode:characters_to_binary([1040 + rand:uniform(30) || _ <- lists:seq(1, rand:uniform(10))]);
        _ -> lists:duplicate(rand:uniform(8), pick([a, bb, "c", 1, 2.5]))
    end.

nest(0) -> x;
nest(N) -> {nest(N - 1)}.

pick(L) -> lists:nth(rand:uniform(length(L)), L).

write_cases(Funs) ->
    [{T, -1, E} || T <- fixed_terms(Funs) ++ depth_terms() ++ long_terms(), E <- [latin1, unicode]] ++
    [{T, D, latin1} || T <- depth_terms(), D <- [0, 1, 2, 3, 4, 5, 7]] ++
    [{T, -1, latin1} || T <- random_terms(40)].

pretty_cases(Funs) ->
    [{T, {1, 80, -1, E}} || T <- fixed_terms(Funs), E <- [latin1, unicode]] ++
    [{T, {C, L, -1, latin1}} || T <- long_terms(), {C, L} <- [{1, 80}, {10, 80}, {1, 40}, {30, 60}, {70, 80}, {1, 200}]] ++
    [{T, {1, 80, -1, unicode}} || T <- long_terms()] ++
    [{T, {1, 80, D, latin1}} || T <- depth_terms() ++ long_terms(), D <- [1, 2, 3, 4, 5, 6, 8, 12]] ++
    [{T, {1, 80, -1, latin1}} || T <- depth_terms()] ++
    [{T, {C, L, -1, E}} || T <- random_terms(200),
                           {C, L, E} <- [{1, 80, latin1}, {rand:uniform(60), 20 + rand:uniform(100), unicode}]] ++
    [{T, {1, 80, rand:uniform(8), latin1}} || T <- random_terms(100)] ++
    [{T, {1, 80, -1, latin1}} || T <- [lists:seq(1, I) || I <- lists:seq(20, 40)]] ++
    [{T, {1, 0, -1, latin1}} || T <- long_terms()] ++
    [{T, {C, 80, -1, latin1}} || T <- [{aaaa, lists:seq(1, 25)}, [{x, 1}, {y, 2}]], C <- [0, -5, 50, 79, 80, 81, 100]].

float_values() ->
    [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.125, 2.675, 1.005, 100.0, 1.0e5, 1.0e15, 1.0e16,
     9007199254740991.0, 9007199254740992.0, 1.0e21, 1.0e22, 1.0e23, 1.0e100, 1.7976931348623157e308,
     5.0e-324, 2.2250738585072014e-308, 1.0e-4, 1.0e-5, 0.0001234, 123.456, 1234567.0, 0.3,
     2/3, 1/3, 99.995, 0.05, 0.15, 9.5, 10.5, 1.0e-7, 123456789.987654321, 4.35, 1.0e254, 1.0e255] ++
    [(rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20) || _ <- lists:seq(1, 150)] ++
    [rand:uniform(100000) / 1000 || _ <- lists:seq(1, 50)] ++
    [rand_bits_float() || _ <- lists:seq(1, 60)].

rand_bits_float() ->
    <<F/float>> = <<(rand:uniform(16#7FEFFFFFFFFFFFFF)):64>>,
    case rand:uniform(2) of 1 -> F; 2 -> -F end.

format_cases(Funs) ->
    T1 = {person, "Joe", 42, [a, b, c], #{k => v}},
    L1 = [{I, I * I} || I <- lists:seq(1, 20)],
    [{"hello", []}, {"", []}, {"~~", []}, {"a~nb", []}, {"~3n", []}, {"~-3n", []}, {"~5~", []},
     {"~5.2~", []}, {"~-5.2~", []}, {"~w", [a, b]}, {"~w", []}, {"~", []}, {"abc~", []}, {"~q", [1]},
     {"~d", [a]}, {"~d", [1]}, {"~i~w", [ignored, shown]}, {"~w ~w", [1]},
     {"~s", ["abc"]}, {"~s", [abc]}, {"~s", [<<"bin">>]}, {"~s", [["ab", [$c, <<"de">>] | <<"f">>]]},
     {"~s", [["ab" | c]]}, {"~s", [[1000]]}, {"~ts", [[1000, 1001]]}, {"~s", [123]}, {"~s", [{a}]},
     {"~s", ['привет']}, {"~ts", ['привет']}, {"~ts", [<<"привет"/utf8>>]}, {"~s", [<<"привет"/utf8>>]},
     {"~ts", [<<200, 201>>]}, {"~10s|", ["abc"]}, {"~-10s|", ["abc"]}, {"~2s|", ["abcdef"]},
     {"~10.3s|", ["abcdef"]}, {"~-10.3s|", ["abcdef"]}, {"~10.5s|", ["ab"]}, {"~.3s|", ["abcdef"]},
     {"~.5s|", ["ab"]}, {"~.5.xs|", ["ab"]}, {"~3.5s|", ["abc"]}, {"~5.5s|", ["abcdefg"]},
     {"~*s|", [6, "ab"]}, {"~*s|", [-6, "ab"]}, {"~-*s|", [6, "ab"]}, {"~-*s|", [-6, "ab"]},
     {"~.*s|", [2, "abc"]}, {"~*.*s|", [6, 2, "abc"]}, {"~8.3.*s|", [$., "abcdef"]},
     {"~10.*s|", [abc, "x"]}, {"~.*s|", [-1, "abc"]}, {"~-s", ["a"]}, {"~0s|", ["abc"]},
     {"~10ts|", [[1000, 1001]]}, {"~3ts|", [[1000, 1001, 1002, 1003]]}, {"~5ts|", ["e\x{301}e\x{301}"]},
     {"~2ts|", ["e\x{301}e\x{301}"]}, {"~c", [$a]}, {"~c", [300]}, {"~c", [-1]}, {"~tc", [1000]},
     {"~5c", [$a]}, {"~.3c", [$a]}, {"~5.3c|", [$a]}, {"~-5.3c|", [$a]}, {"~5.3.xc|", [$a]}, {"~2.3c", [$a]},
     {"~c", [a]}, {"~c~c~c", [$a, $b, $c]},
     {"~b", [10]}, {"~b", [-10]}, {"~.2b", [10]}, {"~.16b", [255]}, {"~.16B", [255]}, {"~.36B", [35]},
     {"~.37B", [1]}, {"~.1B", [1]}, {"~B", [a]}, {"~B", [1.0]}, {"~8.16.0B", [255]}, {"~-8.16.0B|", [255]},
     {"~3B", [123456]}, {"~B", [123456789012345678901234567890]}, {"~.16B", [-(1 bsl 70)]},
     {"~x", [255, "0x"]}, {"~.16x", [255, "0x"]}, {"~.16X", [255, "0x"]}, {"~.16X", [255, 'Ox']},
     {"~.16x", [-255, ["0", [$x]]]}, {"~.16X", [255, 1]}, {"~.16#", [255]}, {"~.16+", [255]},
     {"~#", [-10]}, {"~+", [10]}, {"~.2#", [5]}, {"~12.16#|", [255]}, {"~-12.16+|", [-255]},
     {"~f", [1.0]}, {"~f", [1]}, {"~.2f", [3.14159]}, {"~.0f", [1.0]}, {"~.1f", [0.05]}, {"~.1f", [0.25]},
     {"~10.3f|", [3.14159]}, {"~-10.3f|", [3.14159]}, {"~10.3.0f|", [3.14159]}, {"~3.3f|", [123.0]},
     {"~f", [-0.0]}, {"~f", [1.0e20]}, {"~f", [1.0e-20]}, {"~.20f", [0.1]}, {"~e", [1.0]}, {"~e", [-123.456]},
     {"~.2e", [9.99]}, {"~.1e", [1.0]}, {"~12.3e|", [1.0]}, {"~-12.3e|", [1.0]}, {"~e", [1.0e-300]},
     {"~g", [1.0]}, {"~g", [0.1]}, {"~g", [0.01]}, {"~g", [9999.9]}, {"~g", [10000.0]}, {"~g", [1.0e20]},
     {"~.1g", [0.5]}, {"~.1g", [5.0]}, {"~.2g", [55.0]}, {"~.3g", [123.456]}, {"~.0g", [1.0]},
     {"~15g|", [3.0]}, {"~g", [-0.0]}, {"~e", [a]}, {"~g", [1]},
     {"~w", [T1]}, {"~p", [T1]}, {"~w", ["abc"]}, {"~p", ["abc"]}, {"~lp", ["abc"]}, {"~lp", [<<"abc">>]},
     {"~tlp", [["ab", <<"c">>]]}, {"~w", [<<"abc">>]}, {"~p", [<<"abc">>]}, {"~tw", ['привет']},
     {"~w", ['привет']}, {"~p", ['привет']}, {"~tp", ['привет']}, {"~tp", ["héllo"]}, {"~tp", [[1000]]},
     {"~tp", [<<"héllo"/utf8>>]}, {"~p", [<<"héllo"/utf8>>]}, {"~10w|", [abc]}, {"~-10w|", [abc]},
     {"~2w|", [abc]}, {"~.2w|", [abc]}, {"~10.2w|", [abc]}, {"~10.5.xw|", [abc]}, {"~W", [[1, 2, 3, 4, 5], 3]},
     {"~W", [{a, b, c}, 0]}, {"~W", [x, a]}, {"~P", [[1, 2, 3, 4, 5], 3]}, {"~P", [L1, 5]},
     {"~P", [T1, 2]}, {"~P", [x, a]}, {"~p", [L1]}, {"~p~n", [L1]}, {"abc ~p", [L1]},
     {"abcdefghijklmnopqrstuvwxyz: ~p", [L1]}, {"\t~p", [L1]}, {"ab\tc~p", [L1]}, {"line\n~p", [L1]},
     {"~s ~p", [lists:duplicate(50, $-), L1]}, {"~p ~p", [L1, L1]}, {"~w ~p", [L1, L1]},
     {"~30p", [L1]}, {"~0p", [L1]}, {"~-30p", [L1]}, {"~.10p", [L1]}, {"~40.5p", [L1]}, {"~*p", [30, L1]},
     {"~5p", [{aaa, bbbb}]}, {"~p", [lists:seq(1, 30)]}, {"~tp", [#{'ключ' => "значение", <<"k"/utf8>> => 'Élan'}]},
     {"~p ~w ~s ~c ~b ~f ~e ~g", [x, y, "z", $c, 5, 1.5, 1.5, 1.5]},
     {"~p", Funs -- tl(Funs)}, {"~w", [lists:last(Funs)]},
     {"~ts", [["a", [1000 | <<"é"/utf8>>]]]}, {"~ts", [[-1]]}, {"~s", [[-1]]},
     {"~p", [[a | b]]}, {"~p", [<<1:1>>]}, {"~w~w", [[], <<>>]}, {"~ltp", [[1000]]},
     {"~tp", [[1040, 1041, 1042]]}, {"~p", [list_to_binary(lists:seq(1, 100))]},
     {"~10000p", [lists:seq(1, 200)]}, {"~1p", [{a, [b, c]}]}].
