// The unicode module's conversions. OTP 25 converts latin1/UTF-8 input in C and everything else
// (UTF-16/32, latin1 output) in Erlang (unicode.erl's ml_map), and the two report the unconverted
// rest of a bad input in different shapes; `convertNative` and `convertMapped` reproduce each.
// Both walk deep lists with an explicit stack, so nesting depth never grows the JS stack.

import { atom } from '../../vm/terms/atom.js';
import { Bin, EMPTY_BIN, binFromBytes } from '../../vm/terms/binary.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg, error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { ByteSink, binBytes, bytesToList } from './util.js';
import { normalizeBifs } from './unicode-normalize.js';

const LATIN1 = atom('latin1');
const UNICODE = atom('unicode');
const UTF8 = atom('utf8');
const UTF16 = atom('utf16');
const UTF32 = atom('utf32');
const BIG = atom('big');
const LITTLE = atom('little');
const ERROR = atom('error');
const INCOMPLETE = atom('incomplete');
const FUNCTION_CLAUSE = atom('function_clause');

type Enc = 'latin1' | 'utf8' | 'utf16be' | 'utf16le' | 'utf32be' | 'utf32le';

function parseEncoding(t: unknown): Enc | undefined {
  if (t === LATIN1) return 'latin1';
  if (t === UNICODE || t === UTF8) return 'utf8';
  if (t === UTF16) return 'utf16be';
  if (t === UTF32) return 'utf32be';
  if (t instanceof Tuple && t.elements.length === 2 && (t.elements[1] === BIG || t.elements[1] === LITTLE)) {
    const big = t.elements[1] === BIG;
    if (t.elements[0] === UTF16) return big ? 'utf16be' : 'utf16le';
    if (t.elements[0] === UTF32) return big ? 'utf32be' : 'utf32le';
  }
  return undefined;
}

/** The outcome of a conversion: `rest` is the unconverted input for 'error' and 'incomplete'. */
interface Converted<T> {
  status: 'ok' | 'error' | 'incomplete';
  out: T;
  rest: unknown;
}

