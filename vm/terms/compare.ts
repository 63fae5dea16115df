// Erlang's term order and its two equalities. Order of kinds:
//   number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring
// `compareTerms` is arithmetic (1 == 1.0); `compareExact` puts all integers before all floats, which
// is the order of map keys, and is 0 exactly for =:= terms.
// Lists are walked iteratively along their tails so long lists never deepen the JS stack.

import { Atom } from './atom.js';
import { Bin } from './binary.js';
import { ErlFloat } from './float.js';
import { Fun } from './fun.js';
import { Cons, NIL } from './list.js';
import { ErlMap } from './map.js';
import { Pid, Port, Ref } from './pid.js';
import { Tuple } from './tuple.js';

function kindRank(t: unknown): number {
  switch (typeof t) {
    case 'number':
    case 'bigint':
      return 0;
  }
  if (t instanceof Atom) return 1;
  if (t instanceof Cons) return 9;
  if (t instanceof Tuple) return 6;
  if (t instanceof ErlFloat) return 0;
  if (t === NIL) return 8;
  if (t instanceof Bin) return 10;
  if (t instanceof ErlMap) return 7;
  if (t instanceof Ref) return 2;
  if (t instanceof Fun) return 3;
  if (t instanceof Port) return 4;
  if (t instanceof Pid) return 5;
  return 11;
}

function cmpNum(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpStr(a: string, b: string): number {
  // Code point order (UTF-16 code unit order differs only for astral characters).
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two numbers (number | bigint | ErlFloat) by value. */
export function compareNumbers(a: unknown, b: unknown): number {
  const x = a instanceof ErlFloat ? a.value : a;
  const y = b instanceof ErlFloat ? b.value : b;
  if (typeof x === 'number' && typeof y === 'number') return cmpNum(x, y);
  if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : x > y ? 1 : 0;
  // Mixed bigint/number: compare exactly, never through a lossy conversion.
  if (typeof x === 'bigint') return -compareNumbers(y, x);
  const n = x as number;
  const big = y as bigint;
  if (Number.isInteger(n)) {
    const bn = BigInt(n);
    return bn < big ? -1 : bn > big ? 1 : 0;
  }
  const fl = BigInt(Math.floor(n));
  return fl < big ? -1 : 1;
}

function compareImpl(a: unknown, b: unknown, exact: boolean): number {
  for (;;) {
    if (a === b) return 0;
    if (typeof a === 'number' && typeof b === 'number') return cmpNum(a, b);
    const ka = kindRank(a);
    const kb = kindRank(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    switch (ka) {
      case 0: {
        if (exact) {
          // Map-key order: every integer before every float, then by value.
          const fa = a instanceof ErlFloat;
          const fb = b instanceof ErlFloat;
          if (fa !== fb) return fa ? 1 : -1;
        }
        return compareNumbers(a, b);
      }
      case 1:
        return cmpStr((a as Atom).name, (b as Atom).name);
      case 6: {
        const ea = (a as Tuple).elements;
        const eb = (b as Tuple).elements;
        if (ea.length !== eb.length) return ea.length < eb.length ? -1 : 1;
        for (let i = 0; i < ea.length; i++) {
          const c = compareImpl(ea[i], eb[i], exact);
          if (c !== 0) return c;
        }
        return 0;
      }
      case 9: {
        const c = compareImpl((a as Cons).hd, (b as Cons).hd, exact);
        if (c !== 0) return c;
        a = (a as Cons).tl;
        b = (b as Cons).tl;
        continue;
      }
      case 8:
        return 0;
      case 7:
        return compareMaps(a as ErlMap, b as ErlMap, exact);
      case 10:
        return compareBins(a as Bin, b as Bin);
      case 2: {
        const ra = a as Ref;
        const rb = b as Ref;
        return cmpNum(ra.a, rb.a) || cmpNum(ra.b, rb.b) || cmpNum(ra.c, rb.c);
      }
      case 5:
        return cmpNum((a as Pid).id, (b as Pid).id) || cmpNum((a as Pid).serial, (b as Pid).serial);
      case 4:
        return cmpNum((a as Port).id, (b as Port).id);
      case 3: {
        const fa = a as Fun;
        const fb = b as Fun;
        let c = cmpStr(fa.module.name, fb.module.name) || cmpNum(fa.index, fb.index) || cmpNum(fa.uniq, fb.uniq);
        if (c !== 0) return c;
        c = cmpStr(fa.name.name, fb.name.name) || cmpNum(fa.arity, fb.arity);
        if (c !== 0) return c;
        if (fa.env.length !== fb.env.length) return fa.env.length < fb.env.length ? -1 : 1;
        for (let i = 0; i < fa.env.length; i++) {
          const d = compareImpl(fa.env[i], fb.env[i], exact);
          if (d !== 0) return d;
        }
        return fa.target === fb.target ? 0 : -1;
      }
      default:
        return 0;
    }
  }
}

function compareMaps(a: ErlMap, b: ErlMap, exact: boolean): number {
  if (a.keys.length !== b.keys.length) return a.keys.length < b.keys.length ? -1 : 1;
  for (let i = 0; i < a.keys.length; i++) {
    const c = compareImpl(a.keys[i], b.keys[i], true);
    if (c !== 0) return c;
  }
  for (let i = 0; i < a.values.length; i++) {
    const c = compareImpl(a.values[i], b.values[i], exact);
    if (c !== 0) return c;
  }
  return 0;
}

function compareBins(a: Bin, b: Bin): number {
  const n = Math.min(a.bytes.length, b.bytes.length);
  for (let i = 0; i < n; i++) {
    if (a.bytes[i] !== b.bytes[i]) return a.bytes[i] < b.bytes[i] ? -1 : 1;
  }
  return cmpNum(a.bitSize, b.bitSize);
}

export function compareTerms(a: unknown, b: unknown): number {
  return compareImpl(a, b, false);
}

export function compareExact(a: unknown, b: unknown): number {
  return compareImpl(a, b, true);
}

/** Order of keys inside a map (exact: 1 and 1.0 are different keys). */
export const compareKeys = compareExact;

/**
 * a =:= b. A structural walk that gives up at the first difference; pattern matching against
 * literals (`check({nil, nil}) -> ...`) calls it on every clause try (bench/binary_trees).
 */
export function eqExact(a: unknown, b: unknown): boolean {
  for (;;) {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a instanceof Atom) return false;
    if (a instanceof Tuple) {
      if (!(b instanceof Tuple)) return false;
      const ea = a.elements;
      const eb = b.elements;
      if (ea.length !== eb.length) return false;
      for (let i = 0; i < ea.length; i++) if (!eqExact(ea[i], eb[i])) return false;
      return true;
    }
    if (a instanceof Cons) {
      if (!(b instanceof Cons) || !eqExact(a.hd, b.hd)) return false;
      a = a.tl;
      b = b.tl;
      continue;
    }
    // OTP 25: 0.0 =:= -0.0, as JS === says.
    if (a instanceof ErlFloat) return b instanceof ErlFloat && a.value === b.value;
    return compareImpl(a, b, true) === 0;
  }
}

export function eqArith(a: unknown, b: unknown): boolean {
  return a === b || compareImpl(a, b, false) === 0;
}
