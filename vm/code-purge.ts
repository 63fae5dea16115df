// Purging old code, as OTP's erts_code_purger does it: a hard purge kills (exit signal `kill`) every
// process that runs or will return into the old version, then drops it; a soft purge drops it only
// if no process uses it. Funs of a purged version raise badfun when called. Signals are delivered
// at once here, so when a purge returns the processes it killed are gone, as OTP's purger waits.

import type { Atom } from './terms/atom.js';
import { KILL } from './terms/atom.js';
import { sendExitSignal, SelfExit } from './links.js';
import type { Process } from './process.js';
import type { Runtime } from './runtime.js';

export interface PurgeResult {
  /** There was old code (it is gone now, unless a soft purge refused). */
  hadOld: boolean;
  /** A hard purge killed at least one process; a soft purge found one and refused. */
  killed: boolean;
}

/** The live processes that run or will return into the old version of `m`. */
export function processesUsingOld(rt: Runtime, m: Atom): Process[] {
  const lm = rt.codeServer.oldVersion(m);
  if (lm === undefined) return [];
  const users: Process[] = [];
  for (const q of rt.processes.values()) if (!rt.isExited(q) && rt.codeServer.processUses(q, lm)) users.push(q);
  return users;
}

/**
 * Purges the old version of `m` on behalf of `caller`. Hard: kills its users first (the caller
 * too, if it is one: it stops when the BIF returns, as OTP's caller would be killed while waiting).
 * Soft: refuses (killed = true, nothing changes) if any process uses it.
 */
export function purgeOld(rt: Runtime, caller: Process, m: Atom, hard: boolean): PurgeResult {
  if (rt.codeServer.oldVersion(m) === undefined) return { hadOld: false, killed: false };
  const users = processesUsingOld(rt, m);
  if (!hard) {
    if (users.length > 0) return { hadOld: true, killed: true };
    rt.codeServer.dropOld(m);
    return { hadOld: true, killed: false };
  }
  for (const q of users) {
    if (sendExitSignal(rt, caller.pid, q, KILL, false)) rt.killProcess(q);
  }
  rt.codeServer.dropOld(m);
  return { hadOld: true, killed: users.length > 0 };
}

/** Call at the end of a BIF that may have killed its own caller (killProcess defers that). */
export function stopIfKilled(caller: Process): void {
  if (caller.exitPending) throw new SelfExit(caller.exitReason);
}
