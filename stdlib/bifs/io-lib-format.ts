// io_lib:format/2 (and so io:format/2,3): every OTP 25 control sequence, output as a flat list of
// code points. Returns null wherever OTP's io_lib:format raises badarg (bad directive, missing or
// surplus argument, wrong argument type); the caller raises. Terms are printed by vm/terms/format.ts.
// Not supported: io_lib:format/3's chars_limit.

import { Atom } from '../../vm/terms/atom.js';
import { Bin } from '../../vm/terms/binary.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { formatTildeE, formatTildeF, formatTildeG } from '../../vm/terms/float-format.js';
import { type Encoding, type PrintableRange, charsLength, codePointsToString, prettyTerm, stringCodePoints, writeTerm } from '../../vm/terms/format.js';
import { Cons, NIL } from '../../vm/terms/list.js';

type Int = number | bigint;

/** One parsed control sequence (io_lib:format_spec()). */
export interface Spec {
  cc: number;
  width: number | null;
  left: boolean;
  precision: number | null;
  pad: number;
  enc: Encoding;
  strings: boolean;
  args: unknown[];
}

/** A format after scanning: literal code points, literal chardata chunks, and specs. */
export type Piece = number | Spec | { chunk: number[]; term: unknown };

const TILDE = 126;
/** Stands for an argument used as a character that is not one; writing it makes the result badarg. */
export const NOT_A_CHAR = -1;

/** Control characters and how many arguments each takes. */
const ARG_COUNT: Record<number, number> = {
  119: 1, 112: 1, 87: 2, 80: 2, 115: 1, 101: 1, 102: 1, 103: 1, 98: 1, 66: 1, 120: 2, 88: 2,
  43: 1, 35: 1, 99: 1, 126: 0, 110: 0, 105: 1,
};

function isInt(t: unknown): t is Int {
  return typeof t === 'number' || typeof t === 'bigint';
}

/** io_lib_format:scan/2 (collect/2). */
export function scan(fmt: readonly unknown[], args: readonly unknown[]): Piece[] | null {
  const pieces: Piece[] = [];
  let i = 0;
  let a = 0;
  while (i < fmt.length) {
    const c = fmt[i++];
    if (c !== TILDE) {
      if (typeof c === 'number') pieces.push(c);
      else {
        const chunk = flattenChardata(c);
        if (chunk === null) return null;
        pieces.push({ chunk, term: c });
      }
      continue;
    }
    // field width: "-" negates it, and a negative width (from *) means left adjustment
    const minus = fmt[i] === 45;
    if (minus) i++;
    let width: number | null = null;
    if (fmt[i] === 42 && a < args.length && isInt(args[a])) {
      width = Number(args[a++]);
      i++;
    } else if (isDigit(fmt[i])) {
      width = 0;
      while (isDigit(fmt[i])) width = width * 10 + ((fmt[i++] as number) - 48);
    }
    if (minus) {
      if (width === null) return null; // -none: badarith in OTP
      width = -width;
    }
    const left = width !== null && width < 0;
    if (width !== null && width < 0) width = -width;
    // precision
    let precision: number | null = null;
    if (fmt[i] === 46) {
      i++;
      if (fmt[i] === 42 && a < args.length && isInt(args[a])) {
        precision = Number(args[a++]);
        i++;
      } else if (isDigit(fmt[i])) {
        precision = 0;
        while (isDigit(fmt[i])) precision = precision * 10 + ((fmt[i++] as number) - 48);
      }
    }
    // pad character
    let pad = 32;
    if (fmt[i] === 46 && i + 1 < fmt.length) {
      if (fmt[i + 1] === 42 && a < args.length) {
        const p = args[a++];
        pad = typeof p === 'number' && p >= 0 && p <= 0x10ffff ? p : NOT_A_CHAR;
      } else {
        const p = fmt[i + 1];
        if (typeof p !== 'number') return null;
        pad = p;
      }
      i += 2;
    }
    let enc: Encoding = 'latin1';
    let strings = true;
    for (;;) {
      if (fmt[i] === 116) enc = 'unicode';
      else if (fmt[i] === 108) strings = false;
      else break;
      i++;
    }
    if (i >= fmt.length) return null;
    const cc = fmt[i++] as number;
    const n = ARG_COUNT[cc];
    if (n === undefined || a + n > args.length) return null;
    pieces.push({ cc, width, left, precision, pad, enc, strings, args: args.slice(a, a + n) });
    a += n;
  }
  return a === args.length ? pieces : null;
}

function isDigit(c: unknown): boolean {
  return typeof c === 'number' && c >= 48 && c <= 57;
}

