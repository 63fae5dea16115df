% os: environment, cmd, type, find_executable, times
-module(os_fns).
-mode(compile).
-export([main/1]).

p(X) -> io:format("~p~n", [X]).
t(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    p(os:getenv("MINIERL_SURELY_UNSET")),
    p(os:getenv("MINIERL_SURELY_UNSET", "default")),
    p(os:putenv("MINIERL_T1", "value 1")),
    p(os:getenv("MINIERL_T1")),
    p(lists:member("MINIERL_T1=value 1", os:getenv())),
    p(os:putenv("MINIERL_T1", "")),
    p(os:getenv("MINIERL_T1")),
    p(os:unsetenv("MINIERL_T1")),
    p(os:getenv("MINIERL_T1")),
    p(os:unsetenv("MINIERL_T1")),
    p([t(fun() -> os:getenv(x) end), t(fun() -> os:putenv(x, "1") end), t(fun() -> os:putenv("A=B", "1") end),
       t(fun() -> os:putenv("A", 1) end), t(fun() -> os:unsetenv(1) end), t(fun() -> os:getenv(<<"HOME">>) end)]),
    p(os:getenv("MINIERL_T2", x)),
    p(os:type()),
    p(os:cmd("echo hi")),
    p(os:cmd("echo err 1>&2; echo out")),
    p(os:cmd("exit 3")),
    p(os:cmd("printf 'a\\nb'")),
    p(os:cmd(["ec", "ho ", ["deep"]])),
    p(os:cmd('echo atom')),
    p(os:cmd("echo $MINIERL_T3")),
    os:putenv("MINIERL_T3", "from putenv"),
    p(os:cmd("echo $MINIERL_T3")),
    p(os:cmd("printf '\\303\\251'")),
    p(os:cmd("echo hello", #{max_size => 3})),
    p(os:cmd("echo hello", #{max_size => infinity})),
    p(os:cmd("")),
    p([t(fun() -> os:cmd(1) end), t(fun() -> os:cmd("x", []) end)]),
    p(is_list(os:find_executable("sh"))),
    p(os:find_executable("minierl_no_such_program")),
    p(os:find_executable("sh", "/minierl/nowhere")),
    p(os:find_executable("sh", "/minierl/nowhere:/bin")),
    {A, B, C} = os:timestamp(),
    p([is_integer(X) andalso X >= 0 || X <- [A, B, C]]),
    p(is_integer(os:system_time())),
    p(os:system_time(second) - erlang:system_time(second) < 2),
    p(t(fun() -> os:system_time(bogus) end)),
    Pid = os:getpid(),
    p(is_list(Pid) andalso lists:all(fun(Ch) -> Ch >= $0 andalso Ch =< $9 end, Pid)).
