// The binary module of OTP 25: searching (match, matches, split, replace with compiled patterns),
// slicing, copying, unsigned-integer and hex codecs. Every failure is badarg, as in OTP. Results of
// 64 bytes or less are copies and larger ones share the subject's memory, which is what
// referenced_byte_size/1 reports (OTP's heap-binary limit).

import { atom, Atom } from '../../vm/terms/atom.js';
import { Bin, EMPTY_BIN, binFromBytes } from '../../vm/terms/binary.js';
import { HEAP_BINARY_LIMIT_BYTES } from '../../vm/terms/copy.js';
import { normInt } from '../../vm/terms/integer.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { Ref } from '../../vm/terms/pid.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg, error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { ByteSink, binBytes, bytesToList, iolistToBytes } from './util.js';

const NOMATCH = atom('nomatch');
const GLOBAL = atom('global');
const TRIM = atom('trim');
const TRIM_ALL = atom('trim_all');
const SCOPE = atom('scope');
const INSERT_REPLACED = atom('insert_replaced');
const BIG = atom('big');
const LITTLE = atom('little');
const BM = atom('bm');
const AC = atom('ac');
const SYSTEM_LIMIT = atom('system_limit');

// ---- sub-binaries ----

/** A slice of `bytes` as a binary: copied when small (a heap binary), shared when large. */
function slice(bytes: Uint8Array, start: number, len: number): Bin {
  if (len === 0) return EMPTY_BIN;
  const view = bytes.subarray(start, start + len);
  return binFromBytes(len <= HEAP_BINARY_LIMIT_BYTES ? view.slice() : view);
}

/** The integer argument as a JS number when it is a small integer. */
function smallInt(t: unknown): number | undefined {
  return typeof t === 'number' ? t : undefined;
}

/** {Pos, Len} with a possibly negative Len, normalised to [start, end) inside `size` bytes. */
function parsePart(pos: unknown, len: unknown, size: number): [number, number] | undefined {
  const s = smallInt(pos);
  const l = smallInt(len);
  if (s === undefined || l === undefined) return undefined;
  const start = l < 0 ? s + l : s;
  const end = l < 0 ? s : s + l;
  if (start < 0 || end > size) return undefined;
  return [start, end];
}

function parsePartTuple(t: unknown, size: number): [number, number] | undefined {
  if (!(t instanceof Tuple) || t.elements.length !== 2) return undefined;
  return parsePart(t.elements[0], t.elements[1], size);
}

// ---- patterns ----

/** Compiled patterns by the reference inside their {bm, Ref} / {ac, Ref} tuple. */
const compiled = new WeakMap<Ref, Uint8Array[]>();
let fallbackRefs = 0;

/** A search pattern: one binary, a non-empty list of binaries, or a compiled pattern; all non-empty. */
function parsePattern(t: unknown): Uint8Array[] | undefined {
  if (t instanceof Tuple) {
    const [tag, ref] = t.elements;
    if (t.elements.length !== 2 || (tag !== BM && tag !== AC) || !(ref instanceof Ref)) return undefined;
    return compiled.get(ref);
  }
  if (t instanceof Bin) {
    const b = binBytes(t);
    return b !== undefined && b.length > 0 ? [b] : undefined;
  }
  const pats: Uint8Array[] = [];
  let l = t;
  while (l instanceof Cons) {
    const b = binBytes(l.hd);
    if (b === undefined || b.length === 0) return undefined;
    pats.push(b);
    l = l.tl;
  }
  return l === NIL && pats.length > 0 ? pats : undefined;
}

/**
 * Finds matches the way OTP does for one pattern (Boyer-Moore) and for several (Aho-Corasick): the
 * match starting first wins, and of those starting at the same byte, the longest.
 */
class Searcher {
  /** Patterns by first byte, longest first. */
  private readonly byFirst: (Uint8Array[] | undefined)[] = new Array(256);
  private readonly single: Uint8Array | null;
  private readonly minLen: number;