function isCodePoint(c: unknown): c is number {
  return typeof c === 'number' && c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function binOf(bytes: Uint8Array): Bin {
  return bytes.length === 0 ? EMPTY_BIN : binFromBytes(bytes);
}

// ---- UTF-8 ----

/** Length of the UTF-8 sequence a lead byte announces as OTP reads it (C0..F7), or 0. */
function seqLen(b: number): number {
  if (b >= 0xc0 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf7) return 4;
  return 0;
}

/** The character in bytes [i, i+n) when they are one valid (shortest, non-surrogate) sequence, or -1. */
function utf8At(b: Uint8Array, i: number, n: number): number {
  let cp = n === 2 ? b[i] & 0x1f : n === 3 ? b[i] & 0x0f : b[i] & 0x07;
  for (let k = 1; k < n; k++) {
    const c = b[i + k];
    if ((c & 0xc0) !== 0x80) return -1;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (n === 2) return cp >= 0x80 ? cp : -1;
  if (n === 3) return cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff) ? cp : -1;
  return cp >= 0x10000 && cp <= 0x10ffff ? cp : -1;
}

function pushUtf8(out: ByteSink, cp: number): void {
  if (cp < 0x80) out.pushByte(cp);
  else if (cp < 0x800) {
    out.pushByte(0xc0 | (cp >> 6));
    out.pushByte(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.pushByte(0xe0 | (cp >> 12));
    out.pushByte(0x80 | ((cp >> 6) & 0x3f));
    out.pushByte(0x80 | (cp & 0x3f));
  } else {
    out.pushByte(0xf0 | (cp >> 18));
    out.pushByte(0x80 | ((cp >> 12) & 0x3f));
    out.pushByte(0x80 | ((cp >> 6) & 0x3f));
    out.pushByte(0x80 | (cp & 0x3f));
  }
}

function utf8Bytes(chars: readonly number[]): Uint8Array {
  const out = new ByteSink();
  for (const c of chars) pushUtf8(out, c);
  return out.toBytes();
}

// ---- the C conversion (latin1 and UTF-8 input) ----

/** Whether `t` is chardata in shape: integers, binaries and lists, with list or binary tails. */
function isChardataShape(t: unknown): boolean {
  if (!(t instanceof Cons) && t !== NIL && !(t instanceof Bin)) return false;
  const stack: unknown[] = [t];
  while (stack.length > 0) {
    let l = stack.pop();
    for (; l instanceof Cons; l = l.tl) {
      const h = l.hd;
      if (h instanceof Cons) stack.push(h);
      else if (h instanceof Bin) {
        if ((h.bitSize & 7) !== 0) return false;
      } else if (typeof h !== 'number' && typeof h !== 'bigint' && h !== NIL) return false;
    }
    if (l instanceof Bin ? (l.bitSize & 7) !== 0 : l !== NIL) return false;
  }
  return true;
}

/**
 * unicode:characters_to_list/2 and characters_to_binary/2 for latin1 and UTF-8 input, as erts does
 * it. The error rest is the input from the failing element, rebuilt as [Rest | Tail] at each list
 * level. A UTF-8 sequence cut at the end of a binary is carried ("leftover") into the following
 * binaries; if something else comes first, the rest is [Leftover, Remaining] where Remaining
 * drops exhausted list levels. Null means badarg (anything that is not chardata, checked first).
 */
function convertNative(data: unknown, latin1: boolean): Converted<number[]> | null {
  if (!isChardataShape(data)) return null;
  const chars: number[] = [];
  const levels: unknown[] = [];
  let left: Uint8Array | null = null;
  const fold = (inner: unknown): unknown => {
    let acc = inner;
    for (let i = levels.length - 1; i >= 0; i--) acc = acc === NIL ? levels[i] : new Cons(acc, levels[i]);
    return acc;
  };
  const fail = (rest: unknown): Converted<number[]> => ({ status: 'error', out: chars, rest });
  const failLeft = (inner: unknown): Converted<number[]> => fail(listFromArray([binOf(left!), fold(inner)]));

  /** Converts one binary; `whole` is what Remaining starts with, `tail` is null for a list tail. */
  const binary = (bytes: Uint8Array, whole: unknown, tail: unknown): Converted<number[]> | null => {
    if (latin1) {
      for (let i = 0; i < bytes.length; i++) chars.push(bytes[i]);
      return null;
    }
    let i = 0;
    if (left !== null) {
      const need = seqLen(left[0]) - left.length;
      if (bytes.length < need) {
        left = concat(left, bytes);
        return null;
      }
      const cand = concat(left, bytes.subarray(0, need));
      const cp = utf8At(cand, 0, cand.length);
      if (cp < 0) return failLeft(whole);
      chars.push(cp);
      left = null;
      i = need;
    }
    while (i < bytes.length) {
      const b = bytes[i];
      if (b < 0x80) {
        chars.push(b);
        i++;
        continue;
      }
      const n = seqLen(b);
      if (n > 0 && i + n > bytes.length) {
        left = bytes.slice(i);
        return null;
      }
      const cp = n > 0 ? utf8At(bytes, i, n) : -1;
      if (cp < 0) {
        const rest = binOf(bytes.slice(i));
        return fail(fold(tail === null ? rest : new Cons(rest, tail)));
      }
      chars.push(cp);
      i += n;
    }
    return null;
  };

  let cur = data;
  for (;;) {
    if (cur instanceof Cons) {
      const h = cur.hd;
      if (typeof h === 'number' || typeof h === 'bigint') {
        if (left !== null) return failLeft(cur);
        if (latin1 ? typeof h !== 'number' || h < 0 || h > 255 : !isCodePoint(h)) return fail(fold(cur));
        chars.push(h as number);
        cur = cur.tl;
      } else if (h instanceof Bin) {
        const r = binary(binBytes(h)!, cur, cur.tl);
        if (r !== null) return r;
        cur = cur.tl;
      } else {
        levels.push(cur.tl);
        cur = h;
      }
    } else if (cur === NIL) {
      if (levels.length === 0) break;
      cur = levels.pop();
    } else {
      const r = binary(binBytes(cur)!, cur, null);
      if (r !== null) return r;
      cur = NIL;
    }
  }
  // `left` is assigned inside `binary`, which the compiler's narrowing does not see.
  const tail = left as Uint8Array | null;
  if (tail === null) return { status: 'ok', out: chars, rest: NIL };
  let prefix = seqLen(tail[0]) > 0;
  for (let k = 1; k < tail.length; k++) if ((tail[k] & 0xc0) !== 0x80) prefix = false;
  return { status: prefix ? 'incomplete' : 'error', out: chars, rest: binOf(tail) };
}

// ---- the Erlang conversion (unicode.erl's ml_map) ----

/** One character decoded from `b` at `i`: [cp, bytes used], bytes used 0 when none is complete. */
function decodeAt(b: Uint8Array, i: number, enc: Enc): [number, number] {
  const left = b.length - i;
  switch (enc) {
    case 'utf8': {
      if (b[i] < 0x80) return [b[i], 1];
      const n = seqLen(b[i]);
      if (n === 0 || n > left) return [0, 0];
      const cp = utf8At(b, i, n);
      return cp < 0 ? [0, 0] : [cp, n];
    }
    case 'utf16be':
    case 'utf16le': {
      if (left < 2) return [0, 0];
      const be = enc === 'utf16be';
      const u = be ? (b[i] << 8) | b[i + 1] : (b[i + 1] << 8) | b[i];
      if (u < 0xd800 || u > 0xdfff) return [u, 2];
      if (u > 0xdbff || left < 4) return [0, 0];
      const v = be ? (b[i + 2] << 8) | b[i + 3] : (b[i + 3] << 8) | b[i + 2];
      if (v < 0xdc00 || v > 0xdfff) return [0, 0];
      return [0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00), 4];
    }
    default: {
      if (left < 4) return [0, 0];
      const cp = enc === 'utf32be'
        ? ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0
        : ((b[i + 3] << 24) | (b[i + 2] << 16) | (b[i + 1] << 8) | b[i]) >>> 0;
      return isCodePoint(cp) ? [cp, 4] : [0, 0];
    }
  }
}

/**
 * unicode.erl's cbv/2: for bytes that start no complete character, how many more bytes would make
 * them a plausible start of one (then the input is incomplete), or 0 when they cannot (an error).
 */
function missingBytes(enc: Enc, r: Uint8Array): number {
  const n = r.length;
  const cont = (k: number) => (r[k] & 0xc0) === 0x80;
  const hiSur = (x: number) => (x & 0xfc) === 0xd8;
  switch (enc) {
    case 'utf8':
      if (r[0] >= 0xc0 && r[0] <= 0xdf) return n === 1 ? 1 : 0;
      if (r[0] >= 0xe0 && r[0] <= 0xef) return n === 1 ? 2 : n === 2 && cont(1) ? 1 : 0;
      if (r[0] >= 0xf0 && r[0] <= 0xf7) return n === 1 ? 3 : n === 2 && cont(1) ? 2 : n === 3 && cont(1) && cont(2) ? 1 : 0;
      return 0;
    case 'utf16be':
      if (n === 1) return r[0] <= 0xd7 || r[0] >= 0xe0 ? 1 : hiSur(r[0]) ? 3 : 0;
      if (n === 2) return hiSur(r[0]) ? 2 : 0;
      return n === 3 && hiSur(r[0]) && (r[2] & 0xfc) === 0xdc ? 1 : 0;
    case 'utf16le':
      if (n === 1) return 1;
      return (n === 2 || n === 3) && hiSur(r[1]) ? 4 - n : 0;
    case 'utf32be':
      if (r[0] !== 0 || n > 3) return 0;
      if (n === 1) return 3;
      if (r[1] > 16) return 0;
      return n === 2 || r[1] > 0 || r[2] <= 0xd7 || r[2] >= 0xe0 ? 4 - n : 0;
    case 'utf32le':
      if (n < 3) return 4 - n;
      if (n > 3 || r[2] > 16 || ((r[0] === 254 || r[0] === 255) && r[1] === 255 && r[2] === 0)) return 0;
      return r[2] > 0 || r[1] <= 0xd7 || r[1] >= 0xe0 ? 1 : 0;
    default:
      return 0;
  }
}

function pushEncoded(out: ByteSink, cp: number, enc: Enc): void {
  switch (enc) {
    case 'latin1':
      out.pushByte(cp);
      return;
    case 'utf8':
      pushUtf8(out, cp);
      return;
    case 'utf16be':
    case 'utf16le': {
      const units = cp < 0x10000 ? [cp] : [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)];
      for (const u of units) {
        if (enc === 'utf16be') out.pushByte(u >> 8);
        out.pushByte(u & 0xff);
        if (enc === 'utf16le') out.pushByte(u >> 8);
      }
      return;
    }
    default: {
      const bs = [cp >>> 24, (cp >> 16) & 0xff, (cp >> 8) & 0xff, cp & 0xff];
      for (const x of enc === 'utf32be' ? bs : bs.reverse()) out.pushByte(x);
    }
  }
}

