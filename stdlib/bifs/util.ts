// Helpers shared by the pure-data BIFs: OTP's integer size limit and int-to-float conversion,
// list walks, iolist flattening and code point strings. Nothing here raises an Erlang exception:
// helpers answer `undefined` and the calling BIF picks the OTP error.

import { Bin, EMPTY_BIN } from '../../vm/terms/binary.js';
import { normInt, type Int } from '../../vm/terms/integer.js';
import { Cons, NIL } from '../../vm/terms/list.js';

export { arrayFromList, listFromArray } from '../../vm/terms/list.js';

export function isInteger(t: unknown): t is Int {
  return typeof t === 'number' || typeof t === 'bigint';
}

/** Smallest integer OTP 25 (64-bit) cannot represent: 2^(2^25 - 64). Larger results are system_limit. */
export const MAX_INT_BITS = 33554368;

/** Whether a bigint is within OTP's integer size limit. Constant time for ordinary sizes. */
function bigFits(b: bigint): boolean {
  const a = b < 0n ? -b : b;
  return BigInt.asUintN(MAX_INT_BITS, a) === a;
}

/** A bigint result as a term, or undefined when OTP would raise system_limit. */
export function bigResult(b: bigint): Int | undefined {
  if (b >= -0x1fffffffffffffn && b <= 0x1fffffffffffffn) return Number(b);
  return bigFits(b) ? b : undefined;
}

const TWO_64 = 18446744073709551616;
const SMALL_LIMIT = 1n << 59n;

/**
 * An integer as a double, the way erts converts it: small integers (below 2^59) round correctly,
 * bignums are folded 64-bit digit by digit from the top, each step rounding, so the result can be
 * one ulp off the correctly rounded value. Returns +-Infinity when OTP reports overflow.
 */
export function intToDouble(i: Int): number {
  if (typeof i === 'number') return i;
  const neg = i < 0n;
  let a = neg ? -i : i;
  if (a < SMALL_LIMIT) return Number(i);
  const digits: bigint[] = [];
  while (a > 0n) {
    digits.push(BigInt.asUintN(64, a));
    a >>= 64n;
  }
  let d = 0;
  for (let k = digits.length - 1; k >= 0; k--) {
    d = d * TWO_64 + Number(digits[k]);
    if (d === Infinity) break;
  }
  return neg ? -d : d;
}

/** A finite double's integer part as an Erlang integer (exact, any magnitude). */
export function doubleToInt(v: number): Int {
  return Number.isSafeInteger(v) ? v + 0 : normInt(BigInt(v));
}

export function subBin(b: Bin, offsetBytes: number, lengthBytes: number): Bin {
  if (lengthBytes === 0) return EMPTY_BIN;
  return new Bin(b.bytes.subarray(offsetBytes, offsetBytes + lengthBytes), lengthBytes * 8);
}

/** A byte-aligned binary's bytes (a view), or undefined for a non-binary or a bitstring. */
export function binBytes(t: unknown): Uint8Array | undefined {
  if (!(t instanceof Bin) || (t.bitSize & 7) !== 0) return undefined;
  const n = t.bitSize >> 3;
  return t.bytes.length === n ? t.bytes : t.bytes.subarray(0, n);
}

/** Collects bytes and byte chunks, then joins them once. */
export class ByteSink {
  private chunks: Uint8Array[] = [];
  private cur = new Uint8Array(64);
  private used = 0;
  size = 0;

  pushByte(b: number): void {
    if (this.used === this.cur.length) this.flush(this.cur.length * 2);
    this.cur[this.used++] = b;
    this.size++;
  }

  pushBytes(bs: Uint8Array): void {
    if (bs.length <= 64) {
      for (let i = 0; i < bs.length; i++) this.pushByte(bs[i]);
      return;
    }
    this.flush(this.cur.length);
    this.chunks.push(bs);
    this.size += bs.length;
  }

  private flush(nextSize: number): void {
    if (this.used > 0) this.chunks.push(this.cur.subarray(0, this.used));
    this.cur = new Uint8Array(Math.min(nextSize, 1 << 16));
    this.used = 0;
  }

