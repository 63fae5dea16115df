// The interpreter loop: runs one process until it has spent its reductions, waits in a receive, or
// exits. Hot state (code, pc, base, stack, reductions) lives in locals and is written back to the
// process only when control leaves the loop or a slow path needs it; `continue outer` reloads it.
// Fast paths are inline; everything rare is a call into vm/ops/. No allocation happens here except
// the terms the program itself builds.

import { Op } from './isa/op.js';
import { FRAME_LINK } from './isa/opcodes.js';
import { Atom, FALSE, TRUE, atom, IF_CLAUSE, FUNCTION_CLAUSE, INFINITY, NORMAL } from './terms/atom.js';
import { Cons, NIL } from './terms/list.js';
import { Tuple } from './terms/tuple.js';
import { ErlFloat } from './terms/float.js';
import { Bin } from './terms/binary.js';
import { ErlMap, mapGet } from './terms/map.js';
import { Fun, FUN_LOCAL } from './terms/fun.js';
import { Pid, Port, Ref } from './terms/pid.js';
import { compareTerms, eqExact, eqArith } from './terms/compare.js';
import { FAIL } from '../stdlib/bif.js';
import { Handler, HANDLER_CATCH, HANDLER_TRY, Process, ProcStatus, growStack } from './process.js';
import type { LoadedModule } from './module.js';
import { raiseError, throwFrom } from './ops/raise.js';
import { addSlow, subSlow } from './ops/arith.js';
import { invokeBif, invokeSlow, SLOW_ENTERED, SLOW_RETURNED, applyTarget } from './ops/calls.js';
import { makeFun, LambdaTarget } from './ops/funs.js';
import { putMapAssoc, putMapExact } from './ops/maps.js';
import { bsBuild, bsStartMatch, bsGet, bsSkip, bsGetTail, MatchCtx } from './ops/bits.js';

/** Integers are JS numbers up to here (see vm/terms/integer.ts). */
const MAX_SMALL = Number.MAX_SAFE_INTEGER;

export const RUN_YIELD = 0;
export const RUN_WAIT = 1;
export const RUN_EXIT = 2;
/** Only between a tier and the dispatcher: the state is saved in the process, carry on from it. */
export const RUN_NEXT = 3;

/** MINIERL_JIT=0 runs everything in the interpreter (the reference tier, for tests and triage). */
export const JIT_ENABLED = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.MINIERL_JIT !== '0';

/** The frames a failing inline + or - shows: erlang:'+'/2 and erlang:'-'/2, as BEAM's BIFs do. */
const PLUS_FRAME = { module: atom('erlang'), name: atom('+') };
const MINUS_FRAME = { module: atom('erlang'), name: atom('-') };

/** The error tag each raising instruction wraps its operand in: {badmatch, V} and so on. */
const ERROR_TAG_OF: Atom[] = [];
ERROR_TAG_OF[Op.badmatch] = atom('badmatch');
ERROR_TAG_OF[Op.case_end] = atom('case_clause');
ERROR_TAG_OF[Op.try_case_end] = atom('try_clause');
ERROR_TAG_OF[Op.badrecord] = atom('badrecord');

/**
 * Runs `p` for at most `budget` reductions. Returns RUN_YIELD (budget spent, state saved),
 * RUN_WAIT (blocked in receive) or RUN_EXIT (p.exitReason is set).
 */
export function execute(p: Process, budget: number): number {
  if (!JIT_ENABLED) {
    const r = interpret(p, budget);
    releaseStack(p);
    return r;
  }
  // Compiled functions hand control back here whenever it leaves them (another function, another
  // module, a handler); the process state is then in p, and the function containing p.pc goes on.
  p.reds = budget;
  p.depth = 0;
  let r: number;
  do {
    const jit = p.code!.jit!;
    const pc = p.pc;
    r = jit.fns[jit.fnOf[pc]](p, pc, p.base);
  } while (r === RUN_NEXT);
  // p.reds is below zero after a charged BIF spent more than the budget: count all of it.
  p.reductions += budget - p.reds;
  releaseStack(p);
  return r;
}

/**
 * After a deep recursion the stack array keeps its length, and its dead slots keep whole data
 * structures alive (and the GC scanning them). Between slices, cut a stack that is mostly dead.
 */
