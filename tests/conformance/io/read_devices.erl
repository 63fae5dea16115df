% io:read, io:fread, io:get_line on a file opened as an io device (get_until, leftovers)
-module(read_devices).
-mode(compile).
-export([main/1]).
main(_) ->
  file:write_file("tmp_read_devices.txt", "foo. {bar,\n [1,2]}.\n\"str\" 3.\n12 word atom rest\nafter\n{bad.\nline\n77\nx.\n"),
  {ok, F} = file:open("tmp_read_devices.txt", [read]),
  P = fun(X) -> io:format("~p~n", [X]) end,
  P(io:read(F, '')), P(io:read(F, '')), P(io:read(F, '')),
  P(io:fread(F, '', "~d ~s")), P(io:fread(F, '', "~a")), P(io:get_line(F, '')),
  P(io:read(F, '')), P(io:get_line(F, '')), P(io:fread(F, '', "~d")), P(io:read(F, '')), P(io:read(F, '')), P(io:fread(F, '', "~d")),
  file:close(F), file:delete("tmp_read_devices.txt").
