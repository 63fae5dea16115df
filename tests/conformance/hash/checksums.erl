%% erlang:crc32, crc32_combine, adler32, adler32_combine and md5 with OTP's values and errors
-module(checksums).
-export([main/1]).
-mode(compile).

main(_) ->
    Data = [<<>>, <<"a">>, <<"hello world">>, "iolist", [<<"ab">>, $c, ["de", <<"f">>]],
            list_to_binary(lists:seq(0, 255))],
    [io:format("~w ~w ~w ~w~n", [D, erlang:crc32(D), erlang:adler32(D), erlang:md5(D)]) || D <- Data],
    io:format("~w~n", [[erlang:crc32(7, <<"x">>), erlang:adler32(7, <<"x">>), erlang:crc32(0, <<>>),
                        erlang:crc32(16#ffffffff, "abc"), erlang:adler32(16#ffffffff, "abc")]]),
    Pairs = [{<<"hello ">>, <<"world!!">>}, {<<>>, <<"abc">>}, {<<"abc">>, <<>>},
             {list_to_binary(lists:seq(1, 200)), list_to_binary(lists:seq(50, 250))}],
    lists:foreach(
      fun({A, B}) ->
              AB = <<A/binary, B/binary>>,
              N = byte_size(B),
              io:format("~w ~w ~w ~w~n",
                        [erlang:crc32_combine(erlang:crc32(A), erlang:crc32(B), N), erlang:crc32(AB),
                         erlang:adler32_combine(erlang:adler32(A), erlang:adler32(B), N), erlang:adler32(AB)])
      end, Pairs),
    io:format("~w~n", [[erlang:crc32_combine(123456, 654321, S) || S <- [0, 1, 1000, 1 bsl 31, (1 bsl 32) - 1]]]),
    io:format("~w~n", [[erlang:adler32_combine(123456, 654321, S) || S <- [0, 1, 1000, 1 bsl 31, (1 bsl 32) - 1]]]),
    Bad = [{crc32, [1]}, {crc32, [[256]]}, {crc32, [-1, <<>>]}, {crc32, [1 bsl 32, <<>>]},
           {crc32, [a, <<>>]}, {adler32, [foo]}, {adler32, [1 bsl 32, <<>>]}, {md5, [[-1]]},
           {crc32_combine, [1, 2, -1]}, {crc32_combine, [1 bsl 32, 2, 1]}, {crc32_combine, [1, 2, 1 bsl 32]},
           {crc32_combine, [1, a, 1]}, {adler32_combine, [1, 2, -1]}, {adler32_combine, [1, 2, 1 bsl 32]},
           {adler32_combine, [-1, 2, 3]}],
    lists:foreach(fun({F, Args}) ->
                          R = try apply(erlang, F, Args) catch C:E -> {C, E} end,
                          io:format("~w ~w -> ~w~n", [F, Args, R])
                  end, Bad).
