%% guard type tests on every kind of term
-module(type_tests).
-export([main/1]).
-mode(compile).

-record(rec, {a, b}).

main(_) ->
    Terms = [42, 1 bsl 80, 1.5, foo, true, "str", [], [1 | 2], {a, b}, #{}, <<1, 2>>, <<1:3>>,
             fun(X) -> X end, fun lists:map/2, self(), make_ref(), {rec, 1, 2}],
    lists:foreach(fun(T) -> io:format("~s~n", [describe(T)]) end, Terms),
    ok.

describe(T) ->
    Tests = [{integer, is_integer(T)}, {float, is_float(T)}, {number, is_number(T)},
             {atom, is_atom(T)}, {boolean, is_boolean(T)}, {list, is_list(T)},
             {tuple, is_tuple(T)}, {map, is_map(T)}, {binary, is_binary(T)},
             {bitstring, is_bitstring(T)}, {function, is_function(T)},
             {function1, is_function(T, 1)}, {function2, is_function(T, 2)},
             {pid, is_pid(T)}, {reference, is_reference(T)}, {port, is_port(T)},
             {record_rec3, is_record(T, rec, 3)}, {record_rec2, is_record(T, rec, 2)}],
    Kind = kind(T),
    io_lib:format("~p: ~p", [Kind, [N || {N, true} <- Tests]]).

kind(T) when is_integer(T), T > 1000000 -> big_integer;
kind(T) when is_integer(T) -> integer;
kind(T) when is_float(T) -> float;
kind(T) when is_boolean(T) -> boolean;
kind(T) when is_atom(T) -> atom;
kind([]) -> nil;
kind(T) when is_list(T) -> list;
kind(T) when is_record(T, rec) -> record;
kind(T) when is_tuple(T) -> tuple;
kind(T) when is_map(T) -> map;
kind(T) when is_binary(T) -> binary;
kind(T) when is_bitstring(T) -> bitstring;
kind(T) when is_function(T, 1) -> fun1;
kind(T) when is_function(T) -> fun_other;
kind(T) when is_pid(T) -> pid;
kind(T) when is_reference(T) -> ref.
