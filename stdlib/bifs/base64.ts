// The base64 module of OTP 25. base64.erl fails with whatever its clauses and arithmetic raise, so
// the errors are reproduced step by step: function_clause at a missing clause, badarith where a
// non-digit meets arithmetic, badarg from element/2 on a bad index or from building a binary with a
// non-integer, {case_clause, V} after the final padding. Decoded "digits" stay tagged until used.
// The steps throw `Raise`, caught in run() and turned into the BIF's failure: it never leaves here.

import { atom } from '../../vm/terms/atom.js';
import { binFromBytes } from '../../vm/terms/binary.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { ByteSink, binBytes } from './util.js';

const FUNCTION_CLAUSE = atom('function_clause');
const BADARITH = atom('badarith');
const CASE_CLAUSE = atom('case_clause');
const BAD = atom('bad');
const EQ = atom('eq');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A raised error: the class is always error. */
class Raise {
  constructor(readonly reason: unknown) {}
}

const RAISE_BADARG = new Raise(atom('badarg'));
const RAISE_BADARITH = new Raise(BADARITH);
const RAISE_CLAUSE = new Raise(FUNCTION_CLAUSE);

/** The input as items (bytes of a binary, elements of a list) and whether a list ended improperly. */
function items(t: unknown): { xs: unknown[]; proper: boolean } | undefined {
  const bytes = binBytes(t);
  if (bytes !== undefined) return { xs: Array.from(bytes), proper: true };
  if (!(t instanceof Cons) && t !== NIL) return undefined;
  const xs: unknown[] = [];
  let l: unknown = t;
  for (; l instanceof Cons; l = l.tl) xs.push(l.hd);
  return { xs, proper: l === NIL };
}

// ---- encoding ----

/** b64e(X): element(X + 1, Alphabet). */
function b64e(x: bigint): number {
  if (x < 0n || x > 63n) throw RAISE_BADARG;
  return ALPHABET.charCodeAt(Number(x));
}

function int(x: unknown): bigint {
  if (typeof x === 'number') return BigInt(x);
  if (typeof x === 'bigint') return x;
  throw RAISE_BADARITH;
}

/** encode_list/2 and encode_list_to_string/1: three items at a time, in order. */
function encodeItems(xs: unknown[], proper: boolean): number[] {
  const out: number[] = [];
  let i = 0;
  for (; xs.length - i >= 3; i += 3) {
    const bb = (int(xs[i]) << 16n) | (int(xs[i + 1]) << 8n) | int(xs[i + 2]);
    out.push(b64e(bb >> 18n), b64e((bb >> 12n) & 63n), b64e((bb >> 6n) & 63n), b64e(bb & 63n));
  }
  const n = xs.length - i;
  if (!proper) throw RAISE_CLAUSE; // [], [B1] and [B1,B2] only match a proper ending
  if (n === 1) {
    const b1 = int(xs[i]);
    out.push(b64e(b1 >> 2n), b64e((b1 & 3n) << 4n), 61, 61);
  } else if (n === 2) {
    const b1 = int(xs[i]);
    const c1 = b64e(b1 >> 2n);
    const c2 = b64e(((b1 & 3n) << 4n) | (int(xs[i + 1]) >> 4n));
    const c3 = b64e((int(xs[i + 1]) & 15n) << 2n);
    out.push(c1, c2, c3, 61);
  }
  return out;
}

// ---- decoding ----

const WS = atom('ws');
type Digit = number | typeof WS;

/** b64d(X): element(X, DecodeMap); a non-integer, 0 or anything above 255 is badarg. */
function b64d(x: unknown): Digit {
  if (typeof x !== 'number' || x < 1 || x > 255) throw RAISE_BADARG;
  if (x === 9 || x === 10 || x === 13 || x === 32) return WS;
  if (x === 61) return EQ;
  const v = ALPHABET.indexOf(String.fromCharCode(x));
  return x < 128 && v >= 0 ? v : BAD;
}

/** `B bsr N` / `B bsl N` / `bor` on a digit: badarith unless it is an integer. */
function num(d: Digit): number {
  if (typeof d !== 'number') throw RAISE_BADARITH;
  return d;
}

/** A digit as a binary segment value: badarg unless it is an integer. */
function seg(d: Digit): number {
  if (typeof d !== 'number') throw RAISE_BADARG;
  return d;
}

/** Bits collected MSB first, as base64.erl builds its accumulator <<A/bits, B1:6, ...>>. */
class Bits {
  readonly out = new ByteSink();
  private acc = 0;
  private n = 0;

  push(v: number, width: number): void {
    this.acc = (this.acc << width) | (v & ((1 << width) - 1));
    this.n += width;
    while (this.n >= 8) {
      this.n -= 8;
      this.out.pushByte((this.acc >> this.n) & 0xff);
    }
    this.acc &= (1 << this.n) - 1;
  }
}

