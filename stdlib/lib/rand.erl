%% Pseudo-random numbers with OTP's algorithms, so a seeded sequence equals OTP 25's number for
%% number: exsss (default), exro928ss, exrop, exs1024s, exsp, and the deprecated exs64, exsplus and
%% exs1024, plus dummy. The state is {AlgHandler, AlgState} with OTP's handler map keys, kept in
%% the process dictionary under rand_seed. All words are 58 or 64 bits: every shift and multiply
%% is masked explicitly, since Erlang integers never wrap.
-module(rand).

-export([seed_s/1, seed_s/2, seed/1, seed/2, export_seed/0, export_seed_s/1,
         uniform/0, uniform/1, uniform_s/1, uniform_s/2,
         uniform_real/0, uniform_real_s/1, bytes/1, bytes_s/2,
         jump/0, jump/1, normal/0, normal/2, normal_s/1, normal_s/3]).
-export([exsp_next/1, exsp_jump/1, splitmix64_next/1,
         mwc59/1, mwc59_value32/1, mwc59_value/1, mwc59_float/1, mwc59_seed/0, mwc59_seed/1]).
-export([exro928_jump_2pow512/1, exro928_jump_2pow20/1, exro928_seed/1, exro928_next/1,
         exro928_next_state/1, seed58/2]).
-export([make_float/3, float2str/1, bc64/1]).

-define(SEED_KEY, rand_seed).
-define(M(Bits), ((1 bsl (Bits)) - 1)).
-define(M58, 16#3ffffffffffffff).
-define(M64, 16#ffffffffffffffff).
%% (X << N) within a Bits-wide word, and a Bits-wide rotation left.
-define(SHL(Bits, X, N), (((X) band ?M((Bits) - (N))) bsl (N))).
-define(ROL(Bits, X, N), (?SHL(Bits, X, N) bor ((X) bsr ((Bits) - (N))))).
-define(TWO_POW_MINUS53, 1.11022302462515657e-16).

%% ---------------------------------------------------------------------------------------------
%% Seeding and the process-dictionary state

seed(Alg) -> put_state(seed_s(Alg)).

seed(Alg, Seed) -> put_state(seed_s(Alg, Seed)).

seed_s({Handler, _AlgState} = State) when is_map(Handler) -> State;
seed_s({Alg, AlgState}) when is_atom(Alg) ->
    {Handler, _} = alg(Alg),
    {Handler, AlgState};
seed_s(Alg) ->
    seed_s(Alg, {erlang:phash2([{node(), self()}]), erlang:system_time(), erlang:unique_integer()}).

seed_s(default, Seed) -> seed_s(exsss, Seed);
seed_s(Alg, Seed) ->
    {Handler, SeedFun} = alg(Alg),
    {Handler, SeedFun(Seed)}.

export_seed() ->
    case get(?SEED_KEY) of
        {#{type := Alg}, AlgState} -> {Alg, AlgState};
        _ -> undefined
    end.

export_seed_s({#{type := Alg}, AlgState}) -> {Alg, AlgState}.

put_state(State) ->
    put(?SEED_KEY, State),
    State.

get_state() ->
    case get(?SEED_KEY) of
        undefined -> seed(exsss);
        State -> State
    end.

alg(exsss) ->
    {#{type => exsss, bits => 58, next => fun exsss_next/1,
       uniform => fun exsss_uniform/1, uniform_n => fun exsss_uniform/2,
       jump => fun exsplus_jump/1}, fun exsss_seed/1};
alg(exro928ss) ->
    {#{type => exro928ss, bits => 58, next => fun exro928ss_next/1,
       uniform => fun exro928ss_uniform/1, uniform_n => fun exro928ss_uniform/2,
       jump => fun exro928_jump/1}, fun exro928_seed/1};
alg(exrop) ->
    {#{type => exrop, bits => 58, weak_low_bits => 1, next => fun exrop_next/1,
       uniform => fun exrop_uniform/1, uniform_n => fun exrop_uniform/2,
       jump => fun exrop_jump/1}, fun exrop_seed/1};
alg(exs1024s) ->
    {#{type => exs1024s, bits => 64, weak_low_bits => 3, next => fun exs1024_next/1,
       jump => fun exs1024_jump/1}, fun exs1024_seed/1};
alg(exsp) ->
    {#{type => exsp, bits => 58, weak_low_bits => 1, next => fun exsp_next/1,
       uniform => fun exsp_uniform/1, uniform_n => fun exsp_uniform/2,
       jump => fun exsplus_jump/1}, fun exsplus_seed/1};
