// The external term format: term_to_binary/1,2, binary_to_term/1,2 and external_size/1,2, byte for
// byte as OTP 25 on a non-distributed node (pids and refs carry 'nonode@nohost', creation 0).
// Decoding trusts nothing: every length is checked against the bytes left, nothing is allocated
// ahead of the input that backs it, and nesting is walked with an explicit stack, so malformed
// input is always badarg. Local funs are neither encoded nor decoded (badarg).

import { inflateSync, deflateSync } from 'node:zlib';
import { atom, existingAtom, Atom } from '../../vm/terms/atom.js';
import { Bin, EMPTY_BIN } from '../../vm/terms/binary.js';
import { compareKeys } from '../../vm/terms/compare.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { formatFloatDefault } from '../../vm/terms/float-format.js';
import { Fun, FUN_EXPORT } from '../../vm/terms/fun.js';
import { normInt } from '../../vm/terms/integer.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { ErlMap } from '../../vm/terms/map.js';
import { listView } from '../../vm/terms/map-order.js';
import { Pid, Ref } from '../../vm/terms/pid.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { ByteSink, binBytes } from './util.js';
import { chargeBytes } from './work.js';

const VERSION = 131;
const COMPRESSED = 80;
const NEW_FLOAT_EXT = 70;
const BIT_BINARY_EXT = 77;
const NEW_PID_EXT = 88;
const NEWER_REFERENCE_EXT = 90;
const SMALL_INTEGER_EXT = 97;
const INTEGER_EXT = 98;
const FLOAT_EXT = 99;
const ATOM_EXT = 100;
const NEW_REFERENCE_EXT = 114;
const PID_EXT = 103;
const SMALL_TUPLE_EXT = 104;
const LARGE_TUPLE_EXT = 105;
const NIL_EXT = 106;
const STRING_EXT = 107;
const LIST_EXT = 108;
const BINARY_EXT = 109;
const SMALL_BIG_EXT = 110;
const LARGE_BIG_EXT = 111;
const EXPORT_EXT = 113;
const SMALL_ATOM_EXT = 115;
const MAP_EXT = 116;
const ATOM_UTF8_EXT = 118;
const SMALL_ATOM_UTF8_EXT = 119;

const LOCAL_NODE = atom('nonode@nohost');
const COMPRESSED_OPT = atom('compressed');
const MINOR_VERSION = atom('minor_version');
const DETERMINISTIC = atom('deterministic');
const SAFE = atom('safe');
const USED = atom('used');
/** zlib's default level, which OTP uses for a bare `compressed`. */
const DEFAULT_LEVEL = 6;
/** Atoms hold at most 255 characters, in OTP as here. */
const MAX_ATOM_CHARS = 255;

// ---- encoding ----

interface EncodeOptions {
  minor: number;
  level: number; // 0: not compressed
}

class Encoder {
  readonly out = new ByteSink();
  constructor(readonly minor: number) {}

  u16(n: number): void {
    this.out.pushByte((n >>> 8) & 255);
    this.out.pushByte(n & 255);
  }
  u32(n: number): void {
    this.out.pushByte((n >>> 24) & 255);
    this.out.pushByte((n >>> 16) & 255);
    this.out.pushByte((n >>> 8) & 255);
    this.out.pushByte(n & 255);
  }

  /** False for a term the format cannot carry here (local funs, ports). */
  term(t: unknown): boolean {
    for (;;) {
      if (typeof t === 'number' || typeof t === 'bigint') {
        this.integer(t);
        return true;
      }
      if (t instanceof Atom) {
        this.atom(t);
        return true;
      }
      if (t instanceof Cons) {
        // Lists go along their tails iteratively; only the heads recurse.
        const tail = this.listHead(t);
        if (tail === undefined) return true;
        if (tail === false) return false;
        t = tail.rest;
        continue;
      }
      if (t === NIL) {
        this.out.pushByte(NIL_EXT);
        return true;
      }
      if (t instanceof Tuple) return this.tuple(t.elements);
      if (t instanceof ErlFloat) {
        this.float(t.value);
        return true;
      }
      if (t instanceof Bin) {
        this.bin(t);
        return true;
      }
      if (t instanceof ErlMap) return this.map(t);
      if (t instanceof Pid) {
        this.out.pushByte(NEW_PID_EXT);
        this.atom(LOCAL_NODE);
        this.u32(t.id);
        this.u32(t.serial);
        this.u32(0);
        return true;
      }
      if (t instanceof Ref) {
        this.out.pushByte(NEWER_REFERENCE_EXT);
        this.u16(3);
        this.atom(LOCAL_NODE);
        this.u32(0);
        this.u32(t.c);
        this.u32(t.b);
        this.u32(t.a);
        return true;
      }
      if (t instanceof Fun && t.kind === FUN_EXPORT) {
        this.out.pushByte(EXPORT_EXT);
        this.atom(t.module);
        this.atom(t.name);
        this.integer(t.arity);
        return true;
      }
      return false;
    }
  }

