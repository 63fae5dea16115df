// The contract between the interpreter and every BIF. A BIF is a plain function of the calling
// process and its arguments. It returns the result term, or FAIL after recording the exception in
// the process (use `raise`/`badarg`); it never throws for an Erlang-level error. A JS exception
// escaping a BIF is a VM bug and is turned into `error:{vm_bug,...}` in that process only.

import { Atom, BADARG, ERROR, atom } from '../vm/terms/atom.js';

export const FAIL = Symbol('FAIL');
export type Fail = typeof FAIL;

/** What a BIF may touch in the calling process. The interpreter's Process implements it. */
export interface BifContext {
  excClass: Atom;
  excReason: unknown;
  /** For error:... with explicit arguments in the stack trace (erlang:error/2); null otherwise. */
  excArgs: unknown[] | null;
  /** Reductions charged beyond the call (a Process always has it; test contexts may not). */
  bifReds?: number;
}

/** Charges `n` extra reductions for a BIF's work: a long one ends its caller's slice. */
export function chargeReds(p: BifContext, n: number): void {
  if (p.bifReds !== undefined && n > 0) p.bifReds += n;
}

export type BifFn = (p: BifContext & any, ...args: any[]) => unknown;

export function raise(p: BifContext, cls: Atom, reason: unknown): Fail {
  p.excClass = cls;
  p.excReason = reason;
  p.excArgs = null;
  return FAIL;
}

export function error(p: BifContext, reason: unknown): Fail {
  return raise(p, ERROR, reason);
}

export function badarg(p: BifContext): Fail {
  return raise(p, ERROR, BADARG);
}

/** What trapTo needs from the calling process (a Process has it; test contexts may not). */
interface TrapContext {
  trapTarget: unknown;
  trapArgs: unknown[];
  runtime: { codeServer: { getExport(m: Atom, f: Atom, arity: number): unknown } };
}

/**
 * Sets up a trap to the Erlang function `m:f(args...)`; the BIF then returns TRAP. False when the
 * context cannot trap (unit tests calling a BIF directly): the BIF then simply goes on.
 */
export function trapTo(p: BifContext, [m, f]: [string, string], args: unknown[]): boolean {
  const t = p as BifContext & Partial<TrapContext>;
  if (t.runtime === undefined) return false;
  t.trapTarget = t.runtime.codeServer.getExport(atom(m), atom(f), args.length);
  t.trapArgs = args;
  return true;
}

/**
 * Returned by a BIF that wants the interpreter to call a function on its behalf (apply/3, funs
 * called by BIFs): it sets p.trapTarget (an Export or a Fun) and p.trapArgs first.
 */
export const TRAP = Symbol('TRAP');
