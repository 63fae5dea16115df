// Conversions of the erlang module between atoms, numbers, lists, binaries and bitstrings. Text
// rules follow OTP 25 exactly: atoms hold at most 255 characters (system_limit beyond), float text
// is C-style and parsing stops at a NUL character, integer text takes one optional sign.

import { Atom, atom, existingAtom } from '../../vm/terms/atom.js';
import { Bin, EMPTY_BIN, binFromBytes } from '../../vm/terms/binary.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { formatDecimals, formatFloatDefault, formatScientific, formatShortest } from '../../vm/terms/float-format.js';
import { normInt } from '../../vm/terms/integer.js';
import { Cons, NIL, stringToList } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { FAIL, badarg, error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import {
  ByteSink, binBytes, bytesToLatin1, bytesToList, decodeUtf8, encodeUtf8, iolistToBytes, isCodePoint,
  latin1ToBytes, listToLatin1, walkIolist,
} from './util.js';
import { chargeCells } from './work.js';

const SYSTEM_LIMIT = atom('system_limit');
const LATIN1 = atom('latin1');
const UTF8 = atom('utf8');
const UNICODE = atom('unicode');
const SHORT = atom('short');
const COMPACT = atom('compact');
const DECIMALS = atom('decimals');
const SCIENTIFIC = atom('scientific');

const MAX_ATOM_CHARS = 255;

// ---- atoms ----

function atom_to_list_1(p: BifContext, a: unknown): unknown {
  return a instanceof Atom ? stringToList(a.name) : badarg(p);
}

/** Atom text from a list: a 256th element is system_limit whatever it is; before that, badarg. */
function atomTextFromList(p: BifContext, l: unknown): string | undefined {
  const cps: number[] = [];
  while (l instanceof Cons) {
    if (cps.length === MAX_ATOM_CHARS) {
      error(p, SYSTEM_LIMIT);
      return undefined;
    }
    if (!isCodePoint(l.hd)) break;
    cps.push(l.hd);
    l = l.tl;
  }
  if (l !== NIL) {
    badarg(p);
    return undefined;
  }
  return String.fromCodePoint(...cps);
}

function list_to_atom_1(p: BifContext, l: unknown): unknown {
  const s = atomTextFromList(p, l);
  return s === undefined ? FAIL : atom(s);
}

function list_to_existing_atom_1(p: BifContext, l: unknown): unknown {
  const s = atomTextFromList(p, l);
  if (s === undefined) return badarg(p);
  return existingAtom(s) ?? badarg(p);
}

/** 'latin1' or 'utf8' for an encoding argument, else undefined (utf16/utf32 are badarg here). */
function atomEncoding(enc: unknown): 'latin1' | 'utf8' | undefined {
  if (enc === LATIN1) return 'latin1';
  if (enc === UTF8 || enc === UNICODE) return 'utf8';
  return undefined;
}

function atomToBinary(p: BifContext, a: unknown, enc: unknown): unknown {
  const e = atomEncoding(enc);
  if (!(a instanceof Atom) || e === undefined) return badarg(p);
  if (e === 'utf8') return binFromBytes(encodeUtf8(a.name));
  const bytes = new Uint8Array(a.name.length);
  for (let i = 0; i < a.name.length; i++) {
    const c = a.name.charCodeAt(i);
    if (c > 255) return badarg(p);
    bytes[i] = c;
  }
  return binFromBytes(bytes);
}

function atom_to_binary_1(p: BifContext, a: unknown): unknown {
  return atomToBinary(p, a, UTF8);
}

function atom_to_binary_2(p: BifContext, a: unknown, enc: unknown): unknown {
  return atomToBinary(p, a, enc);
}

/** Atom text from a binary, or the error reason: badarg or system_limit. */
function atomTextFromBinary(b: unknown, enc: unknown): string | Atom {
  const e = atomEncoding(enc);
  const bytes = binBytes(b);
  if (e === undefined || bytes === undefined) return atom('badarg');
  if (e === 'latin1') return bytes.length > MAX_ATOM_CHARS ? SYSTEM_LIMIT : bytesToLatin1(bytes);
  const cps = decodeUtf8(bytes, MAX_ATOM_CHARS);
  if (cps === 'invalid') return atom('badarg');
  if (cps === 'limit') return SYSTEM_LIMIT;
  return String.fromCodePoint(...cps);
}

function binaryToAtom(p: BifContext, b: unknown, enc: unknown): unknown {
  const s = atomTextFromBinary(b, enc);
  return typeof s === 'string' ? atom(s) : error(p, s);
}

function binaryToExistingAtom(p: BifContext, b: unknown, enc: unknown): unknown {
  const s = atomTextFromBinary(b, enc);
  if (typeof s !== 'string') return badarg(p);
  return existingAtom(s) ?? badarg(p);
}

function binary_to_atom_1(p: BifContext, b: unknown): unknown {
  return binaryToAtom(p, b, UTF8);
}

function binary_to_atom_2(p: BifContext, b: unknown, enc: unknown): unknown {
  return binaryToAtom(p, b, enc);
}

function binary_to_existing_atom_1(p: BifContext, b: unknown): unknown {
  return binaryToExistingAtom(p, b, UTF8);
}

function binary_to_existing_atom_2(p: BifContext, b: unknown, enc: unknown): unknown {
  return binaryToExistingAtom(p, b, enc);
}

// ---- integers ----

function intText(i: unknown, base: unknown): string | undefined {
  if (typeof i !== 'number' && typeof i !== 'bigint') return undefined;
  if (typeof base !== 'number' || base < 2 || base > 36) return undefined;
  return i.toString(base).toUpperCase();
}

function integer_to_list_1(p: BifContext, i: unknown): unknown {
  const s = intText(i, 10);
  return s === undefined ? badarg(p) : stringToList(s);
}

function integer_to_list_2(p: BifContext, i: unknown, base: unknown): unknown {
  const s = intText(i, base);
  return s === undefined ? badarg(p) : stringToList(s);
}

function integer_to_binary_1(p: BifContext, i: unknown): unknown {
  const s = intText(i, 10);
  return s === undefined ? badarg(p) : binFromBytes(latin1ToBytes(s));
}

function integer_to_binary_2(p: BifContext, i: unknown, base: unknown): unknown {
  const s = intText(i, base);
  return s === undefined ? badarg(p) : binFromBytes(latin1ToBytes(s));
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 97 && c <= 122) return c - 87;
  return 99;
}

