%% binary patterns in function heads and case
-module(bin_patterns).
-export([main/1]).
-mode(compile).

main(_) ->
    Bins = [<<1, 2, 3>>, <<"GET /index.html">>, <<0:8, 5:16, "hello", "rest">>, <<255, 255>>,
            <<>>, <<16#CAFEBABE:32, 1:16, 2:16>>, <<1:1, 0:7>>, <<"POST">>, <<3, "abcdef">>],
    lists:foreach(fun(B) -> io:format("~p -> ~p~n", [B, parse(B)]) end, Bins),
    io:format("~p~n", [split_words(<<"the quick brown fox">>, <<>>, [])]),
    io:format("~p~n", [lengths(<<2, "ab", 3, "cde", 0, 1, "z">>)]),
    ok.

parse(<<"GET ", Path/binary>>) -> {get, Path};
parse(<<"POST">>) -> post;
parse(<<16#CAFEBABE:32, Minor:16, Major:16>>) -> {class, Major, Minor};
parse(<<0, Len:16, Str:Len/binary, Rest/binary>>) -> {lenprefixed, Str, Rest};
parse(<<N, Str:N/binary, _/binary>>) when N < 10 -> {counted, Str};
parse(<<1:1, _:7>>) -> high_bit;
parse(<<A, B>>) -> {two, A + B};
parse(<<>>) -> empty;
parse(_) -> other.

split_words(<<>>, Acc, Words) -> lists:reverse([Acc | Words]);
split_words(<<" ", Rest/binary>>, Acc, Words) -> split_words(Rest, <<>>, [Acc | Words]);
split_words(<<C, Rest/binary>>, Acc, Words) -> split_words(Rest, <<Acc/binary, C>>, Words).

lengths(<<>>) -> [];
lengths(<<L, S:L/binary, Rest/binary>>) -> [S | lengths(Rest)].
