// The `~p` pretty printer, a faithful port of OTP 25's io_lib_pretty (without records and without
// chars_limit). Two passes: `measure` turns the term into a tree of nodes carrying their one-line
// text length (print_length/6), then `pp` lays the tree out, breaking lines where a subterm does not
// fit in the line length from the current column. `cind` first tries the layouts that indent
// tagged tuples and map values by 4 and keeps the first that stays within bounds.
// Layout decisions compare the same quantities in the same order as io_lib_pretty; keep it so.

import { Atom, atom } from './atom.js';
import { Bin } from './binary.js';
import { Cons, NIL } from './list.js';
import { ErlMap } from './map.js';
import { iterationView } from './map-order.js';
import { Tuple } from './tuple.js';
import {
  binaryItems, charsLength, type Encoding, isPrintableChar, type PrintableRange,
  quoteCodePoints, TextSink, writeAtom, writeAtomic, writePrintableList,
} from './format.js';

export interface PrettyOptions {
  /** Column where the term starts (1-based); ~p uses the current output column plus one. */
  column?: number;
  /** ~p's field width; 0 disables line breaking. */
  lineLength?: number;
  /** -1 for no limit (~p); ~P's depth otherwise. */
  depth?: number;
  encoding?: Encoding;
  /** false for the `l` modifier (~lp): lists and binaries are never shown as text. */
  strings?: boolean;
  /** `erl +pc`: which characters count as printable for ~tp. OTP's default is latin1. */
  printableRange?: PrintableRange;
  /** io_lib_pretty's line_max_chars (the shell uses 60); -1 or absent: the term's whole length. */
  lineMaxChars?: number;
  /**
   * The shell's record_print_fun: the field names of a record `name` with `arity` fields, or null.
   * A tuple whose first element names such a record prints as `#name{f = V,...}`.
   */
  recordFields?: (name: Atom, arity: number) => readonly string[] | null;
}

// Node kinds. LEAF is io_lib_pretty's "atomic" form (the ?ATM test): its text is final.
const LEAF = 0;
const LIST = 1;
const TUPLE = 2;
const TAGGED = 3; // a tuple of two or more elements whose first is an atom
const MAP = 4;
const PAIR = 5; // items = [key, value]
const BIN = 6; // a bitstring written as numbers; parts = the numbers
const DOTS = 7; // "..." where the depth ran out
const RECORD = 8; // text = "#name", items = FIELD nodes
const FIELD = 9; // text = the field name, items = [value]

class PNode {
  constructor(
    readonly kind: number,
    /** Characters of the one-line form (io_lib:chars_length). */
    readonly len: number,
    /** LEAF and BIN: the one-line text. */
    readonly text: string,
    readonly items: PItem[],
    /** An improper tail, DOTS, or null at the end of a proper sequence. */
    readonly tail: PItem | null,
    /** BIN: the comma-separated items between << and >>. */
    readonly parts: string[],
  ) {}
}

const NO_ITEMS: PItem[] = [];
const NO_PARTS: string[] = [];
const DOTS_NODE = new PNode(DOTS, 3, '...', NO_ITEMS, null, NO_PARTS);

/**
 * A finished text. Most leaves are plain strings whose length is their character count, which
 * saves an object per element (the 100k-element list bench is dominated by GC); a PNode of kind
 * LEAF carries the length when it differs (grapheme clusters, astral characters).
 */
type PItem = PNode | string;

function leaf(text: string, len: number): PItem {
  return len === text.length ? text : new PNode(LEAF, len, text, NO_ITEMS, null, NO_PARTS);
}

function lenOf(e: PItem): number {
  return typeof e === 'string' ? e.length : e.len;
}

function textOf(e: PItem): string {
  return typeof e === 'string' ? e : e.text;
}

/** list_length/3: the one-line length of a sequence, given the length of its brackets. */
function seqLength(items: PItem[], tail: PItem | null, brackets: number): number {
  let n = brackets;
  for (let i = 0; i < items.length; i++) n += lenOf(items[i]) + (i > 0 ? 1 : 0);
  if (tail !== null) n += lenOf(tail) + (items.length > 0 ? 1 : 0);
  return n;
}

// ---- measuring (print_length) ----

class Measurer {
  constructor(
    readonly enc: Encoding,
    readonly strings: boolean,
    readonly range: PrintableRange,
    readonly recordFields: PrettyOptions['recordFields'] = undefined,
  ) {}

  /** Never called with d === 0. */
  measure(t: unknown, d: number): PItem {
    if (typeof t === 'number') return String(t);
    if (t instanceof Cons) return this.list(t, d);
    if (t instanceof Tuple) return this.tuple(t, d);
    if (t === NIL) return leaf('[]', 2);
    if (t instanceof Atom) {
      const s = writeAtom(t, this.enc);
      return leaf(s, charsLength(s));
    }
    if (t instanceof ErlMap) return this.map(t, d);
    if (t instanceof Bin) return this.bitstring(t, d);
    const s = writeAtomic(t, 'latin1');
    return leaf(s, charsLength(s));
  }

