%% utf8/utf16/utf32 segments and the unicode module
-module(utf).
-export([main/1]).
-mode(compile).

main(_) ->
    Cps = [$a, 16#E9, 16#3B1, 16#20AC, 16#1F600, 16#10FFFF, 0, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000],
    lists:foreach(fun(C) ->
                          io:format("~.16B: ~w ~w ~w ~w ~w~n",
                                    [C, <<C/utf8>>, <<C/utf16>>, <<C/utf16-little>>, <<C/utf32>>, <<C/utf32-little>>])
                  end, [id(C) || C <- Cps]),
    Str = "héllo €",
    U8 = unicode:characters_to_binary(Str),
    io:format("~w~n", [U8]),
    io:format("~w~n", [decode8(U8)]),
    U16 = unicode:characters_to_binary(Str, unicode, utf16),
    io:format("~w~n", [U16]),
    io:format("~w~n", [unicode:characters_to_list(U16, utf16)]),
    io:format("~w~n", [unicode:characters_to_binary(Str, unicode, {utf32, little})]),
    io:format("~w~n", [unicode:characters_to_binary(<<"abc">>, latin1, utf8)]),
    io:format("~w~n", [unicode:characters_to_binary([233, <<"x">>, [$y]], latin1)]),
    io:format("~w~n", [unicode:characters_to_binary(<<255, 255>>)]),
    io:format("~w~n", [unicode:characters_to_list(<<"ok", 200>>)]),
    io:format("~w~n", [unicode:characters_to_binary(<<"ok", 16#E2, 16#82>>)]),
    <<U/utf8, Rest/binary>> = id(<<"€uro"/utf8>>),
    io:format("~p ~p~n", [U, Rest]),
    <<V/utf16, _/binary>> = id(<<16#D83D:16, 16#DE00:16>>),
    io:format("~.16B~n", [V]),
    <<W/utf32-little>> = id(<<16#1F600:32/little>>),
    io:format("~.16B~n", [W]),
    io:format("~p~n", [t(fun() -> <<(id(16#110000))/utf8>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(16#D800))/utf8>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(-1))/utf8>> end)]),
    io:format("~p~n", [t(fun() -> <<_/utf8>> = id(<<16#FF>>) end)]),
    io:format("~p~n", [t(fun() -> <<_/utf8>> = id(<<16#C0, 16#80>>) end)]),
    io:format("~p~n", [t(fun() -> <<_/utf8>> = id(<<16#ED, 16#A0, 16#80>>) end)]),
    io:format("~p~n", [[length(Str), byte_size(U8), string:length(U8)]]),
    io:format("~p~n", [[X || <<X/utf8>> <= U8]]),
    io:format("~ts~n", [U8]),
    io:format("~p~n", [unicode:bom_to_encoding(<<16#EF, 16#BB, 16#BF, "x">>)]),
    io:format("~p~n", [unicode:encoding_to_bom(utf8)]),
    ok.

decode8(<<>>) -> [];
decode8(<<C/utf8, R/binary>>) -> [C | decode8(R)].

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
