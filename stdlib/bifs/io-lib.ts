// io_lib's term writers and character-list predicates.
// io_lib:write/1,2 returns the same deep list as OTP; io_lib:print/1,4 returns its text flat.
// Not supported: write/2's chars_limit (the term is written whole).

import { Atom, atom, FALSE, TRUE, bool } from '../../vm/terms/atom.js';
import { Bin } from '../../vm/terms/binary.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { formatShortest } from '../../vm/terms/float-format.js';
import { isPrintableChar, prettyTerm, writeAtom, writeAtomic } from '../../vm/terms/format.js';
import { normInt } from '../../vm/terms/integer.js';
import { Cons, NIL, listFromArray, stringToList } from '../../vm/terms/list.js';
import { ErlMap } from '../../vm/terms/map.js';
import { iterationView } from '../../vm/terms/map-order.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { compareTerms, eqExact } from '../../vm/terms/compare.js';
import { badarg, error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';

const LATIN1 = atom('latin1');
const DEPTH = atom('depth');
const ENCODING = atom('encoding');
const CHARS_LIMIT = atom('chars_limit');
const BADARITH = atom('badarith');
const FUNCTION_CLAUSE = atom('function_clause');
const IF_CLAUSE = atom('if_clause');

/** An Erlang error raised inside a writer; run() turns it into the BIF's failure. Never escapes. */
class Raise {
  constructor(readonly reason: unknown) {}
}

function run(p: BifContext, f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof Raise) return error(p, e.reason);
    throw e;
  }
}

const chars = (s: string): unknown => stringToList(s);
const DOTS = '...';

// ---- io_lib:write ----

/**
 * A depth as io_lib's write1 uses it: compared with 0 and 1 by =:=, decremented per level. Floats
 * never equal those, so they act as "no limit"; anything else fails at the first decrement.
 */
type Depth = number | ErlFloat | null;

function isExactly(d: Depth, n: number): boolean {
  return typeof d === 'number' && d === n;
}

function dec(d: Depth): Depth {
  if (typeof d === 'number') return d - 1;
  if (d instanceof ErlFloat) return new ErlFloat(d.value - 1);
  throw new Raise(BADARITH);
}

function toDepth(t: unknown): Depth {
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint') return Number(t);
  return t instanceof ErlFloat ? t : null;
}

/** io_lib:write1/3: the deep character list OTP builds, element for element. */
export function write1(t: unknown, d: Depth, latin1: boolean): unknown {
  if (isExactly(d, 0)) return chars(DOTS);
  if (typeof t === 'number' || typeof t === 'bigint') return chars(String(t));
  if (t instanceof ErlFloat) return chars(formatShortest(t.value));
  if (t instanceof Atom) return chars(writeAtom(t, latin1 ? 'latin1' : 'unicode'));
  if (t instanceof Bin) return writeBinary(t, d);
  if (t === NIL) return chars('[]');
  if (t instanceof Cons) {
    if (isExactly(d, 1)) return chars('[...]');
    const d1 = dec(d);
    const items: unknown[] = [write1(t.hd, d1, latin1)];
    let tail: unknown = NIL;
    let dd = d1;
    for (let l = t.tl; ; ) {
      if (l === NIL) break;
      if (isExactly(dd, 1)) {
        tail = chars('|...');
        break;
      }
      const d2 = dec(dd);
      if (!(l instanceof Cons)) {
        items.push(124, write1(l, d2, latin1));
        break;
      }
      items.push(44, write1(l.hd, d2, latin1));
      l = l.tl;
      dd = d2;
    }
    return listFromArray([91, listFromArray(items, tail), 93]);
  }
  if (t instanceof Tuple) {
    const es = t.elements;
    if (es.length === 0) return chars('{}');
    if (isExactly(d, 1)) return chars('{...}');
    const d1 = dec(d);
    const items: unknown[] = [write1(es[0], d1, latin1)];
    let tail: unknown = NIL;
    let dd = d1;
    for (let i = 1; i < es.length; i++) {
      if (isExactly(dd, 1)) {
        tail = chars(',...');
        break;
      }
      const d2 = dec(dd);
      items.push(44, write1(es[i], d2, latin1));
      dd = d2;
    }
    return listFromArray([123, listFromArray(items, tail), 125]);
  }
  if (t instanceof ErlMap) return writeMap(t, d, latin1);
  return chars(writeAtomic(t, 'latin1'));
}