  constructor(pats: Uint8Array[]) {
    this.single = pats.length === 1 ? pats[0] : null;
    this.minLen = Math.min(...pats.map((p) => p.length));
    for (const p of [...pats].sort((a, b) => b.length - a.length)) (this.byFirst[p[0]] ??= []).push(p);
  }

  /** The first match in [from, end) as [pos, len], or null. */
  find(h: Uint8Array, from: number, end: number): [number, number] | null {
    const last = end - this.minLen;
    if (this.single !== null) {
      const p = this.single;
      for (let i = from; i <= last; i++) {
        i = h.indexOf(p[0], i);
        if (i < 0 || i > last) return null;
        if (startsWith(h, i, p)) return [i, p.length];
      }
      return null;
    }
    for (let i = from; i <= last; i++) {
      const cands = this.byFirst[h[i]];
      if (cands === undefined) continue;
      for (const p of cands) {
        if (i + p.length <= end && startsWith(h, i, p)) return [i, p.length];
      }
    }
    return null;
  }

  /** Non-overlapping matches in [from, end), or just the first one. */
  findAll(h: Uint8Array, from: number, end: number, global: boolean): [number, number][] {
    const out: [number, number][] = [];
    let at = from;
    for (;;) {
      const m = this.find(h, at, end);
      if (m === null) return out;
      out.push(m);
      if (!global) return out;
      at = m[0] + m[1];
    }
  }
}

function startsWith(h: Uint8Array, at: number, p: Uint8Array): boolean {
  for (let k = 1; k < p.length; k++) if (h[at + k] !== p[k]) return false;
  return h[at] === p[0];
}

// ---- options ----

interface SearchOpts {
  global: boolean;
  trim: boolean;
  trimAll: boolean;
  start: number;
  end: number;
}

/**
 * The options of split/3, match/3 and matches/3, parsed as the C BIFs do: the list may end in any
 * non-list tail, and a later {scope, _} replaces an earlier one. `allowed` names the atoms accepted.
 */
function parseSearchOpts(opts: unknown, size: number, allowed: readonly Atom[]): SearchOpts | undefined {
  if (!(opts instanceof Cons) && opts !== NIL) return undefined;
  const o: SearchOpts = { global: false, trim: false, trimAll: false, start: 0, end: size };
  for (let l: unknown = opts; l instanceof Cons; l = l.tl) {
    const h = l.hd;
    if (h instanceof Atom && allowed.includes(h)) {
      if (h === GLOBAL) o.global = true;
      else if (h === TRIM) o.trim = true;
      else o.trimAll = true;
    } else if (h instanceof Tuple && h.elements.length === 2 && h.elements[0] === SCOPE) {
      const r = parsePartTuple(h.elements[1], size);
      if (r === undefined) return undefined;
      [o.start, o.end] = r;
    } else return undefined;
  }
  return o;
}

/**
 * Subject, options and pattern of a search, checked in OTP's order. The pattern is not looked at
 * when the scope ends at byte 0 (OTP answers without it), so the searcher is then null.
 */
function searchArgs(subject: unknown, pattern: unknown, opts: unknown, allowed: readonly Atom[]):
  { h: Uint8Array; o: SearchOpts; s: Searcher | null } | undefined {
  const h = binBytes(subject);
  if (h === undefined) return undefined;
  const o = parseSearchOpts(opts, h.length, allowed);
  if (o === undefined) return undefined;
  if (o.end === 0) return { h, o, s: null };
  const pats = parsePattern(pattern);
  return pats === undefined ? undefined : { h, o, s: new Searcher(pats) };
}

function posLen(m: [number, number]): Tuple {
  return new Tuple([m[0], m[1]]);
}

// ---- searching ----

function match(p: BifContext, subject: unknown, pattern: unknown, opts: unknown): unknown {
  const a = searchArgs(subject, pattern, opts, []);
  if (a === undefined) return badarg(p);
  const m = a.s?.find(a.h, a.o.start, a.o.end) ?? null;
  return m === null ? NOMATCH : posLen(m);
}