/** Flattens chardata (lists of characters, binaries as bytes) appearing as a format element. */
function flattenChardata(t: unknown): number[] | null {
  const out: number[] = [];
  return iolistToChars(t, out, false) ? out : null;
}

// ---- the output buffer, with the column that ~p needs ----

export class Output {
  readonly cps: number[] = [];
  /** Set when NOT_A_CHAR was written: io_lib would return a non-character and io:format fail. */
  bad = false;
  private col = 0;
  private scanned = 0;

  constructor(readonly printableRange: PrintableRange) {}

  push(c: number): void {
    if (c < 0) this.bad = true;
    this.cps.push(c);
  }

  pushString(s: string): void {
    const cps = this.cps;
    for (let i = 0; i < s.length; i++) {
      const c = s.codePointAt(i)!;
      cps.push(c);
      if (c > 0xffff) i++;
    }
  }

  pushAll(xs: readonly number[]): void {
    for (let i = 0; i < xs.length; i++) this.cps.push(xs[i]);
  }

  /**
   * io_lib_format:indentation/2 of everything written so far: characters since the last newline,
   * tabs stopping at multiples of 8. Computed incrementally so many ~p on one line stay linear.
   */
  column(): number {
    const cps = this.cps;
    let col = this.col;
    for (let i = this.scanned; i < cps.length; i++) {
      const c = cps[i];
      if (c === 10) col = 0;
      else if (c === 9) col = (Math.floor((col + 8) / 8)) * 8;
      else col++;
    }
    this.col = col;
    this.scanned = cps.length;
    return col;
  }

  /** A literal chardata chunk from the format list counts as one column, as in build_limited. */
  pushChunk(chunk: readonly number[]): void {
    this.column();
    this.pushAll(chunk);
    this.scanned = this.cps.length;
    this.col++;
  }
}

export interface FormatOptions {
  /** The node's `+pc` setting: which characters ~tp shows as text. OTP's default is latin1. */
  printableRange?: PrintableRange;
}

/**
 * io_lib:format/2 with the format as code points and the arguments as an array. Null means badarg.
 */
export function formatToChars(format: readonly unknown[], args: readonly unknown[], opts: FormatOptions = {}): number[] | null {
  const pieces = scan(format, args);
  if (pieces === null) return null;
  const out = new Output(opts.printableRange ?? 'latin1');
  for (const p of pieces) {
    if (typeof p === 'number') out.push(p);
    else if ('chunk' in p) out.pushChunk(p.chunk);
    else if (!control(p, out)) return null;
  }
  return out.bad ? null : out.cps;
}

/**
 * io_lib:format/2 on Erlang terms: Format is a string (possibly holding chardata elements), a
 * binary (read as bytes, as OTP 25 does) or an atom; Args must be a proper list.
 */
export function ioLibFormat(format: unknown, args: unknown, opts: FormatOptions = {}): number[] | null {
  const fa = formatAndArgs(format, args);
  return fa === null ? null : formatToChars(fa[0], fa[1], opts);
}

/** io_lib_format:scan/2's reading of Format (string, binary as bytes, atom) and Args (a proper list). */
export function formatAndArgs(format: unknown, args: unknown): [unknown[], unknown[]] | null {
  let fmt: unknown[];
  if (format instanceof Atom) fmt = stringCodePoints(format.name);
  else if (format instanceof Bin) {
    if ((format.bitSize & 7) !== 0) return null;
    fmt = Array.from(format.bytes.subarray(0, format.bitSize >> 3));
  } else if (format === NIL || format instanceof Cons) {
    const l = listToArray(format);
    if (l === null) return null;
    fmt = l;
  } else return null;
  const as = listToArray(args);
  return as === null ? null : [fmt, as];
}

export function listToArray(l: unknown): unknown[] | null {
  const out: unknown[] = [];
  while (l instanceof Cons) {
    out.push(l.hd);
    l = l.tl;
  }
  return l === NIL ? out : null;
}

// ---- control sequences ----