function writeMap(map: ErlMap, d: Depth, latin1: boolean): unknown {
  const m = iterationView(map); // OTP's order for maps over 32 keys
  if (isExactly(d, 1)) return chars('#{}');
  if (typeof d !== 'number') throw new Raise(FUNCTION_CLAUSE);
  if (m.keys.length === 0) return chars('#{}');
  const d0 = d - 1;
  const assoc = (i: number) => listFromArray([write1(m.keys[i], d0, latin1), chars(' => '), write1(m.values[i], d0, latin1)]);
  const items: unknown[] = [assoc(0)];
  let tail: unknown = NIL;
  // write_map_body looks at the depth before it looks for another pair.
  for (let i = 1, dd = d0; ; i++, dd--) {
    if (dd === 1) {
      tail = chars(',...');
      break;
    }
    if (i >= m.keys.length) break;
    items.push(44, assoc(i));
  }
  return listFromArray([35, 123, listFromArray(items, tail), 125]);
}

function writeBinary(b: Bin, d: Depth): unknown {
  if (typeof d !== 'number') throw new Raise(FUNCTION_CLAUSE);
  const items: unknown[] = [];
  const whole = b.bitSize >> 3;
  const restBits = b.bitSize & 7;
  let dd = d;
  for (let i = 0; i < whole; i++) {
    if (dd === 1) {
      items.push(chars(DOTS));
      return listFromArray([60, 60, listFromArray(items), 62, 62]);
    }
    items.push(chars(String(b.bytes[i])));
    if (i < whole - 1 || restBits > 0) items.push(44);
    dd--;
  }
  if (restBits > 0) {
    if (dd === 1) items.push(chars(DOTS));
    else items.push(chars(String(b.bytes[whole] >> (8 - restBits))), 58, chars(String(restBits)));
  }
  return listFromArray([60, 60, listFromArray(items), 62, 62]);
}

/** lists:keyfind(Key, 1, Opts) as get_option uses it: {Key, V} gives V, anything else the default. */
function option(opts: unknown[], key: Atom, dflt: unknown): unknown {
  for (const o of opts) {
    if (o instanceof Tuple && o.elements.length > 0 && o.elements[0] === key) {
      return o.elements.length === 2 ? o.elements[1] : dflt;
    }
  }
  return dflt;
}

function write_2(p: BifContext, t: unknown, opts: unknown): unknown {
  if (!(opts instanceof Cons) && opts !== NIL) {
    return run(p, () => write1(t, toDepth(opts), true));
  }
  const list: unknown[] = [];
  let l: unknown = opts;
  for (; l instanceof Cons; l = l.tl) list.push(l.hd);
  if (l !== NIL) return badarg(p);
  const depth = option(list, DEPTH, -1);
  const enc = option(list, ENCODING, atom('utf8'));
  const limit = option(list, CHARS_LIMIT, -1);
  if (depth === 0 || limit === 0) return chars(DOTS);
  if (compareTerms(limit, 0) === 0) return error(p, IF_CLAUSE);
  return run(p, () => write1(t, toDepth(depth), enc === LATIN1));
}

// ---- io_lib:print ----

function print_4(p: BifContext, t: unknown, col: unknown, ll: unknown, depth: unknown): unknown {
  if (depth === 0) return chars(DOTS);
  if (t instanceof Atom) return chars(writeAtom(t, 'latin1'));
  if (!(t instanceof Cons || t === NIL || t instanceof Tuple || t instanceof ErlMap || t instanceof Bin)) {
    return run(p, () => write1(t, -1, true));
  }
  const n = (x: unknown) => (typeof x === 'number' ? x : x instanceof ErlFloat ? x.value : null);
  const c = n(col);
  const w = n(ll);
  const d = n(depth);
  if (c === null || w === null || d === null) return error(p, BADARITH);
  return chars(prettyTerm(t, { column: Math.max(c, 1), lineLength: w, depth: d < 0 ? -1 : d, encoding: 'latin1' }));
}

// ---- strings, characters and atoms ----

type StringMode = 'unicode' | 'latin1' | 'as-latin1';

const ESCAPES: Record<number, number> = { 10: 110, 13: 114, 9: 116, 11: 118, 8: 98, 12: 102, 27: 101, 127: 100 };