  private list(l: Cons, d: number): PItem {
    if (this.strings && d !== 1) {
      const range = this.enc === 'latin1' ? 'latin1' : this.range;
      const s = writePrintableList(l, range, this.enc);
      if (s !== null) return leaf(s, charsLength(s));
    }
    const items: PItem[] = [];
    let tail: PItem | null = null;
    let t: unknown = l;
    let dd = d;
    // print_length_list1: each element is measured one level deeper than the list, and the depth
    // also shrinks by one per element (D =:= 1 cuts the rest to "...").
    for (;;) {
      if (t === NIL) break;
      if (dd === 1) {
        tail = DOTS_NODE;
        break;
      }
      if (t instanceof Cons) {
        items.push(this.measure(t.hd, dd - 1));
        t = t.tl;
        dd--;
      } else {
        tail = this.measure(t, dd - 1);
        break;
      }
    }
    return new PNode(LIST, seqLength(items, tail, 2), '', items, tail, NO_PARTS);
  }

  private tuple(t: Tuple, d: number): PItem {
    const es = t.elements;
    if (es.length === 0) return leaf('{}', 2);
    if (this.recordFields !== undefined && es[0] instanceof Atom) {
      const fields = this.recordFields(es[0], es.length - 1);
      if (fields !== null) return this.record(t, fields, d);
    }
    if (d === 1) return leaf('{...}', 5);
    const items: PItem[] = [];
    let tail: PItem | null = null;
    let dd = d;
    for (let i = 0; i < es.length; i++) {
      if (dd === 1) {
        tail = DOTS_NODE;
        break;
      }
      items.push(this.measure(es[i], dd - 1));
      dd--;
    }
    const kind = es[0] instanceof Atom && es.length > 1 ? TAGGED : TUPLE;
    return new PNode(kind, seqLength(items, tail, 2), '', items, tail, NO_PARTS);
  }

  /** print_length_record: each field one level deeper, and the depth shrinking per field. */
  private record(t: Tuple, fields: readonly string[], d: number): PItem {
    if (d === 1) return leaf('{...}', 5);
    const name = '#' + writeAtom(t.elements[0] as Atom, this.enc);
    const nameLen = charsLength(name);
    const items: PItem[] = [];
    let tail: PItem | null = null;
    let dd = d - 1;
    for (let i = 0; i < fields.length; i++) {
      if (dd === 1) {
        tail = DOTS_NODE;
        break;
      }
      const fname = writeAtom(atom(fields[i]), this.enc);
      const v = this.measure(t.elements[i + 1], dd - 1);
      items.push(new PNode(FIELD, charsLength(fname) + 3 + lenOf(v), fname, [v], null, NO_PARTS));
      dd--;
    }
    return new PNode(RECORD, seqLength(items, tail, nameLen + 2), name, items, tail, NO_PARTS);
  }

  private map(map: ErlMap, d: number): PItem {
    const m = iterationView(map); // OTP's order for maps over 32 keys
    if (m.keys.length === 0) return leaf('#{}', 3);
    if (d === 1) return leaf('#{...}', 6);
    const d0 = d - 1;
    const items: PItem[] = [];
    let tail: PItem | null = null;
    let dd = d;
    for (let i = 0; i < m.keys.length; i++) {
      if (dd === 1) {
        tail = DOTS_NODE;
        break;
      }
      const k = this.measure(m.keys[i], d0);
      const v = this.measure(m.values[i], d0);
      items.push(new PNode(PAIR, lenOf(k) + 4 + lenOf(v), '', [k, v], null, NO_PARTS));
      dd--;
    }
    return new PNode(MAP, seqLength(items, tail, 3), '', items, tail, NO_PARTS);
  }

  private bitstring(b: Bin, d: number): PItem {
    if (b.bitSize === 0) return leaf('<<>>', 4);
    if (d === 1) return leaf('<<...>>', 7);
    if (this.strings && (b.bitSize & 7) === 0) {
      const p = printableBin(b, d - 1, this.enc, this.range);
      if (p !== null) {
        const s = quoteCodePoints(p.chars, 34, 'unicode');
        const suffix = (p.utf8 ? '/utf8' : '') + (p.prefix ? '...' : '');
        return leaf('<<' + s + suffix + '>>', 4 + suffix.length + charsLength(s));
      }
    }
    const parts = binaryItems(b, d);
    const text = '<<' + parts.join(',') + '>>';
    return new PNode(BIN, text.length, text, NO_ITEMS, null, parts);
  }
}

interface PrintableBin {
  chars: number[];
  /** Shown with /utf8 (some character took more than one byte). */
  utf8: boolean;
  /** Only a prefix is shown, followed by "...". */
  prefix: boolean;
}

/** printable_bin0/4 with T < 0; `d` is the binary's depth minus one. */
function printableBin(b: Bin, d: number, enc: Encoding, range: PrintableRange): PrintableBin | null {
  const size = b.bitSize >> 3;
  const len = d >= 0 ? Math.min(4 * d, size) : size;
  if (len === 0) return null;
  if (enc !== 'latin1') {
    const u = printableUtf8(b.bytes, size, len, d, range);
    if (u !== undefined) return u;
  }
  return printableLatin1Bin(b.bytes, size, len, d);
}

/** Printable characters at the start of bytes[from, to): the count. */
function latin1PrintablePrefix(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to && isPrintableChar(bytes[i], 'latin1')) i++;
  return i - from;
}

function bytesToChars(bytes: Uint8Array, n: number): number[] {
  return Array.from(bytes.subarray(0, n));
}

function printableLatin1Bin(bytes: Uint8Array, size: number, len: number, d: number): PrintableBin | null {
  const n = Math.min(20, len);
  const k = latin1PrintablePrefix(bytes, 0, n);
  if (k < n) return d > 0 && k >= d ? { chars: bytesToChars(bytes, k), utf8: false, prefix: true } : null;
  if (n === size) return { chars: bytesToChars(bytes, n), utf8: false, prefix: false };
  if (n === len) return { chars: bytesToChars(bytes, n), utf8: false, prefix: true };
  const k2 = n + latin1PrintablePrefix(bytes, n, len);
  if (k2 === len && size === len) return { chars: bytesToChars(bytes, size), utf8: false, prefix: false };
  if (d > 0 && k2 >= d) return { chars: bytesToChars(bytes, k2), utf8: false, prefix: true };
  return null;
}