export function control(s: Spec, out: Output): boolean {
  const a = s.args[0];
  switch (s.cc) {
    case 119: // w
      return termField(writeTerm(a, { encoding: s.enc }), s, out);
    case 87: // W
      if (!isInt(s.args[1])) return false;
      return termField(writeTerm(a, { depth: Number(s.args[1]), encoding: s.enc }), s, out);
    case 112: // p
      return print(a, -1, s, out);
    case 80: // P
      if (!isInt(s.args[1])) return false;
      return print(a, Number(s.args[1]), s, out);
    case 115: // s
      return string(a, s, out);
    case 101: // e
    case 102: // f
    case 103: // g
      return float(a, s, out);
    case 98: // b
    case 66: // B
      return integer(a, s, '', s.cc === 98, out);
    case 120: // x
    case 88: {
      // X
      const prefix = s.args[1] instanceof Atom ? stringCodePoints(s.args[1].name) : deepCharList(s.args[1]);
      if (prefix === null) return false;
      return integer(a, s, codePointsToString(prefix), s.cc === 120, out);
    }
    case 43: // +
    case 35: // #
      return integer(a, s, String(s.precision ?? 10) + '#', s.cc === 43, out);
    case 99: // c
      if (!isInt(a)) return false;
      if (s.enc === 'unicode') {
        // OTP emits any integer; one that is not a character only fails once it reaches the output.
        return char(typeof a === 'number' && a >= 0 && a <= 0x10ffff ? a : NOT_A_CHAR, s, out);
      }
      return char(Number(BigInt(a) & 255n), s, out);
    case 126: // ~
      return char(TILDE, s, out);
    case 110: // n
      if (s.width === null) out.push(10);
      else if (s.left) return false;
      else for (let i = 0; i < s.width; i++) out.push(10);
      return true;
    case 105: // i
      return true;
    default:
      return false;
  }
}

function repeat(out: Output, c: number, n: number): void {
  for (let i = 0; i < n; i++) out.push(c);
}

/** adjust/3 around already-known text: pad on the left for right adjustment and vice versa. */
function adjusted(out: Output, text: () => void, pad: number, n: number, left: boolean): void {
  if (!left) repeat(out, pad, n);
  text();
  if (left) repeat(out, pad, n);
}

/** io_lib_format's term/5: fit printed text to the field, or fill it with '*' if it is too wide. */
function termField(t: string, s: Spec, out: Output): boolean {
  let f = s.width;
  const p0 = s.precision;
  if (f === null && p0 === null) {
    out.pushString(t);
    return true;
  }
  if (f === null) f = p0!;
  if (f < 0 || (p0 !== null && p0 < 0)) return false; // chars/2 would never return
  const l = charsLength(t);
  const p = Math.min(l, p0 === null ? f : Math.min(p0, f));
  const fw = f;
  if (l > p) adjusted(out, () => repeat(out, 42, p), s.pad, fw - p, s.left);
  else adjusted(out, () => out.pushString(t), s.pad, fw - l, s.left);
  return true;
}

function print(t: unknown, depth: number, s: Spec, out: Output): boolean {
  if (s.left) return false; // print/10 has no clause for left adjustment
  const column = s.precision ?? out.column() + 1;
  out.pushString(
    prettyTerm(t, {
      column,
      lineLength: s.width ?? 80,
      depth,
      encoding: s.enc,
      strings: s.strings,
      printableRange: out.printableRange,
    }),
  );
  return true;
}

function char(c: number, s: Spec, out: Output): boolean {
  const f = s.width;
  const p = s.precision;
  if (p !== null && p < 0) return false; // chars/2 would never return
  if (f === null && p === null) out.push(c);
  else if (p === null) repeat(out, c, f!);
  else if (f === null) repeat(out, c, p);
  else if (f >= p) adjusted(out, () => repeat(out, c, p), s.pad, f - p, s.left);
  else return false;
  return true;
}

function integer(a: unknown, s: Spec, prefix: string, lower: boolean, out: Output): boolean {
  if (!isInt(a)) return false;
  const base = s.precision ?? 10;
  if (base < 2 || base > 36) return false;
  const neg = a < 0;
  // cond_lowercase applies to the digits only, never to a ~x prefix.
  let digits = (neg ? -BigInt(a) : BigInt(a)).toString(base);
  if (!lower) digits = digits.toUpperCase();
  return termField((neg ? '-' : '') + prefix + digits, { ...s, precision: null }, out);
}

function float(a: unknown, s: Spec, out: Output): boolean {
  if (!(a instanceof ErlFloat)) return false;
  const v = a.value;
  const p = s.precision ?? 6;
  let text: string;
  if (s.cc === 101) {
    if (p < 2) return false;
    text = formatTildeE(v, p);
  } else if (s.cc === 102) {
    if (p < 1) return false;
    text = formatTildeF(v, p);
  } else {
    if (p < 1) return false;
    text = formatTildeG(v, p);
  }
  if (s.width === null) {
    out.pushString(text);
    return true;
  }
  return termField(text, { ...s, precision: s.width }, out);
}

// ---- ~s ----

