#!/usr/bin/env escript
%% Records term_to_binary/2 output from real OTP for tests/unit/stdlib/term-codec.test.ts.
%% Usage: escript tools/term-codec-golden.escript   (prints TS rows: [TermText, OptionsText, Hex])
main(_) ->
    [row(T, O) || {T, O} <- cases()],
    ok.

cases() ->
    Plain = ["0", "1", "255", "256", "-1", "-256", "2147483647", "2147483648", "-2147483648",
             "-2147483649", "4294967296", "9007199254740991", "9007199254740992", "-9007199254740993",
             "18446744073709551616", "-18446744073709551616", "1 bsl 2040", "1 bsl 2039", "-(1 bsl 2048)",
             "0.0", "-0.0", "1.5", "3.141592653589793", "-1.0e300", "5.0e-324", "1.0e15",
             "a", "'hello world'", "''", "'hé'", "'ö'", "'\\x{100}'", "'日本'", "true", "nonode@nohost",
             "{}", "{a}", "{1,2,3}", "{a,{b,{c}}}", "list_to_tuple(lists:seq(1,256))",
             "[]", "\"abc\"", "[0,255]", "[256]", "[-1]", "[a,b]", "[1|2]", "[a|b]", "[1,2|<<>>]", "[[]]",
             "\"\\x{100}\"", "lists:seq(1,300)", "lists:duplicate(65535, 7)", "lists:duplicate(65536, 7)",
             "[1.5, a]", "[[1,2],[3]]",
             "<<>>", "<<1,2,3>>", "<<1:1>>", "<<255,7:3>>", "<<0:7>>", "<<\"hello\">>",
             "#{}", "#{a=>1}", "#{b=>1, a=>2}", "#{1=>a, 1.0=>b, a=>c, {x}=>d, [1]=>e, <<1>>=>f}",
             "#{#{a=>1}=>x, 2=>[]}", "maps:from_list([{K, K} || K <- lists:seq(1,32)])",
             "{ok, #{list => [1,2,3], bin => <<\"x\">>}, 1.0}",
             "list_to_pid(\"<0.85.3>\")", "list_to_pid(\"<0.0.0>\")", "list_to_pid(\"<0.32767.7>\")",
             "list_to_ref(\"#Ref<0.1.2.3>\")", "list_to_ref(\"#Ref<0.4294967295.2.3>\")",
             "fun lists:map/2", "fun erlang:'+'/2", "fun m:f/0",
             "{list_to_pid(\"<0.5.0>\"), [fun a:b/1]}"],
    Opts = [{"a", "[{minor_version,2}]"}, {"'hé'", "[{minor_version,2}]"}, {"{x,[y]}", "[{minor_version,2}]"},
            {"1.5", "[{minor_version,0}]"}, {"-0.1", "[{minor_version,0}]"}, {"1.0e300", "[{minor_version,0}]"},
            {"a", "[{minor_version,0}]"},
            {"lists:duplicate(100, a)", "[compressed]"}, {"a", "[compressed]"},
            {"lists:duplicate(100, a)", "[{compressed,0}]"}, {"lists:duplicate(100, a)", "[{compressed,1}]"},
            {"lists:duplicate(100, a)", "[{compressed,9}]"}, {"lists:seq(1,200)", "[compressed]"},
            {"<<0:8000>>", "[compressed]"}, {"#{a=>1}", "[deterministic]"},
            {"{1,2,3}", "[compressed, {minor_version, 1}]"}],
    [{T, "[]"} || T <- Plain] ++ Opts.

row(T, O) ->
    B = term_to_binary(eval(T), eval(O)),
    %% Long encodings are recorded as the SHA-256 of their bytes to keep the test file small.
    Hex = case byte_size(B) > 600 of
              true -> "sha256:" ++ hex(crypto:hash(sha256, B));
              false -> hex(B)
          end,
    io:put_chars(["  [", q(T), ", ", q(O), ", '", Hex, "'],\n"]).

hex(B) -> lists:flatten([io_lib:format("~2.16.0b", [X]) || <<X>> <= B]).

eval(S) ->
    {ok, Toks, _} = erl_scan:string(S ++ "."),
    {ok, [E]} = erl_parse:parse_exprs(Toks),
    {value, V, _} = erl_eval:expr(E, []),
    V.

q(S) -> [$', [esc(C) || C <- S], $'].
esc($') -> "\\'";
esc($\\) -> "\\\\";
esc(C) when C > 126 -> io_lib:format("\\u{~.16b}", [C]);
esc(C) -> C.