/** Decodes one UTF-8 character at bytes[i] as Erlang's <<C/utf8>> does: [code point, byte count]. */
function decodeUtf8(bytes: Uint8Array, i: number, end: number): [number, number] | null {
  const b0 = bytes[i];
  if (b0 < 0x80) return [b0, 1];
  let n: number;
  let c: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    n = 2;
    c = b0 & 0x1f;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    n = 3;
    c = b0 & 0x0f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    n = 4;
    c = b0 & 0x07;
  } else return null;
  if (i + n > end) return null;
  for (let j = 1; j < n; j++) {
    const bj = bytes[i + j];
    if ((bj & 0xc0) !== 0x80) return null;
    c = (c << 6) | (bj & 0x3f);
  }
  if ((n === 3 && c < 0x800) || (n === 4 && (c < 0x10000 || c > 0x10ffff))) return null;
  if (c >= 0xd800 && c <= 0xdfff) return null;
  return [c, n];
}

/**
 * The unicode branch of printable_bin/4: undefined when the first `len` characters are not valid
 * UTF-8 (the caller then tries latin1), null when not printable.
 */
function printableUtf8(bytes: Uint8Array, size: number, len: number, d: number, range: PrintableRange): PrintableBin | null | undefined {
  // valid_utf8/2: the first `len` characters decode (or the binary ends first).
  for (let i = 0, n = len; i < size && n > 0; n--) {
    const r = decodeUtf8(bytes, i, size);
    if (r === null) return undefined;
    i += r[1];
  }
  const chars: number[] = [];
  let i = 0;
  let left = len;
  while (i < size && left > 0) {
    const r = decodeUtf8(bytes, i, size);
    if (r === null || !isPrintableChar(r[0], range)) break;
    chars.push(r[0]);
    i += r[1];
    left--;
  }
  if (i === size) return { chars, utf8: size !== chars.length, prefix: false };
  if (d > 0 && len - left >= d) return { chars, utf8: i !== chars.length, prefix: true };
  return null;
}

// ---- layout (pp, write, cind) ----

const SPACES: string[] = [''];

function spaces(n: number): string {
  while (SPACES.length <= n) SPACES.push(SPACES[SPACES.length - 1] + ' ');
  return SPACES[n];
}

function isLeaf(n: PItem): boolean {
  return typeof n === 'string' || n.kind === LEAF;
}

function isLeafPair(p: PNode): boolean {
  return isLeaf(p.items[0]) && isLeaf(p.items[1]);
}

/** last_depth/2: 0 while more elements follow index `next`, else LD + 1. */
function lastDepth(items: PItem[], next: number, ld: number): number {
  return next < items.length ? 0 : ld + 1;
}

class Layout {
  tind = 1;
  readonly out = new TextSink();

  constructor(
    readonly ll: number,
    readonly m: number,
  ) {}

  protected fits(n: PItem, col: number, ld: number, w: number): boolean {
    const len = lenOf(n);
    return len < this.ll - col - ld && len + w + ld <= this.m;
  }

  /** The pp_tail/pp_pairs_tail test for appending a leaf to the current line. */
  protected fitsOnLine(elen: number, col: number, ld1: number, w: number): boolean {
    if (ld1 === 0) return elen + 1 < this.ll - col && w + elen + 1 <= this.m;
    return elen < this.ll - col - ld1 && w + elen + ld1 <= this.m;
  }

  write(n: PItem): void {
    if (typeof n === 'string') {
      this.out.add(n);
      return;
    }
    switch (n.kind) {
      case LIST:
        this.out.add('[');
        this.writeSeq(n, '|');
        this.out.add(']');
        return;
      case TUPLE:
      case TAGGED:
        this.out.add('{');
        this.writeSeq(n, ',');
        this.out.add('}');
        return;
      case MAP:
        this.out.add('#{');
        this.writeSeq(n, ',');
        this.out.add('}');
        return;
      case PAIR:
        this.write(n.items[0]);
        this.out.add(' => ');
        this.write(n.items[1]);
        return;
      case RECORD:
        this.out.add(n.text + '{');
        this.writeSeq(n, ',');
        this.out.add('}');
        return;
      case FIELD:
        this.out.add(n.text + ' = ');
        this.write(n.items[0]);
        return;
      default:
        this.out.add(n.text);
    }
  }