function releaseStack(p: Process): void {
  const s = p.stack;
  if (s.length <= 65536) return;
  const live = p.base + (p.code === null ? 0 : p.code.maxFrame) + 1024;
  if (s.length > 4 * live) s.length = 2 * live;
}

/** The interpreter: the reference tier, and what runs when the JIT is off. */
export function interpret(p: Process, budget: number): number {
  let reds = budget;
  outer: for (;;) {
    let code = p.code as LoadedModule;
    let ops = code.code;
    let lits = code.lits;
    let pc = p.pc;
    let base = p.base;
    const stack = p.stack;
    for (;;) {
      switch (ops[pc]) {
        case Op.move: {
          const s = ops[pc + 1];
          stack[base + ops[pc + 2]] = s >= 0 ? stack[base + s] : lits[~s];
          pc += 3;
          break;
        }
        case Op.jump:
          pc = ops[pc + 1];
          break;
        case Op.call: {
          if (--reds < 0) return suspend(p, code, pc, base, budget);
          const nb = base + ops[pc + 1] + FRAME_LINK;
          stack[nb - 3] = code;
          stack[nb - 2] = pc + 3;
          stack[nb - 1] = base;
          base = nb;
          pc = ops[pc + 2];
          if (base + code.maxFrame > stack.length) growStack(p, base + code.maxFrame);
          break;
        }
        case Op.call_last: {
          if (--reds < 0) return suspend(p, code, pc, base, budget);
          const src = base + ops[pc + 1];
          const n = ops[pc + 2];
          for (let i = 0; i < n; i++) stack[base + i] = stack[src + i];
          pc = ops[pc + 3];
          if (base + code.maxFrame > stack.length) growStack(p, base + code.maxFrame);
          break;
        }
        case Op.call_ext: {
          if (--reds < 0) return suspend(p, code, pc, base, budget);
          const e = code.imports[ops[pc + 2]];
          const target = e.code;
          if (target !== null) {
            const nb = base + ops[pc + 1] + FRAME_LINK;
            stack[nb - 3] = code;
            stack[nb - 2] = pc + 3;
            stack[nb - 1] = base;
            base = nb;
            code = target;
            ops = code.code;
            lits = code.lits;
            pc = e.pc;
            if (base + code.maxFrame > stack.length) growStack(p, base + code.maxFrame);
            break;
          }
          p.code = code; p.pc = pc; p.base = base;
          const a = ops[pc + 1];
          const r = invokeSlow(p, e, base + a + FRAME_LINK, e.arity, false, pc + 3);
          if (r === SLOW_RETURNED) {
            stack[base + a] = p.slowResult; p.slowResult = null; pc += 3;
            // A BIF that charged for its work (or erlang:yield/0) ends the slice once it is spent.
            if (p.bifReds !== 0 && (reds -= p.bifReds, p.bifReds = 0, reds < 0)) return chargedYield(p, code, pc, base, budget - reds);
            break;
          }
          if (r === SLOW_ENTERED) continue outer;
          if (throwFrom(p, code, pc, base, null)) continue outer;
          return RUN_EXIT;
        }
        case Op.call_ext_last: {
          if (--reds < 0) return suspend(p, code, pc, base, budget);
          const e = code.imports[ops[pc + 3]];
          const src = base + ops[pc + 1];
          const n = ops[pc + 2];
          for (let i = 0; i < n; i++) stack[base + i] = stack[src + i];
          const target = e.code;
          if (target !== null) {
            code = target;
            ops = code.code;
            lits = code.lits;
            pc = e.pc;
            if (base + code.maxFrame > stack.length) growStack(p, base + code.maxFrame);
            break;
          }
          p.code = code; p.pc = pc; p.base = base;
          const r = invokeSlow(p, e, base, e.arity, true, 0);
          if (r === SLOW_ENTERED) continue outer;
          if (r === SLOW_RETURNED) {
            const v = p.slowResult; p.slowResult = null;
            if (!doReturn(p, v)) return RUN_EXIT;
            if (p.bifReds !== 0 && (reds -= p.bifReds, p.bifReds = 0, reds < 0)) return chargedYield(p, p.code!, p.pc, p.base, budget - reds);
            continue outer;
          }
          if (throwFrom(p, code, pc, base, null)) continue outer;
          return RUN_EXIT;
        }
        case Op.call_fun:
        case Op.call_fun_last:
        case Op.apply:
        case Op.apply_last: {
          if (--reds < 0) return suspend(p, code, pc, base, budget);
          const tail = ops[pc] === Op.call_fun_last || ops[pc] === Op.apply_last;
          const a = ops[pc + 1];
          const n = ops[pc + 2];
          const argsAt = tail ? base + a : base + a + FRAME_LINK;
          let f: unknown;
          if (ops[pc] === Op.apply || ops[pc] === Op.apply_last) {
            p.code = code; p.pc = pc; p.base = base;
            f = applyTarget(p, stack[argsAt + n], stack[argsAt + n + 1], n);
            if (f === FAIL) {
              if (throwFrom(p, code, pc, base, null)) continue outer;
              return RUN_EXIT;
            }
          } else {
            f = stack[argsAt + n];
          }
          if (f instanceof Fun && f.kind === FUN_LOCAL && f.arity === n && !(f.target as LambdaTarget).code.purged) {
            // Inline path for the common case: a local fun of the right arity, its code not purged.
            const t = f.target as LambdaTarget;
            const env = f.env;
            if (argsAt + t.code.maxFrame > stack.length) growStack(p, argsAt + t.code.maxFrame);
            for (let i = 0; i < env.length; i++) stack[argsAt + n + i] = env[i];
            if (tail) {
              for (let i = 0; i < n + env.length; i++) stack[base + i] = stack[argsAt + i];
            } else {
              const nb = argsAt;
              stack[nb - 3] = code;
              stack[nb - 2] = pc + 3;
              stack[nb - 1] = base;
              base = nb;
            }
            code = t.code;
            ops = code.code;
            lits = code.lits;
            pc = t.pc;
            if (base + code.maxFrame > stack.length) growStack(p, base + code.maxFrame);
            break;
          }
          p.code = code; p.pc = pc; p.base = base;
          if (tail) for (let i = 0; i < n; i++) stack[base + i] = stack[argsAt + i];
          const r = invokeSlow(p, f, tail ? base : argsAt, n, tail, pc + 3);
          if (r === SLOW_ENTERED) continue outer;
          if (r === SLOW_RETURNED) {
            const v = p.slowResult;
            p.slowResult = null;
            if (tail) { if (doReturn(p, v)) continue outer; return RUN_EXIT; }
            stack[base + a] = v;
            pc += 3;
            break;
          }
          if (throwFrom(p, code, pc, base, null)) continue outer;
          return RUN_EXIT;
        }
        case Op.return: {
          const s = ops[pc + 1];
          const v = s >= 0 ? stack[base + s] : lits[~s];
          const rc = stack[base - 3] as LoadedModule | null;
          if (rc === null) {
            p.result = v;
            p.exitReason = NORMAL;
            p.reductions += budget - reds;
            return RUN_EXIT;
          }
          pc = stack[base - 2] as number;
          stack[base - 3] = v;
          base = stack[base - 1] as number;
          if (rc !== code) {
            code = rc;
            ops = code.code;
            lits = code.lits;
          }
          break;
        }

        // ---- type tests ----
        case Op.is_integer: {
          const v = src(stack, base, lits, ops[pc + 2]);
          pc = typeof v === 'number' || typeof v === 'bigint' ? pc + 3 : ops[pc + 1];
          break;
        }
        case Op.is_float:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof ErlFloat ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_number: {
          const v = src(stack, base, lits, ops[pc + 2]);
          pc = typeof v === 'number' || typeof v === 'bigint' || v instanceof ErlFloat ? pc + 3 : ops[pc + 1];
          break;
        }
        case Op.is_atom:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof Atom ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_boolean: {
          const v = src(stack, base, lits, ops[pc + 2]);
          pc = v === TRUE || v === FALSE ? pc + 3 : ops[pc + 1];
          break;
        }
        case Op.is_pid:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof Pid ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_reference:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof Ref ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_port:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof Port ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_function:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof Fun ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_function2: {
          const f = src(stack, base, lits, ops[pc + 2]);
          const n = src(stack, base, lits, ops[pc + 3]);
          pc = f instanceof Fun && f.arity === n ? pc + 4 : ops[pc + 1];
          break;
        }
        case Op.is_binary: {
          const v = src(stack, base, lits, ops[pc + 2]);
          pc = v instanceof Bin && (v.bitSize & 7) === 0 ? pc + 3 : ops[pc + 1];
          break;
        }
        case Op.is_bitstring:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof Bin ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_list: {
          const v = src(stack, base, lits, ops[pc + 2]);
          pc = v instanceof Cons || v === NIL ? pc + 3 : ops[pc + 1];
          break;
        }
        case Op.is_nonempty_list:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof Cons ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_nil:
          pc = src(stack, base, lits, ops[pc + 2]) === NIL ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_tuple:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof Tuple ? pc + 3 : ops[pc + 1];
          break;
        case Op.is_map:
          pc = src(stack, base, lits, ops[pc + 2]) instanceof ErlMap ? pc + 3 : ops[pc + 1];
          break;
        case Op.test_arity: {
          const v = src(stack, base, lits, ops[pc + 2]);
          pc = v instanceof Tuple && v.elements.length === ops[pc + 3] ? pc + 4 : ops[pc + 1];
          break;
        }
        case Op.is_tagged_tuple: {
          const v = src(stack, base, lits, ops[pc + 2]);
          pc =
            v instanceof Tuple && v.elements.length === ops[pc + 3] && v.elements[0] === lits[~ops[pc + 4]]
              ? pc + 5
              : ops[pc + 1];
          break;
        }
        case Op.is_eq_exact: {
          const a = src(stack, base, lits, ops[pc + 2]);
          const b = src(stack, base, lits, ops[pc + 3]);
          pc = a === b || eqExact(a, b) ? pc + 4 : ops[pc + 1];
          break;
        }
        case Op.is_ne_exact: {
          const a = src(stack, base, lits, ops[pc + 2]);
          const b = src(stack, base, lits, ops[pc + 3]);
          pc = a === b || eqExact(a, b) ? ops[pc + 1] : pc + 4;
          break;
        }
        case Op.is_eq: {
          const a = src(stack, base, lits, ops[pc + 2]);
          const b = src(stack, base, lits, ops[pc + 3]);
          pc = eqArith(a, b) ? pc + 4 : ops[pc + 1];
          break;
        }
        case Op.is_ne: {
          const a = src(stack, base, lits, ops[pc + 2]);
          const b = src(stack, base, lits, ops[pc + 3]);
          pc = eqArith(a, b) ? ops[pc + 1] : pc + 4;
          break;
        }
        case Op.is_lt: {
          const a = src(stack, base, lits, ops[pc + 2]);
          const b = src(stack, base, lits, ops[pc + 3]);
          const lt = typeof a === 'number' && typeof b === 'number' ? a < b : compareTerms(a, b) < 0;
          pc = lt ? pc + 4 : ops[pc + 1];
          break;
        }
        case Op.is_ge: {
          const a = src(stack, base, lits, ops[pc + 2]);
          const b = src(stack, base, lits, ops[pc + 3]);
          const ge = typeof a === 'number' && typeof b === 'number' ? a >= b : compareTerms(a, b) >= 0;
          pc = ge ? pc + 4 : ops[pc + 1];
          break;
        }

        // ---- data ----
        case Op.get_list: {
          const c = src(stack, base, lits, ops[pc + 1]) as Cons;
          stack[base + ops[pc + 2]] = c.hd;
          stack[base + ops[pc + 3]] = c.tl;
          pc += 4;
          break;
        }
        case Op.get_hd:
          stack[base + ops[pc + 2]] = (src(stack, base, lits, ops[pc + 1]) as Cons).hd;
          pc += 3;
          break;
        case Op.get_tl:
          stack[base + ops[pc + 2]] = (src(stack, base, lits, ops[pc + 1]) as Cons).tl;
          pc += 3;
          break;
        case Op.get_tuple_element:
          stack[base + ops[pc + 3]] = (src(stack, base, lits, ops[pc + 1]) as Tuple).elements[ops[pc + 2]];
          pc += 4;
          break;
        case Op.put_list:
          stack[base + ops[pc + 3]] = new Cons(src(stack, base, lits, ops[pc + 1]), src(stack, base, lits, ops[pc + 2]));
          pc += 4;
          break;
        case Op.put_tuple: {
          const n = ops[pc + 2];
          const els = new Array(n);
          for (let i = 0; i < n; i++) els[i] = src(stack, base, lits, ops[pc + 3 + i]);
          stack[base + ops[pc + 1]] = new Tuple(els);
          pc += 3 + n;
          break;
        }

        // ---- BIFs and inline arithmetic ----
        case Op.bif1: {
          const e = code.bifs[ops[pc + 2]];
          const x = src(stack, base, lits, ops[pc + 3]);
          const v = e.fn(p, x);
          if (v === FAIL) {
            if (ops[pc + 1] !== 0) { pc = ops[pc + 1]; break; }
            if (throwFrom(p, code, pc, base, e.frame ? [e, [x]] : null)) continue outer;
            return RUN_EXIT;
          }
          stack[base + ops[pc + 4]] = v;
          pc += 5;
          break;
        }
        case Op.bif2: {
          const e = code.bifs[ops[pc + 2]];
          const x = src(stack, base, lits, ops[pc + 3]);
          const y = src(stack, base, lits, ops[pc + 4]);
          const v = e.fn(p, x, y);
          if (v === FAIL) {
            if (ops[pc + 1] !== 0) { pc = ops[pc + 1]; break; }
            if (throwFrom(p, code, pc, base, e.frame ? [e, [x, y]] : null)) continue outer;
            return RUN_EXIT;
          }
          stack[base + ops[pc + 5]] = v;
          pc += 6;
          // Charged BIFs (a send of a big message) end the slice once the budget is spent.
          if (p.bifReds !== 0 && (reds -= p.bifReds, p.bifReds = 0, reds < 0)) return chargedYield(p, code, pc, base, budget - reds);
          break;
        }
        case Op.bif: {
          const e = code.bifs[ops[pc + 2]];
          const n = ops[pc + 4];
          const args = new Array(n);
          for (let i = 0; i < n; i++) args[i] = src(stack, base, lits, ops[pc + 5 + i]);
          p.code = code; p.pc = pc; p.base = base;
          const v = invokeBif(p, e, args);
          if (v === FAIL) {
            if (ops[pc + 1] !== 0) { pc = ops[pc + 1]; break; }
            if (throwFrom(p, code, pc, base, e.frame ? [e, args] : null)) continue outer;
            return RUN_EXIT;
          }
          stack[base + ops[pc + 3]] = v;
          pc += 5 + n;
          break;
        }
        case Op.add: {
          const a = src(stack, base, lits, ops[pc + 2]);
          const b = src(stack, base, lits, ops[pc + 3]);
          let v: unknown;
          if (typeof a === 'number' && typeof b === 'number' && (v = a + b) as number <= MAX_SMALL && (v as number) >= -MAX_SMALL) {
            // fast path: both small, result small
          } else {
            v = addSlow(p, a, b);
            if (v === FAIL) {
              if (ops[pc + 1] !== 0) { pc = ops[pc + 1]; break; }
              if (throwFrom(p, code, pc, base, [PLUS_FRAME, [a, b]])) continue outer;
              return RUN_EXIT;
            }
          }
          stack[base + ops[pc + 4]] = v;
          pc += 5;
          break;
        }
        case Op.sub: {
          const a = src(stack, base, lits, ops[pc + 2]);
          const b = src(stack, base, lits, ops[pc + 3]);
          let v: unknown;
          if (typeof a === 'number' && typeof b === 'number' && (v = a - b) as number <= MAX_SMALL && (v as number) >= -MAX_SMALL) {
            // fast path
          } else {
            v = subSlow(p, a, b);
            if (v === FAIL) {
              if (ops[pc + 1] !== 0) { pc = ops[pc + 1]; break; }
              if (throwFrom(p, code, pc, base, [MINUS_FRAME, [a, b]])) continue outer;
              return RUN_EXIT;
            }
          }
          stack[base + ops[pc + 4]] = v;
          pc += 5;
          break;
        }

        // ---- raising ----
        case Op.badmatch:
        case Op.case_end:
        case Op.try_case_end:
        case Op.badrecord:
          raiseError(p, new Tuple([ERROR_TAG_OF[ops[pc]], src(stack, base, lits, ops[pc + 1])]));
          if (throwFrom(p, code, pc, base, null)) continue outer;
          return RUN_EXIT;
        case Op.if_end:
          raiseError(p, IF_CLAUSE);
          if (throwFrom(p, code, pc, base, null)) continue outer;
          return RUN_EXIT;
        case Op.func_clause: {
          raiseError(p, FUNCTION_CLAUSE);
          const args = stack.slice(base, base + ops[pc + 1]);
          if (throwFrom(p, code, pc, base, null, args)) continue outer;
          return RUN_EXIT;
        }
        case Op.try:
          p.handlers.push(new Handler(code, ops[pc + 1], base, ops[pc + 2], HANDLER_TRY));
          pc += 3;
          break;
        case Op.catch:
          p.handlers.push(new Handler(code, ops[pc + 1], base, ops[pc + 2], HANDLER_CATCH));
          pc += 3;
          break;
        case Op.try_end:
        case Op.catch_end:
          p.handlers.pop();
          pc += 1;
          break;
        case Op.raise: {
          p.excClass = src(stack, base, lits, ops[pc + 1]) as Atom;
          p.excReason = src(stack, base, lits, ops[pc + 2]);
          p.excStack = src(stack, base, lits, ops[pc + 3]);
          if (throwFrom(p, code, pc, base, null)) continue outer;
          return RUN_EXIT;
        }

        // ---- receive ----
        case Op.recv_peek:
          if (p.cursor < p.mailbox.length) {
            stack[base + ops[pc + 2]] = p.mailbox.get(p.cursor);
            pc += 3;
          } else pc = ops[pc + 1];
          break;
        case Op.recv_remove:
          p.mailbox.removeAt(p.cursor);
          p.cursor = 0;
          if (p.timer !== null) p.runtime.cancelReceiveTimer(p);
          pc += 1;
          break;
        case Op.recv_next:
          p.cursor++;
          pc = ops[pc + 1];
          break;
        case Op.recv_wait:
          p.pc = ops[pc + 1];
          p.code = code;
          p.base = base;
          p.reductions += budget - reds;
          return RUN_WAIT;
        case Op.recv_wait_timeout: {
          const t = src(stack, base, lits, ops[pc + 2]);
          if (t === INFINITY) {
            p.pc = ops[pc + 1]; p.code = code; p.base = base;
            p.reductions += budget - reds;
            return RUN_WAIT;
          }
          if (typeof t !== 'number' || t < 0) {
            // OTP raises timeout_value for a bad `after` expression.
            raiseError(p, atom('timeout_value'));
            if (throwFrom(p, code, pc, base, null)) continue outer;
            return RUN_EXIT;
          }
          if (t === 0) { pc += 3; break; }
          p.pc = ops[pc + 1]; p.code = code; p.base = base;
          if (p.timer === null) p.runtime.armReceiveTimer(p, t, pc + 3);
          p.reductions += budget - reds;
          return RUN_WAIT;
        }
        case Op.recv_timeout:
          p.cursor = 0;
          pc += 1;
          break;

        // ---- funs, maps, binaries ----
        case Op.make_fun: {
          const n = ops[pc + 3];
          const env = new Array(n);
          for (let i = 0; i < n; i++) env[i] = src(stack, base, lits, ops[pc + 4 + i]);
          stack[base + ops[pc + 1]] = makeFun(code, ops[pc + 2], env);
          pc += 4 + n;
          break;
        }
        case Op.put_map_assoc:
        case Op.put_map_exact: {
          const m = src(stack, base, lits, ops[pc + 3]);
          const n = ops[pc + 4];
          const v = ops[pc] === Op.put_map_assoc
            ? putMapAssoc(p, m, stack, base, lits, ops, pc + 5, n)
            : putMapExact(p, m, stack, base, lits, ops, pc + 5, n);
          if (v === FAIL) {
            if (ops[pc + 1] !== 0) { pc = ops[pc + 1]; break; }
            if (throwFrom(p, code, pc, base, null)) continue outer;
            return RUN_EXIT;
          }
          stack[base + ops[pc + 2]] = v;
          pc += 5 + n;
          break;
        }
        case Op.get_map_elements: {
          const m = src(stack, base, lits, ops[pc + 2]);
          const n = ops[pc + 3];
          let ok = m instanceof ErlMap;
          for (let i = 0; ok && i < n; i += 2) {
            const v = mapGet(m as ErlMap, src(stack, base, lits, ops[pc + 4 + i]));
            if (v === undefined) ok = false;
            else stack[base + ops[pc + 5 + i]] = v;
          }
          pc = ok ? pc + 4 + n : ops[pc + 1];
          break;
        }
        case Op.bs_build: {
          const n = ops[pc + 3];
          const v = bsBuild(p, stack, base, lits, ops, pc + 4, n);
          if (v === FAIL) {
            if (ops[pc + 1] !== 0) { pc = ops[pc + 1]; break; }
            if (throwFrom(p, code, pc, base, null)) continue outer;
            return RUN_EXIT;
          }
          stack[base + ops[pc + 2]] = v;
          pc += 4 + n;
          break;
        }
        case Op.bs_start_match: {
          const v = src(stack, base, lits, ops[pc + 2]);
          if (v instanceof Bin) {
            stack[base + ops[pc + 3]] = bsStartMatch(v);
            pc += 4;
          } else pc = ops[pc + 1];
          break;
        }
        case Op.bs_get: {
          const ctx = stack[base + ops[pc + 2]] as MatchCtx;
          const size = src(stack, base, lits, ops[pc + 4]);
          const v = bsGet(ctx, ops[pc + 3], size);
          if (v === FAIL) { pc = ops[pc + 1]; break; }
          stack[base + ops[pc + 5]] = v;
          pc += 6;
          break;
        }
        case Op.bs_skip: {
          const ctx = stack[base + ops[pc + 2]] as MatchCtx;
          const size = src(stack, base, lits, ops[pc + 4]);
          pc = bsSkip(ctx, ops[pc + 3], size) ? pc + 5 : ops[pc + 1];
          break;
        }
        case Op.bs_test_tail: {
          const ctx = stack[base + ops[pc + 2]] as MatchCtx;
          pc = ctx.end - ctx.pos === ops[pc + 3] ? pc + 4 : ops[pc + 1];
          break;
        }
        case Op.bs_get_tail: {
          const ctx = stack[base + ops[pc + 1]] as MatchCtx;
          stack[base + ops[pc + 2]] = bsGetTail(ctx);
          pc += 3;
          break;
        }
        case Op.bs_test_unit: {
          const ctx = stack[base + ops[pc + 2]] as MatchCtx;
          pc = (ctx.end - ctx.pos) % ops[pc + 3] === 0 ? pc + 4 : ops[pc + 1];
          break;
        }
        default:
          throw new Error(`VM bug: unknown opcode ${ops[pc]} at ${code.name.name}:${pc}`);
      }
    }
  }
}

