// The host side of file, io and os: what Erlang writes is what the host file system holds, raw
// handles belong to their owner, big files go through whole, and io:read and io:fread leave what
// they do not use in the input device.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runErlang } from '../vm/run-erlang.js';
import { stringToList } from '../../../vm/terms/list.js';
import { SyncStdin } from '../../../host/stdin.js';

const dir = mkdtempSync(join(tmpdir(), 'minierl-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => stringToList(join(dir, name));

describe('file on the host file system', () => {
  it('writes exactly the bytes of the iodata, and reads back what the host wrote', async () => {
    const src = `-module(t). -export([main/1]).
      main(D) -> ok = file:write_file(D, [<<1,2>>, "\\x{ff}", [[3]]]), {ok, B} = file:read_file(D ++ ".in"), B.`;
    writeFileSync(join(dir, 'w.bin.in'), Buffer.from([0, 255, 10]));
    const r = await runErlang(src, 'main', [at('w.bin')]);
    expect(r.value).toBe('<<0,255,10>>');
    expect([...readFileSync(join(dir, 'w.bin'))]).toEqual([1, 2, 255, 3]);
  });

  it('write_file replaces a longer file (truncates), and appends with [append]', async () => {
    writeFileSync(join(dir, 'trunc'), 'a long long content');
    const src = `-module(t). -export([main/1]).
      main(D) -> ok = file:write_file(D, <<"short">>), ok = file:write_file(D, "!", [append]),
                 file:read_file(D).`;
    const r = await runErlang(src, 'main', [at('trunc')]);
    expect(r.value).toBe('{ok,<<115,104,111,114,116,33>>}'); // "short!"
  });

  it('copies a file larger than one chunk', async () => {
    const big = Buffer.alloc(200_000, 7);
    big[199_999] = 9;
    writeFileSync(join(dir, 'big'), big);
    const src = `-module(t). -export([main/2]). main(A, B) -> file:copy(A, B).`;
    const r = await runErlang(src, 'main', [at('big'), at('big2')]);
    expect(r.value).toBe('{ok,200000}');
    expect(readFileSync(join(dir, 'big2')).equals(big)).toBe(true);
  });

  it('refuses a raw handle to any process but its owner', async () => {
    writeFileSync(join(dir, 'owned'), 'abc');
    const src = `-module(t). -export([main/1]).
      main(N) -> {ok, F} = file:open(N, [read, raw]), Self = self(),
        spawn(fun() -> Self ! try file:read(F, 1) catch error:E -> E end end),
        receive R -> {R, file:read(F, 1)} end.`;
    const r = await runErlang(src, 'main', [at('owned')]);
    expect(r.value).toBe('{not_on_controlling_process,{ok,[97]}}');
  });

  it('closes a file opened without raw when its owner exits', async () => {
    writeFileSync(join(dir, 'srv'), 'abc');
    const src = `-module(t). -export([main/1]).
      main(N) -> Self = self(),
        Owner = spawn(fun() -> {ok, F} = file:open(N, [read]), Self ! F end),
        F = receive X -> X end, M = monitor(process, F),
        receive {'DOWN', M, process, F, Why} -> {Why, file:read(F, 1), is_process_alive(Owner)} end.`;
    const r = await runErlang(src, 'main', [at('srv')]);
    expect(r.value).toBe('{normal,{error,terminated},false}');
  });
});

describe('reading terms and fields from an input device', () => {
  it('leaves what follows the form or the fields unread', async () => {
    const input = mkdtempSync(join(tmpdir(), 'minierl-in-'));
    writeFileSync(join(input, 'in'), 'a. b.\n1 2 rest\n');
    const { openSync } = await import('node:fs');
    const fd = openSync(join(input, 'in'), 'r');
    const src = `-module(t). -export([main/0]).
      main() -> A = io:read(''), B = io:read(''), C = io:fread('', "~d"), D = io:get_line(''), {A, B, C, D}.`;
    const r = await runErlang(src, 'main', [], (rt) => { rt.stdin = new SyncStdin(fd); });
    rmSync(input, { recursive: true, force: true });
    expect(r.value).toBe('{{ok,a},{ok,b},{ok,[1]},[32,50,32,114,101,115,116,10]}');
  });
});
