// The slow paths of calling: BIFs reached through an export, export funs, funs of the wrong arity
// or not funs at all, BIF traps (apply), and undefined functions (autoload, then undef). The fast
// paths (local calls, loaded remote calls, local funs) are inline in interp.ts.

import { atom, Atom, UNDEF } from '../terms/atom.js';
import { Fun, FUN_LOCAL } from '../terms/fun.js';
import { Tuple } from '../terms/tuple.js';
import { listFromArray } from '../terms/list.js';
import { FAIL, TRAP, badarg, error } from '../../stdlib/bif.js';
import type { BifEntry } from '../../stdlib/registry.js';
import { FRAME_LINK } from '../isa/opcodes.js';
import { buildStacktrace } from '../exceptions.js';
import { Export, type LoadedModule } from '../module.js';
import { growStack, type Process } from '../process.js';
import type { LambdaTarget } from './funs.js';

export const SLOW_ENTERED = 0;
export const SLOW_RETURNED = 1;
export const SLOW_FAILED = 2;

const BADFUN = atom('badfun');
const BADARITY = atom('badarity');

export function invokeBif(p: Process, e: BifEntry, args: unknown[]): unknown {
  switch (args.length) {
    case 0: return e.fn(p);
    case 1: return e.fn(p, args[0]);
    case 2: return e.fn(p, args[0], args[1]);
    case 3: return e.fn(p, args[0], args[1], args[2]);
    default: return e.fn(p, ...args);
  }
}

function enter(p: Process, code: LoadedModule, pc: number, argsAt: number, tail: boolean, retPc: number): number {
  const stack = p.stack;
  if (!tail) {
    stack[argsAt - 3] = p.code;
    stack[argsAt - 2] = retPc;
    stack[argsAt - 1] = p.base;
    p.base = argsAt;
  }
  p.code = code;
  p.pc = pc;
  if (p.base + code.maxFrame > stack.length) growStack(p, p.base + code.maxFrame);
  return SLOW_ENTERED;
}

/**
 * Calls `target` (an Export, a Fun, or anything else: badfun) with n arguments at stack[argsAt..].
 * For a tail call argsAt is the current base. The caller's state must be saved in `p`. Returns
 * SLOW_ENTERED (p now runs the callee), SLOW_RETURNED (p.slowResult holds the value of a BIF) or
 * SLOW_FAILED (exception recorded in p, with its stacktrace when the failure names a callee).
 */
export function invokeSlow(p: Process, target: unknown, argsAt: number, n: number, tail: boolean, retPc: number): number {
  for (let hops = 0; ; hops++) {
    if (target instanceof Export) {
      if (target.code !== null) return enter(p, target.code, target.pc, argsAt, tail, retPc);
      const b = target.bif;
      if (b !== null) {
        const args = p.stack.slice(argsAt, argsAt + n);
        const v = invokeBif(p, b, args);
        if (v === FAIL) {
          if (b.frame && p.excStack === null) {
            p.excStack = buildStacktrace(p, p.code!, p.pc, p.base, null, [b.module, b.name, args, true]);
          }
          return SLOW_FAILED;
        }
        if (v === TRAP) {
          target = p.trapTarget;
          const targs = p.trapArgs;
          p.trapTarget = null;
          n = targs.length;
          if (p.stack.length < argsAt + n + FRAME_LINK) growStack(p, argsAt + n + FRAME_LINK);
          for (let i = 0; i < n; i++) p.stack[argsAt + i] = targs[i];
          continue;
        }
        p.slowResult = v;
        return SLOW_RETURNED;
      }
      if (hops < 100 && p.runtime.codeServer.ensureLoaded(target.module) && (target.code !== null || target.bif !== null)) {
        continue;
      }
      return undef(p, target.module, target.name, p.stack.slice(argsAt, argsAt + n));
    }
    if (target instanceof Fun) {
      if (target.arity !== n) {
        const args = listFromArray(p.stack.slice(argsAt, argsAt + n));
        return fail(p, new Tuple([BADARITY, new Tuple([target, args])]));
      }
      if (target.kind === FUN_LOCAL) {
        let t = target.target as LambdaTarget;
        if (t.code.purged) {
          // The version that made the fun was purged: badfun, unless the same code is current.
          const live = p.runtime.codeServer.liveLambda(t);
          if (live === null) return fail(p, new Tuple([BADFUN, target]));
          t = live;
        }
        const env = target.env;
        if (p.stack.length < argsAt + n + env.length) growStack(p, argsAt + n + env.length);
        for (let i = 0; i < env.length; i++) p.stack[argsAt + n + i] = env[i];
        return enter(p, t.code, t.pc, argsAt, tail, retPc);
      }
      target = target.target;
      continue;
    }
    return fail(p, new Tuple([BADFUN, target]));
  }
}

function fail(p: Process, reason: unknown): number {
  error(p, reason);
  return SLOW_FAILED;
}

function undef(p: Process, m: Atom, f: Atom, args: unknown[]): number {
  error(p, UNDEF);
  p.excStack = buildStacktrace(p, p.code!, p.pc, p.base, null, [m, f, args, false]);
  return SLOW_FAILED;
}

/** The export entry for `M:F/n` in a dynamic call (M and F must be atoms), or FAIL. */
export function applyTarget(p: Process, m: unknown, f: unknown, n: number): unknown {
  if (!(m instanceof Atom) || !(f instanceof Atom)) return badarg(p);
  return p.runtime.codeServer.getExport(m, f, n);
}
