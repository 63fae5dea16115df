%% halt/1 called by a spawned process stops the whole node
-module(halt_from_process).
-export([main/1]).
-mode(compile).

main(_) ->
    Parent = self(),
    spawn(fun() ->
                  receive go -> ok end,
                  io:format("child halting~n"),
                  halt(7)
          end) ! go,
    receive
        never -> Parent
    after 5000 ->
        io:format("not halted~n")
    end.
