// The bit syntax: building bitstrings from segments and matching segments out of them. A match
// context is a cursor (in bits) over a bitstring; byte-aligned reads take fast paths and
// byte-aligned sub-binaries share their parent's memory.

import {
  BS_BINARY, BS_BITSTRING, BS_FLOAT, BS_INTEGER, BS_LITTLE, BS_SIGNED, BS_UTF16, BS_UTF32, BS_UTF8,
} from '../isa/opcodes.js';
import { atom } from '../terms/atom.js';
import { Bin, EMPTY_BIN } from '../terms/binary.js';
import { ErlFloat } from '../terms/float.js';
import { normInt } from '../terms/integer.js';
import { FAIL, badarg } from '../../stdlib/bif.js';
import type { Process } from '../process.js';

/** The `size` operand of a segment with no size (binary/bitstring: the rest; utf: implied). */
export const SIZE_ALL = atom('all');

export class MatchCtx {
  constructor(
    readonly bytes: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {}
}

export function bsStartMatch(b: Bin): MatchCtx {
  return new MatchCtx(b.bytes, 0, b.bitSize);
}

// ---- reading ----

function readUnsigned(bytes: Uint8Array, pos: number, n: number): number | bigint {
  if ((pos & 7) === 0 && (n & 7) === 0 && n <= 48) {
    let v = 0;
    for (let i = pos >> 3, e = (pos + n) >> 3; i < e; i++) v = v * 256 + bytes[i];
    return v;
  }
  if (n <= 48) {
    let v = 0;
    for (let i = 0; i < n; i++) {
      const bit = (bytes[(pos + i) >> 3] >> (7 - ((pos + i) & 7))) & 1;
      v = v * 2 + bit;
    }
    return v;
  }
  let v = 0n;
  for (let i = 0; i < n; i++) {
    const bit = (bytes[(pos + i) >> 3] >> (7 - ((pos + i) & 7))) & 1;
    v = (v << 1n) | BigInt(bit);
  }
  return v;
}

/** Reads n bits as an integer with the given flags; little-endian reverses whole bytes. */
function readInteger(bytes: Uint8Array, pos: number, n: number, flags: number): number | bigint {
  let v: number | bigint;
  if (flags & BS_LITTLE && n > 8) {
    // Little-endian: byte k of the field holds bits 8k.. of the value; a partial last byte holds the top.
    let big = 0n;
    const full = n >> 3;
    const rest = n & 7;
    if (rest) big = BigInt(readUnsigned(bytes, pos + full * 8, rest));
    for (let k = full - 1; k >= 0; k--) big = (big << 8n) | BigInt(readUnsigned(bytes, pos + k * 8, 8) as number);
    v = big;
  } else {
    v = readUnsigned(bytes, pos, n);
  }
  if (flags & BS_SIGNED && n > 0) {
    const b = BigInt(v);
    const top = 1n << BigInt(n - 1);
    if (b & top) return normInt(b - (top << 1n));
  }
  return typeof v === 'bigint' ? normInt(v) : v;
}

function subBits(bytes: Uint8Array, pos: number, n: number): Bin {
  if (n === 0) return EMPTY_BIN;
  if ((pos & 7) === 0) {
    const start = pos >> 3;
    if ((n & 7) === 0) return new Bin(bytes.subarray(start, start + (n >> 3)), n);
    // Sharing would expose bits past the end of the field; copy and clear them.
    const out = bytes.slice(start, start + ((n + 7) >> 3));
    out[out.length - 1] &= (0xff << (8 - (n & 7))) & 0xff;
    return new Bin(out, n);
  }
  const out = new Uint8Array((n + 7) >> 3);
  for (let i = 0; i < n; i++) {
    const bit = (bytes[(pos + i) >> 3] >> (7 - ((pos + i) & 7))) & 1;
    if (bit) out[i >> 3] |= 0x80 >> (i & 7);
  }
  return new Bin(out, n);
}

function segmentBits(spec: number, size: unknown, ctx: MatchCtx): number {
  const unit = spec >> 8;
  if (size === SIZE_ALL) return ctx.end - ctx.pos;
  if (typeof size !== 'number' || size < 0) return -1;
  return size * unit;
}

/** Reads the next segment, or FAIL when it does not match. */
export function bsGet(ctx: MatchCtx, spec: number, size: unknown): unknown {
  const type = spec & 15;
  const remaining = ctx.end - ctx.pos;
  switch (type) {
    case BS_INTEGER: {
      const n = segmentBits(spec, size, ctx);
      if (n < 0 || n > remaining) return FAIL;
      const v = readInteger(ctx.bytes, ctx.pos, n, spec);
      ctx.pos += n;
      return v;
    }
    case BS_FLOAT: {
      const n = segmentBits(spec, size, ctx);
      if ((n !== 64 && n !== 32 && n !== 16) || n > remaining) return FAIL;
      const raw = subBits(ctx.bytes, ctx.pos, n).bytes;
      const bytes = spec & BS_LITTLE ? raw.slice().reverse() : raw;
      const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const f = n === 64 ? dv.getFloat64(0) : n === 32 ? dv.getFloat32(0) : halfToFloat(dv.getUint16(0));
      if (!Number.isFinite(f)) return FAIL;
      ctx.pos += n;
      return new ErlFloat(f);
    }
    case BS_BINARY:
    case BS_BITSTRING: {
      const n = segmentBits(spec, size, ctx);
      if (n < 0 || n > remaining) return FAIL;
      if (size === SIZE_ALL && n % (spec >> 8) !== 0) return FAIL;
      const b = subBits(ctx.bytes, ctx.pos, n);
      ctx.pos += n;
      return b;
    }
    case BS_UTF8:
      return getUtf8(ctx);
    case BS_UTF16:
      return getUtf16(ctx, spec);
    case BS_UTF32: {
      if (remaining < 32) return FAIL;
      const v = readInteger(ctx.bytes, ctx.pos, 32, spec & BS_LITTLE) as number;
      if (!validCodePoint(v)) return FAIL;
      ctx.pos += 32;
      return v;
    }
  }
  return FAIL;
}

export function bsSkip(ctx: MatchCtx, spec: number, size: unknown): boolean {
  const type = spec & 15;
  // Skipping still validates: floats must be finite, a whole binary must be whole bytes.
  if (type >= BS_UTF8 || type === BS_FLOAT || size === SIZE_ALL) return bsGet(ctx, spec, size) !== FAIL;
  const n = segmentBits(spec, size, ctx);
  if (n < 0 || n > ctx.end - ctx.pos) return false;
  ctx.pos += n;
  return true;
}

export function bsGetTail(ctx: MatchCtx): Bin {
  return subBits(ctx.bytes, ctx.pos, ctx.end - ctx.pos);
}

function validCodePoint(v: number): boolean {
  return v >= 0 && v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff);
}

