%% Property lists: lists whose entries are atoms (Key, meaning {Key, true}) or tuples whose first
%% element is the key. Other entries are ignored. Keys are compared with =:=.
%% Error behaviour for bad lists follows OTP 25 (see tests/stdlib-lib/proplists_test.expected).
-module(proplists).

-export([append_values/2, compact/1, delete/2, expand/2, from_map/1, get_all_values/2,
         get_bool/2, get_keys/1, get_value/2, get_value/3, is_defined/2, lookup/2, lookup_all/2,
         normalize/2, property/1, property/2, split/2, substitute_aliases/2,
         substitute_negations/2, to_map/1, to_map/2, unfold/1]).

property({Key, true}) when is_atom(Key) -> Key;
property(Property) -> Property.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

unfold([P | Ps]) when is_atom(P) -> [{P, true} | unfold(Ps)];
unfold([P | Ps]) -> [P | unfold(Ps)];
unfold([]) -> [].

compact(List) -> [property(P) || P <- List].

lookup(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> {Key, true};
        tuple_size(P) >= 1, element(1, P) =:= Key -> P;
        true -> lookup(Key, Ps)
    end;
lookup(_Key, []) -> none.

lookup_all(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [{Key, true} | lookup_all(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key -> [P | lookup_all(Key, Ps)];
        true -> lookup_all(Key, Ps)
    end;
lookup_all(_Key, []) -> [].

is_defined(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key -> true;
        true -> is_defined(Key, Ps)
    end;
is_defined(_Key, []) -> false.

get_value(Key, List) -> get_value(Key, List, undefined).

%% Only the first entry with the key counts; a tuple other than {Key, Value} gives Default.
get_value(Key, [P | Ps], Default) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> Value;
                _ -> Default
            end;
        true -> get_value(Key, Ps, Default)
    end;
get_value(_Key, [], Default) -> Default.

get_all_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | get_all_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> [Value | get_all_values(Key, Ps)];
                _ -> get_all_values(Key, Ps)
            end;
        true -> get_all_values(Key, Ps)
    end;
get_all_values(_Key, []) -> [].

%% Like get_all_values/2, but list values are spliced in rather than nested.
append_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | append_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} when is_list(Value) -> Value ++ append_values(Key, Ps);
                {_, Value} -> [Value | append_values(Key, Ps)];
                _ -> append_values(Key, Ps)
            end;
        true -> append_values(Key, Ps)
    end;
append_values(_Key, []) -> [].

get_bool(Key, List) ->
    case lookup(Key, List) of
        {_, true} -> true;
        _ -> false
    end.

%% A version 1 set, as OTP's, so the keys come out in OTP's hash order.
get_keys(List) -> sets:to_list(get_keys(List, sets:new())).

get_keys([P | Ps], Keys) ->
    if
        is_atom(P) -> get_keys(Ps, sets:add_element(P, Keys));
        tuple_size(P) >= 1 -> get_keys(Ps, sets:add_element(element(1, P), Keys));
        true -> get_keys(Ps, Keys)
    end;
get_keys([], Keys) -> Keys.

delete(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> delete(Key, Ps);
        tuple_size(P) >= 1, element(1, P) =:= Key -> delete(Key, Ps);
        true -> [P | delete(Key, Ps)]
    end;
delete(_Key, []) -> [].

%% Entries are routed to the sublist of every key they match (a key listed twice gets the same
%% entries twice); the rest keep their order in Rest.
split(List, Keys) ->
    Empty = maps:from_list([{K, []} || K <- Keys]),
    {Store, Rest} = split(List, Empty, []),
    {[lists:reverse(maps:get(K, Store)) || K <- Keys], lists:reverse(Rest)}.

split([P | Ps], Store, Rest) ->
    if
        is_atom(P) -> split_store(P, P, Ps, Store, Rest);
        tuple_size(P) >= 1 -> split_store(element(1, P), P, Ps, Store, Rest);
        true -> split(Ps, Store, [P | Rest])
    end;
split([], Store, Rest) -> {Store, Rest}.

split_store(Key, P, Ps, Store, Rest) ->
    case Store of
        #{Key := Taken} -> split(Ps, Store#{Key := [P | Taken]}, Rest);
        _ -> split(Ps, Store, [P | Rest])
    end.

substitute_aliases(Aliases, List) -> [substitute_alias(Aliases, P) || P <- List].

substitute_alias([{Key, Key1} | As], P) ->
    if
        is_atom(P), P =:= Key -> Key1;
        tuple_size(P) >= 1, element(1, P) =:= Key -> setelement(1, P, Key1);
        true -> substitute_alias(As, P)
    end;
substitute_alias([], P) -> P.

%% Key (or {Key, true}) becomes {Key1, false}; any other entry with the key becomes Key1.
substitute_negations(Negations, List) -> [substitute_negation(Negations, P) || P <- List].

substitute_negation([{Key, Key1} | Ns], P) ->
    if
        is_atom(P), P =:= Key -> {Key1, false};
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> {Key1, false};
                _ -> Key1
            end;
        true -> substitute_negation(Ns, P)
    end;
substitute_negation([], P) -> P.

%% Each expansion replaces the first entry with its key, if that entry equals the expansion's
%% property (atoms read as {Key, true}), and deletes the later entries with the key. The
%% replacement is kept as one list element, so later expansions cannot see inside it; at the end
%% every list element is spliced into the result.
expand(Expansions, List) ->
    Normal = [{Key, normal(P), E} || {P, E} <- Expansions, {ok, Key} <- [entry_key(P)]],
    splice(expand_all(Normal, List)).

expand_all([{Key, Normal, Expansion} | Es], List) -> expand_all(Es, expand_one(Key, Normal, Expansion, List));
expand_all([], List) -> List.

expand_one(Key, Normal, Expansion, [P | Ps]) ->
    case entry_key(P) of
        {ok, Key} ->
            case normal(P) of
                Normal -> [Expansion | delete(Key, Ps)];
                _ -> [P | Ps]
            end;
        _ -> [P | expand_one(Key, Normal, Expansion, Ps)]
    end;
expand_one(_Key, _Normal, _Expansion, []) -> [].

entry_key(P) when is_atom(P) -> {ok, P};
entry_key(P) when tuple_size(P) >= 1 -> {ok, element(1, P)};
entry_key(_) -> none.

normal(P) when is_atom(P) -> {P, true};
normal(P) -> P.

splice([E | Es]) when is_list(E) -> E ++ splice(Es);
splice([E | Es]) -> [E | splice(Es)];
splice([]) -> [].

normalize(List, [{aliases, As} | Stages]) -> normalize(substitute_aliases(As, List), Stages);
normalize(List, [{expand, Es} | Stages]) -> normalize(expand(Es, List), Stages);
normalize(List, [{negations, Ns} | Stages]) -> normalize(substitute_negations(Ns, List), Stages);
normalize(List, []) -> compact(List).

%% The entry nearest the head wins, so fold from the tail.
to_map(List) -> to_map_1(lists:reverse(to_map_check(List)), #{}).

to_map_check(List) -> to_map_check(List, List).

to_map_check(List, [_ | T]) -> to_map_check(List, T);
to_map_check(List, []) -> List.

to_map_1([P | Ps], Map) when is_atom(P) -> to_map_1(Ps, maps:put(P, true, Map));
to_map_1([{Key, Value} | Ps], Map) -> to_map_1(Ps, maps:put(Key, Value, Map));
to_map_1([_ | Ps], Map) -> to_map_1(Ps, Map);
to_map_1([], Map) -> Map.

to_map(List, Stages) -> to_map(normalize(List, Stages)).

from_map(Map) -> maps:to_list(Map).
