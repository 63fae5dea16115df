// erlang:phash/2 and erlang:phash2/1,2: the portable term hashes of erts (make_hash and make_hash2),
// bit for bit, so sets, dict and user code that bucket by them see OTP's values. Owns only the
// hash functions; it must not depend on how maps or binaries are laid out beyond their term API.
// All arithmetic is on 32-bit words (Math.imul, `| 0`, `>>> 0`), as the C code's Uint32.
// Local funs cannot match OTP (their index and uniq are ours), everything else does.

import { Atom } from '../../vm/terms/atom.js';
import { Bin } from '../../vm/terms/binary.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { Fun, FUN_EXPORT } from '../../vm/terms/fun.js';
import { Cons, NIL } from '../../vm/terms/list.js';
import { ErlMap } from '../../vm/terms/map.js';
import { Pid, Port, Ref } from '../../vm/terms/pid.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg } from '../bif.js';
import type { BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { HCONST, blockHash, hashWords } from '../../vm/terms/jenkins-hash.js';

// ---------------------------------------------------------------------------------------------
// Atom hash: hashpjw over the atom's UTF-8 text, with erts' latin1 clutch (a two-byte sequence of
// a code point below 256 counts as that one byte). Cached per atom id.

const atomHashCache: number[] = [];
const utf8 = new TextEncoder();

export function atomHash(a: Atom): number {
  const cached = atomHashCache[a.id];
  if (cached !== undefined) return cached;
  const p = utf8.encode(a.name);
  let h = 0;
  for (let i = 0; i < p.length; i++) {
    let v = p[i];
    if (i + 1 < p.length && (v & 0xfe) === 0xc2 && (p[i + 1] & 0xc0) === 0x80) {
      v = ((v << 6) | (p[i + 1] & 0x3f)) & 0xff;
      i++;
    }
    h = ((h << 4) + v) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h = (h ^ (g >>> 24) ^ g) >>> 0;
  }
  atomHashCache[a.id] = h;
  return h;
}

// ---------------------------------------------------------------------------------------------
// Shared helpers: float words and integer magnitude as little-endian 32-bit words.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function floatWords(x: number): void {
  f64[0] = x === 0 ? 0 : x; // -0.0 hashes as 0.0
}

function magnitudeWords(n: number | bigint): number[] {
  if (typeof n === 'number') {
    const m = Math.abs(n);
    return m < 0x100000000 ? [m] : [m % 0x100000000, Math.floor(m / 0x100000000)];
  }
  let m = n < 0n ? -n : n;
  const out: number[] = [];
  while (m > 0n) {
    out.push(Number(m & 0xffffffffn));
    m >>= 32n;
  }
  return out;
}

function isByte(x: unknown): x is number {
  return typeof x === 'number' && x >= 0 && x <= 255 && Number.isInteger(x);
}

// ---------------------------------------------------------------------------------------------
// make_hash2 (phash2): Bob Jenkins' mix over 32-bit words.

const HCONST_2 = 0x3c6ef372 | 0;
const HCONST_3 = 0xdaa66d2b | 0;
const HCONST_4 = 0x78dde6e4 | 0;
const HCONST_5 = 0x1715609d | 0;
const HCONST_6 = 0xb54cda56 | 0;
const HCONST_7 = 0x5384540f | 0;
const HCONST_9 = 0x8ff34781 | 0;
const HCONST_10 = 0x2e2ac13a | 0;
const HCONST_11 = 0xcc623af3 | 0;
const HCONST_12 = 0x6a99b4ac | 0;
const HCONST_13 = 0x08d12e65 | 0;
const HCONST_14 = 0xa708a81e | 0;
const HCONST_15 = 0x454021d7 | 0;
const HCONST_16 = 0xe3779b90 | 0;
const HCONST_19 = 0xbe1e08bb | 0;
const NIL_DEF = 0x2; // erts' tag_val_def of []

/** MIX(a, b, c) and return c: the core of UINT32_HASH_2 and block_hash. */
function hash2Integer(n: number | bigint, hash: number): number {
  if (typeof n === 'number' && n >= -0x8000000 && n <= 0x7ffffff) {
    if (n < 0) hash = hashWords(-n, 0, HCONST, hash); // negative numbers are mixed twice, as erts does
    return hashWords(n | 0, 0, HCONST, hash);
  }
  const neg = typeof n === 'number' ? n < 0 : n < 0n;
  const k = neg ? HCONST_10 : HCONST_11;
  const w = magnitudeWords(n);
  for (let i = 0; i < w.length; i += 2) hash = hashWords(w[i] | 0, (w[i + 1] ?? 0) | 0, k, hash);
  return hash;
}