  integer(i: number | bigint): void {
    if (typeof i === 'number' && i >= 0 && i <= 255) {
      this.out.pushByte(SMALL_INTEGER_EXT);
      this.out.pushByte(i);
    } else if (typeof i === 'number' && i >= -0x80000000 && i <= 0x7fffffff) {
      this.out.pushByte(INTEGER_EXT);
      this.u32(i >>> 0);
    } else {
      let a = BigInt(i);
      const neg = a < 0n;
      if (neg) a = -a;
      const digits: number[] = [];
      while (a > 0n) {
        digits.push(Number(a & 255n));
        a >>= 8n;
      }
      if (digits.length <= 255) {
        this.out.pushByte(SMALL_BIG_EXT);
        this.out.pushByte(digits.length);
      } else {
        this.out.pushByte(LARGE_BIG_EXT);
        this.u32(digits.length);
      }
      this.out.pushByte(neg ? 1 : 0);
      this.out.pushBytes(Uint8Array.from(digits));
    }
  }

  atom(a: Atom): void {
    const name = a.name;
    let latin1 = true;
    for (let i = 0; i < name.length; i++) {
      if (name.charCodeAt(i) > 255) {
        latin1 = false;
        break;
      }
    }
    // minor_version 0 and 1 (the default in OTP 25) keep latin1 atoms as ATOM_EXT.
    if (latin1 && this.minor < 2) {
      this.out.pushByte(ATOM_EXT);
      this.u16(name.length);
      for (let i = 0; i < name.length; i++) this.out.pushByte(name.charCodeAt(i));
      return;
    }
    const bytes = new TextEncoder().encode(name);
    if (bytes.length <= 255) {
      this.out.pushByte(SMALL_ATOM_UTF8_EXT);
      this.out.pushByte(bytes.length);
    } else {
      this.out.pushByte(ATOM_UTF8_EXT);
      this.u16(bytes.length);
    }
    this.out.pushBytes(bytes);
  }

  float(v: number): void {
    if (this.minor === 0) {
      // FLOAT_EXT: C "%.20e" text, zero padded to 31 bytes.
      const s = formatFloatDefault(v);
      this.out.pushByte(FLOAT_EXT);
      for (let i = 0; i < 31; i++) this.out.pushByte(i < s.length ? s.charCodeAt(i) : 0);
      return;
    }
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v);
    this.out.pushByte(NEW_FLOAT_EXT);
    this.out.pushBytes(b);
  }

  bin(b: Bin): void {
    const n = (b.bitSize + 7) >> 3;
    const bytes = b.bytes.subarray(0, n);
    const rem = b.bitSize & 7;
    if (rem === 0) {
      this.out.pushByte(BINARY_EXT);
      this.u32(n);
      this.out.pushBytes(bytes.slice());
      return;
    }
    this.out.pushByte(BIT_BINARY_EXT);
    this.u32(n);
    this.out.pushByte(rem);
    const copy = bytes.slice();
    copy[n - 1] &= (0xff << (8 - rem)) & 0xff;
    this.out.pushBytes(copy);
  }

  tuple(es: unknown[]): boolean {
    if (es.length <= 255) {
      this.out.pushByte(SMALL_TUPLE_EXT);
      this.out.pushByte(es.length);
    } else {
      this.out.pushByte(LARGE_TUPLE_EXT);
      this.u32(es.length);
    }
    for (const e of es) if (!this.term(e)) return false;
    return true;
  }

  /** Small maps (up to 32 keys) are flatmaps in OTP and go out in key order, as ours are kept;
   * bigger ones go out in maps:to_list order (vm/terms/map-order.ts). */
  map(map: ErlMap): boolean {
    const m = listView(map);
    this.out.pushByte(MAP_EXT);
    this.u32(m.keys.length);
    for (let i = 0; i < m.keys.length; i++) {
      if (!this.term(m.keys[i]) || !this.term(m.values[i])) return false;
    }
    return true;
  }

  /**
   * Writes a list's header and elements. A proper list of at most 65535 bytes is a STRING_EXT
   * (undefined: done); otherwise the elements are written and the tail is left for the caller.
   */
  listHead(l: Cons): { rest: unknown } | undefined | false {
    let n = 0;
    let bytes = true;
    let cur: unknown = l;
    while (cur instanceof Cons) {
      const h = cur.hd;
      if (bytes && !(typeof h === 'number' && h >= 0 && h <= 255)) bytes = false;
      n++;
      cur = cur.tl;
    }
    if (bytes && cur === NIL && n <= 65535) {
      this.out.pushByte(STRING_EXT);
      this.u16(n);
      for (let c: unknown = l; c instanceof Cons; c = c.tl) this.out.pushByte(c.hd as number);
      return undefined;
    }
    this.out.pushByte(LIST_EXT);
    this.u32(n);
    for (let c: unknown = l; c instanceof Cons; c = c.tl) if (!this.term(c.hd)) return false;
    return { rest: cur };
  }
}