function matches(p: BifContext, subject: unknown, pattern: unknown, opts: unknown): unknown {
  const a = searchArgs(subject, pattern, opts, []);
  if (a === undefined) return badarg(p);
  const ms = a.s?.findAll(a.h, a.o.start, a.o.end, true) ?? [];
  return listFromArray(ms.map(posLen));
}

function split(p: BifContext, subject: unknown, pattern: unknown, opts: unknown): unknown {
  const a = searchArgs(subject, pattern, opts, [GLOBAL, TRIM, TRIM_ALL]);
  if (a === undefined) return badarg(p);
  const { h, o } = a;
  const ms = a.s?.findAll(h, o.start, o.end, o.global) ?? [];
  let parts: Bin[] = [];
  let at = 0;
  for (const [pos, len] of ms) {
    parts.push(slice(h, at, pos - at));
    at = pos + len;
  }
  parts.push(at === 0 ? (subject as Bin) : slice(h, at, h.length - at));
  if (o.trimAll) parts = parts.filter((b) => b.bitSize > 0);
  else if (o.trim) {
    let n = parts.length;
    while (n > 0 && parts[n - 1].bitSize === 0) n--;
    parts.length = n;
  }
  return listFromArray(parts);
}

interface ReplaceOpts {
  global: boolean;
  scope: unknown;
  insert: number[];
}

/** replace/4's options, parsed like binary.erl does: a proper list only. */
function parseReplaceOpts(opts: unknown, replSize: number): ReplaceOpts | undefined {
  const o: ReplaceOpts = { global: false, scope: null, insert: [] };
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const h = l.hd;
    if (h === GLOBAL) o.global = true;
    else if (h instanceof Tuple && h.elements.length === 2 && h.elements[0] === SCOPE) o.scope = h.elements[1];
    else if (h instanceof Tuple && h.elements.length === 2 && h.elements[0] === INSERT_REPLACED) {
      const ins = insertPositions(h.elements[1], replSize);
      if (ins === undefined) return undefined;
      o.insert = ins;
    } else return undefined;
  }
  return l === NIL ? o : undefined;
}

function insertPositions(t: unknown, replSize: number): number[] | undefined {
  const ok = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= replSize;
  if (ok(t)) return [t];
  const out: number[] = [];
  let l = t;
  for (; l instanceof Cons; l = l.tl) {
    if (!ok(l.hd)) return undefined;
    out.push(l.hd);
  }
  return l === NIL ? out.sort((a, b) => a - b) : undefined;
}

function replace(p: BifContext, subject: unknown, pattern: unknown, repl: unknown, opts: unknown): unknown {
  const h = binBytes(subject);
  const r = binBytes(repl);
  if (h === undefined || r === undefined) return badarg(p);
  const o = parseReplaceOpts(opts, r.length);
  if (o === undefined) return badarg(p);
  const searchOpts = o.scope === null ? NIL : listFromArray([new Tuple([SCOPE, o.scope])]);
  const a = searchArgs(subject, pattern, searchOpts, []);
  if (a === undefined) return badarg(p);
  const ms = a.s?.findAll(h, a.o.start, a.o.end, o.global) ?? [];
  if (ms.length === 0) return subject;
  const out = new ByteSink();
  let at = 0;
  for (const [pos, len] of ms) {
    out.pushBytes(h.subarray(at, pos));
    let from = 0;
    for (const ins of o.insert) {
      out.pushBytes(r.subarray(from, ins));
      out.pushBytes(h.subarray(pos, pos + len));
      from = ins;
    }
    out.pushBytes(r.subarray(from));
    at = pos + len;
  }
  out.pushBytes(h.subarray(at));
  return binFromBytes(out.toBytes());
}

function compile_pattern_1(p: BifContext & { runtime?: { makeRef(): Ref } }, pattern: unknown): unknown {
  if (pattern instanceof Tuple) return badarg(p);
  const pats = parsePattern(pattern);
  if (pats === undefined) return badarg(p);
  const ref = p.runtime?.makeRef() ?? new Ref(--fallbackRefs, 0, 0);
  compiled.set(ref, pats.map((b) => b.slice()));
  return new Tuple([pats.length === 1 ? BM : AC, ref]);
}