  private writeSeq(n: PNode, sep: string): void {
    const items = n.items;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.out.add(',');
      this.write(items[i]);
    }
    if (n.tail === null) return;
    if (items.length > 0) this.out.add(sep);
    this.write(n.tail);
  }

  pp(n: PItem, col: number, ind: string, ld: number, w: number): void {
    if (typeof n === 'string' || this.fits(n, col, ld, w)) {
      this.write(n);
      return;
    }
    switch (n.kind) {
      case LIST:
        this.out.add('[');
        this.ppList(n, 0, col + 1, ' ' + ind, ld, '|', w + 1);
        this.out.add(']');
        return;
      case TAGGED:
        this.out.add('{');
        this.ppTagTuple(n, col, ind, ld, w + 1);
        this.out.add('}');
        return;
      case TUPLE:
        this.out.add('{');
        this.ppList(n, 0, col + 1, ' ' + ind, ld, ',', w + 1);
        this.out.add('}');
        return;
      case MAP:
        this.out.add('#{');
        this.ppMap(n, col + 2, '  ' + ind, ld, w + 1);
        this.out.add('}');
        return;
      case BIN:
        this.ppBinary(n, col + 2, '  ' + ind, ld, w);
        return;
      case RECORD: {
        const nlen = charsLength(n.text);
        this.out.add(n.text + '{');
        this.ppRecord(n, nlen, col, ind, ld, w + nlen + 1);
        this.out.add('}');
        return;
      }
      default:
        this.out.add(n.text);
    }
  }

  /** rec_indent: a field goes on a new line, indented by tind, when its indentation is larger. */
  private recIndent(rind: number, col0: number, ind0: string, w0: number): [number, string, string, number] {
    const nl = this.tind > 0 && rind > this.tind;
    const dcol = nl ? this.tind : rind;
    const ind = spaces(dcol) + ind0;
    return [col0 + dcol, ind, nl ? '\n' + ind : '', nl ? 0 : w0];
  }

  private ppRecord(n: PNode, nlen: number, col0: number, ind0: string, ld: number, w0: number): void {
    const items = n.items as PNode[];
    if (items.length === 0) {
      if (n.tail !== null) this.out.add('...');
      return;
    }
    const [col, ind, s, w] = this.recIndent(nlen + 1, col0, ind0, w0);
    this.out.add(s);
    const fw = this.ppField(items[0], col, ind, lastDepth(items, 1, ld), w);
    let c = col + fw;
    let ww = w + fw;
    for (let i = 1; i < items.length; i++) {
      const f = items[i];
      const ld1 = lastDepth(items, i + 1, ld);
      const elen = 1 + f.len;
      if (isLeaf(f.items[0]) && this.fitsOnLine(elen, c, ld1, ww)) {
        this.out.add(',');
        this.write(f);
        c += elen;
        ww += elen;
      } else {
        this.out.add(',\n' + ind);
        const fw2 = this.ppField(f, col, ind, ld1, 0);
        c = col + fw2;
        ww = fw2;
      }
    }
    if (n.tail !== null) this.out.add(',...');
  }

  private ppField(f: PNode, col0: number, ind0: string, ld: number, w0: number): number {
    if (this.fits(f, col0, ld, w0)) {
      this.write(f);
      return isLeaf(f.items[0]) ? f.len : this.ll;
    }
    const nameLen = charsLength(f.text) + 3;
    const [col, ind, s, w] = this.recIndent(nameLen, col0, ind0, w0 + nameLen);
    this.out.add(f.text + (s === '' ? ' = ' : ' =') + s);
    this.pp(f.items[0], col, ind, ld, w);
    return this.ll;
  }

  private ppTagTuple(n: PNode, col: number, ind: string, ld: number, w: number): void {
    const tag = n.items[0];
    const tlen = lenOf(tag);
    const tagInd = tlen + 2;
    const tcol = col + tagInd;
    this.out.add(textOf(tag));
    if (this.tind > 0 && tagInd > this.tind) {
      this.ppTail(n, 1, col + this.tind, tcol, spaces(this.tind) + ind, ld, ',', w + tlen);
    } else {
      this.out.add(',');
      this.ppList(n, 1, tcol, spaces(tagInd) + ind, ld, ',', w + tlen + 1);
    }
  }

  /** pp_list over n.items[start..] and n.tail. */
  private ppList(n: PNode, start: number, col0: number, ind: string, ld: number, sep: string, w: number): void {
    if (start >= n.items.length) {
      this.out.add('...'); // the sequence is only "..."
      return;
    }
    const we = this.ppElement(n.items[start], col0, ind, lastDepth(n.items, start + 1, ld), w);
    this.ppTail(n, start + 1, col0, col0 + we, ind, ld, sep, w + we);
  }

  private ppTail(n: PNode, start: number, col0: number, col: number, ind: string, ld: number, sep: string, w: number): void {
    const items = n.items;
    for (let i = start; i < items.length; i++) {
      const e = items[i];
      const ld1 = lastDepth(items, i + 1, ld);
      const elen = 1 + lenOf(e);
      if (isLeaf(e) && this.fitsOnLine(elen, col, ld1, w)) {
        this.out.add(',' + textOf(e));
        col += elen;
        w += elen;
      } else {
        this.out.add(',\n' + ind);
        const we = this.ppElement(e, col0, ind, ld1, 0);
        col = col0 + we;
        w = we;
      }
    }
    const t = n.tail;
    if (t === null) return;
    const tlen = lenOf(t);
    if (t === DOTS_NODE) {
      this.out.add(sep + '...');
    } else if (tlen + 1 < this.ll - col - (ld + 1) && tlen + 1 + w + (ld + 1) <= this.m && isLeaf(t)) {
      this.out.add(sep + textOf(t));
    } else {
      this.out.add(sep + '\n' + ind);
      this.pp(t, col0, ind, ld + 1, 0);
    }
  }

  /** Writes an element; returns its width, or the line length to force a break after it. */
  private ppElement(e: PItem, col: number, ind: string, ld: number, w: number): number {
    if (isLeaf(e) && this.fits(e, col, ld, w)) {
      this.out.add(textOf(e));
      return lenOf(e);
    }
    this.pp(e, col, ind, ld, w);
    return this.ll;
  }

  private ppMap(n: PNode, col: number, ind: string, ld: number, w: number): void {
    const items = n.items as PNode[];
    if (items.length === 0) {
      this.out.add('...');
      return;
    }
    const pw = this.ppPair(items[0], col, ind, lastDepth(items, 1, ld), w);
    // pp_map passes the pair's width alone (not W + PW) on to pp_pairs_tail, unlike pp_list.
    let c = col + pw;
    let ww = pw;
    for (let i = 1; i < items.length; i++) {
      const p = items[i];
      const ld1 = lastDepth(items, i + 1, ld);
      const elen = 1 + p.len;
      if (isLeafPair(p) && this.fitsOnLine(elen, c, ld1, ww)) {
        this.out.add(',');
        this.write(p);
        c += elen;
        ww += elen;
      } else {
        this.out.add(',\n' + ind);
        const pw2 = this.ppPair(p, col, ind, ld1, 0);
        c = col + pw2;
        ww = pw2;
      }
    }
    if (n.tail !== null) this.out.add(',...');
  }

  private ppPair(p: PNode, col: number, ind: string, ld: number, w: number): number {
    if (this.fits(p, col, ld, w)) {
      this.write(p);
      return isLeafPair(p) ? p.len : this.ll;
    }
    const i = this.tind > 0 ? this.tind : 4;
    const ind2 = spaces(i) + ind;
    this.pp(p.items[0], col, ind, ld, w);
    this.out.add(' =>\n' + ind2);
    this.pp(p.items[1], col + i, ind2, ld, 0);
    return this.ll;
  }

  private ppBinary(n: PNode, col: number, ind: string, ld: number, w: number): void {
    const n0 = Math.max(8, Math.min(this.ll - col, this.m - 4 - w) - ld);
    let room = n0;
    const parts = n.parts;
    this.out.add('<<');
    for (let i = 0; i < parts.length - 1; i++) {
      const len = parts[i].length + 1;
      if (room - len < 0) {
        this.out.add('\n' + ind + parts[i] + ',');
        room = n0 - len;
      } else {
        this.out.add(parts[i] + ',');
        room -= len;
      }
    }
    const last = parts[parts.length - 1];
    if (last.length > room) this.out.add('\n' + ind);
    this.out.add(last + '>>');
  }

  // cind: the same walk as pp without output; false where io_lib_pretty throws no_good.

  cind(n: PItem, col: number, ind: number, ld: number, w: number): boolean {
    if (typeof n === 'string' || this.fits(n, col, ld, w)) return true;
    switch (n.kind) {
      case LIST:
      case TUPLE:
        return this.cindList(n, 0, col + 1, ind, ld, w + 1);
      case TAGGED:
        return this.cindTagTuple(n, col, ind, ld, w + 1);
      case MAP:
        return this.cindMap(n, col + 2, ind, ld, w + 2);
      case RECORD: {
        const nlen = charsLength(n.text);
        return this.cindRecord(n, nlen, col, ind, ld, w + nlen + 1);
      }
      default:
        return true;
    }
  }

  /** cind_rec: the column a field would start at, or -1 where io_lib_pretty throws no_good. */
  private cindRec(rind: number, col0: number, ind: number, w0: number): [number, number] {
    const nl = ind > 0 && rind > ind;
    const col = col0 + (nl ? ind : rind);
    if (this.m + col <= this.ll || col <= Math.floor(this.ll / 2)) return [col, nl ? 0 : w0];
    return [-1, 0];
  }

  private cindRecord(n: PNode, nlen: number, col0: number, ind: number, ld: number, w0: number): boolean {
    const items = n.items as PNode[];
    if (items.length === 0) return true;
    const [col, w] = this.cindRec(nlen + 1, col0, ind, w0);
    if (col < 0) return false;
    const fw = this.cindField(items[0], col, ind, lastDepth(items, 1, ld), w);
    if (fw < 0) return false;
    let c = col + fw;
    let ww = w + fw;
    for (let i = 1; i < items.length; i++) {
      const f = items[i];
      const ld1 = lastDepth(items, i + 1, ld);
      const elen = 1 + f.len;
      if (isLeaf(f.items[0]) && this.fitsOnLine(elen, c, ld1, ww)) {
        c += elen;
        ww += elen;
      } else {
        const fw2 = this.cindField(f, col, ind, ld1, 0);
        if (fw2 < 0) return false;
        c += fw2; // cind_fields_tail adds to Col, not Col0 (pp_fields_tail uses Col0): as OTP 25
        ww = fw2;
      }
    }
    return true;
  }

  private cindField(f: PNode, col0: number, ind: number, ld: number, w0: number): number {
    if (this.fits(f, col0, ld, w0)) return isLeaf(f.items[0]) ? f.len : this.ll;
    const nameLen = charsLength(f.text) + 3;
    const [col, w] = this.cindRec(nameLen, col0, ind, w0 + nameLen);
    if (col < 0) return -1;
    return this.cind(f.items[0], col, ind, ld, w) ? this.ll : -1;
  }

  private cindTagTuple(n: PNode, col: number, ind: number, ld: number, w: number): boolean {
    const tlen = lenOf(n.items[0]);
    const tagInd = tlen + 2;
    const tcol = col + tagInd;
    const half = Math.floor(this.ll / 2);
    if (ind > 0 && tagInd > ind) {
      const col1 = col + ind;
      if (this.m + col1 <= this.ll || col1 <= half) return this.cindTail(n, 1, col1, tcol, ind, ld, w + tlen);
      return false;
    }
    if (this.m + tcol < this.ll || tcol < half) return this.cindList(n, 1, tcol, ind, ld, w + tlen + 1);
    return false;
  }

  private cindList(n: PNode, start: number, col0: number, ind: number, ld: number, w: number): boolean {
    if (start >= n.items.length) return true;
    const we = this.cindElement(n.items[start], col0, ind, lastDepth(n.items, start + 1, ld), w);
    if (we < 0) return false;
    return this.cindTail(n, start + 1, col0, col0 + we, ind, ld, w + we);
  }

  private cindTail(n: PNode, start: number, col0: number, col: number, ind: number, ld: number, w: number): boolean {
    const items = n.items;
    for (let i = start; i < items.length; i++) {
      const e = items[i];
      const ld1 = lastDepth(items, i + 1, ld);
      const elen = 1 + lenOf(e);
      if (isLeaf(e) && this.fitsOnLine(elen, col, ld1, w)) {
        col += elen;
        w += elen;
      } else {
        const we = this.cindElement(e, col0, ind, ld1, 0);
        if (we < 0) return false;
        col = col0 + we;
        w = we;
      }
    }
    const t = n.tail;
    if (t === null || t === DOTS_NODE) return true;
    const tlen = lenOf(t);
    if (tlen + 1 < this.ll - col - (ld + 1) && tlen + 1 + w + (ld + 1) <= this.m && isLeaf(t)) return true;
    // cind_tail measures an improper tail from Col, where pp_tail prints it at Col0.
    return this.cind(t, col, ind, ld + 1, 0);
  }

  private cindElement(e: PItem, col: number, ind: number, ld: number, w: number): number {
    if (isLeaf(e) && this.fits(e, col, ld, w)) return lenOf(e);
    return this.cind(e, col, ind, ld, w) ? this.ll : -1;
  }

  private cindMap(n: PNode, col: number, ind: number, ld: number, w: number): boolean {
    const items = n.items as PNode[];
    if (items.length === 0) return true;
    const pw = this.cindPair(items[0], col, ind, lastDepth(items, 1, ld), w);
    if (pw < 0) return false;
    let c = col + pw;
    let ww = w + pw;
    for (let i = 1; i < items.length; i++) {
      const p = items[i];
      const ld1 = lastDepth(items, i + 1, ld);
      const elen = 1 + p.len;
      if (isLeafPair(p) && this.fitsOnLine(elen, c, ld1, ww)) {
        c += elen;
        ww += elen;
      } else {
        const pw2 = this.cindPair(p, col, ind, ld1, 0);
        if (pw2 < 0) return false;
        c = col + pw2;
        ww = pw2;
      }
    }
    return true;
  }

  private cindPair(p: PNode, col: number, ind: number, ld: number, w: number): number {
    if (this.fits(p, col, ld, w)) return isLeafPair(p) ? p.len : this.ll;
    if (!this.cind(p.items[0], col, ind, ld, w)) return -1;
    const i = ind > 0 ? ind : 4;
    return this.cind(p.items[1], col + i, ind, ld, 0) ? this.ll : -1;
  }
}