/** The external format of a term, or undefined for a term that has none here. */
export function encodeTerm(t: unknown, opts: EncodeOptions = { minor: 1, level: 0 }): Uint8Array | undefined {
  const e = new Encoder(opts.minor);
  e.out.pushByte(VERSION);
  if (!e.term(t)) return undefined;
  const plain = e.out.toBytes();
  if (opts.level === 0) return plain;
  const body = plain.subarray(1);
  const z = deflateSync(body, { level: opts.level });
  // OTP keeps the compressed form only when it is smaller.
  if (6 + z.length >= plain.length) return plain;
  const out = new Uint8Array(6 + z.length);
  out[0] = VERSION;
  out[1] = COMPRESSED;
  new DataView(out.buffer).setUint32(2, body.length);
  out.set(z, 6);
  return out;
}

function encodeOptions(opts: unknown): EncodeOptions | undefined {
  const o: EncodeOptions = { minor: 1, level: 0 };
  let l = opts;
  while (l instanceof Cons) {
    const x = l.hd;
    if (x === COMPRESSED_OPT) o.level = DEFAULT_LEVEL;
    else if (x === DETERMINISTIC) {
      // Our maps are always written in key order, so this changes nothing.
    } else if (x instanceof Tuple && x.elements.length === 2 && typeof x.elements[1] === 'number') {
      const [k, v] = x.elements as [unknown, number];
      if (k === COMPRESSED_OPT && v >= 0 && v <= 9) o.level = v;
      else if (k === MINOR_VERSION && v >= 0 && v <= 2) o.minor = v;
      else return undefined;
    } else return undefined;
    l = l.tl;
  }
  return l === NIL ? o : undefined;
}

// ---- decoding ----

/** A container waiting for `need` more decoded terms. */
interface Frame {
  kind: number; // the tag that opened it
  items: unknown[];
  need: number;
}