/** `[+-]digits` in `base`, nothing else (no spaces, no underscores), or undefined. */
function parseInteger(s: string | undefined, base: unknown): unknown {
  if (s === undefined || typeof base !== 'number' || base < 2 || base > 36) return undefined;
  let i = 0;
  const neg = s[0] === '-';
  if (neg || s[0] === '+') i = 1;
  if (i === s.length) return undefined;
  for (let k = i; k < s.length; k++) if (digitValue(s.charCodeAt(k)) >= base) return undefined;
  const digits = s.slice(i);
  let v: bigint;
  if (digits.length <= 10) v = BigInt(parseInt(digits, base));
  else if (base === 10) v = BigInt(digits);
  else {
    v = 0n;
    const b = BigInt(base);
    for (let k = 0; k < digits.length; k += 10) {
      const chunk = digits.slice(k, k + 10);
      v = v * b ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
    }
  }
  return normInt(neg ? -v : v);
}

function list_to_integer_1(p: BifContext, l: unknown): unknown {
  return parseInteger(listToLatin1(l), 10) ?? badarg(p);
}

function list_to_integer_2(p: BifContext, l: unknown, base: unknown): unknown {
  return parseInteger(listToLatin1(l), base) ?? badarg(p);
}

function binaryText(b: unknown): string | undefined {
  const bytes = binBytes(b);
  return bytes === undefined ? undefined : bytesToLatin1(bytes);
}

function binary_to_integer_1(p: BifContext, b: unknown): unknown {
  return parseInteger(binaryText(b), 10) ?? badarg(p);
}

function binary_to_integer_2(p: BifContext, b: unknown, base: unknown): unknown {
  return parseInteger(binaryText(b), base) ?? badarg(p);
}

// ---- floats ----

/**
 * float_to_list/2 options: later options override earlier ones, `compact` is a flag that only
 * `decimals` reads. A negative `scientific` count means C's default precision, 6.
 */
