% file:format_error/1 and file:native_name_encoding/0
-module(file_format_error).
-mode(compile).
-export([main/1]).
main(_) ->
  [io:format("~p: ~p~n", [R, file:format_error(R)]) || R <- [badarg, enoent, eacces, eexist, eisdir, enotdir, enotempty, ebadf, einval, eperm, terminated, foo, {1, erl_parse, ["syntax error before: ", "'.'"]}, {2, erl_parse, "bad term"}, {3, file_io_server, invalid_unicode}, system_limit, {foo, bar}]],
  io:format("~p~n", [file:native_name_encoding()]).
