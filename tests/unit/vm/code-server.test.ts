// The code server and hot code loading: two versions per module, purging, funs of purged code,
// compiled module files, the module finder's recompile-when-newer rule, and c:c/l/lm.

import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../../compiler/compile.js';
import { registerAllBifs } from '../../../stdlib/index.js';
import { CodeServer, NOT_PURGED } from '../../../vm/code-server.js';
import { atom } from '../../../vm/terms/atom.js';
import { stringToList } from '../../../vm/terms/list.js';
import { BadImageError, deserializeImage, serializeImage } from '../../../vm/isa/image-file.js';
import { makeFinder } from '../../../host/module-finder.js';
import type { ModuleImage } from '../../../vm/isa/image.js';
import { runErlang } from './run-erlang.js';

registerAllBifs();

const image = (src: string): ModuleImage => {
  const { image: img, diagnostics } = compileSource(src, 'm.erl');
  if (img === null) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return img;
};
const version = (n: number) => image(`-module(m).\n-export([v/0]).\nv() -> ${n}.\n`);
const tmp = () => mkdtempSync(join(tmpdir(), 'minierl-hot-'));

describe('the code server', () => {
  it('keeps a current and an old version and refuses a third', () => {
    const cs = new CodeServer();
    const e = cs.getExport(atom('m'), atom('v'), 0);
    const v1 = cs.tryLoad(version(1));
    expect(e.code).toBe(v1);
    const v2 = cs.tryLoad(version(2));
    expect(e.code).toBe(v2);
    expect(v1 !== NOT_PURGED && v1.old).toBe(true);
    expect(cs.oldVersion(atom('m'))).toBe(v1);
    expect(cs.tryLoad(version(3))).toBe(NOT_PURGED);
    expect(e.code).toBe(v2);
    expect(cs.dropOld(atom('m'))).toBe(true);
    expect(v1 !== NOT_PURGED && v1.purged).toBe(true);
    expect(cs.tryLoad(version(3))).not.toBe(NOT_PURGED);
  });

  it('deletes: the current version becomes old and exports stop pointing at it', () => {
    const cs = new CodeServer();
    expect(cs.deleteModule(atom('m'))).toBe('undefined');
    cs.tryLoad(version(1));
    expect(cs.deleteModule(atom('m'))).toBe('ok');
    expect(cs.isLoaded(atom('m'))).toBe(false);
    expect(cs.getExport(atom('m'), atom('v'), 0).code).toBe(null);
    expect(cs.deleteModule(atom('m'))).toBe(NOT_PURGED);
    cs.dropOld(atom('m'));
    // OTP: a module that was once loaded deletes "successfully" even with no code left.
    expect(cs.deleteModule(atom('m'))).toBe('ok');
  });
});