/**
 * decode_binary/decode_list (and decode_list_to_string, `toString`): four non-whitespace items make
 * three bytes; "=" in the last one or two places ends the data, after which only whitespace may come.
 */
function decodeItems(xs: unknown[], proper: boolean, toString: boolean): Uint8Array {
  const bits = new Bits();
  const q: Digit[] = [];
  let i = 0;
  for (; i < xs.length; i++) {
    const d = b64d(xs[i]);
    if (d === WS) continue;
    if (q.length < 3) {
      q.push(d);
      continue;
    }
    const [b1, b2, b3] = q;
    q.length = 0;
    if (d === EQ) {
      if (b3 === EQ) {
        const v2 = num(b2) >> 4;
        bits.push(seg(b1), 6);
        bits.push(v2, 2);
      } else {
        const v3 = num(b3) >> 2;
        bits.push(seg(b1), 6);
        bits.push(seg(b2), 6);
        bits.push(v3, 4);
      }
      for (i++; i < xs.length; i++) {
        const w = b64d(xs[i]);
        if (w !== WS) throw new Raise(new Tuple([CASE_CLAUSE, w]));
      }
      if (!proper) throw RAISE_CLAUSE;
      return bits.out.toBytes();
    }
    if (toString) {
      // (B1 bsl 18) bor (B2 bsl 12) bor (B3 bsl 6) bor B4
      for (const x of [b1, b2, b3, d]) num(x);
    }
    for (const x of [b1, b2, b3, d]) bits.push(seg(x), 6);
  }
  if (!proper || q.length > 0) throw RAISE_CLAUSE;
  return bits.out.toBytes();
}

/**
 * mime_decode: NULs and anything that is not a digit are skipped; "=" ends a group of three or
 * two digits, but more digits after it carry on; the input must end on a group boundary.
 */
function mimeDecodeItems(xs: unknown[], proper: boolean): Uint8Array {
  const bits = new Bits();
  const q: number[] = [];
  let afterEq: number | null = null; // digits in the group when "=" came (2 or 3)
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] === 0) continue;
    const d = b64d(xs[i]);
    if (afterEq !== null) {
      if (typeof d !== 'number') continue;
      if (afterEq === 2) {
        q.push(d);
        afterEq = null;
      } else {
        for (const x of [...q, d]) bits.push(x, 6);
        q.length = 0;
        afterEq = null;
      }
      continue;
    }
    if (typeof d === 'number') {
      q.push(d);
      if (q.length === 4) {
        for (const x of q) bits.push(x, 6);
        q.length = 0;
      }
    } else if (d === EQ && q.length >= 2) afterEq = q.length;
  }
  if (!proper) throw RAISE_CLAUSE;
  if (afterEq === 2) {
    bits.push(q[0], 6);
    bits.push(q[1] >> 4, 2);
  } else if (afterEq === 3) {
    bits.push(q[0], 6);
    bits.push(q[1], 6);
    bits.push(q[2] >> 2, 4);
  } else if (q.length > 0) throw RAISE_CLAUSE;
  return bits.out.toBytes();
}

// ---- the BIFs ----

function run(p: BifContext, t: unknown, f: (xs: unknown[], proper: boolean) => unknown): unknown {
  const it = items(t);
  if (it === undefined) return error(p, FUNCTION_CLAUSE);
  try {
    return f(it.xs, it.proper);
  } catch (e) {
    if (e instanceof Raise) return error(p, e.reason);
    throw e;
  }
}

const toBin = (bytes: Uint8Array | number[]) => binFromBytes(Uint8Array.from(bytes));
const toList = (bytes: Uint8Array | number[]) => listFromArray(Array.from(bytes));

export const bifs: BifTable = {
  'base64:encode/1': (p: BifContext, t: unknown) => run(p, t, (xs, proper) => toBin(encodeItems(xs, proper))),
  'base64:encode_to_string/1': (p: BifContext, t: unknown) => run(p, t, (xs, proper) => toList(encodeItems(xs, proper))),
  'base64:decode/1': (p: BifContext, t: unknown) => run(p, t, (xs, proper) => toBin(decodeItems(xs, proper, false))),
  'base64:decode_to_string/1': (p: BifContext, t: unknown) => run(p, t, (xs, proper) => toList(decodeItems(xs, proper, true))),
  'base64:mime_decode/1': (p: BifContext, t: unknown) => run(p, t, (xs, proper) => toBin(mimeDecodeItems(xs, proper))),
  'base64:mime_decode_to_string/1': (p: BifContext, t: unknown) => run(p, t, (xs, proper) => toList(mimeDecodeItems(xs, proper))),
};
