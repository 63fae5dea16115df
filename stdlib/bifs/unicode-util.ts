// unicode_util:cp/1 and gc/1, the chardata walkers under OTP's string module: the next code point
// or grapheme cluster and the rest. The rest keeps OTP's exact shape (cp/1 flattens up to three
// code points of a deep list ahead; gc/1 hands back the rest from before its lookahead), because
// string functions return it to the caller. Break properties are in grapheme-props.ts.

import { atom } from '../../vm/terms/atom.js';
import { Bin, EMPTY_BIN } from '../../vm/terms/binary.js';
import { Cons, NIL } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { CONTROL, EXTEND, EXT_PICT, PREPEND } from './grapheme-props.js';

const ERROR = atom('error');
const FUNCTION_CLAUSE = atom('function_clause');

/** Thrown inside this module only, for input that is not chardata (OTP: function_clause). */
class NotChardata {}
const NOT_CHARDATA = new NotChardata();

function inRanges(r: readonly number[], c: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[2 * mid]) hi = mid - 1;
    else if (c > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const isInt = (t: unknown): t is number => typeof t === 'number';
const cons = (h: unknown, t: unknown): Cons => new Cons(h, t);
const isError = (t: unknown): t is Tuple => t instanceof Tuple;
const errorOf = (r: unknown): Tuple => new Tuple([ERROR, r]);

/** The first UTF-8 code point of a binary: [cp, rest], or null for a bad or cut sequence. */
function utf8First(b: Bin): [number, Bin] | null {
  const bs = b.bytes;
  const n = b.bitSize >> 3;
  const c = bs[0];
  const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (len === 0 || len > n) return null;
  let cp = len === 1 ? c : c & (0xff >> (len + 1));
  for (let k = 1; k < len; k++) {
    const d = bs[k];
    if ((d & 0xc0) !== 0x80) return null;
    cp = (cp << 6) | (d & 0x3f);
  }
  if (cp < [0, 0, 0x80, 0x800, 0x10000][len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return [cp, n === len ? EMPTY_BIN : new Bin(bs.subarray(len, n), (n - len) * 8)];
}

function checkBin(b: Bin): void {
  if ((b.bitSize & 7) !== 0) throw NOT_CHARDATA;
}

// ---- cp/1 ----

export function cp(t: unknown): unknown {
  if (t instanceof Cons) {
    if (isInt(t.hd)) return t;
    return t.tl === NIL ? cp(t.hd) : cpl(t.hd, t.tl);
  }
  if (t === NIL) return NIL;
  if (t instanceof Bin) {
    checkBin(t);
    if (t.bitSize === 0) return NIL;
    const f = utf8First(t);
    return f === null ? errorOf(t) : cons(f[0], f[1]);
  }
  throw NOT_CHARDATA;
}

function cpl(l: unknown, r: unknown): unknown {
  if (l instanceof Cons) {
    if (isInt(l.hd)) return cons(l.hd, l.tl === NIL ? cont1(r, 1) : cont(l.tl, r, 1));
    return l.tl === NIL ? cpl(l.hd, r) : cpl(l.hd, cons(l.tl, r));
  }
  if (l === NIL) return cp(r);
  if (l instanceof Bin) {
    checkBin(l);
    if (l.bitSize === 0) return cp(r);
    const f = utf8First(l);
    return f === null ? errorOf(cons(l, r)) : cons(f[0], cons(f[1], r));
  }
  throw NOT_CHARDATA;
}

/** OTP's cpl_cont, cpl_cont2, cpl_cont3 (level 1..3): flatten up to three code points ahead. */
function cont(t: unknown, r: unknown, level: number): unknown {
  if (t instanceof Cons) {
    const h = t.hd;
    if (isInt(h)) {
      if (level < 3) return cons(h, cont(t.tl, r, level + 1));
      return t.tl === NIL ? cons(h, r) : cons(h, cons(t.tl, r));
    }
    return t.tl === NIL ? cont(h, r, level) : cont(h, cons(t.tl, r), level);
  }
  if (t === NIL) return cont1(r, level);
  return cons(t, r);
}

/** OTP's cpl_1_cont, cpl_1_cont2, cpl_1_cont3. */
function cont1(t: unknown, level: number): unknown {
  if (t instanceof Cons) {
    const h = t.hd;
    if (isInt(h)) return level < 3 ? cons(h, cont1(t.tl, level + 1)) : t;
    return t.tl === NIL ? cont1(h, level) : cont(h, t.tl, level);
  }
  return t;
}

/** cp/1 that stops at a binary: the code points ahead, or null when a binary comes first. */
function cpNoBin(t: unknown): unknown {
  if (t instanceof Cons) {
    if (isInt(t.hd)) return t;
    return t.tl === NIL ? cpNoBin(t.hd) : cpNoBinL(t.hd, t.tl);
  }
  return t === NIL ? NIL : null;
}

function cpNoBinL(l: unknown, r: unknown): unknown {
  if (l instanceof Cons) {
    if (isInt(l.hd)) return cons(l.hd, l.tl === NIL ? cont1(r, 1) : cont(l.tl, r, 1));
    return l.tl === NIL ? cpNoBinL(l.hd, r) : cpNoBinL(l.hd, cons(l.tl, r));
  }
  return l === NIL ? cpNoBin(r) : null;
}

// ---- gc/1 ----

const CR = 13;
const LF = 10;
const ZWJ = 0x200d;

function isExtend(c: number): boolean {
  return c >= 0x300 && (c === ZWJ || inRanges(EXTEND, c));
}

function isControl(c: number): boolean {
  return c === CR || c === LF || inRanges(CONTROL, c);
}

const isHangulL = (c: number): boolean => (c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c);
const isHangulV = (c: number): boolean => (c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6);
const isHangulT = (c: number): boolean => (c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb);
const isSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const isRegional = (c: number): boolean => c >= 0x1f1e6 && c <= 0x1f1ff;

/** A cluster from code points accumulated in reverse: one integer, or a list. */
function cluster(rev: number[], rest: unknown): Cons {
  if (rev.length === 1) return cons(rev[0], rest);
  let l: unknown = NIL;
  for (const c of rev) l = cons(c, l);
  return cons(l, rest);
}

/** [Cluster] ++ [ErrorRest]: OTP's way of reporting a bad binary after a cluster. */
function clusterThenError(rev: number[], r: unknown): Cons {
  let l: unknown = NIL;
  for (const c of rev) l = cons(c, l);
  return cons(l, cons(r, NIL));
}

export function gc(t: unknown): unknown {
  if (t === NIL) return t;
  if (t instanceof Cons && isInt(t.hd)) {
    const c = t.hd;
    if (t.tl === NIL) return t;
    if (c === CR) {
      const r = cp(t.tl);
      if (r instanceof Cons && r.hd === LF) return cons(cons(CR, cons(LF, NIL)), r.tl);
      return cons(CR, r);
    }
    if (c < 256) {
      const t1 = t.tl;
      if (t1 instanceof Cons && isInt(t1.hd) && t1.hd < 256) return t;
      const t3 = cpNoBin(t1);
      if (t3 instanceof Cons && isInt(t3.hd) && t3.hd < 256) return cons(c, t3);
      return t3 === null ? gc1(t) : gc1(cons(c, t3));
    }
    return gc1(t);
  }
  if (t instanceof Bin) {
    checkBin(t);
    if (t.bitSize === 0) return NIL;
    const f = utf8First(t);
    if (f !== null) {
      const [c, rest] = f;
      if (c < 256 && c !== CR && rest.bitSize > 0) {
        const g = utf8First(rest);
        if (g !== null && g[0] < 256) return cons(c, rest);
      }
      return gc1(cons(c, rest));
    }
  }
  const r = cp(t);
  return isError(r) ? r : gc(r);
}

/** gc_1: a list whose head is a code point. */
function gc1(t: Cons): unknown {
  const c = t.hd as number;
  const r1 = t.tl;
  if (c === CR) {
    const r = cp(r1);
    return r instanceof Cons && r.hd === LF ? cons(cons(CR, cons(LF, NIL)), r.tl) : t;
  }
  if (c < 256) {
    if (isControl(c)) return t;
    if (c === 169 || c === 174) return extPict(r1, [c]);
    if (r1 instanceof Cons && isInt(r1.hd) && r1.hd < 256) return t;
    return extend(cp(r1), r1, c);
  }
  if (isControl(c)) return t;
  if (inRanges(PREPEND, c)) return prepend(r1, c);
  if (isHangulL(c)) return hangulL(r1, [c]);
  if (isHangulV(c)) return hangulV(r1, [c]);
  if (isHangulT(c)) return hangulT(r1, [c]);
  if (c > 44000 && c < 56000) return hangulLvLvt(t, t, []);
  if (isRegional(c)) return regional(r1, c);
  if (inRanges(EXT_PICT, c)) return extPict(r1, [c]);
  return extend(cp(r1), r1, c);
}

function prepend(r00: unknown, c0: number): unknown {
  const r0 = cp(r00);
  if (r0 instanceof Cons) {
    if (isControl(r0.hd as number)) return cons(c0, r00);
    const g = gc1(r0) as Cons;
    return cons(isInt(g.hd) ? cons(c0, cons(g.hd, NIL)) : cons(c0, g.hd), g.tl);
  }
  if (r0 === NIL) return cons(c0, NIL);
  return cons(c0, (r0 as Tuple).elements[1]);
}

/** gc_extend: `r` is cp(t0); c0 the cluster's first code point. */
function extend(r: unknown, t0: unknown, c0: number): unknown {
  if (r instanceof Cons) {
    const c = r.hd as number;
    if (!isExtend(c)) return cons(c0, t0);
    return extend2(cp(r.tl), r.tl, [c, c0]);
  }
  if (r === NIL) return cons(c0, t0);
  return cons(c0, (r as Tuple).elements[1]);
}

/** gc_extend2: more Extend code points after `rev` (the cluster so far, reversed). */
function extend2(r: unknown, t0: unknown, rev: number[]): unknown {
  for (;;) {
    if (r instanceof Cons) {
      const c = r.hd as number;
      if (!isExtend(c)) return cluster(rev, t0);
      rev.unshift(c);
      t0 = r.tl;
      r = cp(t0);
      continue;
    }
    if (r === NIL) return cluster(rev, t0);
    return clusterThenError(rev, (r as Tuple).elements[1]);
  }
}

function extPict(t: unknown, rev: number[]): unknown {
  for (;;) {
    const r = cp(t);
    if (r instanceof Cons) {
      const c = r.hd as number;
      if (c === ZWJ) {
        rev.unshift(c);
        const r2 = cp(r.tl);
        if (r2 instanceof Cons && inRanges(EXT_PICT, r2.hd as number)) {
          rev.unshift(r2.hd as number);
          t = r2.tl;
          continue;
        }
        if (r2 instanceof Cons || r2 === NIL) return cluster(rev, r.tl);
        return appendError(cluster(rev, r.tl), r2 as Tuple);
      }
      if (isExtend(c)) {
        rev.unshift(c);
        t = r.tl;
        continue;
      }
      return cluster(rev, t);
    }
    if (r === NIL) return cluster(rev, t);
    return appendError(cluster(rev, t), r as Tuple);
  }
}

/** `Cluster ++ [ErrorRest]` where the cluster's tail is a proper list. */
function appendError(c: Cons, e: Tuple): Cons {
  const items: unknown[] = [];
  let l: unknown = c;
  for (; l instanceof Cons; l = l.tl) items.push(l.hd);
  let out: unknown = cons(e.elements[1], NIL);
  if (l !== NIL) throw NOT_CHARDATA;
  for (let i = items.length - 1; i >= 0; i--) out = cons(items[i], out);
  return out as Cons;
}

function regional(r0: unknown, c0: number): unknown {
  const r = cp(r0);
  if (r instanceof Cons && isRegional(r.hd as number)) return extend2(cp(r.tl), r.tl, [r.hd as number, c0]);
  return extend(r, r0, c0);
}

function hangulL(r0: unknown, rev: number[]): unknown {
  const r = cp(r0);
  if (r instanceof Cons) {
    const c = r.hd as number;
    if (isHangulL(c)) return hangulL(r.tl, [c, ...rev]);
    if (isHangulV(c)) return hangulV(r.tl, [c, ...rev]);
  }
  return hangulLvLvt(r, r0, rev);
}

function hangulV(r0: unknown, rev: number[]): unknown {
  const r = cp(r0);
  if (r instanceof Cons) {
    const c = r.hd as number;
    if (isHangulV(c)) return hangulV(r.tl, [c, ...rev]);
    if (isHangulT(c)) return hangulT(r.tl, [c, ...rev]);
  }
  return endHangul(r, r0, rev);
}

function hangulT(r0: unknown, rev: number[]): unknown {
  const r = cp(r0);
  if (r instanceof Cons && isHangulT(r.hd as number)) return hangulT(r.tl, [r.hd as number, ...rev]);
  return endHangul(r, r0, rev);
}

function endHangul(r: unknown, r0: unknown, rev: number[]): unknown {
  return rev.length === 1 ? extend(r, r0, rev[0]) : extend2(r, r0, rev);
}

function hangulLvLvt(r: unknown, r0: unknown, rev: number[]): unknown {
  if (r instanceof Cons && isSyllable(r.hd as number)) {
    const c = r.hd as number;
    return (c - 0xac00) % 28 === 0 ? hangulV(r.tl, [c, ...rev]) : hangulT(r.tl, [c, ...rev]);
  }
  if (rev.length === 0) {
    const l = r as Cons;
    return extend(cp(l.tl), l.tl, l.hd as number);
  }
  return endHangul(r, r0, rev);
}

// ---- BIFs ----

function guarded(f: (t: unknown) => unknown) {
  return (p: BifContext, t: unknown): unknown => {
    try {
      return f(t);
    } catch (e) {
      if (e === NOT_CHARDATA) return error(p, FUNCTION_CLAUSE);
      throw e;
    }
  };
}

export const bifs: BifTable = {
  'unicode_util:cp/1': guarded(cp),
  'unicode_util:gc/1': guarded(gc),
};