function cmpNum(c: unknown, n: number): number {
  return compareTerms(c, n);
}

/** io_lib's string_char/4: the characters one element of a string writes to, in order. */
function stringChar(mode: StringMode, c: unknown, q: unknown, out: unknown[]): void {
  if (eqExact(c, q)) {
    out.push(92, q);
    return;
  }
  if (c === 92) {
    out.push(92, 92);
    return;
  }
  if (cmpNum(c, 32) >= 0 && cmpNum(c, 126) <= 0) {
    out.push(c);
    return;
  }
  if (cmpNum(c, 160) >= 0 && (mode === 'unicode' || cmpNum(c, 255) <= 0)) {
    out.push(c);
    return;
  }
  if (mode === 'as-latin1' && cmpNum(c, 255) >= 0) {
    if (typeof c !== 'number' && typeof c !== 'bigint') throw new Raise(atom('badarg'));
    for (const ch of '\\x{' + c.toString(16).toUpperCase() + '}') out.push(ch.charCodeAt(0));
    return;
  }
  if (typeof c === 'number' && ESCAPES[c] !== undefined) {
    out.push(92, ESCAPES[c]);
    return;
  }
  if (cmpNum(c, 160) < 0) {
    if (typeof c !== 'number' && typeof c !== 'bigint') throw new Raise(BADARITH);
    const v = BigInt(c);
    out.push(92, normInt((v >> 6n) + 48n), Number(((v >> 3n) & 7n) + 48n), Number((v & 7n) + 48n));
    return;
  }
  throw new Raise(FUNCTION_CLAUSE);
}

/**
 * [Q | write_string1(Mode, S, Q)]. write_string1 builds the tail before the head, so an improper
 * list fails first, then the last element that cannot be written.
 */
function writeString(s: unknown, q: unknown, mode: StringMode): unknown {
  const elems: unknown[] = [];
  let l: unknown = s;
  for (; l instanceof Cons; l = l.tl) elems.push(l.hd);
  if (l !== NIL) throw new Raise(FUNCTION_CLAUSE);
  const parts: unknown[][] = new Array(elems.length);
  for (let i = elems.length - 1; i >= 0; i--) {
    parts[i] = [];
    stringChar(mode, elems[i], q, parts[i]);
  }
  return listFromArray([q, ...parts.flat(), q]);
}

function writeChar(c: unknown, mode: StringMode): unknown {
  if (c === 32 && mode === 'unicode') return chars('$\\s');
  const max = mode === 'latin1' ? 255 : Infinity;
  if ((typeof c !== 'number' && typeof c !== 'bigint') || c < 0 || c > max) throw new Raise(FUNCTION_CLAUSE);
  const out: unknown[] = [36];
  stringChar(mode, c, -1, out);
  return listFromArray(out);
}

function write_atom(p: BifContext, a: unknown, latin1: boolean): unknown {
  return a instanceof Atom ? chars(writeAtom(a, latin1 ? 'latin1' : 'unicode')) : badarg(p);
}

// ---- character-list predicates ----

function isUnicodeChar(c: unknown): boolean {
  return typeof c === 'number' && c >= 0 && (c < 0xd800 || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff));
}

function isLatin1Char(c: unknown): boolean {
  return typeof c === 'number' && c >= 0 && c <= 255;
}

function flatAll(l: unknown, ok: (c: unknown) => boolean): unknown {
  for (; l instanceof Cons; l = l.tl) if (!ok(l.hd)) return FALSE;
  return bool(l === NIL);
}

/** deep_char_list/2: characters and nested lists; a list may also end in a list. */
function deepAll(l: unknown, ok: (c: unknown) => boolean): unknown {
  const more: unknown[] = [];
  for (;;) {
    if (l instanceof Cons) {
      const h = l.hd;
      if (h instanceof Cons || h === NIL) {
        more.push(l.tl);
        l = h;
      } else if (ok(h)) l = l.tl;
      else return FALSE;
    } else if (l === NIL) {
      if (more.length === 0) return TRUE;
      l = more.pop();
    } else return FALSE;
  }
}

// ---- io_lib:indentation ----

type Num = bigint | ErlFloat | null;