/** `~p` / `~P` / io_lib_pretty:print/2 with T = -1 and no record definitions. */
export function prettyTerm(t: unknown, opts: PrettyOptions = {}): string {
  const depth = opts.depth ?? -1;
  if (depth === 0) return '...';
  const enc = opts.encoding ?? 'latin1';
  const col = Math.max(1, opts.column ?? 1);
  const ll = opts.lineLength ?? 80;
  if (t instanceof Atom) return writeAtom(t, enc);
  if (!(t instanceof Cons || t instanceof Tuple || t === NIL || t instanceof ErlMap || t instanceof Bin)) {
    return writeAtomic(t, 'latin1');
  }
  const node = new Measurer(enc, opts.strings ?? true, opts.printableRange ?? 'latin1', opts.recordFields).measure(t, depth);
  // Without line_max_chars, M is the whole term's length.
  const len = lenOf(node);
  const m = opts.lineMaxChars !== undefined && opts.lineMaxChars >= 0 ? opts.lineMaxChars : len;
  const layout = new Layout(ll, m);
  if (ll === 0 || (len < ll - col && len <= m)) {
    layout.write(node);
    return layout.out.text();
  }
  layout.tind = layout.cind(node, col, -1, 0, 0) ? -1 : layout.cind(node, col, 4, 0, 0) ? 4 : 1;
  layout.pp(node, col, spaces(col - 1), 0, 0);
  return layout.out.text();
}

