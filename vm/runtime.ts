// The runtime: the process table, spawning, message delivery, receive timers and the scheduling
// loop that interleaves processes with the host's event loop. Everything a BIF needs from "the
// system" goes through here (reached as p.runtime).

import { atom, Atom, NORMAL } from './terms/atom.js';
import { NIL, listFromArray, stringToList } from './terms/list.js';
import { Tuple } from './terms/tuple.js';
import { Pid, Ref } from './terms/pid.js';
import type { Fun } from './terms/fun.js';
import { copyTerm, takeCopiedCells } from './terms/copy.js';
import { CodeServer } from './code-server.js';
import { bootImage, BOOT_APPLY2_PC, BOOT_APPLY3_PC } from './boot.js';
import type { LoadedModule } from './module.js';
import { Process, ProcStatus, growStack } from './process.js';
import { execute, RUN_EXIT, RUN_WAIT, RUN_YIELD } from './interp.js';
import { REDUCTIONS_PER_SLICE, RunQueue, Timer, TimerQueue } from './scheduler.js';
import { exitReasonOf } from './exceptions.js';
import { notifyExit, SelfExit } from './links.js';
import { overMaxHeap } from './heap-limit.js';

const ERLANG = atom('erlang');
const APPLY = atom('apply');
/** Shared by every process spawned from a fun (never mutated). */
const APPLY_2: [Atom, Atom, number] = [ERLANG, APPLY, 2];

/** Thrown by halt/0,1 to stop the whole VM at once; caught by the scheduling loop only. */
export class HaltRequest {
  constructor(readonly status: number | string) {}
}

/** Where a process's output ends up: the host decides (stdout for `minierl run`). */
export interface OutputDevice {
  /** Writes characters (code points); the device encodes them. */
  putChars(chars: ArrayLike<number>): void;
  flush(): void;
}

/** Where a process's input comes from: the host decides (stdin for `minierl run`). */
export interface InputDevice {
  /**
   * The next line with its newline (the last one may lack it), null at end of input, or undefined
   * when an asynchronous device has no complete line yet (the reader then waits: Runtime.awaitInput).
   */
  getLine(): number[] | null | undefined;
  /** n characters (fewer at end of input), null at end of input, or undefined as for getLine. */
  getChars(n: number): number[] | null | undefined;
  /** Puts characters back in front of the input (what io:read and io:fread did not consume). */
  unread(chars: number[]): void;
  /** Asynchronous devices: reads more, then calls `ready` once (some input arrived, or the end). */
  awaitInput?(ready: () => void): void;
}

/** The message a process waiting for standard input gets when some arrived (io:'$stdin_wait'/2). */
const STDIN_READY = atom('$stdin_ready');

const NO_INPUT: InputDevice = { getLine: () => null, getChars: () => null, unread: () => {} };

export class Runtime {
  /** Standard input; hosts replace it. */
  stdin: InputDevice = NO_INPUT;
  readonly codeServer = new CodeServer();
  readonly processes = new Map<number, Process>();
  readonly registered = new Map<Atom, Process>();
  private readonly runQueue = new RunQueue();
  private readonly timers = new TimerQueue();
  private readonly boot: LoadedModule;
  private nextPidId = 80;
  private refCounter = 0;
  halted: HaltRequest | null = null;
  /** logger's primary level; 'none' silences crash reports. */
  loggerLevel = 'notice';
  /** The process the interpreter is running, if any. */
  current: Process | null = null;
  private readonly dying: Process[] = [];
  /** Processes waiting in io:'$stdin_wait'/2 for the asynchronous stdin to read more. */
  private readonly inputWaiters: Process[] = [];
  /** Called when a process exits; the host prints crash reports from here. */
  onExit: (p: Process) => void = () => {};
  /** Run for every exiting process before links fire (ETS gives its tables to heirs or drops them). */
  readonly exitHooks: ((p: Process) => void)[] = [];
  readonly startMs = performance.now();
  /** Counters for erlang:statistics/1; reductions of processes that have exited. */
  contextSwitches = 0;
  gcCount = 0;
  gcWordsReclaimed = 0;
  private retiredReductions = 0;
  readonly statsLast = new Map<string, number>();

  constructor(readonly stdout: OutputDevice) {
    this.boot = this.codeServer.load(bootImage());
  }

  nowMs(): number {
    return performance.now();
  }

  /** erlang:monotonic_time in ms: nowMs from an arbitrary (negative, as on BEAM) origin. */
  monotonicMs(): number {
    return this.nowMs() - 576460752303;
  }

