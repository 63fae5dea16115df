%% stacktrace shape {M,F,A,Loc} checked structurally (escript frames follow ours)
-module(stacktrace).
-export([main/1]).
-mode(compile).

main(_) ->
    show(fun() -> error(my_error) end),
    show(fun() -> local_fail(1) end),
    show(fun() -> lists:nth(0, id([])) end),
    show(fun() -> element(5, id({a})) end),
    show(fun() -> throw(thrown) end),
    show(fun() -> error(with_args, [x, y]) end),
    show(fun() -> erlang:raise(error, fake, [{m, f, 1, [{file, "m.erl"}, {line, 3}]}]) end),
    show(fun() -> undefined_module_xyz:f(1) end),
    show(fun() -> ?MODULE:not_exported(1) end),
    {_, Line} = lists:keyfind(line, 1, frame_loc(fun() -> error(here) end)),
    io:format("line of error(here): ~p~n", [Line]),
    {_, File} = lists:keyfind(file, 1, frame_loc(fun() -> error(here) end)),
    io:format("file: ~p~n", [File]),
    ok.

show(F) ->
    try F() catch
        Class:Reason:Stack ->
            io:format("~p ~p: is_list ~p, nonempty ~p~n", [Class, Reason, is_list(Stack), Stack =/= []]),
            [Top | _] = Stack,
            {M, Fn, ArityOrArgs, Loc} = Top,
            io:format("  top: ~p ~p ~p loc_is_list ~p~n", [M, name(Fn), ArityOrArgs, is_list(Loc)]),
            io:format("  all frames are 4-tuples: ~p~n",
                      [lists:all(fun(Fr) -> is_tuple(Fr) andalso tuple_size(Fr) =:= 4 end, Stack)]),
            io:format("  has main/1 frame: ~p~n", [lists:keymember(main, 2, Stack)])
    end.

frame_loc(F) ->
    try F() catch _:_:St -> [{_, _, _, Loc} | _] = St, Loc end.

%% anonymous funs get compiler-generated names like '-main/1-fun-0-'
name(Fn) ->
    case atom_to_list(Fn) of
        "-main/1-fun-" ++ _ -> fun_in_main;
        _ -> Fn
    end.

local_fail(X) when X > 5 -> big.

id(X) -> X.
