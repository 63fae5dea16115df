-module(record_undefined).
-export([new/0]).

new() ->
    #r{a = 1}.
