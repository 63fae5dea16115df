// The operators as BIFs ('erlang:+/2' ... 'erlang:--/2'): the slow paths of the inline arithmetic
// instructions and the targets of apply/3 and `fun erlang:'+'/2`. Integer results are normalised
// (number while safe, else bigint) and limited to OTP's integer size (system_limit beyond it);
// float results that are not finite raise badarith, like every mixed or float operation in OTP.

import { Atom, BADARITH, FALSE, TRUE, atom, bool } from '../../vm/terms/atom.js';
import { compareExact, compareTerms, eqArith, eqExact } from '../../vm/terms/compare.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { normInt, type Int } from '../../vm/terms/integer.js';
import { Cons, NIL } from '../../vm/terms/list.js';
import { badarg, error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { MAX_INT_BITS, bigResult, intToDouble } from './util.js';
import { chargeCells } from './work.js';

const SYSTEM_LIMIT = atom('system_limit');

function badarith(p: BifContext): unknown {
  return error(p, BADARITH);
}

/** An integer result, or system_limit when it exceeds OTP's integer size. */
function intResult(p: BifContext, b: bigint): unknown {
  const r = bigResult(b);
  return r === undefined ? error(p, SYSTEM_LIMIT) : r;
}

/** A number operand as a double for float arithmetic; NaN when it is no number or too large. */
function toDouble(t: unknown): number {
  if (t instanceof ErlFloat) return t.value;
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint') {
    const v = intToDouble(t);
    return Number.isFinite(v) ? v : NaN;
  }
  return NaN;
}

function floatOp(p: BifContext, a: unknown, b: unknown, op: (x: number, y: number) => number): unknown {
  const x = toDouble(a);
  const y = toDouble(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return badarith(p);
  const r = op(x, y);
  return Number.isFinite(r) ? new ErlFloat(r) : badarith(p);
}

const isInt = (t: unknown): t is Int => typeof t === 'number' || typeof t === 'bigint';

/** Two floats: the common case of float code (bench/nbody), without the generic conversions. */
function floatResult(p: BifContext, r: number): unknown {
  return Number.isFinite(r) ? new ErlFloat(r) : badarith(p);
}

export function plus_2(p: BifContext, a: unknown, b: unknown): unknown {
  if (a instanceof ErlFloat && b instanceof ErlFloat) return floatResult(p, a.value + b.value);
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  if (isInt(a) && isInt(b)) return intResult(p, BigInt(a) + BigInt(b));
  return floatOp(p, a, b, (x, y) => x + y);
}

function minus_2(p: BifContext, a: unknown, b: unknown): unknown {
  if (a instanceof ErlFloat && b instanceof ErlFloat) return floatResult(p, a.value - b.value);
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  if (isInt(a) && isInt(b)) return intResult(p, BigInt(a) - BigInt(b));
  return floatOp(p, a, b, (x, y) => x - y);
}

function times_2(p: BifContext, a: unknown, b: unknown): unknown {
  if (a instanceof ErlFloat && b instanceof ErlFloat) return floatResult(p, a.value * b.value);
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // An exact product within the safe range is exact in doubles; `+ 0` turns -0 into 0.
    if (Number.isSafeInteger(r)) return r + 0;
  }
  if (isInt(a) && isInt(b)) return intResult(p, BigInt(a) * BigInt(b));
  return floatOp(p, a, b, (x, y) => x * y);
}

/** `/` always answers a float; a zero divisor (integer or float, either sign) is badarith. */
function divide_2(p: BifContext, a: unknown, b: unknown): unknown {
  if (a instanceof ErlFloat && b instanceof ErlFloat && b.value !== 0) return floatResult(p, a.value / b.value);
  return floatOp(p, a, b, (x, y) => (y === 0 ? NaN : x / y));
}

function div_2(p: BifContext, a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) return badarith(p);
    // a % b is exact, so (a - a % b) / b is the exact truncated quotient.
    return (a - (a % b)) / b + 0;
  }
  if (!isInt(a) || !isInt(b) || b === 0) return badarith(p);
  return normInt(BigInt(a) / BigInt(b));
}

function rem_2(p: BifContext, a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) return badarith(p);
    return (a % b) + 0;
  }
  if (!isInt(a) || !isInt(b) || b === 0) return badarith(p);
  return normInt(BigInt(a) % BigInt(b));
}

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;
const isInt32 = (n: number) => n >= INT32_MIN && n <= INT32_MAX;

