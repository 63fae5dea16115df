// The lists module: its real BIFs (reverse/2, member/2, keyfind/3, keymember/3, keysearch/3) and
// native versions of common Erlang-coded functions. Each native version returns what OTP's Erlang
// code returns, errors included: a failed clause match is error:function_clause (raised here, so
// the stack trace names this BIF rather than an inner helper), a failing BIF inside is badarg.

import { FALSE, FUNCTION_CLAUSE, TRUE, atom, bool } from '../../vm/terms/atom.js';
import { compareTerms, eqArith, eqExact } from '../../vm/terms/compare.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { normInt } from '../../vm/terms/integer.js';
import { Cons, NIL } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { FAIL, TRAP, badarg, chargeReds, error, trapTo, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { append_2 as plusplus, plus_2, subtract_2 } from './erlang-arith.js';
import { isInteger, listFromArray } from './util.js';
import { WORK_SHIFT, chargeCells } from './work.js';

/** Elements lists:reverse/2 handles before it yields (a few ms of work). */
const REVERSE_CHUNK = 200_000;
const TRAP_REVERSE: [string, string] = ['minierl_trap', 'reverse'];
/** Elements lists:member/2 compares before it yields. */
const SCAN_CHUNK = 200_000;
const TRAP_MEMBER: [string, string] = ['minierl_trap', 'member'];

const VALUE = atom('value');
const CASE_CLAUSE = atom('case_clause');
const SYSTEM_LIMIT = atom('system_limit');

function fc(p: BifContext): typeof FAIL {
  return error(p, FUNCTION_CLAUSE);
}

const isList = (t: unknown): boolean => t instanceof Cons || t === NIL;

/** The elements of a proper list, or undefined. */
function toArray(l: unknown): unknown[] | undefined {
  const out: unknown[] = [];
  while (l instanceof Cons) {
    out.push(l.hd);
    l = l.tl;
  }
  return l === NIL ? out : undefined;
}

function isPosInt(t: unknown): boolean {
  return (typeof t === 'number' && t > 0) || (typeof t === 'bigint' && t > 0n);
}

/** N - 1 the way Erlang computes it for any term (badarith for a non-number). */
function decrement(n: unknown): unknown {
  if (typeof n === 'number') return n - 1;
  if (typeof n === 'bigint') return normInt(n - 1n);
  if (n instanceof ErlFloat) return new ErlFloat(n.value - 1);
  return undefined;
}

// ---- BIFs ----

/** reverse/1 is Erlang code in OTP: a one-cell improper list fails its clauses, longer ones fail in reverse/2. */
function reverse_1(p: BifContext, l: unknown): unknown {
  if (l === NIL) return l;
  if (!(l instanceof Cons)) return fc(p);
  if (l.tl === NIL) return l;
  if (!(l.tl instanceof Cons)) return fc(p);
  return reverse_2(p, l, NIL);
}

function reverse_2(p: BifContext, l: unknown, tail: unknown): unknown {
  let r = tail;
  let n = 0;
  while (l instanceof Cons) {
    r = new Cons(l.hd, r);
    l = l.tl;
    // A long list is reversed a chunk per slice: minierl_trap:reverse/2 yields, then calls us again.
    if (++n === REVERSE_CHUNK && l instanceof Cons && trapTo(p, TRAP_REVERSE, [l, r])) return TRAP;
  }
  chargeReds(p, n >> WORK_SHIFT);
  return l === NIL ? r : badarg(p);
}

/**
 * A long list is searched a chunk per slice: minierl_trap:member/2 yields, then calls us again with
 * the rest. As on BEAM (whose member/2 traps too), a badarg for an improper tail found after a
 * yield names the remaining list, not the whole one.
 */
function member_2(p: BifContext, x: unknown, l: unknown): unknown {
  let n = 0;
  while (l instanceof Cons) {
    if (eqExact(x, l.hd)) {
      chargeCells(p, n);
      return TRUE;
    }
    l = l.tl;
    if (++n === SCAN_CHUNK && l instanceof Cons && trapTo(p, TRAP_MEMBER, [x, l])) return TRAP;
  }
  chargeCells(p, n);
  return l === NIL ? FALSE : badarg(p);
}

/** The first tuple whose element N equals (==) the key; null when none; undefined on badarg. */
function keyFind(p: BifContext, key: unknown, n: unknown, l: unknown): Tuple | null | undefined {
  if (typeof n !== 'number' || n < 1) return undefined;
  let cells = 0;
  while (l instanceof Cons) {
    const t = l.hd;
    cells++;
    if (t instanceof Tuple && t.elements.length >= n && eqArith(t.elements[n - 1], key)) {
      chargeCells(p, cells);
      return t;
    }
    l = l.tl;
  }
  chargeCells(p, cells);
  return l === NIL ? null : undefined;
}

function keyfind_3(p: BifContext, key: unknown, n: unknown, l: unknown): unknown {
  const t = keyFind(p, key, n, l);
  return t === undefined ? badarg(p) : t ?? FALSE;
}

function keymember_3(p: BifContext, key: unknown, n: unknown, l: unknown): unknown {
  const t = keyFind(p, key, n, l);
  return t === undefined ? badarg(p) : bool(t !== null);
}

function keysearch_3(p: BifContext, key: unknown, n: unknown, l: unknown): unknown {
  const t = keyFind(p, key, n, l);
  if (t === undefined) return badarg(p);
  return t === null ? FALSE : new Tuple([VALUE, t]);
}

// ---- appending and picking ----

function append_2(p: BifContext, a: unknown, b: unknown): unknown {
  return plusplus(p, a, b);
}

function nth_2(p: BifContext, n: unknown, l: unknown): unknown {
  for (;;) {
    if (!(l instanceof Cons)) return fc(p);
    if (n === 1) return l.hd;
    if (compareTerms(n, 1) <= 0) return fc(p);
    n = decrement(n);
    if (n === undefined) return error(p, atom('badarith'));
    l = l.tl;
  }
}

function nthtail_2(p: BifContext, n: unknown, l: unknown): unknown {
  for (;;) {
    if (l instanceof Cons && n === 1) return l.tl;
    if (l instanceof Cons && compareTerms(n, 1) > 0) {
      n = decrement(n);
      if (n === undefined) return error(p, atom('badarith'));
      l = l.tl;
      continue;
    }
    return n === 0 && isList(l) ? l : fc(p);
  }
}

function last_1(p: BifContext, l: unknown): unknown {
  if (!(l instanceof Cons)) return fc(p);
  let c: Cons = l;
  while (c.tl instanceof Cons) c = c.tl;
  return c.tl === NIL ? c.hd : fc(p);
}

/** Sum + H element by element, so a bad element is badarith before a bad tail is seen. */
function sum_1(p: BifContext, l: unknown): unknown {
  let sum: unknown = 0;
  while (l instanceof Cons) {
    sum = plus_2(p, sum, l.hd);
    if (sum === FAIL) return FAIL;
    l = l.tl;
  }
  return l === NIL ? sum : fc(p);
}

/** Ties keep the earlier element: max([1, 1.0]) is 1, max([1.0, 1]) is 1.0. */
function extreme(p: BifContext, l: unknown, sign: number): unknown {
  if (!(l instanceof Cons)) return fc(p);
  let best = l.hd;
  for (l = l.tl; l instanceof Cons; l = l.tl) {
    if (compareTerms(l.hd, best) * sign > 0) best = l.hd;
  }
  return l === NIL ? best : fc(p);
}

function max_1(p: BifContext, l: unknown): unknown {
  return extreme(p, l, 1);
}

function min_1(p: BifContext, l: unknown): unknown {
  return extreme(p, l, -1);
}

// ---- building ----

function seq_2(p: BifContext, first: unknown, last: unknown): unknown {
  if (!isInteger(first) || !isInteger(last)) return fc(p);
  if (typeof first === 'number' && typeof last === 'number') {
    if (first - 1 > last) return fc(p);
    let r: unknown = NIL;
    for (let x = last; x >= first; x--) r = new Cons(x, r);
    chargeReds(p, (last - first + 1) >> WORK_SHIFT);
    return r;
  }
  const f = BigInt(first);
  const t = BigInt(last);
  if (f - 1n > t) return fc(p);
  let r: unknown = NIL;
  for (let x = t; x >= f; x--) r = new Cons(normInt(x), r);
  return r;
}

function seq_3(p: BifContext, first: unknown, last: unknown, inc: unknown): unknown {
  if (!isInteger(first) || !isInteger(last) || !isInteger(inc)) return badarg(p);
  const f = BigInt(first);
  const t = BigInt(last);
  const d = BigInt(inc);
  if ((d > 0n && f - d <= t) || (d < 0n && f - d >= t)) {
    const n = (t - f + d) / d;
    let r: unknown = NIL;
    for (let k = n - 1n; k >= 0n; k--) r = new Cons(normInt(f + k * d), r);
    chargeReds(p, Number(n) >> WORK_SHIFT);
    return r;
  }
  if (d === 0n && f === t) return new Cons(first, NIL);
  return badarg(p);
}

/** A bignum count cannot be built (OTP would exhaust memory); that is system_limit here. */
function duplicate_2(p: BifContext, n: unknown, x: unknown): unknown {
  if (typeof n === 'bigint' && n > 0n) return error(p, SYSTEM_LIMIT);
  if (typeof n !== 'number' || n < 0) return fc(p);
  let r: unknown = NIL;
  for (let i = 0; i < n; i++) r = new Cons(x, r);
  chargeReds(p, n >> WORK_SHIFT);
  return r;
}

// ---- sorting: stable merge sorts (Array.prototype.sort is stable) ----

function sort_1(p: BifContext, l: unknown): unknown {
  const xs = toArray(l);
  if (xs === undefined) return fc(p);
  chargeReds(p, xs.length >> WORK_SHIFT);
  return listFromArray(sortLikeOtp(xs));
}

const NONE = Symbol('none');

/**
 * lists:sort/1 is not stable for equal (==) terms such as 1 and 1.0, and programs can see which
 * comes first, so this follows OTP's merge sort. It cuts the input into runs in the direction of
 * the first two unequal elements. A run may take an element between its last two, one in front
 * while it has only two, or set one aside (which then starts the next run with the element that
 * ends this one). Descending runs keep equal elements in reverse input order. The merge then
 * favours the older run on ties when the runs ascend and the newer run when they descend, which
 * a stable sort of the runs concatenated in that order reproduces.
 */
function sortLikeOtp(xs: unknown[]): unknown[] {
  const n = xs.length;
  if (n <= 3) return xs.sort(compareTerms);
  const cmp = compareTerms;
  const runs: unknown[][] = [];
  let r: unknown[] = [];
  let x = xs[0];
  let y = xs[1];
  let i = 2;
  if (cmp(x, y) === 0) {
    r.push(x);
    x = y;
    while (i < n && cmp(xs[i], x) === 0) {
      r.push(x);
      x = xs[i++];
    }
    if (i === n) return [...r, x];
    y = xs[i++];
  }
  const asc = cmp(x, y) < 0;
  let held: unknown = NONE;
  // r holds the run before x and y, in the order the run was built (oldest first).
  const finishRun = () => runs.push(asc ? [...r, x, y] : [y, x, ...r.reverse()]);
  for (; i < n; i++) {
    const z = xs[i];
    const zy = cmp(z, y);
    if (asc ? zy >= 0 : zy <= 0) {
      r.push(x);
      x = y;
      y = z;
      continue;
    }
    const zx = cmp(z, x);
    if (asc ? zx >= 0 : zx <= 0) {
      r.push(x);
      x = z;
      continue;
    }
    if (held === NONE) {
      if (r.length === 0) r.unshift(z);
      else held = z;
      continue;
    }
    finishRun();
    r = [];
    const hz = cmp(held, z);
    if (asc ? hz <= 0 : hz > 0) [x, y] = [held, z];
    else [x, y] = [z, held];
    held = NONE;
  }
  finishRun();
  if (held !== NONE) runs.push([held]);
  if (!asc) runs.reverse();
  // Array.prototype.sort is stable, so equal terms keep the order of the concatenation.
  return runs.flat().sort(cmp);
}

/** Among equal (==) elements the first in the input survives. */
function usort_1(p: BifContext, l: unknown): unknown {
  const xs = toArray(l);
  if (xs === undefined) return fc(p);
  chargeReds(p, xs.length >> WORK_SHIFT);
  xs.sort(compareTerms);
  const out: unknown[] = [];
  for (const x of xs) if (out.length === 0 || compareTerms(out[out.length - 1], x) !== 0) out.push(x);
  return listFromArray(out);
}

/**
 * The elements to key-sort, or the failure. With fewer than two elements nothing is examined; with
 * more, every element must have element I (badarg) before a bad tail counts (function_clause).
 */
function keySortInput(p: BifContext, i: unknown, l: unknown): unknown[] | unknown {
  if (!isPosInt(i)) return fc(p);
  if (l === NIL) return l;
  if (!(l instanceof Cons) || !(l.tl instanceof Cons || l.tl === NIL)) return error(p, new Tuple([CASE_CLAUSE, l]));
  if (l.tl === NIL) return l;
  const xs: unknown[] = [];
  let t: unknown = l;
  for (; t instanceof Cons; t = t.tl) {
    const x = t.hd;
    if (typeof i !== 'number' || !(x instanceof Tuple) || x.elements.length < i) return badarg(p);
    xs.push(x);
  }
  return t === NIL ? xs : fc(p);
}

function keysort_2(p: BifContext, i: unknown, l: unknown): unknown {
  const xs = keySortInput(p, i, l);
  if (!Array.isArray(xs)) return xs;
  const k = (i as number) - 1;
  chargeReds(p, xs.length >> WORK_SHIFT);
  xs.sort((a, b) => compareTerms((a as Tuple).elements[k], (b as Tuple).elements[k]));
  return listFromArray(xs);
}

// ---- reshaping ----

/** Depth-first with an explicit stack; any improper sublist is function_clause. */
function flattenInto(l: unknown): unknown[] | undefined {
  const out: unknown[] = [];
  const stack: unknown[] = [];
  let cur = l;
  for (;;) {
    if (cur instanceof Cons) {
      const h = cur.hd;
      if (h instanceof Cons || h === NIL) {
        stack.push(cur.tl);
        cur = h;
      } else {
        out.push(h);
        cur = cur.tl;
      }
      continue;
    }
    if (cur !== NIL) return undefined;
    if (stack.length === 0) return out;
    cur = stack.pop();
  }
}

function flatten_1(p: BifContext, l: unknown): unknown {
  if (!isList(l)) return fc(p);
  const out = flattenInto(l);
  if (out !== undefined) chargeReds(p, out.length >> WORK_SHIFT);
  return out === undefined ? fc(p) : listFromArray(out);
}

function flatten_2(p: BifContext, l: unknown, tail: unknown): unknown {
  if (!isList(l) || !isList(tail)) return fc(p);
  const out = flattenInto(l);
  return out === undefined ? fc(p) : listFromArray(out, tail);
}

/** The first `n` elements; a list that ends early is fine, a bad tail reached is function_clause. */
function take(p: BifContext, l: unknown, n: unknown): unknown {
  if (!isInteger(n) || (typeof n === 'number' ? n < 0 : n < 0n)) return fc(p);
  const out: unknown[] = [];
  let left = typeof n === 'number' ? n : Number.MAX_SAFE_INTEGER;
  while (left > 0) {
    if (l instanceof Cons) {
      out.push(l.hd);
      l = l.tl;
      left--;
    } else if (l === NIL) break;
    else return fc(p);
  }
  return listFromArray(out);
}

function sublist_2(p: BifContext, l: unknown, n: unknown): unknown {
  if (!isInteger(n) || !isList(l)) return fc(p);
  return take(p, l, n);
}

function sublist_3(p: BifContext, l: unknown, start: unknown, n: unknown): unknown {
  for (;;) {
    if (start === 1) {
      if (!isList(l) || !isInteger(n) || compareTerms(n, 0) < 0) return fc(p);
      return take(p, l, n);
    }
    if (!isInteger(start) || compareTerms(start, 2) < 0) return fc(p);
    if (l === NIL) return NIL;
    if (!(l instanceof Cons)) return fc(p);
    l = l.tl;
    start = decrement(start);
  }
}

/** Removes the first element that matches exactly (=:=). */
function delete_2(p: BifContext, x: unknown, l: unknown): unknown {
  const before: unknown[] = [];
  while (l instanceof Cons) {
    if (eqExact(x, l.hd)) return listFromArray(before, l.tl);
    before.push(l.hd);
    l = l.tl;
  }
  return l === NIL ? listFromArray(before) : fc(p);
}

function zip_2(p: BifContext, a: unknown, b: unknown): unknown {
  const out: unknown[] = [];
  while (a instanceof Cons && b instanceof Cons) {
    out.push(new Tuple([a.hd, b.hd]));
    a = a.tl;
    b = b.tl;
  }
  return a === NIL && b === NIL ? listFromArray(out) : fc(p);
}

function unzip_1(p: BifContext, l: unknown): unknown {
  const xs: unknown[] = [];
  const ys: unknown[] = [];
  for (; l instanceof Cons; l = l.tl) {
    const t = l.hd;
    if (!(t instanceof Tuple) || t.elements.length !== 2) return fc(p);
    xs.push(t.elements[0]);
    ys.push(t.elements[1]);
  }
  return l === NIL ? new Tuple([listFromArray(xs), listFromArray(ys)]) : fc(p);
}

/** Running out at [] is badarg; reaching a non-list tail first is function_clause. */
function split_2(p: BifContext, n: unknown, l: unknown): unknown {
  if (typeof n !== 'number' || n < 0 || !isList(l)) return badarg(p);
  const front: unknown[] = [];
  for (let i = 0; i < n; i++) {
    if (l === NIL) return badarg(p);
    if (!(l instanceof Cons)) return fc(p);
    front.push(l.hd);
    l = l.tl;
  }
  return new Tuple([listFromArray(front), l]);
}

function prefix_2(p: BifContext, a: unknown, b: unknown): unknown {
  for (;;) {
    if (a instanceof Cons && b instanceof Cons && eqExact(a.hd, b.hd)) {
      a = a.tl;
      b = b.tl;
      continue;
    }
    if (!isList(b) || !isList(a)) return fc(p);
    return bool(a === NIL);
  }
}

/** Both lengths are taken first (badarg for an improper list), then the tail is compared exactly. */
function suffix_2(p: BifContext, a: unknown, b: unknown): unknown {
  const as = toArray(a);
  const bs = toArray(b);
  if (as === undefined || bs === undefined) return badarg(p);
  const delta = bs.length - as.length;
  if (delta < 0) return FALSE;
  for (let i = 0; i < as.length; i++) if (!eqExact(as[i], bs[delta + i])) return FALSE;
  return TRUE;
}

function subtract_2_(p: BifContext, a: unknown, b: unknown): unknown {
  return subtract_2(p, a, b);
}

// Long-list functions charge extra reductions: a flat `cost`, plus (for those that build or walk
// whole lists) one reduction per 2^WORK_SHIFT elements, so a long call ends its caller's slice.
const LONG = 10;

export const bifs: BifTable = {
  'lists:reverse/1': { fn: reverse_1, cost: LONG },
  'lists:reverse/2': { fn: reverse_2, cost: LONG },
  'lists:member/2': { fn: member_2, cost: LONG },
  'lists:keyfind/3': { fn: keyfind_3, cost: LONG },
  'lists:keymember/3': { fn: keymember_3, cost: LONG },
  'lists:keysearch/3': { fn: keysearch_3, cost: LONG },
  'lists:append/2': { fn: append_2, cost: LONG },
  'lists:nth/2': nth_2,
  'lists:nthtail/2': nthtail_2,
  'lists:last/1': last_1,
  'lists:sum/1': { fn: sum_1, cost: LONG },
  'lists:max/1': { fn: max_1, cost: LONG },
  'lists:min/1': { fn: min_1, cost: LONG },
  'lists:seq/2': { fn: seq_2, cost: LONG },
  'lists:seq/3': { fn: seq_3, cost: LONG },
  'lists:duplicate/2': { fn: duplicate_2, cost: LONG },
  'lists:sort/1': { fn: sort_1, cost: LONG },
  'lists:usort/1': { fn: usort_1, cost: LONG },
  'lists:keysort/2': { fn: keysort_2, cost: LONG },
  'lists:flatten/1': { fn: flatten_1, cost: LONG },
  'lists:flatten/2': { fn: flatten_2, cost: LONG },
  'lists:sublist/2': sublist_2,
  'lists:sublist/3': sublist_3,
  'lists:delete/2': delete_2,
  'lists:subtract/2': { fn: subtract_2_, cost: LONG },
  'lists:zip/2': { fn: zip_2, cost: LONG },
  'lists:unzip/1': { fn: unzip_1, cost: LONG },
  'lists:split/2': split_2,
  'lists:prefix/2': prefix_2,
  'lists:suffix/2': suffix_2,
};