// ---- slicing and copying ----

function part_3(p: BifContext, b: unknown, pos: unknown, len: unknown): unknown {
  if (!(b instanceof Bin)) return badarg(p);
  const r = parsePart(pos, len, b.bitSize >> 3);
  return r === undefined ? badarg(p) : slice(b.bytes, r[0], r[1] - r[0]);
}

function part_2(p: BifContext, b: unknown, spec: unknown): unknown {
  if (!(spec instanceof Tuple) || spec.elements.length !== 2) return badarg(p);
  return part_3(p, b, spec.elements[0], spec.elements[1]);
}

function copy_2(p: BifContext, b: unknown, n: unknown): unknown {
  const bytes = binBytes(b);
  if (bytes === undefined || typeof n !== 'number' || n < 0) return badarg(p);
  if (bytes.length * n > 0x7fffffff) return error(p, SYSTEM_LIMIT);
  const out = new Uint8Array(bytes.length * n);
  for (let i = 0; i < n; i++) out.set(bytes, i * bytes.length);
  return binFromBytes(out);
}

function at_2(p: BifContext, b: unknown, n: unknown): unknown {
  const bytes = binBytes(b);
  if (bytes === undefined || typeof n !== 'number' || n < 0 || n >= bytes.length) return badarg(p);
  return bytes[n];
}

function first_1(p: BifContext, b: unknown): unknown {
  const bytes = binBytes(b);
  return bytes === undefined || bytes.length === 0 ? badarg(p) : bytes[0];
}

function last_1(p: BifContext, b: unknown): unknown {
  const bytes = binBytes(b);
  return bytes === undefined || bytes.length === 0 ? badarg(p) : bytes[bytes.length - 1];
}

function list_to_bin_1(p: BifContext, l: unknown): unknown {
  if (!(l instanceof Cons) && l !== NIL) return badarg(p);
  const bytes = iolistToBytes(l);
  return bytes === undefined ? badarg(p) : binFromBytes(bytes);
}

function bin_to_list_3(p: BifContext, b: unknown, pos: unknown, len: unknown): unknown {
  const bytes = binBytes(b);
  const r = bytes === undefined ? undefined : parsePart(pos, len, bytes.length);
  return r === undefined ? badarg(p) : bytesToList(bytes!.subarray(r[0], r[1]));
}

function bin_to_list_2(p: BifContext, b: unknown, spec: unknown): unknown {
  if (!(spec instanceof Tuple) || spec.elements.length !== 2) return badarg(p);
  return bin_to_list_3(p, b, spec.elements[0], spec.elements[1]);
}

function bin_to_list_1(p: BifContext, b: unknown): unknown {
  const bytes = binBytes(b);
  return bytes === undefined ? badarg(p) : bytesToList(bytes);
}

/** A proper non-empty list of binaries, or undefined. */
function binaryList(l: unknown): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  for (; l instanceof Cons; l = l.tl) {
    const b = binBytes(l.hd);
    if (b === undefined) return undefined;
    out.push(b);
  }
  return l === NIL && out.length > 0 ? out : undefined;
}

function longest_common_prefix_1(p: BifContext, l: unknown): unknown {
  const bs = binaryList(l);
  if (bs === undefined) return badarg(p);
  let n = Math.min(...bs.map((b) => b.length));
  for (const b of bs) {
    let k = 0;
    while (k < n && b[k] === bs[0][k]) k++;
    n = k;
  }
  return n;
}

function longest_common_suffix_1(p: BifContext, l: unknown): unknown {
  const bs = binaryList(l);
  if (bs === undefined) return badarg(p);
  let n = Math.min(...bs.map((b) => b.length));
  const b0 = bs[0];
  for (const b of bs) {
    let k = 0;
    while (k < n && b[b.length - 1 - k] === b0[b0.length - 1 - k]) k++;
    n = k;
  }
  return n;
}

function referenced_byte_size_1(p: BifContext, b: unknown): unknown {
  if (!(b instanceof Bin)) return badarg(p);
  const size = (b.bitSize + 7) >> 3;
  return size <= HEAP_BINARY_LIMIT_BYTES ? size : Math.max(size, b.bytes.buffer.byteLength);
}