function floatText(v: unknown, opts: unknown): string | undefined {
  if (!(v instanceof ErlFloat)) return undefined;
  let kind: 'default' | 'short' | 'decimals' | 'scientific' = 'default';
  let n = 0;
  let compact = false;
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (o === SHORT) kind = 'short';
    else if (o === COMPACT) compact = true;
    else if (o instanceof Tuple && o.elements.length === 2 && typeof o.elements[1] === 'number') {
      const [tag, count] = o.elements as [unknown, number];
      if (tag === DECIMALS && count >= 0 && count <= 253) kind = 'decimals';
      else if (tag === SCIENTIFIC && count <= 249) kind = 'scientific';
      else return undefined;
      n = count;
    } else return undefined;
  }
  if (l !== NIL) return undefined;
  switch (kind) {
    case 'default':
      return formatFloatDefault(v.value);
    case 'short':
      return formatShortest(v.value);
    case 'scientific':
      return formatScientific(v.value, n < 0 ? 6 : n);
    case 'decimals':
      return formatDecimals(v.value, n, compact) ?? undefined;
  }
}

function float_to_list_1(p: BifContext, v: unknown): unknown {
  const s = floatText(v, NIL);
  return s === undefined ? badarg(p) : stringToList(s);
}

function float_to_list_2(p: BifContext, v: unknown, opts: unknown): unknown {
  const s = floatText(v, opts);
  return s === undefined ? badarg(p) : stringToList(s);
}

function float_to_binary_1(p: BifContext, v: unknown): unknown {
  const s = floatText(v, NIL);
  return s === undefined ? badarg(p) : binFromBytes(latin1ToBytes(s));
}

function float_to_binary_2(p: BifContext, v: unknown, opts: unknown): unknown {
  const s = floatText(v, opts);
  return s === undefined ? badarg(p) : binFromBytes(latin1ToBytes(s));
}

const FLOAT_TEXT = /^[+-]?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?$/;

/** C-string semantics: the text ends at the first NUL. Overflow is badarg, underflow gives 0.0. */
function parseFloatText(s: string | undefined): ErlFloat | undefined {
  if (s === undefined) return undefined;
  const nul = s.indexOf('\0');
  const t = nul >= 0 ? s.slice(0, nul) : s;
  if (!FLOAT_TEXT.test(t)) return undefined;
  const v = Number(t);
  return Number.isFinite(v) ? new ErlFloat(v) : undefined;
}

function list_to_float_1(p: BifContext, l: unknown): unknown {
  return parseFloatText(listToLatin1(l)) ?? badarg(p);
}

function binary_to_float_1(p: BifContext, b: unknown): unknown {
  return parseFloatText(binaryText(b)) ?? badarg(p);
}

// ---- binaries, lists and bitstrings ----

function binary_to_list_1(p: BifContext, b: unknown): unknown {
  const bytes = binBytes(b);
  if (bytes === undefined) return badarg(p);
  chargeCells(p, bytes.length);
  return bytesToList(bytes);
}

/** 1-based, inclusive, within the whole bytes (a trailing partial byte is out of reach). */
function binary_to_list_3(p: BifContext, b: unknown, start: unknown, stop: unknown): unknown {
  if (!(b instanceof Bin) || typeof start !== 'number' || typeof stop !== 'number') return badarg(p);
  if (start < 1 || start > stop || stop > b.bitSize >> 3) return badarg(p);
  chargeCells(p, stop - start + 1);
  return bytesToList(b.bytes.subarray(start - 1, stop));
}

function list_to_binary_1(p: BifContext, l: unknown): unknown {
  if (!(l instanceof Cons) && l !== NIL) return badarg(p);
  const bytes = iolistToBytes(l);
  if (bytes === undefined) return badarg(p);
  chargeCells(p, bytes.length);
  return binFromBytes(bytes);
}

function iolist_to_binary_1(p: BifContext, l: unknown): unknown {
  if (l instanceof Bin) return (l.bitSize & 7) === 0 ? l : badarg(p);
  const bytes = iolistToBytes(l);
  if (bytes === undefined) return badarg(p);
  chargeCells(p, bytes.length);
  return binFromBytes(bytes);
}

function iolist_size_1(p: BifContext, l: unknown): unknown {
  let n = 0;
  let cells = 0;
  const ok = walkIolist(l, () => (n++, cells++), (b) => (n += b.bitSize >> 3));
  chargeCells(p, cells);
  return ok ? n : badarg(p);
}

function bitstring_to_list_1(p: BifContext, b: unknown): unknown {
  if (!(b instanceof Bin)) return badarg(p);
  const whole = b.bitSize >> 3;
  const restBits = b.bitSize & 7;
  const tail = restBits === 0 ? NIL : new Cons(new Bin(b.bytes.subarray(whole, whole + 1), restBits), NIL);
  return bytesToList(b.bytes.subarray(0, whole), tail);
}