function indentation_2(p: BifContext, cs: unknown, current: unknown): unknown {
  let i: Num | unknown = typeof current === 'number' ? BigInt(current) : current;
  const num = (): Num => (typeof i === 'bigint' || i instanceof ErlFloat ? i : null);
  const stack: unknown[] = [];
  let l: unknown = cs;
  for (;;) {
    if (l instanceof Cons) {
      const c = l.hd;
      const n = num();
      if (c === 10) i = 0n;
      else if (c === 9) {
        if (typeof n !== 'bigint') return error(p, BADARITH);
        const q = (n + 8n) / 8n; // div truncates toward zero, as BigInt division does
        i = q * 8n;
      } else if (typeof c === 'number' || typeof c === 'bigint') {
        if (n === null) return error(p, BADARITH);
        i = typeof n === 'bigint' ? n + 1n : new ErlFloat(n.value + 1);
      } else if (c instanceof Cons || c === NIL) {
        stack.push(l.tl);
        l = c;
        continue;
      } else return error(p, FUNCTION_CLAUSE);
      l = l.tl;
    } else if (l === NIL) {
      if (stack.length === 0) break;
      l = stack.pop();
    } else return error(p, FUNCTION_CLAUSE);
  }
  return typeof i === 'bigint' ? normInt(i) : i;
}

export const bifs: BifTable = {
  'io_lib:write/1': (p: BifContext, t: unknown) => run(p, () => write1(t, -1, true)),
  'io_lib:write/2': write_2,
  'io_lib:print/1': (p: BifContext, t: unknown) => print_4(p, t, 1, 80, -1),
  'io_lib:print/4': print_4,
  'io_lib:nl/0': () => listFromArray([10]),
  'io_lib:indentation/2': indentation_2,
  'io_lib:write_atom/1': (p: BifContext, a: unknown) => write_atom(p, a, false),
  'io_lib:write_atom_as_latin1/1': (p: BifContext, a: unknown) => write_atom(p, a, true),
  'io_lib:write_string/1': (p: BifContext, s: unknown) => run(p, () => writeString(s, 34, 'unicode')),
  'io_lib:write_string/2': (p: BifContext, s: unknown, q: unknown) => run(p, () => writeString(s, q, 'unicode')),
  'io_lib:write_latin1_string/1': (p: BifContext, s: unknown) => run(p, () => writeString(s, 34, 'latin1')),
  'io_lib:write_latin1_string/2': (p: BifContext, s: unknown, q: unknown) => run(p, () => writeString(s, q, 'latin1')),
  'io_lib:write_string_as_latin1/1': (p: BifContext, s: unknown) => run(p, () => writeString(s, 34, 'as-latin1')),
  'io_lib:write_string_as_latin1/2': (p: BifContext, s: unknown, q: unknown) => run(p, () => writeString(s, q, 'as-latin1')),
  'io_lib:write_char/1': (p: BifContext, c: unknown) => run(p, () => writeChar(c, 'unicode')),
  'io_lib:write_latin1_char/1': (p: BifContext, c: unknown) => run(p, () => writeChar(c, 'latin1')),
  'io_lib:write_char_as_latin1/1': (p: BifContext, c: unknown) => run(p, () => writeChar(c, 'as-latin1')),
  'io_lib:printable_list/1': (_p: BifContext, l: unknown) => flatAll(l, (c) => isPrintableChar(c, 'latin1')),
  'io_lib:printable_latin1_list/1': (_p: BifContext, l: unknown) => flatAll(l, (c) => isPrintableChar(c, 'latin1')),
  'io_lib:printable_unicode_list/1': (_p: BifContext, l: unknown) => flatAll(l, (c) => isPrintableChar(c, 'unicode')),
  'io_lib:char_list/1': (_p: BifContext, l: unknown) => flatAll(l, isUnicodeChar),
  'io_lib:latin1_char_list/1': (_p: BifContext, l: unknown) => flatAll(l, isLatin1Char),
  'io_lib:deep_char_list/1': (_p: BifContext, l: unknown) => deepAll(l, isUnicodeChar),
  'io_lib:deep_unicode_char_list/1': (_p: BifContext, l: unknown) => deepAll(l, isUnicodeChar),
  'io_lib:deep_latin1_char_list/1': (_p: BifContext, l: unknown) => deepAll(l, isLatin1Char),
};
