%% benchmark: the n-body simulation of the Jovian planets (float arithmetic), 500,000 steps
-module(nbody).
-export([main/1]).
-mode(compile).

-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS_PER_YEAR, 365.24).
-define(STEPS, 500000).
-define(DT, 0.01).

main(_) ->
    Bodies = offset_momentum(bodies()),
    T0 = erlang:monotonic_time(microsecond),
    E0 = energy(Bodies),
    Final = advance(?STEPS, Bodies),
    E1 = energy(Final),
    T1 = erlang:monotonic_time(microsecond),
    io:format("checksum: ~.9f ~.9f~n", [E0, E1]),
    io:format("time_us: ~p~n", [T1 - T0]).

%% a body is {X, Y, Z, VX, VY, VZ, Mass}
bodies() ->
    [{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ?SOLAR_MASS},
     {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * ?DAYS_PER_YEAR, 7.69901118419740425e-03 * ?DAYS_PER_YEAR,
      -6.90460016972063023e-05 * ?DAYS_PER_YEAR, 9.54791938424326609e-04 * ?SOLAR_MASS},
     {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * ?DAYS_PER_YEAR, 4.99852801234917238e-03 * ?DAYS_PER_YEAR,
      2.30417297573763929e-05 * ?DAYS_PER_YEAR, 2.85885980666130812e-04 * ?SOLAR_MASS},
     {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * ?DAYS_PER_YEAR, 2.37847173959480950e-03 * ?DAYS_PER_YEAR,
      -2.96589568540237556e-05 * ?DAYS_PER_YEAR, 4.36624404335156298e-05 * ?SOLAR_MASS},
     {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * ?DAYS_PER_YEAR, 1.62824170038242295e-03 * ?DAYS_PER_YEAR,
      -9.51592254519715870e-05 * ?DAYS_PER_YEAR, 5.15138902046611451e-05 * ?SOLAR_MASS}].

offset_momentum([{X, Y, Z, _, _, _, M} | Rest] = Bodies) ->
    {PX, PY, PZ} = lists:foldl(fun({_, _, _, VX, VY, VZ, Mi}, {AX, AY, AZ}) ->
                                       {AX + VX * Mi, AY + VY * Mi, AZ + VZ * Mi}
                               end, {0.0, 0.0, 0.0}, Bodies),
    [{X, Y, Z, -PX / ?SOLAR_MASS, -PY / ?SOLAR_MASS, -PZ / ?SOLAR_MASS, M} | Rest].

energy(Bodies) -> energy(Bodies, 0.0).
energy([], E) -> E;
energy([{X, Y, Z, VX, VY, VZ, M} | Rest], E) ->
    E1 = E + 0.5 * M * (VX * VX + VY * VY + VZ * VZ),
    E2 = lists:foldl(fun({X2, Y2, Z2, _, _, _, M2}, Acc) ->
                             DX = X - X2, DY = Y - Y2, DZ = Z - Z2,
                             Acc - (M * M2) / math:sqrt(DX * DX + DY * DY + DZ * DZ)
                     end, E1, Rest),
    energy(Rest, E2).

advance(0, Bodies) -> Bodies;
advance(N, Bodies) -> advance(N - 1, move(velocities(Bodies))).

%% update every pair once: the head body against each later one, then recurse on the rest
velocities([]) -> [];
velocities([B | Rest]) ->
    {B1, Rest1} = pair(B, Rest, []),
    [B1 | velocities(Rest1)].

pair(B, [], Acc) -> {B, lists:reverse(Acc)};
pair({X, Y, Z, VX, VY, VZ, M}, [{X2, Y2, Z2, VX2, VY2, VZ2, M2} | Rest], Acc) ->
    DX = X - X2, DY = Y - Y2, DZ = Z - Z2,
    D2 = DX * DX + DY * DY + DZ * DZ,
    Mag = ?DT / (D2 * math:sqrt(D2)),
    B = {X, Y, Z, VX - DX * M2 * Mag, VY - DY * M2 * Mag, VZ - DZ * M2 * Mag, M},
    B2 = {X2, Y2, Z2, VX2 + DX * M * Mag, VY2 + DY * M * Mag, VZ2 + DZ * M * Mag, M2},
    pair(B, Rest, [B2 | Acc]).

move(Bodies) ->
    [{X + ?DT * VX, Y + ?DT * VY, Z + ?DT * VZ, VX, VY, VZ, M} || {X, Y, Z, VX, VY, VZ, M} <- Bodies].