  makeRef(): Ref {
    const n = ++this.refCounter;
    return new Ref(n % 4294967296, Math.floor(n / 4294967296), 0);
  }

  private newProcess(groupLeader: Pid | null): Process {
    const pid = new Pid(this.nextPidId++, 0);
    const p = new Process(this, pid, groupLeader);
    this.processes.set(pid.id, p);
    return p;
  }

  /** Spawns a process that runs apply(M, F, Args). */
  spawnApply(m: Atom, f: Atom, args: unknown[], parent: Process | null): Process {
    const p = this.newProcess(parent?.groupLeader ?? null);
    const s = p.stack;
    p.initialCall = [m, f, args.length];
    // Like BEAM, a process spawned on a loaded function starts in the version current now (hot
    // code loading: it counts as running that version at once); otherwise '$boot' applies M:F.
    const e = this.codeServer.getExport(m, f, args.length);
    if (e.code !== null) {
      if (3 + e.code.maxFrame + args.length > s.length) growStack(p, 3 + e.code.maxFrame + args.length);
      for (let i = 0; i < args.length; i++) s[3 + i] = args[i];
      p.code = e.code;
      p.pc = e.pc;
      this.runQueue.push(p);
      return p;
    }
    s[3] = m;
    s[4] = f;
    s[5] = listFromArray(args);
    p.code = this.boot;
    p.pc = BOOT_APPLY3_PC;
    this.runQueue.push(p);
    return p;
  }

  /** Spawns a process that runs Fun(). */
  spawnFun(fun: Fun, parent: Process | null): Process {
    const p = this.newProcess(parent?.groupLeader ?? null);
    p.stack[3] = copyTerm(fun);
    p.stack[4] = NIL;
    p.code = this.boot;
    p.pc = BOOT_APPLY2_PC;
    p.initialCall = APPLY_2; // as BEAM reports a spawned fun
    this.runQueue.push(p);
    return p;
  }

  totalReductions(): number {
    let n = this.retiredReductions;
    for (const p of this.processes.values()) n += p.reductions;
    return n;
  }

  runQueueLength(): number {
    return this.runQueue.length;
  }

  processOf(pid: Pid): Process | undefined {
    const p = this.processes.get(pid.id);
    return p !== undefined && p.pid.serial === pid.serial ? p : undefined;
  }

  /** Delivers a copy of `msg` to `to` and wakes it if it waits in receive. */
  deliver(to: Process, msg: unknown): void {
    if (to.status === ProcStatus.Exited) return;
    to.mailbox.push(copyTerm(msg));
    // The sender pays for the copy (one reduction per 16 cells), as BEAM charges by message size;
    // a process flooding another with big messages gives it the chance to drain them.
    const cells = takeCopiedCells();
    if (this.current !== null) this.current.bifReds += cells >> 4;
    if (to.status === ProcStatus.Waiting) this.wake(to);
  }

  private wake(p: Process): void {
    p.status = ProcStatus.Runnable;
    this.runQueue.push(p);
  }

  armReceiveTimer(p: Process, ms: number, timeoutPc: number): void {
    p.timeoutPc = timeoutPc;
    p.timer = this.timers.add(this.nowMs() + ms, () => {
      p.timer = null;
      if (p.status !== ProcStatus.Waiting) return;
      p.pc = p.timeoutPc;
      this.wake(p);
    });
  }

  cancelReceiveTimer(p: Process): void {
    (p.timer as Timer).cancelled = true;
    p.timer = null;
  }

  /** Runs `fn` after `ms` milliseconds (erlang:send_after and friends). */
  addTimer(ms: number, fn: () => void): Timer {
    return this.timers.add(this.nowMs() + ms, fn);
  }

  /**
   * `p` found no input yet on an asynchronous stdin (it then waits for STDIN_READY): asks the device
   * for more. The run loop waits for input while such a process lives (it is not deadlocked).
   */
  awaitInput(p: Process): void {
    if (this.inputWaiters.push(p) === 1) this.stdin.awaitInput!(() => this.inputArrived());
  }

  private inputArrived(): void {
    for (const p of this.inputWaiters.splice(0)) this.deliver(p, STDIN_READY);
    this.wakeUp();
  }

  /** Whether a live process waits for standard input. */
  waitsForInput(): boolean {
    for (const p of this.inputWaiters) if (p.status !== ProcStatus.Exited) return true;
    return false;
  }