class Decoder {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    start: number,
    readonly safe: boolean,
    readonly target: (m: Atom, f: Atom, a: number) => object,
  ) {
    this.pos = start;
  }

  has(n: number): boolean {
    return n >= 0 && this.pos + n <= this.b.length;
  }
  left(): number {
    return this.b.length - this.pos;
  }
  u8(): number {
    return this.b[this.pos++];
  }
  u16(): number {
    const v = (this.b[this.pos] << 8) | this.b[this.pos + 1];
    this.pos += 2;
    return v;
  }
  u32(): number {
    const v = ((this.b[this.pos] << 24) | (this.b[this.pos + 1] << 16) | (this.b[this.pos + 2] << 8) | this.b[this.pos + 3]) >>> 0;
    this.pos += 4;
    return v;
  }

  /** Decodes one whole term; undefined for malformed input. */
  term(): unknown {
    const stack: Frame[] = [];
    for (;;) {
      if (!this.has(1)) return undefined;
      const tag = this.u8();
      let v: unknown;
      switch (tag) {
        case SMALL_TUPLE_EXT:
        case LARGE_TUPLE_EXT: {
          const n = tag === SMALL_TUPLE_EXT ? (this.has(1) ? this.u8() : -1) : this.has(4) ? this.u32() : -1;
          if (n < 0 || n > this.left()) return undefined;
          if (n === 0) v = new Tuple([]);
          else {
            stack.push({ kind: SMALL_TUPLE_EXT, items: [], need: n });
            continue;
          }
          break;
        }
        case LIST_EXT: {
          if (!this.has(4)) return undefined;
          const n = this.u32();
          if (n >= this.left()) return undefined;
          stack.push({ kind: LIST_EXT, items: [], need: n + 1 });
          continue;
        }
        case MAP_EXT: {
          if (!this.has(4)) return undefined;
          const n = this.u32();
          if (n * 2 > this.left()) return undefined;
          if (n === 0) v = new ErlMap([], []);
          else {
            stack.push({ kind: MAP_EXT, items: [], need: n * 2 });
            continue;
          }
          break;
        }
        default:
          v = this.leaf(tag);
          if (v === undefined) return undefined;
      }
      // Hand the finished term to the enclosing containers, closing every one it completes.
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) return v;
        top.items.push(v);
        if (--top.need > 0) break;
        stack.pop();
        v = finish(top);
        if (v === undefined) return undefined;
      }
    }
  }

  /** A term without nested terms of its own (atoms inside pids and funs are read here too). */
  leaf(tag: number): unknown {
    switch (tag) {
      case SMALL_INTEGER_EXT:
        return this.has(1) ? this.u8() : undefined;
      case INTEGER_EXT:
        return this.has(4) ? this.u32() | 0 : undefined;
      case SMALL_BIG_EXT:
      case LARGE_BIG_EXT:
        return this.big(tag);
      case NEW_FLOAT_EXT: {
        if (!this.has(8)) return undefined;
        const f = new DataView(this.b.buffer, this.b.byteOffset + this.pos, 8).getFloat64(0);
        this.pos += 8;
        return Number.isFinite(f) ? new ErlFloat(f) : undefined;
      }
      case FLOAT_EXT:
        return this.oldFloat();
      case ATOM_EXT:
      case SMALL_ATOM_EXT:
      case ATOM_UTF8_EXT:
      case SMALL_ATOM_UTF8_EXT:
        return this.atomBody(tag);
      case NIL_EXT:
        return NIL;
      case STRING_EXT: {
        if (!this.has(2)) return undefined;
        const n = this.u16();
        if (!this.has(n)) return undefined;
        const cs = Array.from(this.b.subarray(this.pos, this.pos + n));
        this.pos += n;
        return listFromArray(cs);
      }
      case BINARY_EXT: {
        if (!this.has(4)) return undefined;
        const n = this.u32();
        if (!this.has(n)) return undefined;
        const bytes = this.b.slice(this.pos, this.pos + n);
        this.pos += n;
        return n === 0 ? EMPTY_BIN : new Bin(bytes, n * 8);
      }
      case BIT_BINARY_EXT:
        return this.bitBinary();
      case NEW_PID_EXT:
      case PID_EXT:
        return this.pid(tag);
      case NEWER_REFERENCE_EXT:
      case NEW_REFERENCE_EXT:
        return this.ref(tag);
      case EXPORT_EXT:
        return this.exportFun();
      default:
        return undefined;
    }
  }

  big(tag: number): unknown {
    if (!this.has(tag === SMALL_BIG_EXT ? 2 : 5)) return undefined;
    const n = tag === SMALL_BIG_EXT ? this.u8() : this.u32();
    const sign = this.u8();
    if (sign > 1 || !this.has(n)) return undefined;
    let hex = '';
    for (let i = n - 1; i >= 0; i--) hex += this.b[this.pos + i].toString(16).padStart(2, '0');
    this.pos += n;
    const a = n === 0 ? 0n : BigInt('0x' + hex);
    return normInt(sign ? -a : a);
  }

  oldFloat(): unknown {
    if (!this.has(31)) return undefined;
    let s = '';
    for (let i = 0; i < 31 && this.b[this.pos + i] !== 0; i++) s += String.fromCharCode(this.b[this.pos + i]);
    this.pos += 31;
    s = s.trim();
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
    const f = Number(s);
    return Number.isFinite(f) ? new ErlFloat(f) : undefined;
  }

  atomBody(tag: number): Atom | undefined {
    const small = tag === SMALL_ATOM_EXT || tag === SMALL_ATOM_UTF8_EXT;
    if (!this.has(small ? 1 : 2)) return undefined;
    const n = small ? this.u8() : this.u16();
    if (!this.has(n)) return undefined;
    const raw = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    let name: string;
    if (tag === ATOM_EXT || tag === SMALL_ATOM_EXT) {
      if (n > MAX_ATOM_CHARS) return undefined;
      name = String.fromCharCode(...raw);
    } else {
      try {
        name = new TextDecoder('utf-8', { fatal: true }).decode(raw);
      } catch {
        return undefined; // invalid UTF-8 is input, not a VM bug
      }
      let chars = 0;
      for (const _ of name) chars++;
      if (chars > MAX_ATOM_CHARS) return undefined;
    }
    return this.safe ? existingAtom(name) : atom(name);
  }

  /** An atom term in a fixed position (node names, fun module and name). */
  atomTerm(): Atom | undefined {
    if (!this.has(1)) return undefined;
    const tag = this.u8();
    if (tag !== ATOM_EXT && tag !== SMALL_ATOM_EXT && tag !== ATOM_UTF8_EXT && tag !== SMALL_ATOM_UTF8_EXT) return undefined;
    return this.atomBody(tag);
  }

  bitBinary(): unknown {
    if (!this.has(5)) return undefined;
    const n = this.u32();
    const bits = this.u8();
    if (!this.has(n)) return undefined;
    if (n === 0) return bits === 0 ? EMPTY_BIN : undefined;
    if (bits < 1 || bits > 8) return undefined;
    const bytes = this.b.slice(this.pos, this.pos + n);
    this.pos += n;
    bytes[n - 1] &= (0xff << (8 - bits)) & 0xff;
    return new Bin(bytes, (n - 1) * 8 + bits);
  }

  /** Only pids of this node can be represented; others are refused. */
  pid(tag: number): unknown {
    const node = this.atomTerm();
    if (node === undefined || !this.has(tag === NEW_PID_EXT ? 12 : 9)) return undefined;
    const id = this.u32();
    const serial = this.u32();
    if (tag === NEW_PID_EXT) this.u32();
    else this.u8();
    return node === LOCAL_NODE ? new Pid(id, serial) : undefined;
  }

  ref(tag: number): unknown {
    if (!this.has(2)) return undefined;
    const n = this.u16();
    const node = this.atomTerm();
    if (node === undefined || !this.has((tag === NEWER_REFERENCE_EXT ? 4 : 1) + 4 * n)) return undefined;
    this.pos += tag === NEWER_REFERENCE_EXT ? 4 : 1;
    const words: number[] = [];
    for (let i = 0; i < n; i++) words.push(this.u32());
    if (node !== LOCAL_NODE || n < 1 || n > 5) return undefined;
    return new Ref(words[2] ?? 0, words[1] ?? 0, words[0]);
  }

  exportFun(): unknown {
    const m = this.atomTerm();
    const f = m === undefined ? undefined : this.atomTerm();
    if (m === undefined || f === undefined || !this.has(1)) return undefined;
    const tag = this.u8();
    if (tag !== SMALL_INTEGER_EXT && tag !== INTEGER_EXT) return undefined;
    const a = this.leaf(tag);
    if (typeof a !== 'number' || a < 0 || a > 255) return undefined;
    return new Fun(FUN_EXPORT, m, f, a, -1, 0, [], this.target(m, f, a));
  }
}