// ---- io_lib_pretty's own list structure, for io_lib:format's result ----

function cpList(s: string, tail: unknown = NIL): unknown {
  let l = tail;
  let i = s.length - 1;
  for (; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) break; // a surrogate: take the general path
    l = new Cons(c, l);
  }
  if (i < 0) return l;
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    cps.push(c);
    if (c > 0xffff) i++;
  }
  l = tail;
  for (let k = cps.length - 1; k >= 0; k--) l = new Cons(cps[k], l);
  return l;
}

function consAll(items: unknown[], tail: unknown): unknown {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

/** A finished text as print_length built it: flat, except binaries written as strings. */
function deepText(s: string): unknown {
  if (s.length > 4 && s.startsWith('<<"') && s.endsWith('>>')) {
    // [$<,$<,S,$>,$>], [$<,$<,S,"/utf8>>"], [$<,$<,S|"...>>"], [$<,$<,S|"/utf8...>>"]
    for (const [suffix, nested] of [['/utf8...>>', false], ['/utf8>>', true], ['...>>', false], ['>>', false]] as const) {
      if (!s.endsWith(suffix)) continue;
      const str = cpList(s.slice(2, s.length - suffix.length));
      const rest = nested ? new Cons(cpList(suffix), NIL) : cpList(suffix);
      return new Cons(60, new Cons(60, new Cons(str, rest)));
    }
  }
  return cpList(s);
}

/** io_lib:write_binary/3's list: [$<,$<,[P1,$,,P2,...],$>,$>], a trailing X:L as three elements. */
function deepBinary(parts: string[]): unknown {
  const body: unknown[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) body.push(44);
    const p = parts[i];
    const colon = p.indexOf(':');
    if (colon < 0) body.push(cpList(p));
    else body.push(cpList(p.slice(0, colon)), 58, cpList(p.slice(colon + 1)));
  }
  return consAll([60, 60, consAll(body, NIL), 62, 62], NIL);
}

