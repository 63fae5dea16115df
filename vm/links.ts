// Links, monitors and exit signals, with OTP's semantics: a dying process sends an exit signal to
// every linked process and a 'DOWN' message to every monitor. A signal with reason `normal` is
// ignored by a process that does not trap exits; `kill` kills untrappably and propagates as
// `killed`; a trapping process receives {'EXIT', From, Reason} instead of dying.
// TODO(#3): signals are delivered at once (BEAM delivers them asynchronously, in order per pair).

import { atom, KILL, KILLED, NORMAL } from './terms/atom.js';
import { Tuple } from './terms/tuple.js';
import type { Pid, Ref } from './terms/pid.js';
import { ProcStatus, ownLinks, ownMonitors, ownMonitoredBy, type Process } from './process.js';
import type { Runtime } from './runtime.js';
import { dropMonitorAlias, makeAlias, type AliasMode } from './aliases.js';

const EXIT_TAG = atom('EXIT');
const DOWN = atom('DOWN');
const PROCESS = atom('process');

/** Thrown when a process kills itself with exit(self(), Reason): it stops at once. */
export class SelfExit {
  constructor(readonly reason: unknown) {}
}

export class Monitor {
  constructor(
    readonly ref: Ref,
    readonly watcher: Pid,
    readonly target: Pid,
    /** What the 'DOWN' message names: the pid, or {Name, Node} for a monitor by name. */
    readonly item: unknown,
    /** The first element of the 'DOWN' message: 'DOWN', or monitor/3's {tag, Tag}. */
    readonly tag: unknown,
  ) {}
}

export function link(a: Process, b: Process): void {
  ownLinks(a).set(b.pid.id, b.pid);
  ownLinks(b).set(a.pid.id, a.pid);
}

export function unlink(rt: Runtime, a: Process, pid: Pid): void {
  a.links.delete(pid.id);
  rt.processOf(pid)?.links.delete(a.pid.id);
}

/**
 * Delivers an exit signal from `from` to `to`. Returns true when `to` dies of it (the caller must
 * then finish the exit with rt.exitProcess).
 */
export function sendExitSignal(rt: Runtime, from: Pid, to: Process, reason: unknown, viaLink: boolean): boolean {
  if (to.status === ProcStatus.Exited) return false;
  if (reason === KILL && !viaLink) {
    to.exitReason = KILLED;
    return true;
  }
  if (to.trapExit) {
    rt.deliver(to, new Tuple([EXIT_TAG, from, reason]));
    return false;
  }
  if (reason === NORMAL && from.id !== to.pid.id) return false;
  to.exitReason = reason;
  return true;
}

/** Signals everything that watches `p`, which has just exited with p.exitReason. */
export function notifyExit(rt: Runtime, p: Process): void {
  // Most processes have no links or monitors: skip the iterators (bench/spawn.erl).
  if (p.links.size === 0 && p.monitoredBy.size === 0 && p.monitors.size === 0) return;
  const reason = p.exitReason;
  for (const pid of p.links.values()) {
    const q = rt.processOf(pid);
    if (q === undefined) continue;
    q.links.delete(p.pid.id);
    if (sendExitSignal(rt, p.pid, q, reason === KILLED ? KILLED : reason, true)) rt.killProcess(q);
  }
  p.links.clear();
  for (const m of p.monitoredBy.values()) {
    const w = rt.processOf(m.watcher);
    if (w === undefined) continue;
    w.monitors.delete(m.ref);
    dropMonitorAlias(w, m.ref);
    rt.deliver(w, new Tuple([m.tag, m.ref, PROCESS, m.item, reason]));
  }
  p.monitoredBy.clear();
  for (const m of p.monitors.values()) rt.processOf(m.target)?.monitoredBy.delete(m.ref);
  p.monitors.clear();
}

/**
 * Monitors `target` (undefined when it does not exist). `alias` (monitor/3's {alias, Mode}, null
 * for none) makes the reference an alias of the watcher; a monitor of a process that is gone
 * answers 'DOWN' with noproc at once, which also ends a Demonitor alias.
 */
export function monitor(
  rt: Runtime, watcher: Process, target: Process | undefined, targetPid: Pid | null, item: unknown,
  tag: unknown = DOWN, alias: AliasMode | null = null,
): Ref {
  const ref = alias === null ? rt.makeRef() : makeAlias(watcher, rt.makeRef(), alias);
  if (target === undefined || target.status === ProcStatus.Exited) {
    if (alias !== null) dropMonitorAlias(watcher, ref);
    rt.deliver(watcher, new Tuple([tag, ref, PROCESS, item, atom('noproc')]));
    return ref;
  }
  const m = new Monitor(ref, watcher.pid, targetPid ?? target.pid, item, tag);
  ownMonitors(watcher).set(ref, m);
  ownMonitoredBy(target).set(ref, m);
  return ref;
}

/** Removes a monitor; true when it was active. */
export function demonitor(rt: Runtime, watcher: Process, ref: Ref): boolean {
  const m = watcher.monitors.get(ref);
  if (m === undefined) return false;
  watcher.monitors.delete(ref);
  dropMonitorAlias(watcher, ref);
  rt.processOf(m.target)?.monitoredBy.delete(ref);
  return true;
}

