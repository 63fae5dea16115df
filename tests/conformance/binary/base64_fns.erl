%% base64: encode/decode/mime_decode and the _to_string variants, with OTP's errors
-module(base64_fns).
-export([main/1]).
-mode(compile).

t(F) ->
    try F() of V -> io:format("~w~n", [V])
    catch C:R -> io:format("~w~n", [{C, R}])
    end.

main(_) ->
    [t(fun() -> base64:encode(X) end) || X <- [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>, "foobar", ["fo", <<"ob">>, $a], <<255, 254, 253>>]],
    [t(fun() -> base64:encode_to_string(X) end) || X <- [<<>>, <<"f">>, "hello world", <<0, 1, 2>>]],
    t(fun() -> base64:encode(atom) end),
    t(fun() -> base64:encode([256]) end),
    t(fun() -> base64:encode(<<1:1>>) end),
    t(fun() -> base64:encode_to_string(atom) end),
    [t(fun() -> base64:decode(X) end) || X <- [<<>>, <<"Zg==">>, <<"Zm8=">>, <<"Zm9v">>, "Zm9vYg==", <<"Zm9vYmFy">>, <<"Zm9v\nYmFy">>, <<"Zm 9v">>, <<" Zm9v ">>, <<"Zm9vYg">>, <<"Zg=">>, <<"Zg">>, <<"Z">>, <<"Zm9v!">>, <<"Zg==Zg==">>, <<"Zh==">>, <<"Zm9=">>, <<"====">>, <<"Zg==\n">>, <<"Z\tg\r=\n=">>, [<<"Zm">>, "9v"]]],
    [t(fun() -> base64:decode_to_string(X) end) || X <- [<<"Zm9v">>, "aGVsbG8=", <<"bad!">>]],
    [t(fun() -> base64:mime_decode(X) end) || X <- [<<"Zm9v">>, <<"Zm9v!YmFy">>, <<"Zg==Zm9v">>, <<"Z-g=">>, <<"Zg">>, <<"Zg=">>, <<"Z">>, <<"Zm9vYg==x">>, <<"Zm9v\nYmFy">>, "Zm 9v", <<"=Zm9v">>]],
    [t(fun() -> base64:mime_decode_to_string(X) end) || X <- [<<"Zm9v">>, "Zm9v!YmFy"]],
    t(fun() -> base64:decode(atom) end),
    t(fun() -> base64:mime_decode(atom) end),
    ok.