/** write/1 of io_lib_pretty: the one-line form of a measured term, as OTP structures it. */
function writeDeep(n: PItem): unknown {
  if (typeof n === 'string') return deepText(n);
  switch (n.kind) {
    case LIST:
      return consAll([91, writeListDeep(n, 124), 93], NIL);
    case TUPLE:
    case TAGGED:
      return consAll([123, writeListDeep(n, 44), 125], NIL);
    case MAP:
      return consAll([35, 123, writeListDeep(n, 44), 125], NIL);
    case PAIR:
      return consAll([writeDeep(n.items[0]), cpList(' => '), writeDeep(n.items[1])], NIL);
    case BIN:
      return deepBinary(n.parts);
    default:
      return deepText(n.text);
  }
}

/** write_list/2 and write_tail/2. */
function writeListDeep(n: PNode, sep: number): unknown {
  const items = n.items;
  if (items.length === 0) return cpList('...');
  let tail: unknown = NIL;
  if (n.tail === DOTS_NODE) tail = cpList('...');
  else if (n.tail !== null) tail = writeDeep(n.tail);
  if (n.tail !== null) tail = new Cons(sep, tail);
  const out: unknown[] = [writeDeep(items[0])];
  for (let i = 1; i < items.length; i++) out.push(44, writeDeep(items[i]));
  return consAll(out, tail);
}

/** io_lib_pretty:print/2's result as an Erlang term, structured as OTP builds it. */
export function prettyDeep(t: unknown, opts: PrettyOptions = {}): unknown {
  const depth = opts.depth ?? -1;
  const col = Math.max(1, opts.column ?? 1);
  const ll = opts.lineLength ?? 80;
  if (depth !== 0 && (t instanceof Cons || t instanceof Tuple || t instanceof ErlMap || t instanceof Bin) && !opts.recordFields) {
    const enc = opts.encoding ?? 'latin1';
    const node = new Measurer(enc, opts.strings ?? true, opts.printableRange ?? 'latin1', undefined).measure(t, depth);
    const len = lenOf(node);
    const m = opts.lineMaxChars !== undefined && opts.lineMaxChars >= 0 ? opts.lineMaxChars : len;
    if (ll === 0 || (len < ll - col && len <= m)) return writeDeep(node);
    const layout = new DeepLayout(ll, m);
    layout.tind = layout.cind(node, col, -1, 0, 0) ? -1 : layout.cind(node, col, 4, 0, 0) ? 4 : 1;
    return layout.ppDeep(node, col, spacesDeep(col - 1), 0, 0);
  }
  return cpList(prettyTerm(t, opts));
}

/** io_lib_pretty's chars/2 (not io_lib_format's: chars(C, 1) is [C, []]). */
function spacesDeep(n: number): unknown {
  if (n <= 0) return NIL;
  if (n === 2) return consAll([32, 32], NIL);
  if (n === 3) return consAll([32, 32, 32], NIL);
  const h = spacesDeep(n >> 1);
  return (n & 1) === 0 ? new Cons(h, h) : new Cons(32, new Cons(h, h));
}

/** indent/2: N more spaces in front of the indentation Ind. */
function indentDeep(n: number, ind: unknown): unknown {
  if (n === 1) return new Cons(32, ind);
  if (n === 4) {
    const s2 = consAll([32, 32], NIL);
    return new Cons(s2, new Cons(s2, ind));
  }
  return new Cons(spacesDeep(n), ind);
}

/**
 * io_lib_pretty's pp/8 and friends, building OTP's deep list. The decisions are Layout's (the same
 * tests in the same order); only the output differs.
 * TODO(#8): this walk repeats Layout's pp* methods with another output; one walk over an output
 * sink (text for io:format, nested lists for io_lib:format) would keep the two from drifting.
 */
class DeepLayout extends Layout {
  ppDeep(n: PItem, col: number, ind: unknown, ld: number, w: number): unknown {
    if (typeof n === 'string' || this.fits(n, col, ld, w)) return writeDeep(n);
    switch (n.kind) {
      case LIST:
        return consAll([91, this.ppListDeep(n, 0, col + 1, indentDeep(1, ind), ld, 124, w + 1), 93], NIL);
      case TAGGED:
        return consAll([123, this.ppTagTupleDeep(n, col, ind, ld, w + 1), 125], NIL);
      case TUPLE:
        return consAll([123, this.ppListDeep(n, 0, col + 1, indentDeep(1, ind), ld, 44, w + 1), 125], NIL);
      case MAP:
        return consAll([35, 123, this.ppMapDeep(n, col + 2, indentDeep(2, ind), ld, w + 1), 125], NIL);
      case BIN:
        return this.ppBinaryDeep(n, col + 2, indentDeep(2, ind), ld, w);
      default:
        return deepText(n.text);
    }
  }

