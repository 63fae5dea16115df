// erlang:crc32/1,2, crc32_combine/3, adler32/1,2, adler32_combine/3 and md5/1 over iodata, with
// OTP's (zlib's) results. The term hashes phash/phash2 are in term-hash.ts.

import { createHash } from 'node:crypto';
import { binFromBytes } from '../../vm/terms/binary.js';
import { badarg } from '../bif.js';
import type { BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { iolistToBytes } from './util.js';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(prev: number, bytes: Uint8Array): number {
  let c = (prev ^ 0xffffffff) >>> 0;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(prev: number, bytes: Uint8Array): number {
  let a = prev & 0xffff;
  let b = (prev >>> 16) & 0xffff;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The product of two polynomials modulo the CRC-32 polynomial, in reflected bit order (zlib's). */
function multModP(a: number, b: number): number {
  let p = 0;
  for (let m = 0x80000000; m !== 0; m >>>= 1) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    b = b & 1 ? (b >>> 1) ^ 0xedb88320 : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) mod P for k = 0..31, for square-and-multiply. */
const X2N = (() => {
  const t = new Uint32Array(32);
  let p = 0x40000000; // x^1
  for (let k = 0; k < 32; k++) {
    t[k] = p;
    p = multModP(p, p);
  }
  return t;
})();

/** crc32 of A ++ B from crc32(A), crc32(B) and byte_size(B): crc1 * x^(8 len2) + crc2. */
function crc32Combine(crc1: number, crc2: number, len2: bigint): number {
  let p = 0x80000000; // x^0
  let k = 3; // len2 bytes = 8 * len2 bits = x^(2^3 * len2)
  for (let n = len2; n > 0n; n >>= 1n, k++) if (n & 1n) p = multModP(X2N[k & 31], p);
  return (multModP(p, crc1) ^ crc2) >>> 0;
}

const ADLER_BASE = 65521;

function adler32Combine(adler1: number, adler2: number, len2: bigint): number {
  if (len2 === 0n) return adler1; // OTP's BIF answers the first checksum for an empty second part
  const rem = Number(len2 % BigInt(ADLER_BASE));
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (adler2 & 0xffff) + ADLER_BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return (sum1 | (sum2 << 16)) >>> 0;
}

/** A byte count OTP accepts (an unsigned 32-bit integer), as a bigint; undefined otherwise. */
function toSize(x: unknown): bigint | undefined {
  return isUint32(x) ? BigInt(x) : undefined;
}

function isUint32(x: unknown): x is number {
  return typeof x === 'number' && x >= 0 && x <= 0xffffffff;
}

export const bifs: BifTable = {
  'erlang:crc32/1': (p: BifContext, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined ? badarg(p) : crc32(0, bytes);
  },
  'erlang:crc32/2': (p: BifContext, prev: unknown, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined || !isUint32(prev) ? badarg(p) : crc32(prev, bytes);
  },
  'erlang:adler32/1': (p: BifContext, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined ? badarg(p) : adler32(1, bytes);
  },
  'erlang:adler32/2': (p: BifContext, prev: unknown, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined || !isUint32(prev) ? badarg(p) : adler32(prev, bytes);
  },
  'erlang:crc32_combine/3': (p: BifContext, c1: unknown, c2: unknown, len2: unknown) => {
    const n = toSize(len2);
    return n === undefined || !isUint32(c1) || !isUint32(c2) ? badarg(p) : crc32Combine(c1, c2, n);
  },
  'erlang:adler32_combine/3': (p: BifContext, a1: unknown, a2: unknown, len2: unknown) => {
    const n = toSize(len2);
    return n === undefined || !isUint32(a1) || !isUint32(a2) ? badarg(p) : adler32Combine(a1, a2, n);
  },
  'erlang:md5/1': (p: BifContext, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined ? badarg(p) : binFromBytes(new Uint8Array(createHash('md5').update(bytes).digest()));
  },
};
