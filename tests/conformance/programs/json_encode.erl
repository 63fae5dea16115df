%% a small JSON encoder: maps, lists, binaries, numbers, escapes
-module(json_encode).
-export([main/1]).
-mode(compile).

main(_) ->
    Doc = #{<<"name">> => <<"minierl">>,
            <<"version">> => [0, 1, 0],
            <<"tags">> => [<<"erlang">>, <<"vm">>, <<"typescript">>],
            <<"nested">> => #{<<"ok">> => true, <<"none">> => null, <<"pi">> => 3.14159, <<"neg">> => -42},
            <<"escape">> => <<"quote\" backslash\\ newline\n tab\t">>,
            <<"empty_list">> => [], <<"empty_obj">> => #{}},
    Json = iolist_to_binary(encode(Doc)),
    io:format("~s~n", [Json]),
    io:format("~p~n", [byte_size(Json)]),
    io:format("~s~n", [encode([1, 2.5, <<"x">>, [true, false], #{<<"a">> => [#{}]}])]),
    ok.

encode(true) -> <<"true">>;
encode(false) -> <<"false">>;
encode(null) -> <<"null">>;
encode(N) when is_integer(N) -> integer_to_binary(N);
encode(F) when is_float(F) -> float_to_binary(F, [short]);
encode(B) when is_binary(B) -> [$", escape(B), $"];
encode(L) when is_list(L) -> [$[, join([encode(X) || X <- L]), $]];
encode(M) when is_map(M) ->
    Pairs = [[encode(K), $:, encode(V)] || {K, V} <- lists:sort(maps:to_list(M))],
    [${, join(Pairs), $}].

join([]) -> [];
join([H | T]) -> [H | [[$, | X] || X <- T]].

escape(B) -> << <<(esc(C))/binary>> || <<C>> <= B >>.
esc($") -> <<"\\\"">>;
esc($\\) -> <<"\\\\">>;
esc($\n) -> <<"\\n">>;
esc($\t) -> <<"\\t">>;
esc(C) -> <<C>>.