function finish(fr: Frame): unknown {
  const items = fr.items;
  if (fr.kind === SMALL_TUPLE_EXT) return new Tuple(items);
  if (fr.kind === LIST_EXT) {
    const tail = items.pop();
    return listFromArray(items, tail);
  }
  // MAP_EXT: sort the pairs into key order; a repeated key is malformed.
  const idx: number[] = [];
  for (let i = 0; i < items.length; i += 2) idx.push(i);
  idx.sort((x, y) => compareKeys(items[x], items[y]));
  const keys: unknown[] = [];
  const values: unknown[] = [];
  for (let j = 0; j < idx.length; j++) {
    if (j > 0 && compareKeys(items[idx[j - 1]], items[idx[j]]) === 0) return undefined;
    keys.push(items[idx[j]]);
    values.push(items[idx[j] + 1]);
  }
  return new ErlMap(keys, values);
}

/** Stands in for the loader's export entry when no runtime is at hand (unit tests). */
const NO_TARGET = Object.freeze({});

export interface DecodeResult {
  term: unknown;
  usedBytes: number;
}

/** Decodes an external-format binary; undefined when it is malformed (or unknown atoms with `safe`). */
export function decodeTerm(
  bytes: Uint8Array,
  safe = false,
  target: (m: Atom, f: Atom, a: number) => object = () => NO_TARGET,
): DecodeResult | undefined {
  if (bytes.length < 2 || bytes[0] !== VERSION) return undefined;
  if (bytes[1] !== COMPRESSED) {
    const d = new Decoder(bytes, 1, safe, target);
    const term = d.term();
    return term === undefined ? undefined : { term, usedBytes: d.pos };
  }
  if (bytes.length < 6) return undefined;
  const size = new DataView(bytes.buffer, bytes.byteOffset + 2, 4).getUint32(0);
  let body: Uint8Array;
  let zlibBytes: number;
  try {
    // The declared size bounds the output, so a small input cannot inflate without limit.
    const r = inflateSync(bytes.subarray(6), { maxOutputLength: Math.max(size, 1), info: true }) as unknown as {
      buffer: Uint8Array;
      engine: { bytesWritten: number };
    };
    body = r.buffer;
    zlibBytes = r.engine.bytesWritten; // input consumed up to the end of the zlib stream
  } catch {
    return undefined; // corrupt or oversized zlib data is input, not a VM bug
  }
  if (body.length !== size) return undefined;
  const d = new Decoder(body, 0, safe, target);
  const term = d.term();
  if (term === undefined || d.pos !== size) return undefined;
  return { term, usedBytes: 6 + zlibBytes };
}