/**
 * iolist_to_chars (latin1: characters 0..255, binaries as bytes) or, with `unicode`, cdata_to_chars
 * (any non-negative integer, binaries decoded as UTF-8 when valid). Appends to `out`.
 */
export function iolistToChars(t: unknown, out: number[], unicode: boolean): boolean {
  // An explicit stack of pending tails keeps deep lists off the JS stack.
  const stack: unknown[] = [t];
  while (stack.length > 0) {
    let l = stack.pop();
    while (l instanceof Cons) {
      const h = l.hd;
      if (typeof h === 'number') {
        if (h < 0 || (!unicode && h > 255)) return false;
        out.push(h);
      } else if (h instanceof Cons || h === NIL || h instanceof Bin) {
        stack.push(l.tl);
        l = h;
        continue;
      } else return false;
      l = l.tl;
    }
    if (l === NIL) continue;
    if (l instanceof Bin) {
      if (!binaryChars(l, out, unicode)) return false;
      continue;
    }
    return false;
  }
  return true;
}

function binaryChars(b: Bin, out: number[], unicode: boolean): boolean {
  if ((b.bitSize & 7) !== 0) return false;
  const bytes = b.bytes.subarray(0, b.bitSize >> 3);
  if (unicode) {
    const decoded = decodeUtf8Strict(bytes);
    if (decoded !== null) {
      for (const c of decoded) out.push(c);
      return true;
    }
  }
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]);
  return true;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** unicode:characters_to_list/1 of a binary, or null when it is not entirely valid UTF-8. */
function decodeUtf8Strict(bytes: Uint8Array): number[] | null {
  try {
    return stringCodePoints(utf8Decoder.decode(bytes));
  } catch {
    return null;
  }
}

/** io_lib:deep_char_list/1 (flattened), for ~x's prefix. */
function deepCharList(t: unknown): number[] | null {
  const out: number[] = [];
  const stack: unknown[] = [t];
  while (stack.length > 0) {
    let l = stack.pop();
    while (l instanceof Cons) {
      const h = l.hd;
      if (h instanceof Cons || h === NIL) {
        stack.push(l.tl);
        l = h;
        continue;
      }
      if (typeof h !== 'number' || !isUnicodeChar(h)) return null;
      out.push(h);
      l = l.tl;
    }
    if (l !== NIL) return null;
  }
  return out;
}

function isUnicodeChar(c: number): boolean {
  return (c >= 0 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff);
}

function string(a: unknown, s: Spec, out: Output): boolean {
  const unicode = s.enc === 'unicode';
  let cps: number[];
  if (a instanceof Atom) {
    cps = stringCodePoints(a.name);
    if (!unicode && cps.some((c) => c > 255)) return false;
  } else {
    cps = [];
    if (!iolistToChars(a, cps, unicode)) return false;
  }
  const f = s.width;
  const p = s.precision;
  if (f === null && p === null) {
    out.pushAll(cps);
    return true;
  }
  if (p === null) return stringField(cps, f!, s.left, s.pad, unicode, out);
  if (f === null) return stringField(cps, p, true, s.pad, unicode, out);
  if (f < p) return false;
  if (f === p) return stringField(cps, f, s.left, s.pad, unicode, out);
  const n = cpsLength(cps);
  let body: () => void;
  if (n > p) body = () => out.pushAll(truncate(cps, p, unicode));
  else if (n < p) body = () => {
    out.pushAll(cps);
    repeat(out, s.pad, p - n);
  };
  else body = () => out.pushAll(cps);
  adjusted(out, body, s.pad, f - p, s.left);
  return true;
}

function stringField(cps: number[], f: number, left: boolean, pad: number, unicode: boolean, out: Output): boolean {
  if (f < 0) return false;
  const n = cpsLength(cps);
  if (n > f) out.pushAll(truncate(cps, f, unicode));
  else if (n < f) adjusted(out, () => out.pushAll(cps), pad, f - n, left);
  else out.pushAll(cps);
  return true;
}

/** io_lib:chars_length/1 of a flat character list. */
export function cpsLength(cps: number[]): number {
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] > 255) return charsLength(codePointsToString(cps));
  }
  return cps.length;
}

/** flat_trunc/3: the first n characters (latin1) or grapheme clusters (unicode, string:slice). */
export function truncate(cps: number[], n: number, unicode: boolean): number[] {
  if (!unicode || !cps.some((c) => c > 255 || c === 13)) return cps.slice(0, n);
  const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const out: number[] = [];
  let k = 0;
  for (const g of seg.segment(codePointsToString(cps))) {
    if (k++ >= n) break;
    for (const c of stringCodePoints(g.segment)) out.push(c);
  }
  return out;
}