  register(name: Atom, p: Process): void {
    this.registered.set(name, p);
    p.registeredName = name;
  }

  /** Runs processes until none is runnable, `done()` holds, or `sliceMs` has passed. */
  runFor(sliceMs: number, done: () => boolean = () => false): void {
    const until = this.nowMs() + sliceMs;
    let n = 0;
    while (this.halted === null) {
      const p = this.runQueue.shift();
      if (p === undefined) return;
      if (p.status === ProcStatus.Exited) continue;
      p.status = ProcStatus.Running;
      this.current = p;
      this.contextSwitches++;
      let r: number;
      try {
        r = execute(p, REDUCTIONS_PER_SLICE);
      } catch (e) {
        if (e instanceof HaltRequest) {
          this.halted = e;
          return;
        }
        if (e instanceof SelfExit) {
          p.exitReason = e.reason;
          this.current = null;
          this.exitProcess(p);
          continue;
        }
        // A JS error inside a BIF is a VM bug; it kills this process only, never the VM.
        p.excClass = atom('error');
        p.excReason = new Tuple([atom('vm_bug'), stringToList(String((e as Error)?.message ?? e))]);
        p.excStack = NIL;
        p.exitReason = exitReasonOf(p.excClass, p.excReason, NIL);
        p.crashed = true;
        r = RUN_EXIT;
      }
      this.current = null;
      // A process that returned normally is checked too: its result was on its heap.
      if (p.maxHeapWords > 0 && (r !== RUN_EXIT || p.exitReason === NORMAL) && overMaxHeap(this, p)) r = RUN_EXIT;
      if (r === RUN_YIELD) {
        p.status = ProcStatus.Runnable;
        this.runQueue.push(p);
      } else if (r === RUN_WAIT) {
        // Messages can only have arrived from processes that ran since the last peek: none did.
        p.status = ProcStatus.Waiting;
      } else {
        this.exitProcess(p);
        if (done()) return;
      }
      if ((++n & 63) === 0 && this.nowMs() > until) return;
    }
  }

  exitProcess(p: Process): void {
    p.status = ProcStatus.Exited;
    this.retiredReductions += p.reductions;
    if (p.timer !== null) this.cancelReceiveTimer(p);
    this.processes.delete(p.pid.id);
    if (p.registeredName !== null) this.registered.delete(p.registeredName);
    for (const hook of this.exitHooks) hook(p);
    this.onExit(p);
    // Exits cascade along links; a worklist keeps long chains off the JS stack.
    this.dying.push(p);
    if (this.dying.length > 1) return;
    for (let i = 0; i < this.dying.length; i++) notifyExit(this, this.dying[i]);
    this.dying.length = 0;
  }

  /** Ends `p`, whose exitReason is set, because an exit signal killed it. */
  killProcess(p: Process): void {
    if (p.status === ProcStatus.Exited) return;
    if (p === this.current) {
      p.exitPending = true;
      return;
    }
    this.exitProcess(p);
  }

  /**
   * Drives the scheduler until `done()` holds, the VM halts, or nothing can ever run again (no
   * runnable process, no timer, no process waiting for input). Yields to the host event loop
   * between slices.
   */
  async run(done: () => boolean): Promise<void> {
    for (;;) {
      this.runFor(50, done);
      if (this.halted !== null || done()) return;
      // Due timers fire even while processes stay runnable, or busy loops would starve `after`.
      this.timers.fireDue(this.nowMs());
      if (this.runQueue.length > 0) {
        await new Promise((r) => setImmediate(r));
        continue;
      }
      const due = this.timers.nextDue();
      if (due === Infinity && !this.waitsForInput()) return;
      const wait = due - this.nowMs();
      if (wait > 0) await this.sleep(wait === Infinity ? Infinity : Math.ceil(wait));
      this.timers.fireDue(this.nowMs());
    }
  }

  private wakeSleeper: (() => void) | null = null;

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeSleeper = null;
        resolve();
      };
      // Infinity: only wakeUp ends the wait (input arrived).
      const timer = ms === Infinity ? undefined : setTimeout(done, ms);
      this.wakeSleeper = done;
    });
  }

  /**
   * Ends run()'s wait for the next timer now: a host that delivers a message between slices (the
   * shell) calls it so the receiver runs at once rather than when the timer is due.
   */
  wakeUp(): void {
    this.wakeSleeper?.();
  }

  isExited(p: Process): boolean {
    return p.status === ProcStatus.Exited;
  }
}