function bitOp(p: BifContext, a: unknown, b: unknown, small: (x: number, y: number) => number, big: (x: bigint, y: bigint) => bigint): unknown {
  if (typeof a === 'number' && typeof b === 'number' && isInt32(a) && isInt32(b)) return small(a, b);
  if (!isInt(a) || !isInt(b)) return badarith(p);
  return normInt(big(BigInt(a), BigInt(b)));
}

function band_2(p: BifContext, a: unknown, b: unknown): unknown {
  return bitOp(p, a, b, (x, y) => x & y, (x, y) => x & y);
}

function bor_2(p: BifContext, a: unknown, b: unknown): unknown {
  return bitOp(p, a, b, (x, y) => x | y, (x, y) => x | y);
}

function bxor_2(p: BifContext, a: unknown, b: unknown): unknown {
  return bitOp(p, a, b, (x, y) => x ^ y, (x, y) => x ^ y);
}

/** a * 2^n for any integer n (negative n shifts right, rounding towards minus infinity). */
function shift(p: BifContext, a: unknown, n: unknown): unknown {
  if (!isInt(a) || !isInt(n)) return badarith(p);
  if (a === 0) return 0;
  const negA = typeof a === 'number' ? a < 0 : a < 0n;
  if (typeof n === 'bigint' || n > MAX_INT_BITS || n < -MAX_INT_BITS) {
    const left = typeof n === 'bigint' ? n > 0n : n > 0;
    if (left) return error(p, SYSTEM_LIMIT);
    return negA ? -1 : 0;
  }
  if (typeof a === 'number') {
    if (n >= 0 && n < 53) {
      const r = a * 2 ** n;
      if (Number.isSafeInteger(r)) return r;
    } else if (n < 0) {
      // Dividing a safe integer by a power of two is exact; floor gives the arithmetic shift.
      return n <= -64 ? (negA ? -1 : 0) : Math.floor(a / 2 ** -n) + 0;
    }
  }
  const big = BigInt(a);
  return n >= 0 ? intResult(p, big << BigInt(n)) : normInt(big >> BigInt(-n));
}

function bsl_2(p: BifContext, a: unknown, n: unknown): unknown {
  return shift(p, a, n);
}

function bsr_2(p: BifContext, a: unknown, n: unknown): unknown {
  if (typeof n === 'number') return shift(p, a, -n);
  if (typeof n === 'bigint') return shift(p, a, normInt(-n));
  return badarith(p);
}

function bnot_1(p: BifContext, a: unknown): unknown {
  if (typeof a === 'number') {
    const r = -a - 1;
    return Number.isSafeInteger(r) ? r : normInt(~BigInt(a));
  }
  if (typeof a === 'bigint') return normInt(~a);
  return badarith(p);
}

function neg_1(p: BifContext, a: unknown): unknown {
  if (typeof a === 'number') return 0 - a;
  if (typeof a === 'bigint') return normInt(-a);
  if (a instanceof ErlFloat) return new ErlFloat(-a.value);
  return badarith(p);
}

function pos_1(p: BifContext, a: unknown): unknown {
  return isInt(a) || a instanceof ErlFloat ? a : badarith(p);
}

// ---- boolean operators: both operands are checked, there is no short circuit ----

const isBool = (t: unknown): t is Atom => t === TRUE || t === FALSE;

function not_1(p: BifContext, a: unknown): unknown {
  return isBool(a) ? bool(a === FALSE) : badarg(p);
}

function and_2(p: BifContext, a: unknown, b: unknown): unknown {
  return isBool(a) && isBool(b) ? bool(a === TRUE && b === TRUE) : badarg(p);
}

function or_2(p: BifContext, a: unknown, b: unknown): unknown {
  return isBool(a) && isBool(b) ? bool(a === TRUE || b === TRUE) : badarg(p);
}

function xor_2(p: BifContext, a: unknown, b: unknown): unknown {
  return isBool(a) && isBool(b) ? bool(a !== b) : badarg(p);
}

// ---- comparisons ----

function eq_2(_p: BifContext, a: unknown, b: unknown): Atom {
  return bool(eqArith(a, b));
}

function ne_2(_p: BifContext, a: unknown, b: unknown): Atom {
  return bool(!eqArith(a, b));
}

function exeq_2(_p: BifContext, a: unknown, b: unknown): Atom {
  return bool(eqExact(a, b));
}

function exne_2(_p: BifContext, a: unknown, b: unknown): Atom {
  return bool(!eqExact(a, b));
}

function lt_2(_p: BifContext, a: unknown, b: unknown): Atom {
  return bool(compareTerms(a, b) < 0);
}

function le_2(_p: BifContext, a: unknown, b: unknown): Atom {
  return bool(compareTerms(a, b) <= 0);
}