function getUtf8(ctx: MatchCtx): unknown {
  const remaining = ctx.end - ctx.pos;
  if (remaining < 8) return FAIL;
  const b0 = readUnsigned(ctx.bytes, ctx.pos, 8) as number;
  let len: number;
  let cp: number;
  if (b0 < 0x80) { len = 1; cp = b0; }
  else if (b0 >= 0xc2 && b0 < 0xe0) { len = 2; cp = b0 & 0x1f; }
  else if (b0 >= 0xe0 && b0 < 0xf0) { len = 3; cp = b0 & 0x0f; }
  else if (b0 >= 0xf0 && b0 < 0xf5) { len = 4; cp = b0 & 0x07; }
  else return FAIL;
  if (remaining < len * 8) return FAIL;
  for (let i = 1; i < len; i++) {
    const b = readUnsigned(ctx.bytes, ctx.pos + i * 8, 8) as number;
    if ((b & 0xc0) !== 0x80) return FAIL;
    cp = (cp << 6) | (b & 0x3f);
  }
  // Reject overlong encodings and invalid code points.
  if ((len === 3 && cp < 0x800) || (len === 4 && cp < 0x10000) || !validCodePoint(cp)) return FAIL;
  ctx.pos += len * 8;
  return cp;
}

function getUtf16(ctx: MatchCtx, spec: number): unknown {
  const remaining = ctx.end - ctx.pos;
  if (remaining < 16) return FAIL;
  const w1 = readInteger(ctx.bytes, ctx.pos, 16, spec & BS_LITTLE) as number;
  if (w1 < 0xd800 || w1 > 0xdfff) {
    ctx.pos += 16;
    return w1;
  }
  if (w1 > 0xdbff || remaining < 32) return FAIL;
  const w2 = readInteger(ctx.bytes, ctx.pos + 16, 16, spec & BS_LITTLE) as number;
  if (w2 < 0xdc00 || w2 > 0xdfff) return FAIL;
  ctx.pos += 32;
  return 0x10000 + ((w1 - 0xd800) << 10) + (w2 - 0xdc00);
}

function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}

function floatToHalf(v: number): number {
  const f32 = new Float32Array([v]);
  const x = new Uint32Array(f32.buffer)[0];
  const sign = (x >> 16) & 0x8000;
  const exp = ((x >> 23) & 0xff) - 127 + 15;
  const mant = x & 0x7fffff;
  if (exp <= 0) return sign | ((mant | 0x800000) >> (14 - exp)) >> 10;
  if (exp >= 31) return sign | 0x7c00;
  return sign | (exp << 10) | (mant >> 13);
}

// ---- building ----

/** Accumulates bits into a growable buffer. */
export class BitWriter {
  bytes = new Uint8Array(32);
  bits = 0;

  private ensure(extraBits: number): void {
    const need = (this.bits + extraBits + 7) >> 3;
    if (need > this.bytes.length) {
      const nb = new Uint8Array(Math.max(need, this.bytes.length * 2));
      nb.set(this.bytes);
      this.bytes = nb;
    }
  }

