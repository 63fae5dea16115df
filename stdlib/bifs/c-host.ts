// Private BIFs behind stdlib/lib/c.erl (the shell's commands): the working directory, directory
// listings, a process's row in i()/regs(), loaded modules. Named c_host so they never clash with
// the file and erlang functions the io engineers provide; c.erl is their only caller.
// TODO(#5): switch c.erl to file:get_cwd/set_cwd/list_dir and process_info/2 when they exist.

import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { atom, Atom } from '../../vm/terms/atom.js';
import { NIL, listFromArray, stringToList } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Pid } from '../../vm/terms/pid.js';
import type { Process } from '../../vm/process.js';
import { HaltRequest, type Runtime } from '../../vm/runtime.js';
import { badarg } from '../bif.js';
import { listToLatin1 } from './util.js';
import type { BifTable } from '../registry.js';

const OK = atom('ok');
const ERROR = atom('error');

/** A file name as Erlang passes it: a string, an atom or a binary-free deep list of characters. */
function fileName(t: unknown): string | undefined {
  if (t instanceof Atom) return t.name;
  return listToLatin1(t);
}

function posixError(e: unknown): Tuple {
  const code = (e as NodeJS.ErrnoException).code ?? 'einval';
  return new Tuple([ERROR, atom(code.toLowerCase())]);
}

function get_cwd_0(): unknown {
  return new Tuple([OK, stringToList(process.cwd())]);
}

function set_cwd_1(p: Process, dir: unknown): unknown {
  const d = fileName(dir);
  if (d === undefined) return badarg(p);
  try {
    process.chdir(d);
    return OK;
  } catch (e) {
    return posixError(e);
  }
}

function list_dir_1(p: Process, dir: unknown): unknown {
  const d = fileName(dir);
  if (d === undefined) return badarg(p);
  try {
    if (!statSync(resolve(d)).isDirectory()) return new Tuple([ERROR, atom('enotdir')]);
    return new Tuple([OK, listFromArray(readdirSync(d).map((n) => stringToList(n)))]);
  } catch (e) {
    return posixError(e);
  }
}

/** {InitialCall, CurrentFunction, Reductions, MessageQueueLen, RegisteredName | []} or undefined. */
function process_info_1(p: Process, pid: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  const q = p.runtime.processOf(pid);
  if (q === undefined) return atom('undefined');
  const mfa = (m: Atom, f: Atom, a: number) => new Tuple([m, f, a]);
  const initial = q.initialCall === null ? atom('undefined') : mfa(...q.initialCall);
  const fn = q.code?.functionAt(q.pc);
  const current = fn === undefined || q.code === null ? initial : mfa(q.code.name, atom(fn.name), fn.arity);
  return new Tuple([initial, current, q.reductions, q.mailbox.length, q.registeredName ?? NIL]);
}

function loaded_0(p: Process): unknown {
  const cs = p.runtime.codeServer;
  return listFromArray(cs.loadedModules().filter((m) => !m.name.startsWith('$')).map((m) => new Tuple([m, stringToList(cs.currentVersion(m)?.image.file ?? '')])));
}

function memory_0(): unknown {
  const u = process.memoryUsage();
  const kv = (k: string, v: number) => new Tuple([atom(k), v]);
  return listFromArray([kv('total', u.rss), kv('processes', u.heapUsed), kv('system', u.rss - u.heapUsed), kv('binary', u.arrayBuffers)]);
}

function uptime_ms_0(p: Process): unknown {
  return Math.floor(p.runtime.nowMs() - p.runtime.startMs);
}

/**
 * What c:q() does in a runtime: a shell registers its own way to stop (print `ok`, then leave,
 * as init:stop/0 lets erl's shell do); elsewhere it halts at once.
 */
export const stopHandlers = new WeakMap<Runtime, () => void>();

function stop_0(p: Process): unknown {
  const handler = stopHandlers.get(p.runtime);
  if (handler === undefined) throw new HaltRequest(0);
  handler();
  return OK;
}

export const bifs: BifTable = {
  'c_host:stop/0': stop_0,
  'c_host:get_cwd/0': get_cwd_0,
  'c_host:set_cwd/1': set_cwd_1,
  'c_host:list_dir/1': list_dir_1,
  'c_host:process_info/1': process_info_1,
  'c_host:loaded/0': loaded_0,
  'c_host:memory/0': memory_0,
  'c_host:uptime_ms/0': uptime_ms_0,
};
