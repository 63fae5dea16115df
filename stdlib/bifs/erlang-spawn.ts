// Starting processes: spawn/1..4, spawn_link/1..4, spawn_monitor/1..4, spawn_opt/2..5 and
// erlang:yield/0. The node argument must be node() (there is no distribution). Options of
// spawn_opt are checked before anything starts, so a bad option spawns nothing (badarg).

import { atom, Atom, TRUE } from '../../vm/terms/atom.js';
import { arrayFromList } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Fun } from '../../vm/terms/fun.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import { REDUCTIONS_PER_SLICE } from '../../vm/scheduler.js';
import * as links from '../../vm/links.js';
import { parseMaxHeapSize, parsePriority, MaxHeap } from './process-flags.js';
import { heapSizeFor } from '../../vm/heap.js';
import { parseMonitorOptions, type MonitorOptions } from './erlang-alias.js';

export const NONODE = atom('nonode@nohost');

/** A new process running Fun() or apply(M, F, Args), or null for bad arguments. */
function spawnChild(p: Process, spec: unknown[], anyArity: boolean): Process | null {
  if (spec.length === 1) {
    // Like BEAM, spawn/1 and spawn_opt/2 take a fun of any arity; the child then dies of badarity.
    const fun = spec[0];
    return fun instanceof Fun && (anyArity || fun.arity === 0) ? p.runtime.spawnFun(fun, p) : null;
  }
  const [m, f, args] = spec;
  const list = arrayFromList(args);
  if (!(m instanceof Atom) || !(f instanceof Atom) || list === undefined) return null;
  return p.runtime.spawnApply(m, f, list, p);
}

/** What spawn_opt's option list asks for; null when an option is bad. */
interface SpawnOptions {
  link: boolean;
  monitor: boolean;
  /** {monitor, Opts}: the 'DOWN' tag and alias mode (erlang-alias.ts); null for plain `monitor`. */
  monitorOpts: MonitorOptions | null;
  priority: number;
  maxHeap: MaxHeap | null;
  minHeapWords: number;
}

const LINK = atom('link');
const MONITOR = atom('monitor');

function parseSpawnOptions(opts: unknown): SpawnOptions | null {
  const list = arrayFromList(opts);
  if (list === undefined) return null;
  const o: SpawnOptions = { link: false, monitor: false, monitorOpts: null, priority: 2, maxHeap: null, minHeapWords: 233 };
  for (const opt of list) {
    if (opt === LINK) o.link = true;
    else if (opt === MONITOR) o.monitor = true;
    else if (opt instanceof Tuple && opt.elements.length === 2 && opt.elements[0] instanceof Atom) {
      const v = opt.elements[1];
      switch (opt.elements[0].name) {
        case 'monitor': {
          const mo = parseMonitorOptions(v);
          if (mo === null) return null;
          o.monitor = true;
          o.monitorOpts = mo;
          break;
        }
        case 'priority': {
          const prio = parsePriority(v);
          if (prio < 0) return null;
          o.priority = prio;
          break;
        }
        case 'max_heap_size': {
          const mh = parseMaxHeapSize(v, { words: 0, kill: true, log: true });
          if (mh === null) return null;
          o.maxHeap = mh;
          break;
        }
        case 'min_heap_size':
          if (typeof v !== 'number' || v < 0) return null;
          o.minHeapWords = heapSizeFor(v);
          break;
        case 'min_bin_vheap_size':
        case 'fullsweep_after':
          if (typeof v !== 'number' || v < 0) return null;
          break;
        case 'message_queue_data':
          if (v !== atom('off_heap') && v !== atom('on_heap')) return null;
          break;
        default:
          return null;
      }
    } else return null;
  }
  return o;
}

function spawnWith(p: Process, spec: unknown[], o: SpawnOptions): unknown {
  const child = spawnChild(p, spec, !o.monitor);
  if (child === null) return badarg(p);
  child.priority = o.priority;
  child.minHeapWords = o.minHeapWords;
  if (o.maxHeap !== null) {
    child.maxHeapWords = o.maxHeap.words;
    child.maxHeapKill = o.maxHeap.kill;
    child.maxHeapLog = o.maxHeap.log;
  }
  if (o.link) links.link(p, child);
  if (!o.monitor) return child.pid;
  const mo = o.monitorOpts;
  const ref = mo === null
    ? links.monitor(p.runtime, p, child, null, child.pid)
    : links.monitor(p.runtime, p, child, null, child.pid, mo.tag, mo.alias);
  return new Tuple([child.pid, ref]);
}

const PLAIN: SpawnOptions = { link: false, monitor: false, monitorOpts: null, priority: 2, maxHeap: null, minHeapWords: 233 };
const LINKED: SpawnOptions = { ...PLAIN, link: true };
const MONITORED: SpawnOptions = { ...PLAIN, monitor: true };

/**
 * Splits off a leading node argument: it must be an atom and this node.
 * TODO(#3): another node gives badarg here; OTP prints "Can not start ..." and returns a pid.
 */
function localSpec(p: Process, args: unknown[]): unknown[] | null {
  const node = args[0];
  if (!(node instanceof Atom) || node !== NONODE) return null;
  return args.slice(1);
}

function spawn(p: Process, ...spec: unknown[]): unknown {
  // A spawned process inherits nothing but its group leader; the parent's priority stays its own.
  return spawnWith(p, spec, PLAIN);
}

function spawn_link(p: Process, ...spec: unknown[]): unknown {
  return spawnWith(p, spec, LINKED);
}

function spawn_monitor(p: Process, ...spec: unknown[]): unknown {
  return spawnWith(p, spec, MONITORED);
}

function spawnOn(o: SpawnOptions) {
  return (p: Process, ...args: unknown[]): unknown => {
    const spec = localSpec(p, args);
    return spec === null ? badarg(p) : spawnWith(p, spec, o);
  };
}

/** spawn_opt(Fun, Opts), spawn_opt(M, F, A, Opts), and the forms with a node first. */
function spawnOpt(withNode: boolean) {
  return (p: Process, ...args: unknown[]): unknown => {
    let spec = args.slice(0, -1);
    if (withNode) {
      const local = localSpec(p, spec);
      if (local === null) return badarg(p);
      spec = local;
    }
    const o = parseSpawnOptions(args[args.length - 1]);
    return o === null ? badarg(p) : spawnWith(p, spec, o);
  };
}

/** erlang:yield/0: gives up the rest of the slice; the loop suspends at the next call. */
function yield_0(p: Process): unknown {
  p.bifReds += REDUCTIONS_PER_SLICE;
  return TRUE;
}

export const bifs: BifTable = {
  'erlang:spawn/1': spawn,
  'erlang:spawn/3': spawn,
  'erlang:spawn/2': spawnOn(PLAIN),
  'erlang:spawn/4': spawnOn(PLAIN),
  'erlang:spawn_link/1': spawn_link,
  'erlang:spawn_link/3': spawn_link,
  'erlang:spawn_link/2': spawnOn(LINKED),
  'erlang:spawn_link/4': spawnOn(LINKED),
  'erlang:spawn_monitor/1': spawn_monitor,
  'erlang:spawn_monitor/3': spawn_monitor,
  'erlang:spawn_monitor/2': spawnOn(MONITORED),
  'erlang:spawn_monitor/4': spawnOn(MONITORED),
  'erlang:spawn_opt/2': spawnOpt(false),
  'erlang:spawn_opt/4': spawnOpt(false),
  'erlang:spawn_opt/3': spawnOpt(true),
  'erlang:spawn_opt/5': spawnOpt(true),
  'erlang:yield/0': yield_0,
};
