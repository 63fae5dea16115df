// Process aliases (erlang:alias/0,1, unalias/1 and monitor/3's {alias, Mode}), as in OTP 25: a
// reference that, while active, delivers messages sent to it to the process that made it. Like
// BEAM's pid references, an alias names its owner inside the reference (field c = pid number + 1,
// 0 for a plain reference), so a send needs no global table and an alias dies with its owner.
// This file owns the alias table of each process; it must not deliver exit signals or 'DOWN's.

import { Ref } from './terms/pid.js';
import { ProcStatus, ownAliases, type Process } from './process.js';
import type { Runtime } from './runtime.js';

/** How an alias is deactivated besides unalias/1 (OTP's option names). */
export const enum AliasMode {
  /** Only unalias/1 deactivates it. */
  ExplicitUnalias = 0,
  /** Monitor aliases: also removing the monitor (demonitor/1,2 or its 'DOWN'). */
  Demonitor = 1,
  /** Monitor aliases: the first message received through it also removes the monitor. */
  ReplyDemonitor = 2,
  /** alias([reply]): the first message received through it deactivates it. */
  Reply = 3,
}

export class Alias {
  constructor(
    readonly ref: Ref,
    readonly mode: AliasMode,
  ) {}
}

/** The key of a reference in its owner's alias table. */
function refKey(ref: Ref): number {
  return ref.a + ref.b * 4294967296;
}

/** Turns a fresh reference into an active alias of `owner` and returns it. */
export function makeAlias(owner: Process, fresh: Ref, mode: AliasMode): Ref {
  const ref = new Ref(fresh.a, fresh.b, owner.pid.id + 1);
  ownAliases(owner).set(refKey(ref), new Alias(ref, mode));
  return ref;
}

/** unalias/1: true when `ref` was an active alias of `owner`. */
export function unalias(owner: Process, ref: Ref): boolean {
  if (ref.c !== owner.pid.id + 1) return false;
  return owner.aliases.delete(refKey(ref));
}

/** The monitor behind `ref` is gone: a Demonitor or ReplyDemonitor alias goes with it. */
export function dropMonitorAlias(owner: Process, ref: Ref): void {
  if (ref.c === 0 || owner.aliases.size === 0) return;
  const key = refKey(ref);
  const a = owner.aliases.get(key);
  if (a !== undefined && a.mode !== AliasMode.ExplicitUnalias) owner.aliases.delete(key);
}

/**
 * erlang:send to a reference: delivers `msg` to the alias's owner, or drops it when `ref` is not
 * an active alias (OTP drops it silently too). A Reply or ReplyDemonitor alias is deactivated by
 * the message it lets through, and a ReplyDemonitor alias takes its monitor with it.
 */
export function sendToAlias(rt: Runtime, ref: Ref, msg: unknown): void {
  if (ref.c === 0) return;
  const owner = rt.processes.get(ref.c - 1);
  if (owner === undefined || owner.status === ProcStatus.Exited || owner.aliases.size === 0) return;
  const key = refKey(ref);
  const a = owner.aliases.get(key);
  if (a === undefined) return;
  if (a.mode >= AliasMode.ReplyDemonitor) {
    owner.aliases.delete(key);
    const m = a.mode === AliasMode.ReplyDemonitor ? owner.monitors.get(a.ref) : undefined;
    if (m !== undefined) {
      owner.monitors.delete(a.ref);
      rt.processOf(m.target)?.monitoredBy.delete(a.ref);
    }
  }
  rt.deliver(owner, msg);
}
