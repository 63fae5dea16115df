// `minierl -noshell -pa DIR -eval Exprs -s Mod Fun Args`, as erl: actions run in order in the
// evaluator, halt/1 sets the exit status, a failing action stops with status 1.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseErlArgs } from '../../host/shell/noshell.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MINIERL = path.join(ROOT, 'bin', 'minierl');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [MINIERL, ...args], { encoding: 'latin1', cwd, timeout: 30_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('erl-style flags', () => {
  test('parses -pa, -eval, -s and -run in order', () => {
    const a = parseErlArgs(['-noshell', '-pa', 'a', 'b', '-eval', 'X = 1', '-s', 'm', 'f', 'x', 'y', '-run', 'm', 'g', 'z', '-s', 'init', 'stop']);
    expect(a.noshell).toBe(true);
    expect(a.codePath).toEqual(['a', 'b']);
    expect(a.actions).toEqual(['X = 1.\n', "m:f([x,y]).\n", 'm:g(["z"]).\n', 'erlang:halt().\n']);
    expect(parseErlArgs(['-s', 'mod']).actions).toEqual(['mod:start().\n']);
  });

  test('-eval runs in order and halt/1 gives the status', () => {
    const r = run(['-noshell', '-eval', 'io:format("a~n")', '-eval', 'io:format("b~n"), halt(2).']);
    expect(r.out).toBe('a\nb\n');
    expect(r.status).toBe(2);
  });

  test('-s calls a module from -pa with atom arguments; -s init stop ends with 0', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'minierl-noshell-'));
    writeFileSync(path.join(dir, 'greet.erl'), '-module(greet).\n-export([hi/1]).\nhi(Args) -> io:format("hi ~p~n", [Args]).\n');
    const r = run(['-noshell', '-pa', dir, '-s', 'greet', 'hi', 'a', 'b', '-s', 'init', 'stop'], os.tmpdir());
    expect(r.out).toBe('hi [a,b]\n');
    expect(r.status).toBe(0);
  });

  test('a failing -eval stops the VM with status 1 and says why on stderr', () => {
    const r = run(['-noshell', '-eval', 'foo:bar()']);
    expect(r.status).toBe(1);
    expect(r.err).toContain('init terminating in do_boot');
    expect(r.err).toContain('undefined function foo:bar/0');
  });

  test('without -noshell the shell starts after the actions', () => {
    const r = spawnSync(process.execPath, [MINIERL, '-eval', 'io:format("first~n")'], { input: 'X = 2.\n', encoding: 'latin1', timeout: 30_000 });
    expect(r.stdout).toMatch(/^first\nEshell minierl .*\n1> 2\n2> \*\*\* Terminating erlang/);
  });

  test('q() prints ok and leaves the shell (erl may print another prompt first: init:stop is asynchronous)', () => {
    const r = spawnSync(process.execPath, [MINIERL], { input: 'X = 1.\nq().\nX + 1.\n', encoding: 'latin1', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(1).join('\n')).toBe('1> 1\n2> ok\n');
    const n = run(['-noshell', '-eval', 'c:q()', '-eval', 'io:format("not reached~n")']);
    expect(n.out).toBe('');
    expect(n.status).toBe(0);
  });
});
