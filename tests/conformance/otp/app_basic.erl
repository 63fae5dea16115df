%% application: load a spec, environment, start, stop, dependencies, failures
-module(app_basic).
-mode(compile).
-export([main/1, start/2, stop/1, init/1, prep_stop/1]).
main(_) ->
    io:format("~p~n", [application:which_applications()]),
    Spec = {application, demo, [{description, "Demo app"}, {vsn, "1.0"}, {modules, [app_basic]},
                               {registered, []}, {applications, [kernel, stdlib]},
                               {mod, {app_basic, start_args}}, {env, [{port, 8080}, {name, "x"}]}]},
    io:format("~p~n", [application:load(Spec)]),
    io:format("~p~n", [application:load(Spec)]),
    io:format("~p~n", [application:get_env(demo, port)]),
    io:format("~p~n", [application:get_env(demo, nope)]),
    io:format("~p~n", [application:get_env(demo, nope, dflt)]),
    io:format("~p~n", [application:set_env(demo, port, 9090)]),
    io:format("~p~n", [application:get_env(demo, port)]),
    io:format("~p~n", [lists:sort(application:get_all_env(demo))]),
    io:format("~p~n", [application:get_key(demo, vsn)]),
    io:format("~p~n", [lists:keyfind(demo, 1, application:loaded_applications())]),
    io:format("~p~n", [application:start(demo)]),
    io:format("~p~n", [application:start(demo)]),
    io:format("~p~n", [application:which_applications()]),
    io:format("~p~n", [whereis(demo_sup) =/= undefined]),
    Stopped = application:stop(demo),
    timer:sleep(20),
    io:format("~p~n", [Stopped]),
    io:format("~p~n", [application:stop(demo)]),
    io:format("~p~n", [whereis(demo_sup)]),
    io:format("~p~n", [application:start(nosuchapp)]),
    io:format("~p~n", [application:load({application, bad, [{mod, {app_basic, fail}}, {applications, [kernel, missing_dep]}]})]),
    io:format("~p~n", [application:start(bad)]),
    logger:set_primary_config(level, none),
    io:format("~p~n", [application:load({application, bad2, [{mod, {app_basic, fail}}]})]),
    io:format("~p~n", [application:start(bad2)]),
    io:format("~p~n", [application:unload(demo)]),
    io:format("~p~n", [application:get_env(demo, port)]),
    io:format("~p~n", [application:load(Spec)]),
    io:format("~p~n", [application:ensure_all_started(demo)]),
    io:format("~p~n", [application:ensure_all_started(demo)]),
    io:format("~p~n", [application:ensure_started(demo)]),
    io:format("~p~n", [application:stop(demo)]),
    timer:sleep(50).
start(normal, start_args) -> io:format("start~n"), supervisor:start_link({local, demo_sup}, ?MODULE, []);
start(normal, fail) -> {error, nope}.
prep_stop(S) -> io:format("prep_stop ~p~n", [S]), S.
stop(S) -> io:format("stop ~p~n", [S]), ok.
init([]) -> {ok, {#{}, []}}.
