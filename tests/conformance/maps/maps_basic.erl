%% map construction, => vs := update, key order when printing, nested maps
-module(maps_basic).
-export([main/1]).
-mode(compile).

main(_) ->
    M0 = #{},
    M1 = #{a => 1, b => 2},
    M2 = M1#{c => 3},
    M3 = M2#{a := 100},
    M4 = M3#{a => first, id(a) => second},
    io:format("~p~n~p~n~p~n~p~n~p~n", [M0, M1, M2, M3, M4]),
    Mixed = #{1 => int, 1.0 => float, a => atom, "s" => string, <<"b">> => bin, {t} => tuple,
              [] => nil, [1] => list, #{} => map, -5 => neg, 2.5 => f2, 1 bsl 70 => big, z => last},
    io:format("~p~n", [Mixed]),
    io:format("~w~n", [Mixed]),
    io:format("~p~n", [maps:keys(Mixed)]),
    io:format("~p~n", [map_size(Mixed)]),
    Nested = #{config => #{db => #{host => "localhost", port => 5432}, debug => true}},
    io:format("~p~n", [Nested]),
    #{config := #{db := #{port := Port}}} = Nested,
    io:format("~p~n", [Port]),
    Nested2 = Nested#{config := (maps:get(config, Nested))#{debug := false}},
    io:format("~p~n", [Nested2]),
    K = dynamic_key,
    io:format("~p~n", [#{K => 1, {K, 2} => [K]}]),
    io:format("~p~n", [t(fun() -> (id(M1))#{zz := 1} end)]),
    io:format("~p~n", [M1 =:= #{b => 2, a => 1}]),
    io:format("~p~n", [#{a => 1} == #{a => 1.0}]),
    io:format("~p~n", [lists:sort([#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{}, #{c => 0}])]),
    Big = maps:from_list([{I, I * I} || I <- lists:seq(1, 32)]),
    io:format("~p~n", [Big]),
    io:format("~p~n", [lists:sum(maps:values(Big))]),
    Upd = lists:foldl(fun(I, Acc) -> Acc#{I rem 5 => I} end, #{}, lists:seq(1, 20)),
    io:format("~p~n", [Upd]),
    io:format("~p~n", [#{{a, b} => [1, 2], "key" => <<"v">>}]),
    ok.

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