describe('hot code loading in running processes', () => {
  const hm = (dir: string, v: number) =>
    writeFileSync(join(dir, `v${v}.erl`), `-module(hm).\n-export([wait/0, deep/0, waiter/0, f/0, purge_self/1]).
wait() -> receive _ -> ${v} end.
deep() -> X = wait(), {X, ${v}}.
waiter() -> fun() -> receive _ -> ${v} end end.
f() -> fun() -> ${v} end.
purge_self(To) -> receive go -> R = code:purge(hm), To ! {survived, R} end.\n`);
  const run = (dir: string, body: string) =>
    runErlang(`-module(t).\n-export([main/1]).
bin(Dir, V) -> {ok, hm, Bin} = compile:file(Dir ++ "/v" ++ integer_to_list(V), [binary]), Bin.
main(Dir) ->\n${body}\n`, 'main', [stringToList(dir)]);

  it('rejects junk and bad arguments the way OTP does', async () => {
    const r = await runErlang(`-module(t).\n-export([main/0]).
main() ->
  [1] = lists:map(fun(X) -> X end, [1]),
  Bad = <<"{\\"magic\\":\\"minierl-module\\",\\"format\\":99}">>,
  {code:load_binary(hm, "hm.erl", <<"junk">>), erlang:load_module(hm, Bad),
   code:load_binary(hm, "hm.erl", not_binary), catch erlang:load_module("hm", Bad),
   code:load_file(lists), code:delete(lists)}.
`);
    expect(r.value).toMatch(/^\{\{error,badfile\},\{error,badfile\},\{error,badarg\},\{'EXIT',\{badarg,.*\{error,sticky_directory\},false\}$/);
  });

  it('purge kills the processes in old code, on its stack, or inside its funs; not holders', async () => {
    const dir = tmp();
    hm(dir, 1);
    hm(dir, 2);
    const r = await run(dir, `
  {module, hm} = code:load_binary(hm, "hm", bin(Dir, 1)),
  F = hm:f(),
  P1 = spawn(hm, wait, []), P2 = spawn(hm, deep, []), P3 = spawn(hm:waiter()),
  Caught = spawn(fun() -> catch hm:wait() end),
  Holder = spawn(fun() -> receive _ -> F() end end),
  timer:sleep(5),
  {module, hm} = erlang:load_module(hm, bin(Dir, 2)),
  All = [P1, P2, P3, Caught, Holder],
  Uses = [erlang:check_process_code(P, hm) || P <- All],
  Soft = code:soft_purge(hm),
  Hard = code:purge(hm),
  Alive = [is_process_alive(P) || P <- All],
  Ref = monitor(process, Holder),
  Holder ! go,
  Down = receive {'DOWN', Ref, _, _, {R, _}} -> R end,
  {Uses, Soft, Hard, Alive, Down, catch F()}.`);
    expect(r.value).toMatch(/^\{\[true,true,true,true,false\],false,true,\[false,false,false,false,true\],\{badfun,.*\},\{'EXIT',\{\{badfun,/);
  });

  it('delete_module with old code is badarg and code:delete is false', async () => {
    const dir = tmp();
    hm(dir, 1);
    hm(dir, 2);
    const r = await run(dir, `
  {module, hm} = code:load_binary(hm, "hm", bin(Dir, 1)),
  {module, hm} = erlang:load_module(hm, bin(Dir, 2)),
  {catch erlang:delete_module(hm), code:delete(hm), erlang:check_old_code(hm),
   erlang:purge_module(hm), code:delete(hm), erlang:module_loaded(hm)}.`);
    expect(r.value).toMatch(/^\{\{'EXIT',\{badarg,.*\},false,true,true,true,false\}$/);
  });

  it('a purge by a process running the old code kills that process too', async () => {
    const dir = tmp();
    hm(dir, 1);
    hm(dir, 2);
    const r = await run(dir, `
  {module, hm} = code:load_binary(hm, "hm", bin(Dir, 1)),
  P = spawn(hm, purge_self, [self()]),
  Q = spawn(fun() -> receive go -> R = code:purge(hm), exit({survived, R}) end end),
  {module, hm} = erlang:load_module(hm, bin(Dir, 2)),
  [RefP, RefQ] = [monitor(process, X) || X <- [P, Q]],
  P ! go,
  WhyP = receive {'DOWN', RefP, _, _, W1} -> W1 end,
  Q ! go,
  WhyQ = receive {'DOWN', RefQ, _, _, W2} -> W2 end,
  [WhyP, WhyQ].`);
    expect(r.value).toBe('[killed,{survived,false}]');
  });
});

describe('compiled module files', () => {
  it('round-trip with a magic string and a format version, and refuse anything else', () => {
    const img = version(7);
    const text = serializeImage(img);
    expect(JSON.parse(text)).toMatchObject({ magic: 'minierl-module', format: 1, module: 'm' });
    expect(deserializeImage(text).code).toEqual(img.code);
    expect(() => deserializeImage('junk')).toThrow(BadImageError);
    expect(() => deserializeImage(text.replace('"format":1', '"format":2'))).toThrow(BadImageError);
    expect(() => deserializeImage(text.replace(/"code":\[[^\]]*\]/, '"code":"x"'))).toThrow(BadImageError);
  });

  it('compile:file writes OUTDIR/NAME.mbeam that code:load_abs and the code path load', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'cf.erl'), '-module(cf).\n-export([x/0]).\nx() -> 42.\n');
    const r = await runErlang(`-module(t).\n-export([main/1]).
main(Dir) ->
  R1 = compile:file(Dir ++ "/cf", [{outdir, Dir}]),
  R2 = code:add_patha(Dir),
  R3 = code:load_file(cf),
  {cf, Bin, _} = code:get_object_code(cf),
  {module, cf} = erlang:load_module(cf, Bin),
  R4 = code:load_file(cf),
  {R1, R2, R3, cf:x(), lists:member(Dir, code:get_path()), code:add_patha(Dir ++ "/nope"), R4}.
`, 'main', [stringToList(dir)]);
    expect(r.value).toBe('{{ok,cf},true,{module,cf},42,true,{error,bad_directory},{error,not_purged}}');
    expect(deserializeImage(readFileSync(join(dir, 'cf.mbeam'), 'utf8')).module).toBe('cf');
  });
});

describe('the module finder', () => {
  it('prefers the compiled file unless the source is newer, then recompiles it', () => {
    const dir = tmp();
    const src = join(dir, 'mf.erl');
    writeFileSync(src, '-module(mf).\n-export([v/0]).\nv() -> src1.\n');
    writeFileSync(join(dir, 'mf.mbeam'), serializeImage(image('-module(mf).\n-export([v/0]).\nv() -> compiled.\n')));
    const old = new Date(Date.now() - 60_000);
    utimesSync(src, old, old);
    const finder = makeFinder(() => {});
    const lits = (m: ModuleImage) => JSON.stringify(serializeImage(m));
    expect(lits(finder.find('mf', [dir])!.image)).toContain('compiled');
    expect(finder.locate('mf', [dir])).toBe(join(dir, 'mf.mbeam'));
    writeFileSync(src, '-module(mf).\n-export([v/0]).\nv() -> src2.\n');
    const newer = new Date(Date.now() + 60_000);
    utimesSync(src, newer, newer);
    expect(lits(finder.find('mf', [dir])!.image)).toContain('src2');
    expect(finder.find('nothere', [dir])).toBe(null);
  });
});

describe('c:c, c:l and c:lm', () => {
  it('compile, purge and load; lm reloads what changed on disk', async () => {
    const dir = tmp();
    const src = join(dir, 'cm.erl');
    writeFileSync(src, '-module(cm).\n-export([v/0]).\nv() -> 1.\n');
    const r = await runErlang(`-module(t).\n-export([main/1]).
main(Dir) ->
  Src = Dir ++ "/cm.erl",
  C1 = c:c(Src, [{outdir, Dir}]),
  V1 = cm:v(),
  true = code:add_pathz(Dir),
  L = c:l(cm),
  NoChange = c:lm(),
  receive after 20 -> ok end,
  {ok, cm} = compile:file(Src, [{outdir, Dir}]),
  Changed = c:lm(),
  {C1, V1, L, NoChange, Changed, c:l(nosuch)}.
`, 'main', [stringToList(dir)]);
    expect(r.value).toBe('{{ok,cm},1,{module,cm},[],[{module,cm}],{error,nofile}}');
  });
});

describe('not_purged', () => {
  it('is reported by the logger as OTP does, unless the level is none', async () => {
    const { runErlang } = await import('./run-erlang.js');
    const dir = mkdtempSync(join(tmpdir(), 'minierl-np-'));
    const src = (level: string) => `-module(t).\n-export([main/0]).
main() ->
    logger:set_primary_config(level, ${level}),
    true = code:add_patha("${dir}"),
    {module, minierl_np_m} = code:load_file(minierl_np_m),
    {module, minierl_np_m} = code:load_file(minierl_np_m),
    code:load_file(minierl_np_m).
`;
    writeFileSync(join(dir, 'minierl_np_m.erl'), '-module(minierl_np_m).\n-export([f/0]).\nf() -> 1.\n');
    const loud = await runErlang(src('notice'));
    expect(loud.value).toBe('{error,not_purged}');
    expect(loud.output).toMatch(/^=ERROR REPORT==== .* ===\nLoading of .*minierl_np_m\.erl failed: not_purged\n\n$/);
    const quiet = await runErlang(src('none'));
    expect(quiet.value).toBe('{error,not_purged}');
    expect(quiet.output).toBe('');
  });
});
