// The commands of issue #4: `minierl compile FILES -o DIR` and `minierl demo hot-upgrade`.

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../../bin/minierl', import.meta.url));
const minierl = (args: string[], cwd?: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

describe('minierl compile', () => {
  it('writes DIR/NAME.mbeam that `run -pa DIR` loads, and reports errors like erlc', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minierl-compile-'));
    writeFileSync(join(dir, 'lib1.erl'), '-module(lib1).\n-export([hi/0]).\nhi() -> hello.\n');
    writeFileSync(join(dir, 'bad.erl'), '-module(bad).\n-export([f/0]).\nf() -> X.\n');
    const out = join(dir, 'ebin');
    const r = minierl(['compile', join(dir, 'lib1.erl'), join(dir, 'bad.erl'), '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("bad.erl:3:8: variable 'X' is unbound");
    expect(JSON.parse(readFileSync(join(out, 'lib1.mbeam'), 'utf8')).magic).toBe('minierl-module');
    expect(existsSync(join(out, 'bad.mbeam'))).toBe(false);
    // The source is not beside the script: only the compiled file on -pa can provide lib1.
    const script = join(mkdtempSync(join(tmpdir(), 'minierl-run-')), 'main.erl');
    writeFileSync(script, '%% x\n-module(main).\n-export([main/1]).\nmain(_) -> io:format("~p ~p~n", [lib1:hi(), code:which(lib1) =/= non_existing]).\n');
    const run = minierl(['run', '-pa', out, script]);
    expect(run.stdout).toBe('hello true\n');
  });
});

describe('minierl demo hot-upgrade', () => {
  it('upgrades the server twice under load and loses no request', () => {
    const r = minierl(['demo', 'hot-upgrade']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('killed the idle process still on the old code (killed)');
    expect(r.stdout).toMatch(/good replies\s+12000 \(v1 [1-9]\d*, v2 [1-9]\d*, v3 [1-9]\d*\)/);
    expect(r.stdout).toContain('lost or failed       0');
    expect(r.stdout.trimEnd().endsWith('no request was lost or failed across two upgrades')).toBe(true);
  }, 60_000);

  it('names the demos when given an unknown one', () => {
    const r = minierl(['demo', 'nope']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('demos: hot-upgrade');
  });
});
