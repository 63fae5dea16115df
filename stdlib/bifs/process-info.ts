// process_info/1,2, garbage_collect/0,1,2 and erlang:memory/0,1. Sizes come from vm/heap.ts,
// computed from the process's roots at the time of the call (nothing is counted on the hot path).
// Refc binary reference counts are the number of live processes holding the binary.

import { atom, Atom, TRUE, FALSE, UNDEFINED, bool, atomTableBytes } from '../../vm/terms/atom.js';
import { NIL, arrayFromList, listFromArray } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Pid } from '../../vm/terms/pid.js';
import { copyTerm } from '../../vm/terms/copy.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import { ProcStatus, type Process } from '../../vm/process.js';
import { collect, heapInfo, processBytes, walkProcess, type HeapInfo } from '../../vm/heap.js';
import { maxHeapTerm, priorityAtom } from './process-flags.js';

/** process_info/1's items, in OTP 25's order (registered_name first when there is one). */
const ALL_ITEMS = ['current_function', 'initial_call', 'status', 'message_queue_len', 'links', 'dictionary', 'trap_exit',
  'error_handler', 'priority', 'group_leader', 'total_heap_size', 'heap_size', 'stack_size', 'reductions',
  'garbage_collection', 'suspending'].map(atom);
const REGISTERED_NAME = atom('registered_name');
const PROCESS = atom('process');
const MIN_BIN_VHEAP_WORDS = 46422;

/** Stable small ids for refc buffers, standing in for BEAM's binary addresses. */
const binaryIds = new WeakMap<ArrayBufferLike, number>();
let nextBinaryId = 1;

function binaryId(b: ArrayBufferLike): number {
  let id = binaryIds.get(b);
  if (id === undefined) {
    id = nextBinaryId++;
    binaryIds.set(b, id);
  }
  return id;
}

function mfa(m: Atom, f: Atom, a: number): Tuple {
  return new Tuple([m, f, a]);
}

function initialCall(q: Process): Tuple {
  const ic = q.initialCall;
  return ic === null ? mfa(atom('erlang'), atom('apply'), 2) : mfa(ic[0], ic[1], ic[2]);
}

function currentFunction(q: Process): Tuple {
  const code = q.code;
  const f = code === null || code.name.name === '$boot' ? undefined : code.functionAt(q.pc);
  return f === undefined ? initialCall(q) : mfa(code!.name, atom(f.name), f.arity);
}

function statusAtom(q: Process, self: Process): Atom {
  if (q === self || q.status === ProcStatus.Running) return atom('running');
  if (q.status === ProcStatus.Waiting) return atom('waiting');
  if (q.status === ProcStatus.Exited) return atom('exiting');
  return atom('runnable');
}

function gcList(q: Process): unknown {
  return listFromArray([
    new Tuple([atom('max_heap_size'), maxHeapTerm(q)]),
    new Tuple([atom('min_bin_vheap_size'), MIN_BIN_VHEAP_WORDS]),
    new Tuple([atom('min_heap_size'), q.minHeapWords]),
    new Tuple([atom('fullsweep_after'), 65535]),
    new Tuple([atom('minor_gcs'), q.gcCount]),
  ]);
}

