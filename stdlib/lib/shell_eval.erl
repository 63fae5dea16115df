%% The shell's evaluator process (host/shell/): it runs each expression sequence the shell
%% compiled, as module:e(Bindings...), and hands the result to the shell through a host BIF.
%% An exception kills it, as erl's evaluator; the shell then starts a new one.
-module(shell_eval).
-export([start/0]).

start() ->
    loop().

loop() ->
    receive
        {'$shell_eval', Mod, Args} ->
            shell_host:reply(apply(Mod, e, Args)),
            loop()
    end.
