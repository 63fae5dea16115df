// io_lib:format/2 as a term: the deep character list OTP 25's io_lib_format:build/1 returns, element
// for element (`~w` of the result shows it). io:format never comes here: it prints the flat text of
// io-lib-format.ts. This file reuses that flat pass for validation, errors and the ~p column, and
// builds the structure beside it:
// - literal characters of the format, and the whole output of every "small" directive (everything
//   but ~s ~w ~W ~p ~P), are spliced into the top-level list (build_small's lists:flatten);
// - a chardata element of the format list stays as the term it is;
// - ~s, ~w/~W and ~p/~P each become one element shaped like string/6, term/5 (around io_lib:write's
//   deep list) and io_lib_pretty:print/2 (a term ~p lays out over several lines is still returned
//   as one flat list: io_lib_pretty's pp structure is not reproduced yet).

import { Atom } from '../../vm/terms/atom.js';
import { Bin } from '../../vm/terms/binary.js';
import { stringCodePoints } from '../../vm/terms/format.js';
import { prettyDeep } from '../../vm/terms/pretty.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { write1 } from './io-lib.js';
import { type FormatOptions, type Spec, Output, control, cpsLength, formatAndArgs, scan, truncate } from './io-lib-format.js';

/** io_lib:format/2 on Erlang terms, returning OTP's deep list, or null for badarg. */
export function ioLibFormatDeep(format: unknown, args: unknown, opts: FormatOptions = {}): unknown {
  const fa = formatAndArgs(format, args);
  if (fa === null) return null;
  const pieces = scan(fa[0], fa[1]);
  if (pieces === null) return null;
  const out = new Output(opts.printableRange ?? 'latin1');
  const items: unknown[] = [];
  for (const p of pieces) {
    if (typeof p === 'number') {
      out.push(p);
      items.push(p);
    } else if ('chunk' in p) {
      out.pushChunk(p.chunk);
      items.push(p.term);
    } else {
      if (p.cc === 112 || p.cc === 80) {
        // ~p/~P: lay the term out once, as a term, and take the text for the column from it.
        if (p.left || (p.cc === 80 && typeof p.args[1] !== 'number' && typeof p.args[1] !== 'bigint')) return null;
        const r = prettyDeep(p.args[0], {
          column: p.precision ?? out.column() + 1,
          lineLength: p.width ?? 80,
          depth: p.cc === 112 ? -1 : Number(p.args[1]),
          encoding: p.enc,
          strings: p.strings,
          printableRange: out.printableRange,
        });
        flatten(r, out.cps);
        items.push(r);
        continue;
      }
      const start = out.cps.length;
      const wasBad = out.bad;
      if (!control(p, out)) return null;
      switch (p.cc) {
        case 115: // s
          if (p.args[0] instanceof Atom) spliceFrom(items, out.cps, start); // control_small handles atoms
          else items.push(stringDeep(p));
          break;
        case 119: // w
        case 87: // W
          items.push(termDeep(write1(p.args[0], p.cc === 119 ? -1 : Number(p.args[1]), p.enc === 'latin1'), p));
          break;
        default: {
          // ~tc of an integer that is no character: OTP's list holds it; only printing fails.
          const notChar = p.cc === 99 && p.enc === 'unicode' && out.bad && !wasBad;
          if (notChar) out.bad = false;
          for (let i = start; i < out.cps.length; i++) items.push(notChar && out.cps[i] === -1 ? p.args[0] : out.cps[i]);
        }
      }
    }
  }
  return out.bad ? null : listFromArray(items);
}

function spliceFrom(items: unknown[], cps: readonly number[], start: number): void {
  for (let i = start; i < cps.length; i++) items.push(cps[i]);
}

/** io_lib_format:chars/2: N copies of C, built by halving as OTP does (the halves are shared). */
function chars(c: unknown, n: number): unknown {
  if (n <= 0) return NIL;
  if (n === 1) return new Cons(c, NIL);
  if (n === 2) return new Cons(c, new Cons(c, NIL));
  if (n === 3) return new Cons(c, new Cons(c, new Cons(c, NIL)));
  const s = chars(c, n >> 1);
  return (n & 1) === 0 ? new Cons(s, s) : new Cons(c, new Cons(s, s));
}