function hash2Binary(b: Bin, hash: number): number {
  const con = (HCONST_13 + hash) | 0;
  const size = b.bitSize >>> 3;
  const bits = b.bitSize & 7;
  if (b.bitSize === 0) return con;
  hash = blockHash(b.bytes, size, con);
  if (bits > 0) hash = hashWords(bits, b.bytes[size] >>> (8 - bits), HCONST_15, hash);
  return hash;
}

const MAP_TAIL = Symbol('map_tail');
const MAP_PAIR = Symbol('map_pair');

/** erts' make_hash2: the 32-bit value under phash2. */
export function makeHash2(term: unknown): number {
  let hash = 0;
  let xorPairs = 0;
  const stack: unknown[] = [];
  let t = term;
  for (;;) {
    // Hash `t`; compound terms push their remaining parts and `continue` with the first one.
    if (typeof t === 'number' || typeof t === 'bigint') {
      hash = hash2Integer(t, hash);
    } else if (t instanceof Atom) {
      hash = hash === 0 ? atomHash(t) | 0 : hashWords(atomHash(t), 0, HCONST_3, hash);
    } else if (t === NIL) {
      hash = hash === 0 ? 3468870702 | 0 : hashWords(NIL_DEF, 0, HCONST_2, hash);
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
      if (c > 0) hash = hashWords(sh, 0, HCONST_4, hash);
      if (rest instanceof Cons) {
        stack.push(cell.tl);
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
    } else if (t instanceof ErlMap) {
      const n = t.keys.length;
      hash = hashWords(n, 0, HCONST_16, hash);
      if (n > 0) {
        stack.push(xorPairs, hash, MAP_TAIL);
        hash = 0;
        xorPairs = 0;
        for (let i = n - 1; i >= 0; i--) stack.push(MAP_PAIR, t.values[i], t.keys[i]);
      }
    } else if (t instanceof ErlFloat) {
      floatWords(t.value);
      hash = hashWords(u32[1], u32[0], HCONST_12, hash);
    } else if (t instanceof Bin) {
      hash = hash2Binary(t, hash);
    } else if (t instanceof Fun) {
      if (t.kind === FUN_EXPORT) {
        hash = hashWords(t.arity, atomHash(t.module), HCONST, hash);
        hash = hashWords(atomHash(t.name), 0, HCONST_14, hash);
      } else {
        const env = t.env;
        hash = hashWords(env.length, atomHash(t.module), HCONST, hash);
        hash = hashWords(t.index, t.uniq, HCONST, hash);
        if (env.length > 0) {
          for (let i = env.length - 1; i >= 1; i--) stack.push(env[i]);
          t = env[0];
          continue;
        }
      }
    } else if (t instanceof Pid) {
      hash = hashWords(t.id, 0, HCONST_5, hash);
    } else if (t instanceof Port) {
      hash = hashWords(t.id, 0, HCONST_6, hash);
    } else if (t instanceof Ref) {
      hash = hashWords(t.c, 0, HCONST_7, hash);
    }
    // hash2_common: `hash` holds the hash of everything so far; take the next part.
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      t = stack.pop();
      if (t === MAP_TAIL) {
        hash = stack.pop() as number;
        hash = hashWords(xorPairs, 0, HCONST_19, hash);
        xorPairs = stack.pop() as number;
      } else if (t === MAP_PAIR) {
        xorPairs ^= hash;
        hash = 0;
      } else break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// make_hash (phash): multiply-and-add with primes just above 2^28.

const FN1 = 268440163;
const FN2 = 268439161;
const FN3 = 268435459;
const FN4 = 268436141;
const FN5 = 268438633;
const FN6 = 268437017;
const FN8 = 268437511;
const FN9 = 268439627;
const FN10 = 268440479;
const FN11 = 268440577;
const FN12 = 268440581;
const FN13 = 268440593;
const FN14 = 268440611;

function step(hash: number, x: number): number {
  return (Math.imul(hash, FN2) + x) | 0;
}

function wordStep(hash: number, x: number, prime: number): number {
  hash = (Math.imul(hash, prime) + (x & 0xff)) | 0;
  hash = (Math.imul(hash, prime) + ((x >>> 8) & 0xff)) | 0;
  hash = (Math.imul(hash, prime) + ((x >>> 16) & 0xff)) | 0;
  return (Math.imul(hash, prime) + (x >>> 24)) | 0;
}

function hash1Integer(n: number | bigint, hash: number): number {
  const w = magnitudeWords(n);
  for (const x of w) hash = wordStep(hash, x, FN2);
  const neg = typeof n === 'number' ? n < 0 : n < 0n;
  return Math.imul(hash, neg ? FN4 : FN3);
}

function hash1Binary(b: Bin, hash: number): number {
  const size = b.bitSize >>> 3;
  const bits = b.bitSize & 7;
  for (let i = 0; i < size; i++) hash = (Math.imul(hash, FN1) + b.bytes[i]) | 0;
  if (bits > 0) {
    hash = (Math.imul(hash, FN1) + (b.bytes[size] >>> (8 - bits))) | 0;
    hash = (Math.imul(hash, FN12) + bits) | 0;
  }
  return (Math.imul(hash, FN4) + size) | 0;
}

const LIST_END = Symbol('list_end'); // the tail has been hashed: hash *= FN8
const LIST_REST = Symbol('list_rest'); // below it on the stack: the rest of a list
const TUPLE_END = Symbol('tuple_end'); // below it: the arity

/** erts' make_hash: the 32-bit value under phash. */
export function makeHash(term: unknown): number {
  let hash = 0;
  const stack: unknown[] = [];
  let t = term;
  for (;;) {
    if (typeof t === 'number' || typeof t === 'bigint') {
      hash = hash1Integer(t, hash);
    } else if (t instanceof Atom) {
      hash = (Math.imul(hash, FN1) + atomHash(t)) | 0;
    } else if (t === NIL) {
      hash = (Math.imul(hash, FN3) + 1) | 0;
    } else if (t instanceof Cons) {
      let rest: unknown = t;
      while (rest instanceof Cons && isByte(rest.hd)) {
        hash = step(hash, rest.hd);
        rest = rest.tl;
      }
      if (rest instanceof Cons) {
        stack.push(rest.tl, LIST_REST);
        t = rest.hd;
      } else {
        stack.push(LIST_END);
        t = rest;
      }
      continue;
    } else if (t instanceof Tuple) {
      const es = t.elements;
      stack.push(es.length, TUPLE_END);
      for (let i = es.length - 1; i >= 0; i--) stack.push(es[i]);
    } else if (t instanceof ErlMap) {
      hash = (Math.imul(hash, FN13) + FN14 + makeHash2(t)) | 0;
    } else if (t instanceof ErlFloat) {
      floatWords(t.value);
      hash = (Math.imul(hash, FN6) + (u32[0] ^ u32[1])) | 0;
    } else if (t instanceof Bin) {
      hash = hash1Binary(t, hash);
    } else if (t instanceof Fun) {
      if (t.kind === FUN_EXPORT) {
        hash = (Math.imul(hash, FN11) + t.arity) | 0;
        hash = (Math.imul(hash, FN1) + atomHash(t.module)) | 0;
        hash = (Math.imul(hash, FN1) + atomHash(t.name)) | 0;
      } else {
        hash = (Math.imul(hash, FN10) + t.env.length) | 0;
        hash = (Math.imul(hash, FN1) + atomHash(t.module)) | 0;
        hash = (Math.imul(hash, FN2) + t.index) | 0;
        hash = (Math.imul(hash, FN2) + t.uniq) | 0;
        for (let i = t.env.length - 1; i >= 0; i--) stack.push(t.env[i]);
      }
    } else if (t instanceof Pid) {
      hash = Math.imul(wordStep(hash, t.id, FN5), FN6);
    } else if (t instanceof Port) {
      hash = Math.imul(wordStep(hash, t.id, FN9), FN10);
    } else if (t instanceof Ref) {
      hash = Math.imul(wordStep(hash, t.c, FN9), FN10);
    }
    for (;;) {
      if (stack.length === 0) return hash >>> 0;
      t = stack.pop();
      if (t === LIST_END) {
        hash = Math.imul(hash, FN8);
      } else if (t === TUPLE_END) {
        hash = (Math.imul(hash, FN9) + (stack.pop() as number)) | 0;
      } else if (t === LIST_REST) {
        t = stack.pop();
        if (!(t instanceof Cons)) stack.push(LIST_END);
        break;
      } else break;
    }
  }
}

// ---------------------------------------------------------------------------------------------

const TWO_32 = 0x100000000;

function isRange(r: unknown): r is number {
  return typeof r === 'number' && r >= 1 && r <= TWO_32;
}

export const bifs: BifTable = {
  'erlang:phash2/1': (_p: BifContext, t: unknown) => makeHash2(t) & 0x7ffffff,
  'erlang:phash2/2': (p: BifContext, t: unknown, range: unknown) => {
    if (!isRange(range)) return badarg(p);
    return makeHash2(t) % range;
  },
  'erlang:phash/2': (p: BifContext, t: unknown, range: unknown) => {
    if (!isRange(range)) return badarg(p);
    return (makeHash(t) % range) + 1;
  },
};