/** ml_map splits binaries larger than this into two before converting them. */
const CHUNK_BYTES = 8192;

/**
 * unicode.erl's characters_to_binary_int/3: chardata in `inEnc` to a binary in `outEnc`, element by
 * element, with rests rebuilt as [Rest | Tail] per list level and integer failures as [[I] | Tail].
 * Null means badarg: not chardata where the walk reaches it, a negative integer for latin1 output,
 * or UTF-32 input for latin1 output that ends incomplete after a character (a case_clause there).
 */
function convertMapped(data: unknown, inEnc: Enc, outEnc: Enc): Converted<Uint8Array> | null {
  const chk = outEnc === 'latin1';
  const limit = chk || inEnc === 'latin1' ? 255 : 0x10ffff;
  const out = new ByteSink();
  const levels: unknown[] = [];
  let inc: { bytes: Uint8Array; missing: number } | null = null;
  const fail = (rest: unknown): Converted<Uint8Array> => {
    for (let i = levels.length - 1; i >= 0; i--) rest = new Cons(rest, levels[i]);
    return { status: 'error', out: out.toBytes(), rest };
  };

  /** Converts a whole binary: 'ok', an error rest, or null for badarg; may leave `inc` set. */
  const binary = (bytes: Uint8Array): 'ok' | Bin | null => {
    if (inEnc === 'latin1') {
      for (let i = 0; i < bytes.length; i++) pushEncoded(out, bytes[i], outEnc);
      return 'ok';
    }
    let i = 0;
    let n = 0;
    while (i < bytes.length) {
      const [cp, used] = decodeAt(bytes, i, inEnc);
      if (used === 0) break;
      if (chk && cp > 255) return binOf(bytes.slice(i));
      pushEncoded(out, cp, outEnc);
      i += used;
      n++;
    }
    if (i === bytes.length) return 'ok';
    const rest = bytes.slice(i);
    const missing = missingBytes(inEnc, rest);
    if (missing === 0) return binOf(rest);
    if (chk && n > 0 && (inEnc === 'utf32be' || inEnc === 'utf32le')) return null;
    inc = { bytes: rest, missing };
    return 'ok';
  };

  let cur = data;
  for (;;) {
    if (cur instanceof Cons) {
      const h = cur.hd;
      if (typeof h === 'number' || typeof h === 'bigint') {
        if (inc !== null) return fail(new Cons(binOf(inc.bytes), cur));
        if (h <= limit && chk) {
          if (h < 0) return null;
          out.pushByte(h as number);
        } else if (h <= limit && isCodePoint(h)) pushEncoded(out, h, outEnc);
        else return fail(new Cons(new Cons(h, NIL), cur.tl));
        cur = cur.tl;
      } else if (h instanceof Bin) {
        const bytes = binBytes(h);
        if (bytes === undefined) return null;
        if (inc !== null) {
          if (bytes.length >= inc.missing) {
            const filled = concat(inc.bytes, bytes.subarray(0, inc.missing));
            cur = new Cons(binOf(filled), new Cons(binOf(bytes.slice(inc.missing)), cur.tl));
            inc = null;
          } else {
            inc = { bytes: concat(inc.bytes, bytes), missing: inc.missing - bytes.length };
            cur = cur.tl;
          }
          continue;
        }
        if (bytes.length > CHUNK_BYTES) {
          cur = new Cons(binOf(bytes.subarray(0, CHUNK_BYTES)), new Cons(binOf(bytes.subarray(CHUNK_BYTES)), cur.tl));
          continue;
        }
        const r = binary(bytes);
        if (r === null) return null;
        if (r !== 'ok') return fail(new Cons(r, cur.tl));
        cur = cur.tl;
      } else if (h instanceof Cons || h === NIL) {
        levels.push(cur.tl);
        cur = h;
      } else return null;
    } else if (cur === NIL) {
      if (levels.length === 0) break;
      cur = levels.pop();
    } else if (cur instanceof Bin) {
      const bytes = binBytes(cur);
      if (bytes === undefined) return null;
      if (inc !== null) {
        if (bytes.length >= inc.missing) {
          cur = listFromArray([binOf(inc.bytes), cur]);
          inc = null;
        } else {
          inc = { bytes: concat(inc.bytes, bytes), missing: inc.missing - bytes.length };
          cur = NIL;
        }
        continue;
      }
      if (bytes.length > CHUNK_BYTES) {
        cur = listFromArray([binOf(bytes.subarray(0, CHUNK_BYTES)), binOf(bytes.subarray(CHUNK_BYTES))]);
        continue;
      }
      const r = binary(bytes);
      if (r === null) return null;
      if (r !== 'ok') return fail(r);
      cur = NIL;
    } else return null;
  }
  if (inc === null) return { status: 'ok', out: out.toBytes(), rest: NIL };
  return { status: 'incomplete', out: out.toBytes(), rest: binOf((inc as { bytes: Uint8Array }).bytes) };
}