// ---- BIFs ----

interface Ctx extends BifContext {
  runtime?: { codeServer: { getExport(m: Atom, f: Atom, a: number): object } };
}

function term_to_binary_1(p: Ctx, t: unknown): unknown {
  const b = encodeTerm(t);
  if (b === undefined) return badarg(p);
  chargeBytes(p, b.length);
  return new Bin(b, b.length * 8);
}

function term_to_binary_2(p: Ctx, t: unknown, opts: unknown): unknown {
  const o = encodeOptions(opts);
  const b = o === undefined ? undefined : encodeTerm(t, o);
  if (b === undefined) return badarg(p);
  chargeBytes(p, b.length);
  return new Bin(b, b.length * 8);
}

function external_size_1(p: Ctx, t: unknown): unknown {
  const b = encodeTerm(t);
  return b === undefined ? badarg(p) : b.length;
}

/** OTP 25's external_size/2 takes only {minor_version, 0 | 1}: compressed, 2 and the rest are badarg. */
function external_size_2(p: Ctx, t: unknown, opts: unknown): unknown {
  let minor = 1;
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const x = l.hd;
    if (!(x instanceof Tuple) || x.elements.length !== 2 || x.elements[0] !== MINOR_VERSION) return badarg(p);
    if (x.elements[1] !== 0 && x.elements[1] !== 1) return badarg(p);
    minor = x.elements[1];
  }
  if (l !== NIL) return badarg(p);
  const b = encodeTerm(t, { minor, level: 0 });
  return b === undefined ? badarg(p) : b.length;
}

function binaryToTerm(p: Ctx, bin: unknown, safe: boolean, used: boolean): unknown {
  const bytes = binBytes(bin);
  if (bytes === undefined) return badarg(p);
  const rt = p.runtime;
  const target = rt ? (m: Atom, f: Atom, a: number) => rt.codeServer.getExport(m, f, a) : undefined;
  const r = decodeTerm(bytes, safe, target);
  if (r === undefined) return badarg(p);
  chargeBytes(p, bytes.length);
  return used ? new Tuple([r.term, r.usedBytes]) : r.term;
}

function binary_to_term_1(p: Ctx, bin: unknown): unknown {
  return binaryToTerm(p, bin, false, false);
}

function binary_to_term_2(p: Ctx, bin: unknown, opts: unknown): unknown {
  let safe = false;
  let used = false;
  let l = opts;
  while (l instanceof Cons) {
    if (l.hd === SAFE) safe = true;
    else if (l.hd === USED) used = true;
    else return badarg(p);
    l = l.tl;
  }
  if (l !== NIL) return badarg(p);
  return binaryToTerm(p, bin, safe, used);
}

export const bifs: BifTable = {
  'erlang:term_to_binary/1': { fn: term_to_binary_1, cost: 10 },
  'erlang:term_to_binary/2': { fn: term_to_binary_2, cost: 10 },
  'erlang:binary_to_term/1': { fn: binary_to_term_1, cost: 10 },
  'erlang:binary_to_term/2': { fn: binary_to_term_2, cost: 10 },
  'erlang:external_size/1': external_size_1,
  'erlang:external_size/2': external_size_2,
};
