%% A supervision tree that lets it crash: bin/minierl run examples/supervision.erl
%%
%%   calc_sup (one_for_one)
%%   ├── calc     a gen_server keeping a running total; bad input crashes it
%%   └── history  a gen_server remembering every request it was told about
%%
%% The calculator crashes on bad input and its supervisor restarts it with a fresh total of 0,
%% while the history server, untouched, keeps serving with all its state.
-module(supervision).
-mode(compile).
-export([main/1, init/1, start_link/2, handle_call/3, handle_cast/2]).

main(_) ->
    {ok, _Sup} = supervisor:start_link({local, calc_sup}, ?MODULE, top),
    Requests = [{add, 10}, {add, 5}, {mul, 3}, {add, banana}, {add, 1}, {mul, 7}, {div_by, 0}, {add, 2}],
    Crashes = length([crashed || Req <- Requests, request(Req) =:= crashed]),
    io:format("history kept ~p requests; calc was restarted ~p times~n",
              [length(gen_server:call(history, all)), Crashes]).

request(Req) ->
    gen_server:cast(history, {seen, Req}),
    Before = whereis(calc),
    try gen_server:call(calc, Req) of
        Total -> io:format("~-14s -> total ~p~n", [io_lib:format("~p", [Req]), Total])
    catch
        exit:{{Reason, _Stack}, _Call} ->
            io:format("~-14s -> calc crashed (~p)~n", [io_lib:format("~p", [Req]), Reason]),
            wait_for_restart(Before),
            crashed
    end.

wait_for_restart(Old) ->
    case whereis(calc) of
        New when is_pid(New), New =/= Old -> ok;
        _ -> timer:sleep(1), wait_for_restart(Old)
    end.

%% ---- supervisor callback ----

init(top) ->
    %% The crash reports of the calculator are the point of the demo, but they are long:
    %% only the supervisor's restarts are shown.
    logger:set_primary_config(level, none),
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10},
          [#{id => history, start => {?MODULE, start_link, [history, []]}},
           #{id => calc, start => {?MODULE, start_link, [calc, 0]}}]}};

%% ---- gen_server callbacks: calc keeps a number, history a list ----

init({calc, Total}) ->
    io:format("calc starts with total ~p~n", [Total]),
    {ok, Total};
init({history, Seen}) ->
    {ok, Seen}.

start_link(Name, State) ->
    gen_server:start_link({local, Name}, ?MODULE, {Name, State}, []).

handle_call({add, N}, _From, Total) -> {reply, Total + N, Total + N};
handle_call({mul, N}, _From, Total) -> {reply, Total * N, Total * N};
handle_call({div_by, N}, _From, Total) -> {reply, Total div N, Total div N};
handle_call(all, _From, Seen) -> {reply, lists:reverse(Seen), Seen}.

handle_cast({seen, Req}, Seen) -> {noreply, [{seen, Req} | Seen]}.