// ---- the BIFs ----

function result<T>(c: Converted<T>, wrap: (out: T) => unknown): unknown {
  if (c.status === 'ok') return wrap(c.out);
  return new Tuple([c.status === 'error' ? ERROR : INCOMPLETE, wrap(c.out), c.rest]);
}

function utf8ToList(bytes: Uint8Array): unknown {
  const chars: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const n = bytes[i] < 0x80 ? 1 : seqLen(bytes[i]);
    chars.push(n === 1 ? bytes[i] : utf8At(bytes, i, n));
    i += n;
  }
  return listFromArray(chars);
}

function characters_to_list_2(p: BifContext, data: unknown, encoding: unknown): unknown {
  const enc = parseEncoding(encoding);
  if (enc === undefined) return badarg(p);
  if (enc === 'latin1' || enc === 'utf8') {
    if (data instanceof Bin && enc === 'latin1' && (data.bitSize & 7) === 0) return bytesToList(binBytes(data)!);
    const c = convertNative(data, enc === 'latin1');
    return c === null ? badarg(p) : result(c, (chars) => listFromArray(chars));
  }
  const c = convertMapped(data, enc, 'utf8');
  return c === null ? badarg(p) : result(c, utf8ToList);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function characters_to_binary_2(p: BifContext, data: unknown, encoding: unknown): unknown {
  const enc = parseEncoding(encoding);
  if (enc === undefined) return badarg(p);
  if (enc === 'latin1' || enc === 'utf8') {
    if (enc === 'utf8' && data instanceof Bin && (data.bitSize & 7) === 0 && isValidUtf8(binBytes(data)!)) return data;
    // erts converts [Bin] as Bin, so an error rest in it is the bare binary.
    const whole = data instanceof Cons && data.hd instanceof Bin && data.tl === NIL ? data.hd : data;
    const c = convertNative(whole, enc === 'latin1');
    return c === null ? badarg(p) : result(c, (chars) => binOf(utf8Bytes(chars)));
  }
  const c = convertMapped(data, enc, 'utf8');
  return c === null ? badarg(p) : result(c, binOf);
}

function is7bit(t: unknown): boolean {
  const bytes = binBytes(t);
  return bytes !== undefined && bytes.every((b) => b < 0x80);
}

function characters_to_binary_3(p: BifContext, data: unknown, inEncoding: unknown, outEncoding: unknown): unknown {
  // unicode.erl returns the input itself when no conversion is needed, before looking further.
  if (inEncoding === LATIN1 && outEncoding === LATIN1 && binBytes(data) !== undefined) return data;
  const uni = (e: unknown) => e === UTF8 || e === UNICODE;
  if (((inEncoding === LATIN1 && uni(outEncoding)) || (uni(inEncoding) && outEncoding === LATIN1)) && is7bit(data)) return data;
  const inEnc = parseEncoding(inEncoding);
  const outEnc = parseEncoding(outEncoding);
  if (inEnc === undefined || outEnc === undefined) return badarg(p);
  if (outEnc === 'utf8' && (inEnc === 'latin1' || inEnc === 'utf8')) return characters_to_binary_2(p, data, inEncoding);
  const c = convertMapped(data, inEnc, outEnc);
  return c === null ? badarg(p) : result(c, binOf);
}

const BOMS: [number[], unknown][] = [
  [[0xef, 0xbb, 0xbf], UTF8],
  [[0, 0, 0xfe, 0xff], new Tuple([UTF32, BIG])],
  [[0xff, 0xfe, 0, 0], new Tuple([UTF32, LITTLE])],
  [[0xfe, 0xff], new Tuple([UTF16, BIG])],
  [[0xff, 0xfe], new Tuple([UTF16, LITTLE])],
];

function bom_to_encoding_1(p: BifContext, b: unknown): unknown {
  const bytes = binBytes(b);
  if (bytes === undefined) return error(p, FUNCTION_CLAUSE);
  for (const [bom, enc] of BOMS) {
    if (bom.every((x, i) => bytes[i] === x)) return new Tuple([enc, bom.length]);
  }
  return new Tuple([LATIN1, 0]);
}

function encoding_to_bom_1(p: BifContext, e: unknown): unknown {
  if (e === LATIN1) return EMPTY_BIN;
  const enc = parseEncoding(e);
  if (enc === undefined) return error(p, FUNCTION_CLAUSE);
  const bom = { utf8: [0xef, 0xbb, 0xbf], utf16be: [0xfe, 0xff], utf16le: [0xff, 0xfe], utf32be: [0, 0, 0xfe, 0xff], utf32le: [0xff, 0xfe, 0, 0] }[enc as Exclude<Enc, 'latin1'>];
  return binFromBytes(new Uint8Array(bom));
}

export const bifs: BifTable = {
  'unicode:characters_to_list/1': (p: BifContext, d: unknown) => characters_to_list_2(p, d, UNICODE),
  'unicode:characters_to_list/2': characters_to_list_2,
  'unicode:characters_to_binary/1': (p: BifContext, d: unknown) => characters_to_binary_2(p, d, UNICODE),
  'unicode:characters_to_binary/2': characters_to_binary_2,
  'unicode:characters_to_binary/3': characters_to_binary_3,
  'unicode:bom_to_encoding/1': bom_to_encoding_1,
  'unicode:encoding_to_bom/1': encoding_to_bom_1,
  ...normalizeBifs,
};

/** Chardata (code points and UTF-8 binaries, nested) as code points, or undefined if not valid. */
export function chardataToCodePoints(data: unknown): number[] | undefined {
  const c = convertNative(data, false);
  return c !== null && c.status === 'ok' ? c.out : undefined;
}
