// What generated code may touch: term classes, the interpreter's helpers, and the slow paths of
// the instructions the translator does not inline. Generated functions receive this object as `R`;
// keeping it one frozen object makes every property access a fixed-shape load.

import { Atom, FALSE, TRUE, atom, IF_CLAUSE, FUNCTION_CLAUSE, INFINITY, NORMAL } from '../terms/atom.js';
import { Cons, NIL } from '../terms/list.js';
import { Tuple } from '../terms/tuple.js';
import { ErlFloat } from '../terms/float.js';
import { Bin } from '../terms/binary.js';
import { ErlMap, mapGet } from '../terms/map.js';
import { Fun } from '../terms/fun.js';
import { Pid, Port, Ref } from '../terms/pid.js';
import { compareTerms, eqExact, eqArith } from '../terms/compare.js';
import { FAIL, TRAP } from '../../stdlib/bif.js';
import type { BifEntry } from '../../stdlib/registry.js';
import { buildStacktrace } from '../exceptions.js';
import { FRAME_LINK } from '../isa/opcodes.js';
import { Op } from '../isa/op.js';
import { Handler, HANDLER_CATCH, HANDLER_TRY, growStack, type Process } from '../process.js';
import type { LoadedModule, Export } from '../module.js';
import { raiseError, throwFrom } from '../ops/raise.js';
import { addSlow, subSlow } from '../ops/arith.js';
import { invokeBif, invokeSlow, SLOW_ENTERED, SLOW_FAILED, SLOW_RETURNED, applyTarget } from '../ops/calls.js';
import { makeFun } from '../ops/funs.js';
import { putMapAssoc, putMapExact } from '../ops/maps.js';
import { bsBuild, bsStartMatch, bsGet, bsSkip, bsGetTail } from '../ops/bits.js';
import { doReturn, RUN_EXIT, RUN_NEXT, RUN_YIELD } from '../interp.js';

const ERROR_TAG_OF: Atom[] = [];
ERROR_TAG_OF[Op.badmatch] = atom('badmatch');
ERROR_TAG_OF[Op.case_end] = atom('case_clause');
ERROR_TAG_OF[Op.try_case_end] = atom('try_clause');
ERROR_TAG_OF[Op.badrecord] = atom('badrecord');

/** A remote tail call whose target is not loaded code: a BIF, autoload, or undef. State is in p. */
function callExtLastSlow(p: Process, e: Export): number {
  const r = invokeSlow(p, e, p.base, e.arity, true, 0);
  if (r === SLOW_ENTERED) return RUN_NEXT;
  if (r === SLOW_RETURNED) {
    const v = p.slowResult;
    p.slowResult = null;
    if (!doReturn(p, v)) return RUN_EXIT;
    return chargeBif(p);
  }
  return throwFrom(p, p.code!, p.pc, p.base, null) ? RUN_NEXT : RUN_EXIT;
}

/** After a BIF returned with the state in p: its charge (p.bifReds) may end the slice. */
function chargeBif(p: Process): number {
  if (p.bifReds === 0) return RUN_NEXT;
  p.reds -= p.bifReds;
  p.bifReds = 0;
  // p.reds stays negative: the dispatcher counts the whole charge.
  return p.reds >= 0 ? RUN_NEXT : RUN_YIELD;
}

/**
 * A BIF called directly by call_ext failed or trapped: finish it as invokeSlow would (the failing
 * BIF's frame on the stacktrace, or the call it traps to). Its arguments are still at argsAt.
 */
function bifMissed(p: Process, b: BifEntry, v: unknown, argsAt: number, retPc: number): number {
  if (v === FAIL) {
    if (b.frame && p.excStack === null) {
      p.excStack = buildStacktrace(p, p.code!, p.pc, p.base, null, [b.module, b.name, p.stack.slice(argsAt, argsAt + b.arity), true]);
    }
    return SLOW_FAILED;
  }
  const target = p.trapTarget;
  const args = p.trapArgs;
  p.trapTarget = null;
  if (p.stack.length < argsAt + args.length + FRAME_LINK) growStack(p, argsAt + args.length + FRAME_LINK);
  for (let i = 0; i < args.length; i++) p.stack[argsAt + i] = args[i];
  return invokeSlow(p, target, argsAt, args.length, false, retPc);
}

/**
 * call_fun, call_fun_last, apply and apply_last at `pc`: leaves p in the callee, after the call with
 * the result stored (a BIF answered at once), or in a handler.
 */
function callDynamic(p: Process, code: LoadedModule, pc: number, base: number, tail: boolean, isApply: boolean, a: number, n: number): number {
  const stack = p.stack;
  const argsAt = tail ? base + a : base + a + FRAME_LINK;
  p.code = code;
  p.pc = pc;
  p.base = base;
  let f: unknown;
  if (isApply) {
    f = applyTarget(p, stack[argsAt + n], stack[argsAt + n + 1], n);
    if (f === FAIL) return throwFrom(p, code, pc, base, null) ? RUN_NEXT : RUN_EXIT;
  } else {
    f = stack[argsAt + n];
  }
  if (tail) for (let i = 0; i < n; i++) stack[base + i] = stack[argsAt + i];
  const r = invokeSlow(p, f, tail ? base : argsAt, n, tail, pc + 3);
  if (r === SLOW_ENTERED) return RUN_NEXT;
  if (r === SLOW_RETURNED) {
    const v = p.slowResult;
    p.slowResult = null;
    if (tail) return doReturn(p, v) ? chargeBif(p) : RUN_EXIT;
    stack[base + a] = v;
    p.pc = pc + 3;
    return chargeBif(p);
  }
  return throwFrom(p, code, pc, base, null) ? RUN_NEXT : RUN_EXIT;
}

export const SUPPORT = Object.freeze({
  Atom, TRUE, FALSE, NIL, INFINITY, NORMAL, IF_CLAUSE, FUNCTION_CLAUSE,
  TIMEOUT_VALUE: atom('timeout_value'),
  Cons, Tuple, ErlFloat, Bin, ErlMap, Fun, Pid, Port, Ref,
  FAIL, TRAP, SLOW_ENTERED, SLOW_RETURNED,
  PLUS_FRAME: { module: atom('erlang'), name: atom('+') },
  MINUS_FRAME: { module: atom('erlang'), name: atom('-') },
  ERROR_TAG_OF,
  Handler, HANDLER_TRY, HANDLER_CATCH,
  compareTerms, eqExact, eqArith, mapGet,
  growStack, raiseError, throwFrom, addSlow, subSlow, invokeBif, invokeSlow,
  makeFun, putMapAssoc, putMapExact, bsBuild, bsStartMatch, bsGet, bsSkip, bsGetTail,
  callExtLastSlow, callDynamic, bifMissed,
});
