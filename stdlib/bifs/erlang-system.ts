// erlang:system_info/1, erlang:unique_integer/0,1 and erlang:is_builtin/3: what the running
// system says about itself. Values are honest for minierl (one scheduler, our process and atom
// counts) in the shape OTP 25 returns them; keys we have no meaning for raise badarg as OTP does
// for unknown keys.

import { cpus } from 'node:os';
import { atom, atomCount, Atom, FALSE, TRUE, UNDEFINED } from '../../vm/terms/atom.js';
import { Cons, NIL, stringToList } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg } from '../bif.js';
import type { Process } from '../../vm/process.js';
import { lookupBif, type BifTable } from '../registry.js';

const OTP_RELEASE = '25';
const ERTS_VERSION = '13.1.5';
const SCHEDULERS = 1; // one JS thread runs every process

function logicalProcessors(): number {
  return Math.max(1, cpus().length);
}

function systemVersion(): string {
  const n = logicalProcessors();
  return `Erlang/OTP ${OTP_RELEASE} [erts-${ERTS_VERSION}] [minierl] [64-bit] [smp:${SCHEDULERS}:${SCHEDULERS}] [ds:0:0:0] [async-threads:0] [logical-processors:${n}]\n`;
}

type Info = (p: Process) => unknown;

const INFO: Record<string, Info> = {
  otp_release: () => stringToList(OTP_RELEASE),
  version: () => stringToList(ERTS_VERSION),
  system_version: () => stringToList(systemVersion()),
  system_architecture: () => stringToList(`${process.arch}-node-${process.platform}`),
  machine: () => stringToList('BEAM'),
  wordsize: () => 8,
  process_count: (p) => p.runtime.processes.size,
  process_limit: () => 262144,
  port_count: () => 0,
  port_limit: () => 65536,
  atom_count: () => atomCount(),
  atom_limit: () => 1048576,
  ets_count: () => 0,
  ets_limit: () => 8192,
  schedulers: () => SCHEDULERS,
  schedulers_online: () => SCHEDULERS,
  scheduler_id: () => 1,
  dirty_cpu_schedulers: () => 0,
  dirty_io_schedulers: () => 0,
  logical_processors: () => logicalProcessors(),
  logical_processors_available: () => logicalProcessors(),
  logical_processors_online: () => logicalProcessors(),
  smp_support: () => TRUE,
  threads: () => TRUE,
  thread_pool_size: () => 0,
  multi_scheduling: () => atom('disabled'),
  endian: () => atom('little'),
  emu_flavor: () => atom('emu'),
  emu_type: () => atom('opt'),
  build_type: () => atom('opt'),
  debug_compiled: () => FALSE,
  kernel_poll: () => FALSE,
  heap_type: () => atom('private'),
  hipe_architecture: () => UNDEFINED,
  compat_rel: () => 25,
  creation: () => 0,
  time_offset: () => atom('final'),
  time_warp_mode: () => atom('no_time_warp'),
  dist_ctrl: () => NIL,
  ets_always_compress: () => FALSE,
  nif_version: () => stringToList('2.16'),
  driver_version: () => stringToList('3.3'),
};

function system_info_1(p: Process, key: unknown): unknown {
  if (key instanceof Atom) {
    const f = INFO[key.name];
    if (f !== undefined) return f(p);
  } else if (key instanceof Tuple && key.elements.length === 2 && key.elements[0] === atom('wordsize')) {
    const which = key.elements[1];
    if (which === atom('internal') || which === atom('external')) return 8;
  }
  return badarg(p);
}

// ---- unique_integer ----

/** One counter for the whole VM: strictly increasing, so every option combination holds. */
let uniqueCounter = 0;
// Without `positive`, BEAM's values start far below zero; ours start at the lowest safe integer.
const NEGATIVE_BASE = -Number.MAX_SAFE_INTEGER;

function unique_integer_0(): number {
  return NEGATIVE_BASE + ++uniqueCounter;
}

function unique_integer_1(p: Process, opts: unknown): unknown {
  let positive = false;
  let l = opts;
  while (l instanceof Cons) {
    if (l.hd === atom('positive')) positive = true;
    else if (l.hd !== atom('monotonic')) return badarg(p);
    l = l.tl;
  }
  if (l !== NIL) return badarg(p);
  return positive ? ++uniqueCounter : NEGATIVE_BASE + ++uniqueCounter;
}

function is_builtin_3(p: Process, m: unknown, f: unknown, a: unknown): unknown {
  if (!(m instanceof Atom) || !(f instanceof Atom) || typeof a !== 'number') {
    return badarg(p);
  }
  return lookupBif(`${m.name}:${f.name}/${a}`) !== undefined ? TRUE : FALSE;
}

export const bifs: BifTable = {
  'erlang:system_info/1': system_info_1,
  'erlang:unique_integer/0': unique_integer_0,
  'erlang:unique_integer/1': unique_integer_1,
  'erlang:is_builtin/3': is_builtin_3,
};
