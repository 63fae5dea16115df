% file: bad arguments and failing operations on raw files, io-server files and names
-module(file_errors).
-mode(compile).
-export([main/1]).
p(X) -> io:format("~p~n", [X]).
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
  file:write_file("tmp_file_errors", "hello\nworld\n"),
  lists:foreach(fun(M) ->
    {ok, F} = file:open("tmp_file_errors", M),
    p([t(fun() -> file:position(F, foo) end), t(fun() -> file:read(F, -1) end), t(fun() -> file:read(F, foo) end),
       t(fun() -> file:pread(F, -1, 2) end), t(fun() -> file:pread(F, 0, -2) end), t(fun() -> file:pread(F, a, 2) end),
       t(fun() -> file:position(F, {cur, -100}) end), t(fun() -> file:position(F, {bof, a}) end),
       t(fun() -> file:write(F, "x") end), t(fun() -> file:truncate(F) end), t(fun() -> file:pwrite(F, 0, "x") end),
       t(fun() -> file:pread(F, foo) end), t(fun() -> file:pwrite(F, [{a, "x"}]) end)]),
    file:close(F)
  end, [[read], [read, raw], [read, binary]]),
  p([t(fun() -> file:open(123, [read]) end), t(fun() -> file:open("tmp_file_errors", notalist) end), t(fun() -> file:write_file("tmp_file_errors2", "y", notalist) end),
     t(fun() -> file:make_dir(123) end), t(fun() -> file:rename("tmp_file_errors", 1) end), t(fun() -> file:set_cwd("nope") end),
     t(fun() -> file:set_cwd("tmp_file_errors") end), t(fun() -> file:consult(123) end), t(fun() -> file:read_file_info("tmp_file_errors", [{time, bad}]) end),
     t(fun() -> file:read_file_info("tmp_file_errors", bad) end), t(fun() -> file:list_dir(123) end), t(fun() -> file:delete(<<"nope">>) end),
     t(fun() -> file:del_dir_r("nope") end), t(fun() -> file:copy(123, "x") end), t(fun() -> file:read_line(bad) end),
     t(fun() -> file:close(bad) end), t(fun() -> file:read(bad, 1) end), t(fun() -> file:write(bad, "x") end),
     t(fun() -> file:position(bad, 0) end), t(fun() -> file:open("tmp_file_errors", [read, {encoding, bad}]) end),
     t(fun() -> file:write_file("tmp_file_errors2", <<1:3>>) end), t(fun() -> file:read_file("") end), t(fun() -> file:make_dir("") end),
     t(fun() -> filename:join("a", 1) end), t(fun() -> filename:basename(1) end)]),
  file:delete("tmp_file_errors"), file:delete("tmp_file_errors2").
