// A process: its stack (frames of registers), saved execution state, exception state, mailbox and
// process dictionary. Everything a process holds is its own; the scheduler decides when it runs.
// Fields are all assigned in the constructor, in a fixed order, so every Process has one shape.

import type { BifContext } from '../stdlib/bif.js';
import { Atom, ERROR, UNDEFINED } from './terms/atom.js';
import { NIL } from './terms/list.js';
import type { Pid, Ref } from './terms/pid.js';
import type { Monitor } from './links.js';
import type { Alias } from './aliases.js';
import type { LoadedModule } from './module.js';
import type { Runtime } from './runtime.js';
import { Mailbox } from './mailbox.js';

export const HANDLER_TRY = 0;
export const HANDLER_CATCH = 1;

/** An active try or catch: where to continue, and the frame to restore. */
export class Handler {
  constructor(
    readonly code: LoadedModule,
    readonly pc: number,
    readonly base: number,
    readonly reg: number,
    readonly kind: number,
  ) {}
}

export const enum ProcStatus {
  Runnable = 0,
  Running = 1,
  Waiting = 2,
  Exited = 3,
  Suspended = 4,
}

/**
 * The one empty map every process starts with for its dictionary, links and monitors: most
 * processes never link, monitor or put, and four Maps each made spawn allocation-bound
 * (bench/spawn.erl). Writers go through the own* functions below; a write to it is a VM bug.
 */
class NoEntries extends Map<any, any> {
  override set(): this {
    throw new Error('VM bug: write to the shared empty map of a process');
  }
}
const NO_ENTRIES: Map<any, any> = new NoEntries();

export class Process implements BifContext {
  stack: unknown[];
  base: number;
  pc: number;
  code: LoadedModule | null;
  handlers: Handler[];

  // Exception state: set by a BIF or instruction that fails, consumed by the unwinder.
  excClass: Atom;
  excReason: unknown;
  excArgs: unknown[] | null;
  /** Stacktrace term of the exception being raised, or null to build one at the raise site. */
  excStack: unknown;

  mailbox: Mailbox;
  /** Receive cursor: index of the next message a receive will look at. */
  cursor: number;
  /** Pending `receive ... after` timer, and where to continue when it fires. */
  timer: unknown;
  timeoutPc: number;

  dict: Map<unknown, [unknown, unknown]>;
  status: ProcStatus;
  reductions: number;
  /** Reductions left in the current slice (compiled code keeps it here between functions). */
  reds: number;
  /** How many translated functions are calling each other directly on the JS stack (vm/jit/). */
  depth: number;
  exitReason: unknown;
  /** The value its initial function returned (for hosts and tests; Erlang never sees it). */
  result: unknown;
  /** True when the process died of an uncaught exception (even exit(normal)). */
  crashed: boolean;
  trapExit: boolean;
  /** Linked processes by pid number. */
  links: Map<number, Pid>;
  /** Monitors this process holds, and monitors held on it, by reference. */
  monitors: Map<Ref, Monitor>;
  monitoredBy: Map<Ref, Monitor>;
  /** Active aliases of this process by reference number (vm/aliases.ts). */
  aliases: Map<number, Alias>;
  /** Set when an exit signal killed this process while it was running (it stops after the BIF). */
  exitPending: boolean;
  registeredName: Atom | null;
  initialCall: [Atom, Atom, number] | null;
  /** Set by a BIF that wants the interpreter to call a function for it (apply/3 and friends). */
  trapTarget: unknown;
  trapArgs: unknown[];
  /** Result handed from a slow-path call back to the loop. */
  slowResult: unknown;
  /** Run queue: PRIO_MAX..PRIO_LOW (vm/scheduler.ts), and times a low process was passed over. */
  priority: number;
  scheduleCount: number;
  /** Reductions a BIF charged beyond its call; the loop subtracts them after a slow call. */
  bifReds: number;
  /** Heap limits in words (0: none), as process_flag/2 and spawn_opt/2 set them. */
  maxHeapWords: number;
  maxHeapKill: boolean;
  maxHeapLog: boolean;
  minHeapWords: number;
  /** Live heap words found by the last collection (vm/heap.ts), and collections so far. */
  heapWords: number;
  gcCount: number;

  constructor(
    readonly runtime: Runtime,
    readonly pid: Pid,
    public groupLeader: Pid | null,
  ) {
    this.stack = [null, 0, 0, NIL, NIL, NIL, NIL, NIL];
    this.base = 3;
    this.pc = 0;
    this.code = null;
    this.handlers = [];
    this.excClass = ERROR;
    this.excReason = UNDEFINED;
    this.excArgs = null;
    this.excStack = null;
    this.mailbox = new Mailbox();
    this.cursor = 0;
    this.timer = null;
    this.timeoutPc = 0;
    this.dict = NO_ENTRIES;
    this.status = ProcStatus.Runnable;
    this.reductions = 0;
    this.reds = 0;
    this.depth = 0;
    this.exitReason = null;
    this.crashed = false;
    this.result = null;
    this.trapExit = false;
    this.links = NO_ENTRIES;
    this.monitors = NO_ENTRIES;
    this.monitoredBy = NO_ENTRIES;
    this.aliases = NO_ENTRIES;
    this.exitPending = false;
    this.registeredName = null;
    this.initialCall = null;
    this.trapTarget = null;
    this.trapArgs = [];
    this.slowResult = null;
    this.priority = 2;
    this.scheduleCount = 0;
    this.bifReds = 0;
    this.maxHeapWords = 0;
    this.maxHeapKill = true;
    this.maxHeapLog = true;
    this.minHeapWords = 233;
    this.heapWords = 0;
    this.gcCount = 0;
  }
}

/** The process's own dictionary, links and monitor maps, made on first write. */
export function ownDict(p: Process): Map<unknown, [unknown, unknown]> {
  return p.dict === NO_ENTRIES ? (p.dict = new Map()) : p.dict;
}
export function ownLinks(p: Process): Map<number, Pid> {
  return p.links === NO_ENTRIES ? (p.links = new Map()) : p.links;
}
export function ownMonitors(p: Process): Map<Ref, Monitor> {
  return p.monitors === NO_ENTRIES ? (p.monitors = new Map()) : p.monitors;
}
export function ownMonitoredBy(p: Process): Map<Ref, Monitor> {
  return p.monitoredBy === NO_ENTRIES ? (p.monitoredBy = new Map()) : p.monitoredBy;
}
export function ownAliases(p: Process): Map<number, Alias> {
  return p.aliases === NO_ENTRIES ? (p.aliases = new Map()) : p.aliases;
}

/** Makes sure the stack has at least `need` slots (packed, filled with []). */
export function growStack(p: Process, need: number): void {
  const s = p.stack;
  const target = Math.max(need, s.length * 2);
  while (s.length < target) s.push(NIL);
}
