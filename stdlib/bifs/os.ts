// os: environment variables, os:cmd/1,2 (a synchronous /bin/sh child: the VM waits for it, as a
// script calling os:cmd expects), os:type, os:getpid, os:find_executable. Times are in
// erlang-proc.ts except os:system_time/0. Names and values are strings of characters.

import { spawnSync } from 'node:child_process';
import { release } from 'node:os';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { Atom, FALSE, TRUE, atom } from '../../vm/terms/atom.js';
import { ErlMap, mapGet } from '../../vm/terms/map.js';
import { Cons, NIL, listFromArray, stringToList } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import { bytesToList, decodeUtf8 } from './util.js';
import { fileName } from './prim-file.js';


/** perf_counter ticks are nanoseconds (as on Linux BEAM, where perf_counter is 1e9 per second). */
function perfCounterNs(): number {
  return Number(process.hrtime.bigint());
}

const PER_SECOND: Record<string, number> = { second: 1, millisecond: 1e3, microsecond: 1e6, nanosecond: 1e9, native: 1e9, perf_counter: 1e9 };

/** An environment variable name or value: a flat string of characters, or null. */
function envText(t: unknown): string | null {
  let out = '';
  let l = t;
  for (; l instanceof Cons; l = l.tl) {
    const c = l.hd;
    if (typeof c !== 'number' || c <= 0 || c > 0x10ffff) return null;
    out += String.fromCodePoint(c);
  }
  return l === NIL ? out : null;
}

/** os:cmd's command: an atom or a deep list of characters; trailing NULs are dropped, others refused. */
function cmdText(t: unknown): string | null {
  if (t instanceof Atom) return t.name;
  const cs: number[] = [];
  const stack: unknown[] = [];
  let l = t;
  for (;;) {
    if (l instanceof Cons) {
      const c = l.hd;
      if (c instanceof Cons || c === NIL) {
        stack.push(l.tl);
        l = c;
        continue;
      }
      if (typeof c !== 'number' || c < 0 || c > 0x10ffff) return null;
      cs.push(c);
      l = l.tl;
    } else if (l === NIL) {
      if (stack.length === 0) break;
      l = stack.pop();
    } else return null;
  }
  let end = cs.length;
  while (end > 0 && cs[end - 1] === 0) end--;
  for (let i = 0; i < end; i++) if (cs[i] === 0) return null;
  return String.fromCodePoint(...cs.slice(0, end));
}

function getenv_1(p: Process, name: unknown): unknown {
  const n = envText(name);
  if (n === null) return badarg(p);
  const v = process.env[n];
  return v === undefined ? FALSE : stringToList(v);
}

function getenv_2(p: Process, name: unknown, dflt: unknown): unknown {
  const v = getenv_1(p, name);
  return v === FALSE ? dflt : v;
}

function putenv_2(p: Process, name: unknown, value: unknown): unknown {
  const n = envText(name);
  const v = envText(value);
  if (n === null || v === null || n.includes('=') || n === '') return badarg(p);
  process.env[n] = v;
  return TRUE;
}

function unsetenv_1(p: Process, name: unknown): unknown {
  const n = envText(name);
  if (n === null) return badarg(p);
  delete process.env[n];
  return TRUE;
}

/**
 * os:cmd as OTP runs it: the command is fed to `/bin/sh -s unix:cmd` on its stdin inside
 * "( ... \n) </dev/null; echo ^D", with stderr joined to stdout, and the output is what came
 * before the ^D (at most max_size bytes), as characters when it is valid UTF-8, else as bytes.
 */
function cmd_2(p: Process, command: unknown, opts: unknown): unknown {
  const c = cmdText(command);
  if (c === null || !(opts instanceof ErlMap)) return badarg(p);
  const max = mapGet(opts, atom('max_size'));
  if (max !== undefined && max !== atom('infinity') && (typeof max !== 'number' || max < 0)) return badarg(p);
  const input = Buffer.from('(' + c + '\n) </dev/null; echo "\x04"\n', 'utf8');
  const r = spawnSync('/bin/sh', ['-c', 'exec 2>&1; exec /bin/sh -s unix:cmd'], { input, stdio: ['pipe', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
  let out = r.stdout ?? Buffer.alloc(0);
  const eot = out.indexOf(4);
  if (eot >= 0) out = out.subarray(0, eot);
  if (typeof max === 'number' && out.length > max) out = out.subarray(0, max);
  const chars = decodeUtf8(out);
  return typeof chars === 'string' ? bytesToList(out) : listFromArray(chars);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** find_executable(Name, Path): the first executable Name along Path (a search path string). */
function find_executable_2(p: Process, name: unknown, path: unknown): unknown {
  const n = fileName(name);
  const dirs = fileName(path);
  if (n === null || dirs === null) return badarg(p);
  if (isAbsolute(n) || n.includes('/')) return isExecutable(n) ? stringToList(n) : FALSE;
  for (const d of dirs.split(delimiter)) {
    const full = join(d === '' ? '.' : d, n);
    if (isExecutable(full)) return stringToList(full);
  }
  return FALSE;
}

export const bifs: BifTable = {
  'os:getenv/0': () => listFromArray(Object.entries(process.env).map(([k, v]) => stringToList(`${k}=${v}`))),
  'os:getenv/1': getenv_1,
  'os:env/0': () => listFromArray(Object.entries(process.env).map(([k, v]) => new Tuple([stringToList(k), stringToList(v ?? '')]))),
  'os:perf_counter/0': () => perfCounterNs(),
  'os:perf_counter/1': (p: Process, unit: unknown) => {
    const per = unit instanceof Atom ? PER_SECOND[unit.name] : typeof unit === 'number' && unit > 0 ? unit : undefined;
    return per === undefined ? badarg(p) : Math.floor((perfCounterNs() * per) / 1e9);
  },
  'os:getenv/2': getenv_2,
  'os:putenv/2': putenv_2,
  'os:unsetenv/1': unsetenv_1,
  'os:cmd/1': (p: Process, c: unknown) => cmd_2(p, c, new ErlMap([], [])),
  'os:cmd/2': cmd_2,
  'os:type/0': () => new Tuple([atom('unix'), atom(process.platform === 'darwin' ? 'darwin' : process.platform)]),
  'os:getpid/0': () => stringToList(String(process.pid)),
  'os:system_time/0': () => Math.floor(Date.now() * 1e6),
  'os:find_executable/1': (p: Process, n: unknown) => find_executable_2(p, n, stringToList(process.env.PATH ?? '')),
  'os:find_executable/2': find_executable_2,
  'os:version/0': () => {
    const [a, b, c] = release().split(/[.-]/).map((x) => parseInt(x, 10) || 0);
    return new Tuple([a ?? 0, b ?? 0, c ?? 0]);
  },
};
