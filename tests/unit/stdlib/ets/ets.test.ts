// ETS through the VM: memory accounting (what erlang:memory(ets) reads), tables dying with their
// owner, and match specifications OTP rejects.

import { describe, expect, it } from 'vitest';
import { runErlang } from '../../vm/run-erlang.js';
import { etsMemoryWords } from '../../../../stdlib/bifs/ets/table.js';

describe('ETS memory', () => {
  it('grows with the objects stored and is freed when the owner exits', async () => {
    const r = await runErlang(`
      -module(t).
      -export([main/0]).
      main() ->
        Me = self(),
        P = spawn(fun() ->
              T = ets:new(t, [public]),
              ets:insert(T, [{I, lists:seq(1, 10)} || I <- lists:seq(1, 1000)]),
              Me ! {T, ets:info(T, memory)},
              receive stop -> ok end
            end),
        receive {T, Words} -> ok end,
        Empty = ets:info(ets:new(e, []), memory),
        P ! stop,
        timer:sleep(10),
        {Words > 1000 * 20, Empty < 1000, ets:info(T)}.
    `);
    expect(r.value).toBe('{true,true,undefined}');
    // Only the empty table of main/0 survives (main/0's own table died with it).
    expect(etsMemoryWords(r.runtime)).toBe(0);
  });
});

describe('match specifications', () => {
  it('rejects malformed specs with badarg', async () => {
    const r = await runErlang(`
      -module(t).
      -export([main/0]).
      c(F) -> try F() catch C:R -> {C, R} end.
      main() ->
        T = ets:new(t, []),
        ets:insert(T, {1, 2}),
        Bad = [[{{'$1', '$2'}, [], []}], [{{'$1'}, [{'=:=', '$3', 1}], ['$1']}],
               [{{'$1'}, [{unknown_fun, '$1'}], ['$1']}], [{[a], [], [x]}], [x | y],
               [{{'$1', '_'}, [{element}], [x]}]],
        Good = [[{'_', [], [{{'$_'}}]}], [{{'$1', '$2'}, [{'<', '$1', '$2'}], [{'+', '$1', '$2'}]}]],
        {[c(fun() -> ets:select(T, S) end) || S <- Bad], [ets:select(T, S) || S <- Good]}.
    `);
    expect(r.value).toBe(
      '{[{error,badarg},{error,badarg},{error,badarg},{error,badarg},{error,badarg},{error,badarg}],[[{{1,2}}],[3]]}',
    );
  });
});

describe('ets:file2tab with {verify, true}', () => {
  it('detects a changed object (md5sum) and a missing chunk (object count); without verify it loads', async () => {
    const r = await runErlang(`
      -module(t).
      -export([main/0]).
      main() ->
        F = "/tmp/minierl_verify_" ++ os:getpid() ++ ".tab",
        T = ets:new(t, [set]),
        ets:insert(T, [{a, 1}]),
        ok = ets:tab2file(T, F, [{extended_info, [md5sum]}]),
        {ok, Bin} = file:read_file(F),
        Size = byte_size(Bin) - 2,
        <<Head:Size/binary, 1, 106>> = Bin,   % the object chunk ends [{a,1}]
        ok = file:write_file(F, <<Head/binary, 2, 106>>),
        R1 = ets:file2tab(F, [{verify, true}]),
        {ok, T2} = ets:file2tab(F),
        %% the header of a one-object table followed by no objects
        ok = ets:tab2file(T, F),
        {ok, Bin2} = file:read_file(F),
        ok = file:write_file(F, binary:part(Bin2, 0, header_end(Bin2))),
        R2 = ets:file2tab(F, [{verify, true}]),
        file:delete(F),
        {R1, ets:tab2list(T2), R2}.
      header_end(Bin) ->
        M = byte_size(<<"minierl ets table file\\n">>),
        <<_:M/binary, Len:32, _/binary>> = Bin,
        M + 4 + Len.
    `);
    expect(r.value).toBe('{{error,checksum_error},[{a,2}],{error,invalid_object_count}}');
  });
});