  writeBits(value: bigint | number, n: number): void {
    this.ensure(n);
    if ((this.bits & 7) === 0 && (n & 7) === 0 && typeof value === 'number' && n <= 48 && value >= 0) {
      let v = value;
      for (let i = (n >> 3) - 1; i >= 0; i--) {
        this.bytes[(this.bits >> 3) + i] = v % 256;
        v = Math.floor(v / 256);
      }
      this.bits += n;
      return;
    }
    let big = BigInt(value);
    if (n > 0) big = BigInt.asUintN(n, big);
    for (let i = n - 1; i >= 0; i--) {
      if ((big >> BigInt(i)) & 1n) this.bytes[this.bits >> 3] |= 0x80 >> (this.bits & 7);
      this.bits++;
    }
  }

  writeBin(b: Bin, n: number): void {
    this.ensure(n);
    if ((this.bits & 7) === 0 && (n & 7) === 0) {
      this.bytes.set(b.bytes.subarray(0, n >> 3), this.bits >> 3);
      this.bits += n;
      return;
    }
    for (let i = 0; i < n; i++) {
      if ((b.bytes[i >> 3] >> (7 - (i & 7))) & 1) this.bytes[this.bits >> 3] |= 0x80 >> (this.bits & 7);
      this.bits++;
    }
  }

  toBin(): Bin {
    return new Bin(this.bytes.slice(0, (this.bits + 7) >> 3), this.bits);
  }
}

function writeInteger(w: BitWriter, v: number | bigint, n: number, flags: number): void {
  if (flags & BS_LITTLE && n > 8) {
    let big = BigInt.asUintN(n, BigInt(v));
    const full = n >> 3;
    for (let k = 0; k < full; k++) {
      w.writeBits(Number(big & 255n), 8);
      big >>= 8n;
    }
    if (n & 7) w.writeBits(Number(big), n & 7);
    return;
  }
  w.writeBits(v, n);
}

function putUtf(w: BitWriter, type: number, flags: number, cp: unknown): boolean {
  if (typeof cp !== 'number' || !validCodePoint(cp)) return false;
  if (type === BS_UTF8) {
    for (const b of new TextEncoder().encode(String.fromCodePoint(cp))) w.writeBits(b, 8);
  } else if (type === BS_UTF16) {
    if (cp < 0x10000) writeInteger(w, cp, 16, flags);
    else {
      const c = cp - 0x10000;
      writeInteger(w, 0xd800 + (c >> 10), 16, flags);
      writeInteger(w, 0xdc00 + (c & 0x3ff), 16, flags);
    }
  } else writeInteger(w, cp, 32, flags);
  return true;
}

/** Builds a bitstring from `n` operands at ops[at..]: (spec, value, size) triples. */
export function bsBuild(
  p: Process, stack: unknown[], base: number, lits: unknown[], ops: Int32Array, at: number, n: number,
): unknown {
  const w = new BitWriter();
  for (let i = 0; i < n; i += 3) {
    const spec = lits[~ops[at + i]] as number;
    const sv = ops[at + i + 1];
    const value = sv >= 0 ? stack[base + sv] : lits[~sv];
    const ss = ops[at + i + 2];
    const size = ss >= 0 ? stack[base + ss] : lits[~ss];
    if (!putSegment(w, spec, value, size)) return badarg(p);
  }
  return w.toBin();
}

export function putSegment(w: BitWriter, spec: number, value: unknown, size: unknown): boolean {
  const type = spec & 15;
  const unit = spec >> 8;
  if (type >= BS_UTF8) return putUtf(w, type, spec, value);
  let bits: number;
  if (size === SIZE_ALL) bits = -1;
  else if (typeof size === 'number' && size >= 0) bits = size * unit;
  else return false;
  switch (type) {
    case BS_INTEGER:
      if (typeof value !== 'number' && typeof value !== 'bigint') return false;
      writeInteger(w, value, bits, spec);
      return true;
    case BS_FLOAT: {
      let f: number;
      if (value instanceof ErlFloat) f = value.value;
      else if (typeof value === 'number') f = value;
      else if (typeof value === 'bigint') f = Number(value);
      else return false;
      const bytes = new Uint8Array(bits >> 3);
      const dv = new DataView(bytes.buffer);
      if (bits === 64) dv.setFloat64(0, f);
      else if (bits === 32) {
        if (Math.abs(f) > 3.4028234663852886e38 && Number.isFinite(f)) return false;
        dv.setFloat32(0, f);
      } else if (bits === 16) dv.setUint16(0, floatToHalf(f));
      else return false;
      if (spec & BS_LITTLE) bytes.reverse();
      for (const b of bytes) w.writeBits(b, 8);
      return true;
    }
    case BS_BINARY:
    case BS_BITSTRING: {
      if (!(value instanceof Bin)) return false;
      if (bits < 0) {
        if (type === BS_BINARY && (value.bitSize & 7) !== 0) return false;
        w.writeBin(value, value.bitSize);
        return true;
      }
      if (bits > value.bitSize) return false;
      w.writeBin(value, bits);
      return true;
    }
  }
  return false;
}