  private ppTagTupleDeep(n: PNode, col: number, ind: unknown, ld: number, w: number): unknown {
    const tag = n.items[0];
    const tlen = lenOf(tag);
    const tagInd = tlen + 2;
    const tcol = col + tagInd;
    if (this.tind > 0 && tagInd > this.tind) {
      return new Cons(writeDeep(tag), this.ppTailDeep(n, 1, col + this.tind, tcol, indentDeep(this.tind, ind), ld, 44, w + tlen));
    }
    return new Cons(writeDeep(tag), new Cons(44, this.ppListDeep(n, 1, tcol, indentDeep(tagInd, ind), ld, 44, w + tlen + 1)));
  }

  private ppListDeep(n: PNode, start: number, col0: number, ind: unknown, ld: number, sep: number, w: number): unknown {
    if (start >= n.items.length) return cpList('...');
    const [es, we] = this.ppElementDeep(n.items[start], col0, ind, lastDepth(n.items, start + 1, ld), w);
    return new Cons(es, this.ppTailDeep(n, start + 1, col0, col0 + we, ind, ld, sep, w + we));
  }

  private ppTailDeep(n: PNode, start: number, col0: number, col: number, ind: unknown, ld: number, sep: number, w: number): unknown {
    const items = n.items;
    // The elements are collected flat (each one's cells in order) and consed onto the tail at the end.
    const cells: unknown[] = [];
    for (let i = start; i < items.length; i++) {
      const e = items[i];
      const ld1 = lastDepth(items, i + 1, ld);
      const elen = 1 + lenOf(e);
      if (isLeaf(e) && this.fitsOnLine(elen, col, ld1, w)) {
        cells.push(44, writeDeep(e));
        col += elen;
        w += elen;
      } else {
        const [es, we] = this.ppElementDeep(e, col0, ind, ld1, 0);
        cells.push(44, 10, ind, es);
        col = col0 + we;
        w = we;
      }
    }
    const t = n.tail;
    let tail: unknown = NIL;
    if (t === DOTS_NODE) tail = new Cons(sep, cpList('...'));
    else if (t !== null) {
      const tlen = lenOf(t);
      if (tlen + 1 < this.ll - col - (ld + 1) && tlen + 1 + w + (ld + 1) <= this.m && isLeaf(t)) tail = new Cons(sep, writeDeep(t));
      else tail = new Cons(sep, new Cons(10, new Cons(ind, this.ppDeep(t, col0, ind, ld + 1, 0))));
    }
    return consAll(cells, tail);
  }

  private ppElementDeep(e: PItem, col: number, ind: unknown, ld: number, w: number): [unknown, number] {
    if (isLeaf(e) && this.fits(e, col, ld, w)) return [writeDeep(e), lenOf(e)];
    return [this.ppDeep(e, col, ind, ld, w), this.ll];
  }

  private ppMapDeep(n: PNode, col: number, ind: unknown, ld: number, w: number): unknown {
    const items = n.items as PNode[];
    if (items.length === 0) return cpList('...');
    const [ps, pw] = this.ppPairDeep(items[0], col, ind, lastDepth(items, 1, ld), w);
    const cells: unknown[] = [ps];
    let c = col + pw;
    let ww = pw;
    for (let i = 1; i < items.length; i++) {
      const p = items[i];
      const ld1 = lastDepth(items, i + 1, ld);
      const elen = 1 + p.len;
      if (isLeafPair(p) && this.fitsOnLine(elen, c, ld1, ww)) {
        cells.push(44, writeDeep(p));
        c += elen;
        ww += elen;
      } else {
        const [ps2, pw2] = this.ppPairDeep(p, col, ind, ld1, 0);
        cells.push(44, 10, ind, ps2);
        c = col + pw2;
        ww = pw2;
      }
    }
    return consAll(cells, n.tail !== null ? cpList(',...') : NIL);
  }

  private ppPairDeep(p: PNode, col: number, ind: unknown, ld: number, w: number): [unknown, number] {
    if (this.fits(p, col, ld, w)) return [writeDeep(p), isLeafPair(p) ? p.len : this.ll];
    const i = this.tind > 0 ? this.tind : 4;
    const ind2 = indentDeep(i, ind);
    const k = this.ppDeep(p.items[0], col, ind, ld, w);
    const v = this.ppDeep(p.items[1], col + i, ind2, ld, 0);
    return [new Cons(k, new Cons(cpList(' =>\n'), new Cons(ind2, v))), this.ll];
  }

  private ppBinaryDeep(n: PNode, col: number, ind: unknown, ld: number, w: number): unknown {
    const n0 = Math.max(8, Math.min(this.ll - col, this.m - 4 - w) - ld);
    let room = n0;
    const parts = n.parts;
    const cells: unknown[] = [];
    for (let i = 0; i < parts.length - 1; i++) {
      const len = parts[i].length + 1;
      if (room - len < 0) {
        cells.push(10, ind, cpList(parts[i]), 44);
        room = n0 - len;
      } else {
        cells.push(cpList(parts[i]), 44);
        room -= len;
      }
    }
    const last = parts[parts.length - 1];
    const colon = last.indexOf(':');
    const rest = colon < 0 ? consAll([cpList(last)], NIL) : consAll([cpList(last.slice(0, colon)), 58, cpList(last.slice(colon + 1))], NIL);
    const body = consAll(cells, last.length > room ? consAll([10, ind, rest], NIL) : rest);
    return consAll([60, 60, body, 62, 62], NIL);
  }
}