function gt_2(_p: BifContext, a: unknown, b: unknown): Atom {
  return bool(compareTerms(a, b) > 0);
}

function ge_2(_p: BifContext, a: unknown, b: unknown): Atom {
  return bool(compareTerms(a, b) >= 0);
}

// ---- list operators ----

/** A ++ B: A must be a proper list; B is used as the tail unexamined. */
export function append_2(p: BifContext, a: unknown, b: unknown): unknown {
  if (a === NIL) return b;
  const items: unknown[] = [];
  let l = a;
  while (l instanceof Cons) {
    items.push(l.hd);
    l = l.tl;
  }
  if (l !== NIL) return badarg(p);
  chargeCells(p, items.length);
  let r = b;
  for (let i = items.length - 1; i >= 0; i--) r = new Cons(items[i], r);
  return r;
}

/** Pairs up to this size are compared directly; larger ones binary-search a sorted copy of B. */
const SUBTRACT_DIRECT = 4096;

/**
 * A -- B: each element of B removes the first exactly equal (=:=) element of A. Removing the first
 * c occurrences of each value that B holds c times is the same thing, which the sorted path does
 * (term order, not hashing: 0.0 =:= -0.0 in OTP 25, and equal funs may be distinct objects).
 */
export function subtract_2(p: BifContext, a: unknown, b: unknown): unknown {
  const as: unknown[] = [];
  const bs: unknown[] = [];
  let l = a;
  for (; l instanceof Cons; l = l.tl) as.push(l.hd);
  if (l !== NIL) return badarg(p);
  for (l = b; l instanceof Cons; l = l.tl) bs.push(l.hd);
  if (l !== NIL) return badarg(p);
  chargeCells(p, as.length + bs.length);
  if (bs.length === 0 || as.length === 0) return a;
  let kept: unknown[];
  if (as.length * bs.length <= SUBTRACT_DIRECT) {
    kept = as.slice();
    for (const x of bs) {
      const i = kept.findIndex((y) => eqExact(x, y));
      if (i >= 0) kept.splice(i, 1);
    }
  } else {
    bs.sort(compareExact);
    const keys: unknown[] = [];
    const counts: number[] = [];
    for (const x of bs) {
      if (keys.length > 0 && compareExact(keys[keys.length - 1], x) === 0) counts[counts.length - 1]++;
      else {
        keys.push(x);
        counts.push(1);
      }
    }
    kept = [];
    for (const x of as) {
      const i = findSorted(keys, x);
      if (i >= 0 && counts[i] > 0) counts[i]--;
      else kept.push(x);
    }
  }
  let r: unknown = NIL;
  for (let i = kept.length - 1; i >= 0; i--) r = new Cons(kept[i], r);
  return r;
}

function findSorted(keys: unknown[], x: unknown): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareExact(keys[mid], x);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export const bifs: BifTable = {
  'erlang:+/2': { fn: plus_2, guard: true },
  'erlang:-/2': { fn: minus_2, guard: true },
  'erlang:*/2': { fn: times_2, guard: true },
  'erlang://2': { fn: divide_2, guard: true },
  'erlang:div/2': { fn: div_2, guard: true },
  'erlang:rem/2': { fn: rem_2, guard: true },
  'erlang:band/2': { fn: band_2, guard: true },
  'erlang:bor/2': { fn: bor_2, guard: true },
  'erlang:bxor/2': { fn: bxor_2, guard: true },
  'erlang:bsl/2': { fn: bsl_2, guard: true },
  'erlang:bsr/2': { fn: bsr_2, guard: true },
  'erlang:bnot/1': { fn: bnot_1, guard: true },
  'erlang:-/1': { fn: neg_1, guard: true },
  'erlang:+/1': { fn: pos_1, guard: true },
  'erlang:not/1': { fn: not_1, guard: true },
  'erlang:and/2': { fn: and_2, guard: true },
  'erlang:or/2': { fn: or_2, guard: true },
  'erlang:xor/2': { fn: xor_2, guard: true },
  'erlang:==/2': { fn: eq_2, guard: true },
  'erlang:/=/2': { fn: ne_2, guard: true },
  'erlang:=:=/2': { fn: exeq_2, guard: true },
  'erlang:=/=/2': { fn: exne_2, guard: true },
  'erlang:</2': { fn: lt_2, guard: true },
  'erlang:=</2': { fn: le_2, guard: true },
  'erlang:>/2': { fn: gt_2, guard: true },
  'erlang:>=/2': { fn: ge_2, guard: true },
  'erlang:++/2': append_2,
  'erlang:--/2': subtract_2,
};
