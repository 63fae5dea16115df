%% a syntax error ends the run before anything prints: stderr only, exit 127
-module(syntax_error).
-export([main/1]).
-mode(compile).
main(_) -> io:format("never~n"), foo(.
