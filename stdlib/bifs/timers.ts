// BIF timers and system statistics: erlang:send_after/3,4, start_timer/3,4, cancel_timer/1,2,
// read_timer/1,2 and statistics/1. A timer is an entry of the runtime's timer heap plus a record in
// `active` (by reference) so it can be read or cancelled; a timer aimed at a pid dies with it.

import { atom, Atom, TRUE, FALSE, OK } from '../../vm/terms/atom.js';
import { NIL, arrayFromList } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Pid, Ref } from '../../vm/terms/pid.js';
import { copyTerm } from '../../vm/terms/copy.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import type { Runtime } from '../../vm/runtime.js';
import type { Timer } from '../../vm/scheduler.js';

const TIMEOUT = atom('timeout');
const ABS = atom('abs');
const ASYNC = atom('async');
const INFO = atom('info');
const CANCEL_TIMER = atom('cancel_timer');
const READ_TIMER = atom('read_timer');

interface ActiveTimer {
  timer: Timer;
  dest: Pid | Atom;
}

/** Live timers of each runtime, by reference key. */
const activeByRuntime = new WeakMap<Runtime, Map<number, ActiveTimer>>();

function activeOf(rt: Runtime): Map<number, ActiveTimer> {
  let m = activeByRuntime.get(rt);
  if (m === undefined) {
    m = new Map();
    activeByRuntime.set(rt, m);
  }
  return m;
}

function refKey(r: Ref): number {
  return r.a + r.b * 4294967296 + r.c * 2 ** 48;
}

/** Parses [{abs, Bool}]; null when malformed. */
function isAbsolute(opts: unknown): boolean | null {
  const list = arrayFromList(opts);
  if (list === undefined) return null;
  let abs = false;
  for (const o of list) {
    if (!(o instanceof Tuple) || o.elements.length !== 2 || o.elements[0] !== ABS) return null;
    const v = o.elements[1];
    if (v !== TRUE && v !== FALSE) return null;
    abs = v === TRUE;
  }
  return abs;
}

/** Starts a timer delivering `msgOf(ref)` to `dest`; badarg for a bad time or destination. */
function startTimer(p: Process, time: unknown, dest: unknown, msg: unknown, opts: unknown, wrap: boolean): unknown {
  const abs = isAbsolute(opts);
  if (abs === null || typeof time !== 'number' || !(dest instanceof Pid || dest instanceof Atom)) return badarg(p);
  const rt = p.runtime;
  const delayMs = abs ? time - (rt.monotonicMs()) : time;
  if (!abs && time < 0) return badarg(p);
  const ref = rt.makeRef();
  const key = refKey(ref);
  const active = activeOf(rt);
  const payload = copyTerm(wrap ? new Tuple([TIMEOUT, ref, msg]) : msg);
  const timer = rt.addTimer(Math.max(0, delayMs), () => {
    active.delete(key);
    const target = dest instanceof Pid ? rt.processOf(dest) : rt.registered.get(dest);
    if (target !== undefined) rt.deliver(target, payload);
  });
  active.set(key, { timer, dest });
  return ref;
}

/** Milliseconds left on the timer `ref`, or false when it has fired, was cancelled or its pid died. */
function remaining(rt: Runtime, ref: Ref, cancel: boolean): unknown {
  const active = activeOf(rt);
  const key = refKey(ref);
  const t = active.get(key);
  if (t === undefined) return FALSE;
  if (t.dest instanceof Pid && rt.processOf(t.dest) === undefined) {
    t.timer.cancelled = true;
    active.delete(key);
    return FALSE;
  }
  if (cancel) {
    t.timer.cancelled = true;
    active.delete(key);
  }
  return Math.max(0, Math.ceil(t.timer.dueMs - rt.nowMs()));
}

/** [{async, Bool}, {info, Bool}]: [async, info], or null when malformed. */
function timerOptions(opts: unknown, allowInfo: boolean): [boolean, boolean] | null {
  const list = arrayFromList(opts);
  if (list === undefined) return null;
  let async = false;
  let info = true;
  for (const o of list) {
    if (!(o instanceof Tuple) || o.elements.length !== 2) return null;
    const [k, v] = o.elements;
    if (v !== TRUE && v !== FALSE) return null;
    if (k === ASYNC) async = v === TRUE;
    else if (k === INFO && allowInfo) info = v === TRUE;
    else return null;
  }
  return [async, info];
}

function timerOp(p: Process, ref: unknown, opts: unknown, cancel: boolean): unknown {
  const o = timerOptions(opts, cancel);
  if (!(ref instanceof Ref) || o === null) return badarg(p);
  const [async, info] = o;
  const result = remaining(p.runtime, ref, cancel);
  if (!async) return info ? result : OK;
  if (info) p.runtime.deliver(p, new Tuple([cancel ? CANCEL_TIMER : READ_TIMER, ref, result]));
  return OK;
}

const NIL_OPTS = NIL;

export const bifs: BifTable = {
  'erlang:send_after/3': (p: Process, t: unknown, d: unknown, m: unknown) => startTimer(p, t, d, m, NIL_OPTS, false),
  'erlang:send_after/4': (p: Process, t: unknown, d: unknown, m: unknown, o: unknown) => startTimer(p, t, d, m, o, false),
  'erlang:start_timer/3': (p: Process, t: unknown, d: unknown, m: unknown) => startTimer(p, t, d, m, NIL_OPTS, true),
  'erlang:start_timer/4': (p: Process, t: unknown, d: unknown, m: unknown, o: unknown) => startTimer(p, t, d, m, o, true),
  'erlang:cancel_timer/1': (p: Process, r: unknown) => timerOp(p, r, NIL_OPTS, true),
  'erlang:cancel_timer/2': (p: Process, r: unknown, o: unknown) => timerOp(p, r, o, true),
  'erlang:read_timer/1': (p: Process, r: unknown) => timerOp(p, r, NIL_OPTS, false),
  'erlang:read_timer/2': (p: Process, r: unknown, o: unknown) => timerOp(p, r, o, false),
};