alg(exs64) ->
    {#{type => exs64, max => ?M64, next => fun exs64_next/1}, fun exs64_seed/1};
alg(exsplus) ->
    {#{type => exsplus, max => ?M58, next => fun exsp_next/1, jump => fun exsplus_jump/1},
     fun exsplus_seed/1};
alg(exs1024) ->
    {#{type => exs1024, max => ?M64, next => fun exs1024_next/1, jump => fun exs1024_jump/1},
     fun exs1024_seed/1};
alg(dummy) ->
    {#{type => dummy, bits => 58, next => fun dummy_next/1,
       uniform => fun dummy_uniform/1, uniform_n => fun dummy_uniform/2}, fun dummy_seed/1}.

%% ---------------------------------------------------------------------------------------------
%% Uniform floats and integers

uniform() ->
    {X, State} = uniform_s(get_state()),
    put_state(State),
    X.

uniform(N) ->
    {X, State} = uniform_s(N, get_state()),
    put_state(State),
    X.

uniform_s({#{uniform := Uniform}, _} = State) -> Uniform(State);
uniform_s({#{bits := Bits, next := Next} = H, R0}) ->
    {V, R1} = Next(R0),
    {(V bsr (Bits - 53)) * ?TWO_POW_MINUS53, {H, R1}};
uniform_s({#{max := Max, next := Next} = H, R0}) ->
    {V, R1} = Next(R0),
    {V / (Max + 1), {H, R1}}.

uniform_s(N, {#{uniform_n := UniformN}, _} = State) when is_integer(N), 1 =< N ->
    UniformN(N, State);
uniform_s(N, {#{bits := Bits, next := Next} = H, R0}) when is_integer(N), 1 =< N ->
    {V, R1} = Next(R0),
    in_range(N, H, R1, V, (1 bsl Bits) - N);
uniform_s(N, {#{max := Max, next := Next} = H, R0}) when is_integer(N), 1 =< N ->
    {V, R1} = Next(R0),
    if
        N =< Max -> {(V rem N) + 1, {H, R1}};
        true -> {trunc(V / (Max + 1) * N) + 1, {H, R1}}
    end.

%% V is a fresh Bits-bit value and MaxMinusRange = 2^Bits - Range. Values in the incomplete last
%% stretch of Range are rejected and drawn again; ranges wider than a word take several words.
in_range(Range, H, R, V, MaxMinusRange) when 0 =< MaxMinusRange ->
    if
        V < Range -> {V + 1, {H, R}};
        true ->
            I = V rem Range,
            if
                V - I =< MaxMinusRange -> {I + 1, {H, R}};
                true -> uniform_s(Range, {H, R})
            end
    end;
in_range(Range, H, R, V, _) ->
    wide_range(Range, H, R, V).

wide_range(Range, #{next := Next, bits := Bits} = H, R, V) ->
    Shift = Bits - maps:get(weak_low_bits, H, 0),
    ShiftMask = bnot ?M(maps:get(weak_low_bits, H, 0)),
    RangeMinus1 = Range - 1,
    if
        Range band RangeMinus1 =:= 0 ->
            {V1, R1, _} = gather(Range bsr Bits, Next, R, V, ShiftMask, Shift, Bits),
            {(V1 band RangeMinus1) + 1, {H, R1}};
        true ->
            {V1, R1, B} = gather(Range bsr (Bits - 2), Next, R, V, ShiftMask, Shift, Bits),
            I = V1 rem Range,
            if
                V1 - I =< (1 bsl B) - Range -> {I + 1, {H, R1}};
                true ->
                    {V2, R2} = Next(R1),
                    wide_range(Range, H, R2, V2)
            end
    end.

%% Appends words to V (dropping each word's weak low bits) until it covers Range; B is its width.
gather(Range, _Next, R, V, _ShiftMask, _Shift, B) when Range =< 1 -> {V, R, B};
gather(Range, Next, R, V, ShiftMask, Shift, B) ->
    {V1, R1} = Next(R),
    gather(Range bsr Shift, Next, R1, ((V band ShiftMask) bsl Shift) bor V1, ShiftMask, Shift,
           B + Shift).

%% ---------------------------------------------------------------------------------------------
%% uniform_real: a float in (0.0, 1.0) using every bit down to 2^-1074 (OTP's algorithm: take 56
%% bits, and while the leading bits are zero take more words, so small values keep precision).

uniform_real() ->
    {X, State} = uniform_real_s(get_state()),
    put_state(State),
    X.

uniform_real_s({#{bits := Bits, next := Next} = H, R0}) ->
    {V1, R1} = Next(R0),
    real_first(H, Next, V1 bsr (Bits - 56), R1, Bits);
uniform_real_s({#{max := _, next := Next} = H, R0}) ->
    {V1, R1} = Next(R0),
    real_first(H, Next, V1 band ?M(56), R1, 56).

real_first(H, Next, M1, R1, Bits) ->
    case top_bits(M1, 0) of
        {ok, F} -> {F, {H, R1}};
        more ->
            {V2, R2} = Next(R1),
            real_more(H, Next, M1, -56, R2, V2, Bits)
    end.

%% M is a 56-bit chunk whose value is scaled by 2^Exp: a float if one of its top 4 bits is set.
top_bits(M, Exp) ->
    if
        1 bsl 55 =< M -> {ok, (M bsr 3) * math:pow(2.0, Exp - 53)};
        1 bsl 54 =< M -> {ok, (M bsr 2) * math:pow(2.0, Exp - 54)};
        1 bsl 53 =< M -> {ok, (M bsr 1) * math:pow(2.0, Exp - 55)};
        1 bsl 52 =< M -> {ok, M * math:pow(2.0, Exp - 56)};
        true -> more
    end.

real_more(H, _Next, M0, -1064, R1, V1, Bits) ->
    B0 = 53 - bit_length(M0, 52),
    {((M0 bsl B0) bor (V1 bsr (Bits - B0))) * math:pow(2.0, -1064 - B0), {H, R1}};
real_more(H, Next, M0, BitNo, R1, V1, Bits) ->
    if
        1 bsl 51 =< M0 ->
            {((M0 bsl 1) bor (V1 bsr (Bits - 1))) * math:pow(2.0, BitNo - 1), {H, R1}};
        1 bsl 50 =< M0 ->
            {((M0 bsl 2) bor (V1 bsr (Bits - 2))) * math:pow(2.0, BitNo - 2), {H, R1}};
        1 bsl 49 =< M0 ->
            {((M0 bsl 3) bor (V1 bsr (Bits - 3))) * math:pow(2.0, BitNo - 3), {H, R1}};
        M0 == 0 ->
            M1 = V1 bsr (Bits - 56),
            case top_bits(M1, BitNo) of
                {ok, F} -> {F, {H, R1}};
                more when BitNo =:= -1008, M1 < 1 bsl 42 -> uniform_real_s({H, R1});
                more -> real_next(H, Next, M1, BitNo - 56, R1)
            end;
        true ->
            B0 = 53 - bit_length(M0, 49),
            {((M0 bsl B0) bor (V1 bsr (Bits - B0))) * math:pow(2.0, BitNo - B0), {H, R1}}
    end.

real_next(#{bits := Bits} = H, Next, M0, BitNo, R0) ->
    {V1, R1} = Next(R0),
    real_more(H, Next, M0, BitNo, R1, V1, Bits);
real_next(#{max := _} = H, Next, M0, BitNo, R0) ->
    {V1, R1} = Next(R0),
    real_more(H, Next, M0, BitNo, R1, V1 band ?M(56), 56).

%% The number of significant bits of V, counting down from N (V < 2^N).
bit_length(V, N) -> bit_length(V, 1 bsl (N - 1), N).

bit_length(V, B, N) when B =< V -> N;
bit_length(V, B, N) -> bit_length(V, B bsr 1, N - 1).

%% ---------------------------------------------------------------------------------------------
%% bytes

bytes(N) ->
    {Bytes, State} = bytes_s(N, get_state()),
    put_state(State),
    Bytes.

bytes_s(N, {#{bits := Bits, next := Next} = H, R}) when is_integer(N), 0 =< N ->
    bytes_r(N, H, Next, R, Bits, maps:get(weak_low_bits, H, 0));
bytes_s(N, {#{max := Mask, next := Next} = H, R}) when is_integer(N), 0 =< N, ?M58 =< Mask ->
    bytes_r(N, H, Next, R, 58, 2).

%% Each word gives its top whole bytes above the weak low bits; the last word its top N bytes.
bytes_r(N, H, Next, R, Bits, WeakLowBits) ->
    GoodBytes = (Bits - WeakLowBits) bsr 3,
    GoodBits = GoodBytes bsl 3,
    bytes_r(N, H, Next, R, <<>>, GoodBytes, GoodBits, Bits - GoodBits).

bytes_r(N, H, Next, R0, Acc, GoodBytes, GoodBits, Shift) when GoodBytes < N ->
    {V, R1} = Next(R0),
    bytes_r(N - GoodBytes, H, Next, R1, <<Acc/binary, (V bsr Shift):GoodBits>>, GoodBytes,
            GoodBits, Shift);
bytes_r(N, H, Next, R0, Acc, _GoodBytes, GoodBits, _Shift) ->
    {V, R1} = Next(R0),
    Bits = N bsl 3,
    {<<Acc/binary, (V bsr (GoodBits - Bits)):Bits>>, {H, R1}}.

%% ---------------------------------------------------------------------------------------------
%% jump

jump() -> put_state(jump(get_state())).

jump({#{jump := Jump}, _} = State) -> Jump(State);
jump({#{}, _}) -> erlang:error(not_implemented).

%% ---------------------------------------------------------------------------------------------
%% normal: the ziggurat method with 256 layers (tables in rand_normal_tables.erl)

normal() ->
    {X, State} = normal_s(get_state()),
    put_state(State),
    X.

normal(Mean, Variance) -> Mean + math:sqrt(Variance) * normal().

normal_s(Mean, Variance, State0) when Variance > 0 ->
    {X, State} = normal_s(State0),
    {Mean + math:sqrt(Variance) * X, State}.

normal_s(State0) ->
    {Sign, R, State} = take_52(State0),
    Idx = R band 255,
    {Ki, Wi} = rand_normal_tables:kiwi(Idx + 1),
    X = R * Wi,
    if
        R < Ki, Sign =:= 0 -> {X, State};
        R < Ki -> {-X, State};
        Sign =:= 0 -> normal_tail(Idx, Sign, X, State);
        true -> normal_tail(Idx, Sign, -X, State)
    end.

-define(NOR_R, 3.6541528853610087963519472518).
-define(NOR_INV_R, 1 / ?NOR_R).

normal_tail(0, Sign, X0, State0) ->
    {U0, S1} = uniform_s(State0),
    X = -?NOR_INV_R * math:log(U0),
    {U1, S2} = uniform_s(S1),
    Y = -math:log(U1),
    if
        Y + Y =< X * X -> normal_tail(0, Sign, X0, S2);
        Sign =:= 0 -> {?NOR_R + X, S2};
        true -> {-?NOR_R - X, S2}
    end;
normal_tail(Idx, _Sign, X, State0) ->
    Fi2 = rand_normal_tables:fi(Idx + 1),
    {U0, S1} = uniform_s(State0),
    case (rand_normal_tables:fi(Idx) - Fi2) * U0 + Fi2 < math:exp(-0.5 * X * X) of
        true -> {X, S1};
        false -> normal_s(S1)
    end.

%% A sign bit and 51 more bits from one word.
take_52({#{bits := Bits, next := Next} = H, S0}) ->
    {Int, S1} = Next(S0),
    {(1 bsl (Bits - 52)) band Int, Int bsr (Bits - 51), {H, S1}};
take_52({#{next := Next} = H, S0}) ->
    {Int, S1} = Next(S0),
    {(1 bsl 51) band Int, Int band ?M(51), {H, S1}}.

%% ---------------------------------------------------------------------------------------------
%% Seed expansion: SplitMix64 and the checks on explicit seed lists

splitmix64_next(X0) ->
    X = (X0 + 16#9e3779b97f4a7c15) band ?M64,
    Z0 = ((X bxor (X bsr 30)) * 16#bf58476d1ce4e5b9) band ?M64,
    Z1 = ((Z0 bxor (Z0 bsr 27)) * 16#94d049bb133111eb) band ?M64,
    {(Z1 bxor (Z1 bsr 31)) band ?M64, X}.

%% N non-zero 58-bit words from a SplitMix64 sequence started at X.
seed58(0, _X) -> [];
seed58(N, X) ->
    {Z, X1} = seed58(X),
    [Z | seed58(N - 1, X1)].

seed58(X0) ->
    {Z0, X} = splitmix64_next(X0),
    case Z0 band ?M58 of
        0 -> seed58(X);
        Z -> {Z, X}
    end.

seed64(0, _X) -> [];
seed64(N, X) ->
    {Z, X1} = seed64(X),
    [Z | seed64(N - 1, X1)].

seed64(X0) ->
    case splitmix64_next(X0) of
        {0, X} -> seed64(X);
        ZX -> ZX
    end.

%% An explicit list of seed words: masked, padded with zeros, not all zero.
seed_nz(N, Ss, Bits) -> seed_nz(N, Ss, Bits, false).

seed_nz(_N, [], _Bits, false) -> erlang:error(zero_seed);
seed_nz(0, [_ | _], _Bits, _NZ) -> erlang:error(too_many_seed_integers);
seed_nz(0, [], _Bits, _NZ) -> [];
seed_nz(N, [], Bits, true) -> [0 | seed_nz(N - 1, [], Bits, true)];
seed_nz(N, [S | Ss], Bits, NZ) when is_integer(S) ->
    W = S band ?M(Bits),
    [W | seed_nz(N - 1, Ss, Bits, NZ orelse W =/= 0)];
seed_nz(_N, [_ | _], _Bits, _NZ) -> erlang:error(non_integer_seed).

%% ---------------------------------------------------------------------------------------------
%% Xorshift116+ (exsp, exsplus) and Xorshift116** (exsss). State: [S1|S0], improper.

exsplus_seed(L) when is_list(L) ->
    [S0, S1] = seed_nz(2, L, 58),
    [S0 | S1];
exsplus_seed(X) when is_integer(X) ->
    [S0, S1] = seed58(2, X),
    [S0 | S1];
exsplus_seed({A1, A2, A3}) ->
    {_, R1} = exsp_next([(A1 * 4294967197 + 1) band ?M58 | (A2 * 4294967231 + 1) band ?M58]),
    {_, R2} = exsp_next([(A3 * 4294967279 + 1) band ?M58 | tl(R1)]),
    R2.

exsss_seed(L) when is_list(L) ->
    [S0, S1] = seed_nz(2, L, 58),
    [S0 | S1];
exsss_seed(X) when is_integer(X) ->
    [S0, S1] = seed58(2, X),
    [S0 | S1];
exsss_seed({A1, A2, A3}) ->
    {_, X0} = seed58(A1),
    {S0, X1} = seed58(A2 bxor X0),
    {S1, _} = seed58(A3 bxor X1),
    [S0 | S1].

%% The ** scrambler: rotl(S * 5, 7) * 9 in 58 bits (exro928ss; exsss's is in rand_core).
starstar(S) ->
    Va = S + ?SHL(58, S, 2),
    Vb = ?SHL(58, Va, 7) bor ((Va bsr 51) band 127),
    (Vb + ?SHL(58, Vb, 3)) band ?M58.

%% The state steps are BIFs (stdlib/bifs/rand-core.ts): 58-bit words are bignums here.
exsp_next(S) -> rand_core:exsp_next(S).

exsss_next(S) -> rand_core:exsss_next(S).

exsp_uniform({H, R0}) ->
    {F, R1} = rand_core:exsp_uniform(R0),
    {F, {H, R1}}.

exsp_uniform(Range, {H, R}) ->
    {V, R1} = rand_core:exsp_next(R),
    in_range(Range, H, R1, V, (1 bsl 58) - Range).

exsss_uniform({H, R0}) ->
    {F, R1} = rand_core:exsss_uniform(R0),
    {F, {H, R1}}.

exsss_uniform(Range, {H, R}) ->
    {V, R1} = rand_core:exsss_next(R),
    in_range(Range, H, R1, V, (1 bsl 58) - Range).

%% Jump 2^64 steps: the jump polynomial as two 58-bit words, low bit first.
exsplus_jump({H, S}) -> {H, exsp_jump(S)}.

exsp_jump(S) ->
    {S1, Acc1} = exsp_jump(S, [0 | 0], 16#02f8ea6bc32c797, 58),
    {_, Acc2} = exsp_jump(S1, Acc1, 16#345d2a0f85f788c, 58),
    Acc2.

exsp_jump(S, Acc, _J, 0) -> {S, Acc};
exsp_jump([S0 | S1] = S, [A0 | A1] = Acc, J, N) ->
    {_, NS} = exsp_next(S),
    case J band 1 of
        1 -> exsp_jump(NS, [A0 bxor S0 | A1 bxor S1], J bsr 1, N - 1);
        0 -> exsp_jump(NS, Acc, J bsr 1, N - 1)
    end.

%% ---------------------------------------------------------------------------------------------
%% Xorshift64* (exs64)

exs64_seed(L) when is_list(L) ->
    [R] = seed_nz(1, L, 64),
    R;
exs64_seed(A) when is_integer(A) ->
    [R] = seed64(1, A),
    R;
exs64_seed({A1, A2, A3}) ->
    {V1, _} = exs64_next((A1 band ?M(32)) * 4294967197 + 1),
    {V2, _} = exs64_next((A2 band ?M(32)) * 4294967231 + 1),
    {V3, _} = exs64_next((A3 band ?M(32)) * 4294967279 + 1),
    ((V1 * V2 * V3) rem (?M64 - 1)) + 1.

exs64_next(R) ->
    R1 = R bxor (R bsr 12),
    R2 = R1 bxor ?SHL(64, R1, 25),
    R3 = R2 bxor (R2 bsr 27),
    {(R3 * 2685821657736338717) band ?M64, R3}.

%% ---------------------------------------------------------------------------------------------
%% Xorshift1024* (exs1024, exs1024s). State: a ring of 16 words as {Front, ReversedBack}.

exs1024_seed(L) when is_list(L) -> {seed_nz(16, L, 64), []};
exs1024_seed(X) when is_integer(X) -> {seed64(16, X), []};
exs1024_seed({A1, A2, A3}) ->
    B1 = (((A1 band ?M(21)) + 1) * 2097131) band ?M(21),
    B2 = (((A2 band ?M(21)) + 1) * 2097133) band ?M(21),
    B3 = (((A3 band ?M(21)) + 1) * 2097143) band ?M(21),
    {exs1024_fill(16, (B1 bsl 43) bor (B2 bsl 22) bor (B3 bsl 1) bor 1, []), []}.

exs1024_fill(0, _R, Acc) -> Acc;
exs1024_fill(N, R, Acc) ->
    {X, R1} = exs64_next(R),
    exs1024_fill(N - 1, R1, [X | Acc]).

exs1024_next({[S0, S1 | L], RL}) ->
    S11 = S1 bxor ?SHL(64, S1, 31),
    S12 = S11 bxor (S11 bsr 11),
    NS1 = S0 bxor (S0 bsr 30) bxor S12,
    {(NS1 * 1181783497276652981) band ?M64, {[NS1 | L], [S0 | RL]}};
exs1024_next({[H], RL}) ->
    exs1024_next({[H | lists:reverse(RL)], []}).

%% Jump 2^512 steps: a 1024-bit polynomial as a 64-bit head word and 17 58-bit words.
exs1024_jump({H, {L, RL}}) ->
    Acc = exs1024_jump({L, RL}, lists:duplicate(16, 0),
                       [16#0196e1ddbe5a1561, 16#0239f070b5837a3c, 16#03f393cc68796cd2,
                        16#0248316f404489af, 16#039a30088bffbac2, 16#02fea70dc2d9891f,
                        16#032ae0d9644caec4, 16#0313aac17d8efa43, 16#02f132e055642626,
                        16#01ee975283d71c93, 16#00552321b06f5501, 16#00c41d10a1e6a569,
                        16#019158ecf8aa1e44, 16#004e9fc949d0b5fc, 16#0363da172811fdda,
                        16#030e38c3b99181f2, 16#0000000a118038fc],
                       16#00242f96eca9c41d, 58, 1024),
    {Front, Back} = lists:split(16 - length(RL), Acc),
    {H, {Front, lists:reverse(Back)}}.

exs1024_jump(_S, Acc, _Js, _J, _N, 0) -> Acc;
exs1024_jump(S, Acc, [J | Js], _, 0, Total) -> exs1024_jump(S, Acc, Js, J, 58, Total);
exs1024_jump({L, RL} = S, Acc, Js, J, N, Total) ->
    {_, NS} = exs1024_next(S),
    case J band 1 of
        1 ->
            Acc1 = lists:zipwith(fun(X, Y) -> X bxor Y end, Acc, L ++ lists:reverse(RL)),
            exs1024_jump(NS, Acc1, Js, J bsr 1, N - 1, Total - 1);
        0 ->
            exs1024_jump(NS, Acc, Js, J bsr 1, N - 1, Total - 1)
    end.

%% ---------------------------------------------------------------------------------------------
%% Xoroshiro928** (exro928ss). State: 16 words as {Front, ReversedBack}; Front starts [S15, S0|..].

exro928_seed(L) when is_list(L) -> {seed_nz(16, L, 58), []};
exro928_seed(X) when is_integer(X) -> {seed58(16, X), []};
exro928_seed({A1, A2, A3}) ->
    {S0, X0} = seed58(A1),
    {S1, X1} = seed58(A2 bxor X0),
    {S2, X2} = seed58(A3 bxor X1),
    {[S0, S1, S2 | seed58(13, X2)], []}.

exro928ss_next({[S15, S0 | Ss], Rs}) ->
    {starstar(S0), exro928_step(Ss, Rs, S15, S0)};
exro928ss_next({[S15], Rs}) ->
    exro928ss_next({[S15 | lists:reverse(Rs)], []}).

exro928_next({[S15, S0 | Ss], Rs}) ->
    {{S15, S0}, exro928_step(Ss, Rs, S15, S0)};
exro928_next({[S15], Rs}) ->
    exro928_next({[S15 | lists:reverse(Rs)], []}).

exro928_next_state({[S15, S0 | Ss], Rs}) ->
    exro928_step(Ss, Rs, S15, S0);
exro928_next_state({[S15], Rs}) ->
    [S0 | Ss] = lists:reverse(Rs),
    exro928_step(Ss, [], S15, S0).

exro928_step(Ss, Rs, S15, S0) ->
    S0m = S0 band ?M58,
    Q = (S15 band ?M58) bxor S0m,
    NewS15 = ?ROL(58, S0m, 44) bxor Q bxor ?SHL(58, Q, 9),
    {[?ROL(58, Q, 45) | Ss], [NewS15 | Rs]}.

exro928ss_uniform({H, SR}) ->
    {V, SR1} = exro928ss_next(SR),
    {(V bsr 5) * ?TWO_POW_MINUS53, {H, SR1}}.

exro928ss_uniform(Range, {H, SR}) ->
    {V, SR1} = exro928ss_next(SR),
    in_range(Range, H, SR1, V, (1 bsl 58) - Range).

exro928_jump({H, SR}) -> {H, exro928_jump_2pow512(SR)}.

exro928_jump_2pow512(SR) ->
    polyjump(SR, [16#4085302F77130CA, 16#54E07F7F4524091, 16#5E1D7D6813D2BA0, 16#4687ACEF8644287,
                  16#4567FD9F0B83FE5, 16#43E6D27EA06C024, 16#641E015AC26D5D2, 16#6CD61377663B92F,
                  16#70A0657E19F00D4, 16#43C0BDDE15CF3C3, 16#745A3A8A3CEF3CC, 16#58A8CF308C8E0C6,
                  16#7B7C4CC049C536E, 16#431801F9DB3AF2C, 16#41A1504ACD83F24, 16#6C41DCF2F867D7F]).

exro928_jump_2pow20(SR) ->
    polyjump(SR, [16#5B966A3DAF905E6, 16#601E9589C33DE2F, 16#74A806C17E9E644, 16#59AFEB4F1DF6A43,
                  16#46D8E75664A4268, 16#42E2C246BDA670C, 16#4531FB8EBC73C70, 16#537F702069EFC52,
                  16#4B6DC4D3AF15F8A, 16#5A4189F0050263D, 16#46DF2EB1FEAF0FB, 16#77AC696A43CB9AC,
                  16#4C5878C3549BD5B, 16#7CCF20BCF522920, 16#415FEFCC78FF45E, 16#72CF460728C2FAF]).

%% Each jump word holds 57 polynomial bits below a marker bit 58.
polyjump({Ss, Rs} = SR, Js) ->
    polyjump_words(SR, Js, lists:duplicate(length(Ss) + length(Rs), 0)).

polyjump_words(_SR, [], Acc) -> {Acc, []};
polyjump_words(SR, [J | Js], Acc) -> polyjump_bits(SR, Js, Acc, J).

polyjump_bits(SR, Js, Acc, 1) -> polyjump_words(SR, Js, Acc);
polyjump_bits({Ss, Rs} = SR, Js, Acc, J) ->
    NewSR = exro928_next_state(SR),
    case J band 1 of
        0 -> polyjump_bits(NewSR, Js, Acc, J bsr 1);
        1 -> polyjump_bits(NewSR, Js, xor_ring(Acc, Ss, Rs), J bsr 1)
    end.

xor_ring([], [], undefined) -> [];
xor_ring(Acc, [], Rs) -> xor_ring(Acc, lists:reverse(Rs), undefined);
xor_ring([A | Acc], [S | Ss], Rs) -> [A bxor S | xor_ring(Acc, Ss, Rs)].

%% ---------------------------------------------------------------------------------------------
%% Xoroshiro116+ (exrop). State: [S0|S1], improper.

exrop_seed(L) when is_list(L) ->
    [S0, S1] = seed_nz(2, L, 58),
    [S0 | S1];
exrop_seed(X) when is_integer(X) ->
    [S0, S1] = seed58(2, X),
    [S0 | S1];
exrop_seed({A1, A2, A3}) ->
    [_ | S1] = exrop_step((A1 * 4294967197 + 1) band ?M58, (A2 * 4294967231 + 1) band ?M58),
    exrop_step((A3 * 4294967279 + 1) band ?M58, S1).

exrop_step(S0, S1) ->
    S1a = S1 bxor S0,
    [?ROL(58, S0, 24) bxor S1a bxor ?SHL(58, S1a, 2) | ?ROL(58, S1a, 35)].

exrop_next(S) -> rand_core:exrop_next(S).

exrop_uniform({H, R0}) ->
    {F, R1} = rand_core:exrop_uniform(R0),
    {F, {H, R1}}.

exrop_uniform(Range, {H, R}) ->
    {V, R1} = rand_core:exrop_next(R),
    in_range(Range, H, R1, V, (1 bsl 58) - Range).

%% Jump 2^64 steps; the 116-bit polynomial as two words, each with a marker bit on top.
exrop_jump({H, S}) ->
    Jump = 16#9863200f83fcd4a11293241fcb12a,
    {H, exrop_jump(S, 0, 0, (1 bsl 58) bor (Jump band ?M58), [Jump bsr 58])}.

exrop_jump(_S, A0, A1, 0, []) -> [A0 | A1];
exrop_jump(S, A0, A1, 1, [J | Js]) -> exrop_jump(S, A0, A1, J, Js);
exrop_jump([S0 | S1], A0, A1, J, Js) ->
    NewS = exrop_step(S0, S1),
    case J band 1 of
        1 -> exrop_jump(NewS, A0 bxor S0, A1 bxor S1, J bsr 1, Js);
        0 -> exrop_jump(NewS, A0, A1, J bsr 1, Js)
    end.

%% ---------------------------------------------------------------------------------------------
%% dummy: flips all bits each step; for testing only.

dummy_next(R) -> {R, R bxor ?M58}.

dummy_uniform({H, R}) -> {0.5, {H, R bxor ?M58}}.

dummy_uniform(_Range, {H, R}) -> {1, {H, R bxor ?M58}}.

dummy_seed([]) -> erlang:error(zero_seed);
dummy_seed([X]) when is_integer(X) -> X band ?M58;
dummy_seed([X | _]) when is_integer(X) -> erlang:error(too_many_seed_integers);
dummy_seed([_ | _]) -> erlang:error(non_integer_seed);
dummy_seed(X) when is_integer(X) ->
    {Z, _} = splitmix64_next(X),
    Z band ?M58;
dummy_seed({A1, A2, A3}) ->
    {_, X1} = splitmix64_next(A1),
    {_, X2} = splitmix64_next(A2 bxor X1),
    {Z, _} = splitmix64_next(A3 bxor X2),
    Z band ?M58.

%% ---------------------------------------------------------------------------------------------
%% MWC59: a fast generator on plain integers, without the state tuple.

-define(MWC59_A, 16#7fa6502).

mwc59(CX0) ->
    CX = CX0 band ?M(59),
    ?MWC59_A * (CX band ?M(32)) + (CX bsr 32).

mwc59_value32(CX1) ->
    CX = CX1 band ?M(32),
    CX bxor ?SHL(32, CX, 8).

mwc59_value(CX1) ->
    CX = CX1 band ?M(59),
    CX2 = CX bxor ?SHL(59, CX, 4),
    CX2 bxor ?SHL(59, CX2, 27).

mwc59_float(CX1) ->
    CX = CX1 band ?M(53),
    CX2 = CX bxor ?SHL(53, CX, 4),
    CX3 = CX2 bxor ?SHL(53, CX2, 27),
    CX3 * ?TWO_POW_MINUS53.

mwc59_seed() ->
    {A1, A2, A3} = {erlang:phash2([{node(), self()}]), erlang:system_time(), erlang:unique_integer()},
    (hash58(A1) bxor hash58(A2) bxor hash58(A3)) + 1.

mwc59_seed(S) when is_integer(S), 0 =< S, S =< ?M58 -> hash58(S) + 1.

hash58(X) ->
    X0 = X band ?M58,
    X1 = ((X0 bxor (X0 bsr 29)) * 16#351afd7ed558ccd) band ?M58,
    X2 = ((X1 bxor (X1 bsr 29)) * 16#0ceb9fe1a85ec53) band ?M58,
    X2 bxor (X2 bsr 29).

%% ---------------------------------------------------------------------------------------------
%% OTP's debugging helpers

bc64(V) -> bit_length(V, 64).

make_float(S, E, M) ->
    <<F/float>> = <<S:1, E:11, M:52>>,
    F.

float2str(N) ->
    <<S:1, E:11, M:52>> = <<(float(N))/float>>,
    lists:flatten(io_lib:format("~c~c.~13.16.0bE~b",
                                [case S of 1 -> $-; 0 -> $+ end, case E of 0 -> $0; _ -> $1 end,
                                 M, E - 16#3ff])).