/** adjust/3. */
function adjust(data: unknown, pad: unknown, left: boolean): unknown {
  if (pad === NIL) return data;
  return left ? new Cons(data, pad) : new Cons(pad, data);
}

/** term/5 around the deep list T. */
function termDeep(t: unknown, s: Spec): unknown {
  let f = s.width;
  const p0 = s.precision;
  if (f === null && p0 === null) return t;
  if (f === null) f = p0!;
  const l = deepLength(t);
  const p = Math.min(l, p0 === null ? f : Math.min(p0, f));
  if (l > p) return adjust(chars(42, p), chars(s.pad, f - p), s.left);
  return adjust(t, chars(s.pad, f - l), s.left);
}

/** io_lib:chars_length/1 of a deep character list. */
function deepLength(t: unknown): number {
  const flat: number[] = [];
  flatten(t, flat);
  return cpsLength(flat);
}

function flatten(t: unknown, out: number[]): void {
  const stack: unknown[] = [t];
  while (stack.length > 0) {
    let l = stack.pop();
    while (l instanceof Cons) {
      const h = l.hd;
      if (typeof h === 'number') out.push(h);
      else {
        stack.push(l.tl);
        l = h;
        continue;
      }
      l = l.tl;
    }
  }
}

/** ~s: string/6 around iolist_to_chars/1 (latin1) or cdata_to_chars/1 (unicode) of the argument. */
function stringDeep(s: Spec): unknown {
  const a = s.args[0];
  const unicode = s.enc === 'unicode';
  const str = toChars(a, unicode);
  const f = s.width;
  const p = s.precision;
  if (f === null && p === null) return str;
  // The flat characters of the argument, for chars_length and flat_trunc.
  const flat: number[] = [];
  flatten(str, flat);
  const n = cpsLength(flat);
  if (p === null) return stringField(str, flat, f!, s.left, n, s.pad, unicode);
  if (f === null) return stringField(str, flat, p, true, n, s.pad, unicode);
  if (f === p) return stringField(str, flat, f, s.left, n, s.pad, unicode);
  if (n > p) return adjust(listFromArray(truncate(flat, p, unicode)), chars(s.pad, f - p), s.left);
  if (n < p) return adjust(new Cons(str, chars(s.pad, p - n)), chars(s.pad, f - p), s.left);
  return adjust(str, chars(s.pad, f - p), s.left);
}

function stringField(str: unknown, flat: number[], f: number, left: boolean, n: number, pad: number, unicode: boolean): unknown {
  if (n > f) return listFromArray(truncate(flat, f, unicode));
  if (n < f) return adjust(str, chars(pad, f - n), left);
  return str;
}

/**
 * iolist_to_chars/1 or cdata_to_chars/1: the same list structure, with every binary replaced by its
 * characters. The flat pass has already checked the argument.
 */
function toChars(t: unknown, unicode: boolean): unknown {
  if (t instanceof Bin) return binChars(t, unicode);
  // An explicit stack of the lists being rebuilt keeps deeply nested chardata off the JS stack.
  const stack: { items: unknown[]; l: unknown }[] = [{ items: [], l: t }];
  for (;;) {
    const f = stack[stack.length - 1];
    let nested: unknown = null;
    while (f.l instanceof Cons) {
      const h = f.l.hd;
      f.l = f.l.tl;
      if (typeof h === 'number') f.items.push(h);
      else if (h instanceof Bin) f.items.push(binChars(h, unicode));
      else {
        nested = h;
        break;
      }
    }
    if (nested !== null) {
      stack.push({ items: [], l: nested });
      continue;
    }
    const done = listFromArray(f.items, f.l instanceof Bin ? binChars(f.l, unicode) : NIL);
    stack.pop();
    if (stack.length === 0) return done;
    stack[stack.length - 1].items.push(done);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function binChars(b: Bin, unicode: boolean): unknown {
  const bytes = b.bytes.subarray(0, b.bitSize >> 3);
  if (unicode) {
    try {
      return listFromArray(stringCodePoints(utf8.decode(bytes)));
    } catch {
      // not UTF-8: binary_to_list
    }
  }
  return listFromArray(Array.from(bytes));
}
