// The order in which OTP 25 iterates a map of more than 32 keys. BEAM stores such maps as a HAMT
// keyed by erts' make_internal_hash (Jenkins' mix over the raw term words), four hash bits per
// level, lowest bits first. Iteration (maps:fold, maps:next, printing) walks it depth first in
// slot order; maps:keys/values/to_list list it in the reverse of that. We keep maps sorted
// (map.ts) and compute this permutation on demand, cached per map term.
// Only keys whose hash does not depend on VM state can be placed: atoms (hashed by their atom-table
// index), pids, ports, refs and funs make the whole map fall back to term order.

import { Bin } from './binary.js';
import { ErlFloat } from './float.js';
import { Cons, NIL } from './list.js';
import { ErlMap } from './map.js';
import { Tuple } from './tuple.js';
import { HCONST, blockHash, hashWords } from './jenkins-hash.js';

const HCONST_4 = 0x78dde6e4 | 0;
const HCONST_9 = 0x8ff34781 | 0;
const HCONST_10 = 0x2e2ac13a | 0;
const HCONST_11 = 0xcc623af3 | 0;
const HCONST_12 = 0x6a99b4ac | 0;
const HCONST_13 = 0x08d12e65 | 0;
const HCONST_15 = 0x454021d7 | 0;
const HCONST_16 = 0xe3779b90 | 0;
const HCONST_17 = 0x81af1549 | 0;
const HCONST_18 = 0x1fe68f02 | 0;
const HCONST_22 = 0x98c475e6 | 0;
const INTERNAL_HASH_SALT = 3432918353 | 0;
const NIL_WORD = 0x3b; // the immediate word of []
const SMALL_MAX = 2n ** 59n; // BEAM's small integers are 60-bit signed

const rotate = (h: number, k: number) => {
  h ^= k;
  return (h << 17) ^ (h >>> 15);
};

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function isByte(x: unknown): x is number {
  return typeof x === 'number' && x >= 0 && x <= 255;
}

const CDR = Symbol('cdr');

/** erts' make_internal_hash(Term, Salt); undefined when the term holds something VM-specific. */
export function internalHash(term: unknown, salt: number): number | undefined {
  let hash = salt ^ INTERNAL_HASH_SALT;
  const stack: unknown[] = [];
  let t = term;
  for (;;) {
    if (typeof t === 'number') {
      // The word (t << 4) | 0xF, from a safe integer without BigInt.
      hash = hashWords(((t << 4) | 0xf) >>> 0, Math.floor(t / 0x10000000) >>> 0, HCONST, hash);
    } else if (typeof t === 'bigint') {
      const n = t;
      if (n >= -SMALL_MAX && n < SMALL_MAX) {
        const w = BigInt.asUintN(64, (n << 4n) | 0xfn);
        hash = hashWords(Number(w & 0xffffffffn), Number(w >> 32n), HCONST, hash);
      } else {
        let m = n < 0n ? -n : n;
        const k = n < 0n ? HCONST_10 : HCONST_11;
        do {
          hash = hashWords(Number(m & 0xffffffffn), Number((m >> 32n) & 0xffffffffn), k, hash);
          m >>= 64n;
        } while (m > 0n);
      }
    } else if (t === NIL) {
      hash = hashWords(NIL_WORD, 0, HCONST, hash);
    } else if (t instanceof Cons) {
      let c = 0;
      let sh = 0;
      let cell: Cons = t;
      let rest: unknown = t;
      while (isByte(cell.hd)) {
        sh = ((sh << 8) + cell.hd) | 0;
        if (c === 3) {
          hash = hashWords(sh, 0, HCONST_4, hash);
          c = sh = 0;
        } else c++;
        rest = cell.tl;
        if (!(rest instanceof Cons)) break;
        cell = rest;
      }
      if (c > 0) hash = hashWords(sh, c, HCONST_22, hash);
      if (rest instanceof Cons) {
        hash = rotate(hash, HCONST_17);
        stack.push(cell.tl);
        if (!(cell.tl instanceof Cons)) stack.push(CDR);
        t = cell.hd;
      } else t = rest;
      continue;
    } else if (t instanceof Tuple) {
      const es = t.elements;
      hash = hashWords(es.length, 0, HCONST_9, hash);
      if (es.length > 0) {
        for (let i = es.length - 1; i >= 1; i--) stack.push(es[i]);
        t = es[0];
        continue;
      }
    } else if (t instanceof ErlFloat) {
      f64[0] = t.value === 0 ? 0 : t.value;
      hash = hashWords(u32[0], u32[1], HCONST_12, hash);
    } else if (t instanceof Bin) {
      const con = (HCONST_13 + hash) | 0;
      const size = t.bitSize >>> 3;
      const bits = t.bitSize & 7;
      if (t.bitSize === 0) hash = con;
      else {
        hash = blockHash(t.bytes, size, con);
        if (bits > 0) hash = hashWords(bits, t.bytes[size] >>> (8 - bits), HCONST_15, hash);
      }
    } else if (t instanceof ErlMap && t.keys.length <= 32) {
      const m = t;
      hash = hashWords(m.keys.length, 0, HCONST_16, hash);
      for (let i = m.keys.length - 1; i >= 0; i--) stack.push(m.values[i], m.keys[i]);
    } else {
      return undefined; // atoms, pids, ports, refs, funs, big maps
    }
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      t = stack.pop();
      if (t === CDR) hash = rotate(hash, HCONST_18);
      else break;
    }
  }
}

/** The hash with its 4-bit groups reversed, so that ascending order is the HAMT's slot order. */
function slotKey(h: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) r = r * 16 + ((h >>> (4 * i)) & 15);
  return r;
}

const cache = new WeakMap<ErlMap, Int32Array | null>();

/**
 * Indices of m's keys in OTP's iteration order (fold, next, printing), or null when that is the
 * stored (term) order: maps of up to 32 keys, and maps with a key we cannot place.
 */
export function iterationOrder(m: ErlMap): Int32Array | null {
  const n = m.keys.length;
  if (n <= 32) return null;
  let order = cache.get(m);
  if (order !== undefined) return order;
  const slots = new Float64Array(n);
  order = null;
  let ok = true;
  for (let i = 0; i < n && ok; i++) {
    const h = internalHash(m.keys[i], 0);
    if (h === undefined) ok = false;
    else slots[i] = slotKey(h);
  }
  if (ok) {
    order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => slots[a] - slots[b] || a - b);
  }
  cache.set(m, order);
  return order;
}

const viewCache = new WeakMap<ErlMap, [ErlMap, ErlMap]>();

function views(m: ErlMap, order: Int32Array): [ErlMap, ErlMap] {
  let v = viewCache.get(m);
  if (v === undefined) {
    const n = order.length;
    const ks = new Array<unknown>(n);
    const vs = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      ks[i] = m.keys[order[i]];
      vs[i] = m.values[order[i]];
    }
    v = [new ErlMap(ks, vs), new ErlMap(ks.slice().reverse(), vs.slice().reverse())];
    viewCache.set(m, v);
  }
  return v;
}

/**
 * m with its pairs in OTP's iteration order (maps:fold, maps:next, ~w and ~p). The result is
 * for reading pairs in order only: its keys are not sorted, so never look keys up in it.
 */
export function iterationView(m: ErlMap): ErlMap {
  const order = iterationOrder(m);
  return order === null ? m : views(m, order)[0];
}

/** m with its pairs in the order of OTP's maps:keys/values/to_list (the reverse, for big maps). */
export function listView(m: ErlMap): ErlMap {
  const order = iterationOrder(m);
  return order === null ? m : views(m, order)[1];
}