/** For each refc buffer, how many live processes hold it. */
function binaryRefCounts(p: Process): Map<ArrayBufferLike, number> {
  const counts = new Map<ArrayBufferLike, number>();
  for (const q of p.runtime.processes.values()) {
    for (const b of walkProcess(q).heap.binaries) counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return counts;
}

/** The value of one item, or undefined for an unknown item (badarg). `info` is computed once. */
function itemValue(p: Process, q: Process, item: Atom, heap: () => HeapInfo): unknown {
  const copy = q === p ? (t: unknown) => t : copyTerm;
  switch (item.name) {
    case 'registered_name': return q.registeredName ?? NIL;
    case 'current_function': return currentFunction(q);
    case 'initial_call': return initialCall(q);
    case 'status': return statusAtom(q, p);
    case 'message_queue_len': return q.mailbox.length;
    case 'messages': return listFromArray(q.mailbox.toArray().map(copy));
    case 'links': return listFromArray([...q.links.values()]);
    case 'monitors': return listFromArray([...q.monitors.values()].map((m) => new Tuple([PROCESS, m.item])));
    case 'monitored_by': return listFromArray([...q.monitoredBy.values()].map((m) => m.watcher));
    case 'dictionary': return listFromArray([...q.dict.values()].map(([k, v]) => new Tuple([copy(k), copy(v)])));
    case 'trap_exit': return bool(q.trapExit);
    case 'error_handler': return atom('error_handler');
    case 'priority': return priorityAtom(q.priority);
    case 'group_leader': return q.groupLeader ?? q.pid;
    case 'total_heap_size': return heap().totalHeapSize;
    case 'heap_size': return heap().heapSize;
    case 'stack_size': return q.base;
    case 'memory': return processBytes(heap());
    case 'reductions': return q.reductions;
    case 'garbage_collection': return gcList(q);
    case 'suspending': return NIL;
    case 'max_heap_size': return maxHeapTerm(q);
    case 'min_heap_size': return q.minHeapWords;
    case 'min_bin_vheap_size': return MIN_BIN_VHEAP_WORDS;
    case 'fullsweep_after': return 65535;
    case 'catchlevel': return q.handlers.length;
    case 'last_calls': return FALSE;
    case 'trace': return 0;
    case 'sequential_trace_token': return NIL;
    case 'binary': {
      const counts = binaryRefCounts(p);
      return listFromArray([...heap().binaries].map((b) => new Tuple([binaryId(b), b.byteLength, counts.get(b) ?? 1])));
    }
    default: return undefined;
  }
}

function lazyHeap(q: Process): () => HeapInfo {
  let info: HeapInfo | null = null;
  return () => (info ??= heapInfo(q));
}

function process_info_1(p: Process, pid: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  const q = p.runtime.processOf(pid);
  if (q === undefined) return UNDEFINED;
  const heap = lazyHeap(q);
  const items = q.registeredName === null ? ALL_ITEMS : [REGISTERED_NAME, ...ALL_ITEMS];
  return listFromArray(items.map((i) => new Tuple([i, itemValue(p, q, i, heap)])));
}

function process_info_2(p: Process, pid: unknown, what: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  const list = what instanceof Atom ? [what] : arrayFromList(what);
  if (list === undefined || list.some((i) => !(i instanceof Atom))) return badarg(p);
  const q = p.runtime.processOf(pid);
  const heap = q === undefined ? null : lazyHeap(q);
  const out: Tuple[] = [];
  for (const item of list as Atom[]) {
    const v = q === undefined ? undefined : itemValue(p, q, item, heap!);
    // Items are checked even for a dead process: an unknown one is badarg either way.
    if (q === undefined ? !KNOWN.has(item.name) : v === undefined) return badarg(p);
    if (q !== undefined) out.push(new Tuple([item, v]));
  }
  if (q === undefined) return UNDEFINED;
  if (what instanceof Atom) return what === REGISTERED_NAME && q.registeredName === null ? NIL : out[0];
  return listFromArray(out);
}

const KNOWN = new Set(['registered_name', 'current_function', 'initial_call', 'status', 'message_queue_len', 'messages',
  'links', 'monitors', 'monitored_by', 'dictionary', 'trap_exit', 'error_handler', 'priority', 'group_leader',
  'total_heap_size', 'heap_size', 'stack_size', 'memory', 'reductions', 'garbage_collection', 'suspending',
  'max_heap_size', 'min_heap_size', 'min_bin_vheap_size', 'fullsweep_after', 'catchlevel', 'last_calls', 'trace',
  'sequential_trace_token', 'binary']);

// ---- garbage collection ----

function garbage_collect_0(p: Process): unknown {
  collect(p);
  return TRUE;
}

function garbage_collect_1(p: Process, pid: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  const q = p.runtime.processOf(pid);
  if (q === undefined) return FALSE;
  collect(q);
  return TRUE;
}

function garbage_collect_2(p: Process, pid: unknown, opts: unknown): unknown {
  if (arrayFromList(opts) === undefined) return badarg(p);
  return garbage_collect_1(p, pid);
}

// ---- erlang:memory ----

const MEMORY_TYPES = ['total', 'processes', 'processes_used', 'system', 'atom', 'atom_used', 'binary', 'code', 'ets'];

/** Bytes per kind, from the process table, the refc binaries alive, the atom table and the code. */
function memoryTable(p: Process): Map<string, number> {
  const rt = p.runtime;
  let processes = 0;
  const binaries = new Set<ArrayBufferLike>();
  for (const q of rt.processes.values()) {
    const info = heapInfo(q);
    processes += processBytes(info);
    for (const b of info.binaries) binaries.add(b);
  }
  let binary = 0;
  for (const b of binaries) binary += b.byteLength;
  const atomBytes = atomTableBytes();
  let code = 0;
  for (const m of rt.codeServer.loadedModules()) {
    const lm = rt.codeServer.currentVersion(m);
    if (lm !== undefined) code += lm.code.byteLength + lm.lines.byteLength + 8 * lm.lits.length;
  }
  const ets = 0;
  const measured = process.memoryUsage();
  const system = Math.max(atomBytes + binary + code + ets, measured.heapUsed + measured.external - processes);
  const t = new Map<string, number>([
    ['total', processes + system], ['processes', processes], ['processes_used', processes], ['system', system],
    ['atom', atomBytes], ['atom_used', atomBytes], ['binary', binary], ['code', code], ['ets', ets],
  ]);
  return t;
}

function memory_0(p: Process): unknown {
  const t = memoryTable(p);
  return listFromArray(MEMORY_TYPES.map((k) => new Tuple([atom(k), t.get(k)])));
}

function memory_1(p: Process, what: unknown): unknown {
  const list = what instanceof Atom ? [what] : arrayFromList(what);
  if (list === undefined || list.length === 0 || list.some((k) => !(k instanceof Atom) || !MEMORY_TYPES.includes(k.name))) return badarg(p);
  const t = memoryTable(p);
  if (what instanceof Atom) return t.get(what.name);
  return listFromArray((list as Atom[]).map((k) => new Tuple([k, t.get(k.name)])));
}

export const bifs: BifTable = {
  'erlang:process_info/1': process_info_1,
  'erlang:process_info/2': process_info_2,
  'erlang:garbage_collect/0': garbage_collect_0,
  'erlang:garbage_collect/1': garbage_collect_1,
  'erlang:garbage_collect/2': garbage_collect_2,
  'erlang:memory/0': memory_0,
  'erlang:memory/1': memory_1,
};
