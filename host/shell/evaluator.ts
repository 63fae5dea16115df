// The VM side of the shell: keeps the scheduler running between prompts (spawned processes and
// timers go on while the user types), owns the evaluator process (shell_eval.erl), hands it
// compiled expression sequences and waits for the value or the exception that killed it. A dead
// evaluator is replaced on the next evaluation, as erl's shell does.

import { atom, Atom } from '../../vm/terms/atom.js';
import { listFromArray } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import type { Runtime } from '../../vm/runtime.js';
import type { Process } from '../../vm/process.js';
import { sendExitSignal } from '../../vm/links.js';
import { registerBifs } from '../../stdlib/registry.js';

export type Outcome =
  | { kind: 'value'; value: unknown }
  | { kind: 'exception'; cls: Atom; reason: unknown; stack: unknown };

const SHELL_EVAL = atom('shell_eval');
const EXIT = atom('exit');

/** The reply BIF finds its evaluator through the runtime the calling process belongs to. */
const evaluators = new WeakMap<Runtime, Evaluator>();

registerBifs({
  'shell_host:reply/1': (p: Process, v: unknown) => {
    evaluators.get(p.runtime)?.replied(p, v);
    return atom('ok');
  },
});

export class Evaluator {
  private proc: Process | null = null;
  private pending: ((o: Outcome) => void) | null = null;
  private pumping = false;
  /** Called when the VM halts (halt/0,1 or q()). */
  onHalt: () => void = () => {};
  /** Called when the evaluator dies between evaluations (a linked process took it down). */
  onIdleDeath: (o: Outcome & { kind: 'exception' }) => void = () => {};

  constructor(readonly rt: Runtime) {
    evaluators.set(rt, this);
    const previous = rt.onExit;
    rt.onExit = (p) => {
      if (p === this.proc) this.died(p);
      else previous(p);
    };
  }

  /** The evaluator's process (started on demand), for tests and `self()` checks. */
  process(): Process {
    if (this.proc === null || this.rt.isExited(this.proc)) {
      this.proc = this.rt.spawnApply(SHELL_EVAL, atom('start'), [], null);
    }
    return this.proc;
  }

  isBusy(): boolean {
    return this.pending !== null;
  }

  /** Runs Mod:e(Args...) in the evaluator and resolves with its value or exception. */
  evaluate(module: string, args: unknown[]): Promise<Outcome> {
    const p = this.process();
    const done = new Promise<Outcome>((resolve) => {
      this.pending = resolve;
    });
    this.rt.deliver(p, new Tuple([atom('$shell_eval'), atom(module), listFromArray(args)]));
    this.kick();
    return done;
  }

  /** Ctrl-C: kills a running evaluation (the shell reports `exit: killed`). */
  interrupt(): boolean {
    if (this.pending === null || this.proc === null) return false;
    if (sendExitSignal(this.rt, this.proc.pid, this.proc, atom('kill'), false)) this.rt.killProcess(this.proc);
    this.kick();
    return true;
  }

  /** Keeps the scheduler running until nothing can run and no timer is pending. */
  kick(): void {
    this.rt.wakeUp();
    if (this.pumping) return;
    this.pumping = true;
    void this.rt.run(() => false).then(() => {
      this.pumping = false;
      if (this.rt.halted !== null) this.onHalt();
      else if (this.pending !== null && this.proc !== null && !this.rt.isExited(this.proc)) {
        // Nothing can ever wake the evaluator again: it waits in a receive no one will satisfy.
        // erl would hang; we keep waiting too, until Ctrl-C.
      }
    });
  }

  /**
   * The value is reported once the processes that are runnable now have had their turn (the
   * rest of this scheduler slice): a linked process that crashes at once still takes the
   * evaluator down first, as in erl, where it runs in parallel.
   */
  replied(p: Process, value: unknown): void {
    if (p !== this.proc || this.pending === null) return;
    const resolve = this.pending;
    setImmediate(() => {
      if (this.pending !== resolve) return;
      this.pending = null;
      resolve({ kind: 'value', value });
    });
  }

  private died(p: Process): void {
    this.proc = null;
    const resolve = this.pending;
    this.pending = null;
    const outcome: Outcome & { kind: 'exception' } = p.crashed
      ? { kind: 'exception', cls: p.excClass, reason: p.excReason, stack: p.excStack }
      : { kind: 'exception', cls: EXIT, reason: p.exitReason, stack: listFromArray([]) };
    if (resolve !== null) resolve(outcome);
    else this.onIdleDeath(outcome);
  }
}