/** Copies `nbits` leading bits of `src` into `out` at bit offset `at` (out is zero there). */
function putBits(out: Uint8Array, at: number, src: Uint8Array, nbits: number): void {
  const shift = at & 7;
  let o = at >> 3;
  const whole = nbits >> 3;
  if (shift === 0) {
    out.set(src.subarray(0, (nbits + 7) >> 3), o);
    return;
  }
  for (let i = 0; i < whole; i++, o++) {
    out[o] |= src[i] >> shift;
    out[o + 1] |= (src[i] << (8 - shift)) & 0xff;
  }
  const rest = nbits & 7;
  if (rest > 0) {
    const last = src[whole] & (0xff << (8 - rest));
    out[o] |= last >> shift;
    if (shift + rest > 8) out[o + 1] |= (last << (8 - shift)) & 0xff;
  }
}

function list_to_bitstring_1(p: BifContext, l: unknown): unknown {
  if (!(l instanceof Cons) && l !== NIL) return badarg(p);
  const pieces: (number | Bin)[] = [];
  let bits = 0;
  const ok = walkIolist(
    l,
    (byte) => {
      pieces.push(byte);
      bits += 8;
    },
    (b) => {
      pieces.push(b);
      bits += b.bitSize;
    },
    true,
  );
  if (!ok) return badarg(p);
  if (bits === 0) return EMPTY_BIN;
  if ((bits & 7) === 0 && pieces.every((x) => typeof x === 'number' || (x.bitSize & 7) === 0)) {
    const sink = new ByteSink();
    for (const x of pieces) typeof x === 'number' ? sink.pushByte(x) : sink.pushBytes(binBytes(x)!);
    return binFromBytes(sink.toBytes());
  }
  const out = new Uint8Array((bits + 7) >> 3);
  const one = new Uint8Array(1);
  let at = 0;
  for (const x of pieces) {
    if (typeof x === 'number') {
      one[0] = x;
      putBits(out, at, one, 8);
      at += 8;
    } else {
      putBits(out, at, x.bytes, x.bitSize);
      at += x.bitSize;
    }
  }
  return new Bin(out, bits);
}

export const bifs: BifTable = {
  'erlang:atom_to_list/1': atom_to_list_1,
  'erlang:list_to_atom/1': list_to_atom_1,
  'erlang:list_to_existing_atom/1': list_to_existing_atom_1,
  'erlang:atom_to_binary/1': atom_to_binary_1,
  'erlang:atom_to_binary/2': atom_to_binary_2,
  'erlang:binary_to_atom/1': binary_to_atom_1,
  'erlang:binary_to_atom/2': binary_to_atom_2,
  'erlang:binary_to_existing_atom/1': binary_to_existing_atom_1,
  'erlang:binary_to_existing_atom/2': binary_to_existing_atom_2,
  'erlang:integer_to_list/1': integer_to_list_1,
  'erlang:integer_to_list/2': integer_to_list_2,
  'erlang:integer_to_binary/1': integer_to_binary_1,
  'erlang:integer_to_binary/2': integer_to_binary_2,
  'erlang:list_to_integer/1': list_to_integer_1,
  'erlang:list_to_integer/2': list_to_integer_2,
  'erlang:binary_to_integer/1': binary_to_integer_1,
  'erlang:binary_to_integer/2': binary_to_integer_2,
  'erlang:float_to_list/1': float_to_list_1,
  'erlang:float_to_list/2': float_to_list_2,
  'erlang:float_to_binary/1': float_to_binary_1,
  'erlang:float_to_binary/2': float_to_binary_2,
  'erlang:list_to_float/1': list_to_float_1,
  'erlang:binary_to_float/1': binary_to_float_1,
  'erlang:binary_to_list/1': binary_to_list_1,
  'erlang:binary_to_list/3': binary_to_list_3,
  'erlang:list_to_binary/1': list_to_binary_1,
  'erlang:iolist_to_binary/1': iolist_to_binary_1,
  'erlang:iolist_size/1': iolist_size_1,
  'erlang:bitstring_to_list/1': bitstring_to_list_1,
  'erlang:list_to_bitstring/1': list_to_bitstring_1,
};
