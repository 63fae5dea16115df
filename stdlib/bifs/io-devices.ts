// The VM's standard io as a device: its options (io:getopts/setopts: binary and encoding, as
// escript's standard_io and standard_error have them, latin1 until a program asks for unicode),
// its geometry (never a terminal: io:columns/rows say enotsup), and the process that stands for
// it when Erlang code asks for a pid (group_leader/0). Other devices are io servers: these BIFs
// trap to io.erl, which asks them with the io protocol.

import { Atom, FALSE, OK, TRUE, atom } from '../../vm/terms/atom.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { Pid } from '../../vm/terms/pid.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { TRAP, error } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import type { Runtime } from '../../vm/runtime.js';

export interface StdioOptions {
  binary: boolean;
  unicode: boolean;
  stderrUnicode: boolean;
}

const options = new WeakMap<Runtime, StdioOptions>();

export function stdioOptions(rt: Runtime): StdioOptions {
  let o = options.get(rt);
  if (o === undefined) {
    o = { binary: false, unicode: false, stderrUnicode: false };
    options.set(rt, o);
  }
  return o;
}

/** The process serving the VM's standard io to Erlang code that asks for a pid, per runtime. */
const userServers = new WeakMap<Runtime, Pid>();

/** group_leader/0 of a process that has none of its own: io:'$user_server'/0, started on first use. */
export function defaultGroupLeader(p: Process): Pid {
  let pid = userServers.get(p.runtime);
  if (pid === undefined || p.runtime.processOf(pid) === undefined) {
    pid = p.runtime.spawnApply(atom('io'), atom('$user_server'), [], null).pid;
    userServers.set(p.runtime, pid);
  }
  return pid;
}

export function isDefaultServer(p: Process, pid: Pid): boolean {
  const u = userServers.get(p.runtime);
  return u !== undefined && u.id === pid.id;
}

export function trap(p: Process, m: string, f: string, args: unknown[]): unknown {
  p.trapTarget = p.runtime.codeServer.getExport(atom(m), atom(f), args.length);
  p.trapArgs = args;
  return TRAP;
}

const ENCODING = atom('encoding');
const BINARY = atom('binary');
const ENOTSUP = new Tuple([atom('error'), atom('enotsup')]);
const err = (r: string) => new Tuple([atom('error'), atom(r)]);

/**
 * What a device query reaches: standard io, standard error, an io server process (the BIF traps
 * to io.erl), an error term ({error, arguments} for an unregistered name, ...), or null for a term
 * that is no device (io:request has no clause for it: function_clause).
 */
function device(p: Process, dev: unknown): 'io' | 'stderr' | Pid | Tuple | null {
  if (dev instanceof Atom) {
    if (dev.name === 'standard_io') return p.groupLeader === null || isDefaultServer(p, p.groupLeader) ? 'io' : p.groupLeader;
    if (dev.name === 'user') return 'io';
    if (dev.name === 'standard_error') return 'stderr';
    const proc = p.runtime.registered.get(dev);
    return proc === undefined ? err('arguments') : device(p, proc.pid);
  }
  if (!(dev instanceof Pid)) return null;
  if (dev.id === p.pid.id) return err('calling_self');
  if (isDefaultServer(p, dev)) return 'io';
  return p.runtime.processOf(dev) === undefined ? err('terminated') : dev;
}

function getopts_1(p: Process, dev: unknown): unknown {
  const d = device(p, dev);
  if (d === null) return error(p, atom('function_clause'));
  if (d instanceof Pid) return trap(p, 'io', 'request', [d, atom('getopts')]);
  if (d instanceof Tuple) return d;
  const o = stdioOptions(p.runtime);
  const enc = new Tuple([ENCODING, atom(d === 'io' ? (o.unicode ? 'unicode' : 'latin1') : o.stderrUnicode ? 'unicode' : 'latin1')]);
  return d === 'io' ? listFromArray([new Tuple([BINARY, o.binary ? TRUE : FALSE]), enc]) : listFromArray([enc]);
}

/** The options of io:setopts as changes to apply, or null when one is not supported. */
function parseSetopts(opts: unknown, stderr: boolean): Partial<StdioOptions> | null {
  const change: Partial<StdioOptions> = {};
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (!stderr && (o === BINARY || o === atom('list'))) change.binary = o === BINARY;
    else if (!stderr && o instanceof Tuple && o.elements.length === 2 && o.elements[0] === BINARY && (o.elements[1] === TRUE || o.elements[1] === FALSE)) {
      change.binary = o.elements[1] === TRUE;
    } else if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === ENCODING) {
      const e = o.elements[1];
      if (e !== atom('latin1') && e !== atom('unicode') && e !== atom('utf8')) return null;
      change[stderr ? 'stderrUnicode' : 'unicode'] = e !== atom('latin1');
    } else return null;
  }
  return l === NIL ? change : null;
}

function setopts_2(p: Process, dev: unknown, opts: unknown): unknown {
  const d = device(p, dev);
  if (d === null) return error(p, atom('function_clause'));
  if (d instanceof Pid) return trap(p, 'io', 'request', [d, new Tuple([atom('setopts'), opts])]);
  if (d instanceof Tuple) return d;
  const change = parseSetopts(opts, d === 'stderr');
  if (change === null) return ENOTSUP;
  Object.assign(stdioOptions(p.runtime), change);
  return OK;
}

/** io:columns/rows: the VM's standard io is never a terminal; an io server is asked. */
function geometry(p: Process, dev: unknown, which: string): unknown {
  const d = device(p, dev);
  if (d === null) return error(p, atom('function_clause'));
  if (d instanceof Pid) return trap(p, 'io', '$geometry', [d, atom(which)]);
  return ENOTSUP;
}

export const bifs: BifTable = {
  'io:getopts/0': (p: Process) => getopts_1(p, atom('standard_io')),
  'io:getopts/1': getopts_1,
  'io:setopts/1': (p: Process, o: unknown) => setopts_2(p, atom('standard_io'), o),
  'io:setopts/2': setopts_2,
  'io:columns/0': (p: Process) => geometry(p, atom('standard_io'), 'columns'),
  'io:columns/1': (p: Process, d: unknown) => geometry(p, d, 'columns'),
  'io:rows/0': (p: Process) => geometry(p, atom('standard_io'), 'rows'),
  'io:rows/1': (p: Process, d: unknown) => geometry(p, d, 'rows'),
  'io:printable_range/0': () => atom('latin1'),
};