  toBytes(): Uint8Array {
    if (this.chunks.length === 0) return this.cur.slice(0, this.used);
    this.flush(0);
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/**
 * Walks an iolist (a binary, or a possibly improper deep list of bytes and binaries whose tails may
 * be binaries), calling `byte` and `bin` in order. `bits` lets bitstrings through (list_to_bitstring).
 * Iterative: deep nesting never grows the JS stack. Returns false on anything else.
 */
export function walkIolist(t: unknown, byte: (b: number) => void, bin: (b: Bin) => void, bits = false): boolean {
  const stack: unknown[] = [];
  let cur = t;
  for (;;) {
    if (cur instanceof Cons) {
      const h = cur.hd;
      if (typeof h === 'number') {
        if (h < 0 || h > 255) return false;
        byte(h);
      } else if (h instanceof Cons || h === NIL) {
        stack.push(cur.tl);
        cur = h;
        continue;
      } else if (h instanceof Bin) {
        if (!bits && (h.bitSize & 7) !== 0) return false;
        bin(h);
      } else return false;
      cur = cur.tl;
      continue;
    }
    if (cur instanceof Bin) {
      if (!bits && (cur.bitSize & 7) !== 0) return false;
      bin(cur);
    } else if (cur !== NIL) return false;
    if (stack.length === 0) return true;
    cur = stack.pop();
  }
}

/** The bytes of an iolist, or undefined if it is not one. */
export function iolistToBytes(t: unknown): Uint8Array | undefined {
  if (t instanceof Bin) return binBytes(t)?.slice();
  const sink = new ByteSink();
  const ok = walkIolist(t, (b) => sink.pushByte(b), (b) => sink.pushBytes(binBytes(b)!));
  return ok ? sink.toBytes() : undefined;
}

export function isCodePoint(c: unknown): c is number {
  return typeof c === 'number' && c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff);
}

/**
 * A proper list of code points as a JS string, or undefined. `max` bounds the accepted code point
 * (255 for latin1 text, 0x10FFFF for unicode, where surrogates are refused too).
 */
function listToText(l: unknown, max: number): string | undefined {
  let s = '';
  let chunk: number[] = [];
  while (l instanceof Cons) {
    const c = l.hd;
    if (typeof c !== 'number' || c < 0 || c > max || (c >= 0xd800 && c <= 0xdfff && max > 255)) return undefined;
    chunk.push(c);
    if (chunk.length === 4096) {
      s += String.fromCodePoint(...chunk);
      chunk = [];
    }
    l = l.tl;
  }
  if (l !== NIL) return undefined;
  return s + String.fromCodePoint(...chunk);
}

/** A proper list of bytes (0..255) as a JS string of char codes, or undefined. */
export function listToLatin1(l: unknown): string | undefined {
  return listToText(l, 255);
}

/** Bytes as a list of small integers. */
export function bytesToList(bs: Uint8Array, tail: unknown = NIL): unknown {
  let l = tail;
  for (let i = bs.length - 1; i >= 0; i--) l = new Cons(bs[i], l);
  return l;
}

/** Bytes as a JS string with one char per byte (latin1). */
export function bytesToLatin1(bs: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bs.length; i += 4096) s += String.fromCharCode(...bs.subarray(i, i + 4096));
  return s;
}

export function latin1ToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * Strict UTF-8 decoding (no overlongs, surrogates or values above 0x10FFFF), sequentially: an invalid
 * sequence is 'invalid' and decoding more than `maxChars` characters is 'limit', whichever comes
 * first, which is the order in which binary_to_atom/2 reports badarg and system_limit.
 */
export function decodeUtf8(bs: Uint8Array, maxChars = Infinity): number[] | 'invalid' | 'limit' {
  const out: number[] = [];
  let i = 0;
  while (i < bs.length) {
    const b = bs[i];
    let cp: number;
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) {
      cp = b;
      n = 0;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      n = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return 'invalid';
    for (let k = 1; k <= n; k++) {
      const c = bs[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return 'invalid';
      cp = (cp << 6) | (c & 0x3f);
    }
    out.push(cp);
    if (out.length > maxChars) return 'limit';
    i += n + 1;
  }
  return out;
}

/** Code points as UTF-8 bytes (the caller has checked they are valid). */
export function encodeUtf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
