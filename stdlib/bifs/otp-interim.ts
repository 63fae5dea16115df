// Interim timer BIFs gen_statem needs (erlang:start_timer/3, cancel_timer/1, read_timer/1) until
// the process engineer's versions land: stdlib/index.ts registers this table first, so any later
// table defining the same keys wins. Timers live in a per-runtime map keyed by the reference.

import { atom, FALSE } from '../../vm/terms/atom.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Pid, Ref } from '../../vm/terms/pid.js';
import { Atom } from '../../vm/terms/atom.js';
import { termKey } from '../../vm/terms/key.js';
import { copyTerm } from '../../vm/terms/copy.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import type { Runtime } from '../../vm/runtime.js';
import type { Timer } from '../../vm/scheduler.js';

const TIMEOUT = atom('timeout');
const pending = new WeakMap<Runtime, Map<string, Timer>>();

function timersOf(rt: Runtime): Map<string, Timer> {
  let m = pending.get(rt);
  if (m === undefined) pending.set(rt, (m = new Map()));
  return m;
}

function start_timer_3(p: Process, ms: unknown, to: unknown, msg: unknown): unknown {
  if (typeof ms !== 'number' || ms < 0 || ms > 0xffffffff || !(to instanceof Pid || to instanceof Atom)) return badarg(p);
  const rt = p.runtime;
  const ref = rt.makeRef();
  const key = termKey(ref);
  const copy = copyTerm(msg);
  const timers = timersOf(rt);
  timers.set(key, rt.addTimer(ms, () => {
    timers.delete(key);
    const target = to instanceof Pid ? rt.processOf(to) : rt.registered.get(to);
    if (target !== undefined) rt.deliver(target, new Tuple([TIMEOUT, ref, copy]));
  }));
  return ref;
}

/** Milliseconds left on the timer, or false when it already fired or was cancelled. */
function remaining(p: Process, ref: unknown, cancel: boolean): unknown {
  if (!(ref instanceof Ref)) return badarg(p);
  const timers = timersOf(p.runtime);
  const key = termKey(ref);
  const t = timers.get(key);
  if (t === undefined) return FALSE;
  if (cancel) {
    t.cancelled = true;
    timers.delete(key);
  }
  return Math.max(0, Math.ceil(t.dueMs - p.runtime.nowMs()));
}

function cancel_timer_1(p: Process, ref: unknown): unknown {
  return remaining(p, ref, true);
}

function read_timer_1(p: Process, ref: unknown): unknown {
  return remaining(p, ref, false);
}

export const bifs: BifTable = {
  'erlang:start_timer/3': start_timer_3,
  'erlang:cancel_timer/1': cancel_timer_1,
  'erlang:read_timer/1': read_timer_1,
};