// ---- integers and hex ----

function encode_unsigned_2(p: BifContext, n: unknown, endian: unknown): unknown {
  if ((typeof n !== 'number' && typeof n !== 'bigint') || n < 0 || (endian !== BIG && endian !== LITTLE)) return badarg(p);
  let hex = n.toString(16);
  if (hex.length & 1) hex = '0' + hex;
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return binFromBytes(endian === LITTLE ? out.reverse() : out);
}

function decode_unsigned_2(p: BifContext, b: unknown, endian: unknown): unknown {
  const bytes = binBytes(b);
  if (bytes === undefined || (endian !== BIG && endian !== LITTLE)) return badarg(p);
  const ordered = endian === LITTLE ? bytes.slice().reverse() : bytes;
  if (ordered.length <= 6) {
    let v = 0;
    for (const x of ordered) v = v * 256 + x;
    return v;
  }
  let hex = '0x0';
  for (const x of ordered) hex += (x < 16 ? '0' : '') + x.toString(16);
  return normInt(BigInt(hex));
}

const HEX_UPPER = '0123456789ABCDEF';

function encode_hex_1(p: BifContext, b: unknown): unknown {
  const bytes = binBytes(b);
  if (bytes === undefined) return badarg(p);
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    out[2 * i] = HEX_UPPER.charCodeAt(bytes[i] >> 4);
    out[2 * i + 1] = HEX_UPPER.charCodeAt(bytes[i] & 15);
  }
  return binFromBytes(out);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function decode_hex_1(p: BifContext, b: unknown): unknown {
  const bytes = binBytes(b);
  if (bytes === undefined || (bytes.length & 1) !== 0) return badarg(p);
  const out = new Uint8Array(bytes.length >> 1);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(bytes[2 * i]);
    const lo = hexValue(bytes[2 * i + 1]);
    if (hi < 0 || lo < 0) return badarg(p);
    out[i] = (hi << 4) | lo;
  }
  return binFromBytes(out);
}

export const bifs: BifTable = {
  'binary:at/2': at_2,
  'binary:bin_to_list/1': bin_to_list_1,
  'binary:bin_to_list/2': bin_to_list_2,
  'binary:bin_to_list/3': bin_to_list_3,
  'binary:compile_pattern/1': compile_pattern_1,
  'binary:copy/1': (p: BifContext, b: unknown) => copy_2(p, b, 1),
  'binary:copy/2': copy_2,
  'binary:decode_hex/1': decode_hex_1,
  'binary:decode_unsigned/1': (p: BifContext, b: unknown) => decode_unsigned_2(p, b, BIG),
  'binary:decode_unsigned/2': decode_unsigned_2,
  'binary:encode_hex/1': encode_hex_1,
  'binary:encode_unsigned/1': (p: BifContext, n: unknown) => encode_unsigned_2(p, n, BIG),
  'binary:encode_unsigned/2': encode_unsigned_2,
  'binary:first/1': first_1,
  'binary:last/1': last_1,
  'binary:list_to_bin/1': list_to_bin_1,
  'binary:longest_common_prefix/1': longest_common_prefix_1,
  'binary:longest_common_suffix/1': longest_common_suffix_1,
  'binary:match/2': (p: BifContext, s: unknown, pat: unknown) => match(p, s, pat, NIL),
  'binary:match/3': match,
  'binary:matches/2': (p: BifContext, s: unknown, pat: unknown) => matches(p, s, pat, NIL),
  'binary:matches/3': matches,
  'binary:part/2': part_2,
  'binary:part/3': part_3,
  'binary:referenced_byte_size/1': referenced_byte_size_1,
  'binary:replace/3': (p: BifContext, s: unknown, pat: unknown, r: unknown) => replace(p, s, pat, r, NIL),
  'binary:replace/4': replace,
  'binary:split/2': (p: BifContext, s: unknown, pat: unknown) => split(p, s, pat, NIL),
  'binary:split/3': split,
};