/** A BIF's charge spent the budget: the slice ends after it, at `pc`. */
function chargedYield(p: Process, code: LoadedModule, pc: number, base: number, spent: number): number {
  p.code = code;
  p.pc = pc;
  p.base = base;
  p.reductions += spent;
  return RUN_YIELD;
}

/** A call found the budget spent: it did nothing yet, so resuming re-executes it. */
function suspend(p: Process, code: LoadedModule, pc: number, base: number, budget: number): number {
  p.code = code;
  p.pc = pc;
  p.base = base;
  p.reductions += budget;
  return RUN_YIELD;
}

function src(stack: unknown[], base: number, lits: unknown[], s: number): unknown {
  return s >= 0 ? stack[base + s] : lits[~s];
}

/** Returns `v` from the current frame of p (state in p); false if the process finished. */
export function doReturn(p: Process, v: unknown): boolean {
  const stack = p.stack;
  const base = p.base;
  const rc = stack[base - 3] as LoadedModule | null;
  if (rc === null) {
    p.result = v;
    p.exitReason = NORMAL;
    p.status = ProcStatus.Exited;
    return false;
  }
  p.pc = stack[base - 2] as number;
  stack[base - 3] = v;
  p.base = stack[base - 1] as number;
  p.code = rc;
  return true;
}
