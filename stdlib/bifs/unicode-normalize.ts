// unicode:characters_to_nf{c,d,kc,kd}_{list,binary}/1 on String.prototype.normalize. OTP normalizes
// chardata cluster by cluster in Erlang (unicode_util), so integers that are not code points pass
// through untouched, and a binary that is not UTF-8 ends the result as {error, Done, RestOfBinary}.

import { Bin, EMPTY_BIN, binFromBytes } from '../../vm/terms/binary.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { atom } from '../../vm/terms/atom.js';
import { badarg, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { encodeUtf8 } from './util.js';

type Form = 'NFC' | 'NFD' | 'NFKC' | 'NFKD';
const ERROR = atom('error');

/** The integers of chardata in order, and the undecodable rest of a binary if one stopped the walk. */
function flatten(data: unknown): { ints: number[]; rest: Bin | null } | undefined {
  const ints: number[] = [];
  const stack: unknown[] = [];
  let cur = data;
  for (;;) {
    if (cur instanceof Cons) {
      const h = cur.hd;
      if (typeof h === 'number') ints.push(h);
      else if (h instanceof Cons || h === NIL || h instanceof Bin) {
        stack.push(cur.tl);
        cur = h;
        continue;
      } else return undefined;
      cur = cur.tl;
      continue;
    }
    if (cur instanceof Bin) {
      const bad = decodeInto(cur, ints);
      if (bad === undefined) return undefined;
      if (bad !== null) return { ints, rest: bad };
    } else if (cur !== NIL) return undefined;
    if (stack.length === 0) return { ints, rest: null };
    cur = stack.pop();
  }
}

/** Appends a binary's code points; returns null, the rest from the first bad byte, or undefined. */
function decodeInto(b: Bin, out: number[]): Bin | null | undefined {
  if ((b.bitSize & 7) !== 0) return undefined;
  const bytes = b.bytes.subarray(0, b.bitSize >> 3);
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let cp = n === 0 ? c : n === 1 ? c & 0x1f : n === 2 ? c & 0x0f : c & 0x07;
    let ok = n >= 0;
    for (let k = 1; ok && k <= n; k++) {
      const d = bytes[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (d & 0x3f);
    }
    if (ok && n > 0 && (cp < [0, 0x80, 0x800, 0x10000][n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (!ok) return binFromBytes(bytes.slice(i));
    out.push(cp);
    i += n + 1;
  }
  return null;
}

/** Normalizes the runs of real code points; other integers stay where they are. */
function normalizeInts(ints: number[], form: Form): number[] {
  const out: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    let s = '';
    for (let i = 0; i < run.length; i += 4096) s += String.fromCodePoint(...run.slice(i, i + 4096));
    for (const ch of s.normalize(form)) out.push(ch.codePointAt(0)!);
    run = [];
  };
  for (const c of ints) {
    if (c >= 0 && c <= 0x10ffff) run.push(c);
    else {
      flush();
      out.push(c);
    }
  }
  flush();
  return out;
}

function toBinary(cps: number[]): Bin | undefined {
  let s = '';
  for (const c of cps) {
    if (c < 0 || c > 0x10ffff) return undefined;
    s += String.fromCodePoint(c);
  }
  return s === '' ? EMPTY_BIN : binFromBytes(encodeUtf8(s));
}

function normalizeBif(form: Form, binary: boolean) {
  return (p: BifContext, data: unknown): unknown => {
    const flat = flatten(data);
    if (flat === undefined) return badarg(p);
    const cps = normalizeInts(flat.ints, form);
    const done = binary ? toBinary(cps) : listFromArray(cps);
    if (done === undefined) return badarg(p);
    return flat.rest === null ? done : new Tuple([ERROR, done, flat.rest]);
  };
}

export const normalizeBifs: BifTable = {
  'unicode:characters_to_nfc_list/1': normalizeBif('NFC', false),
  'unicode:characters_to_nfc_binary/1': normalizeBif('NFC', true),
  'unicode:characters_to_nfd_list/1': normalizeBif('NFD', false),
  'unicode:characters_to_nfd_binary/1': normalizeBif('NFD', true),
  'unicode:characters_to_nfkc_list/1': normalizeBif('NFKC', false),
  'unicode:characters_to_nfkc_binary/1': normalizeBif('NFKC', true),
  'unicode:characters_to_nfkd_list/1': normalizeBif('NFKD', false),
  'unicode:characters_to_nfkd_binary/1': normalizeBif('NFKD', true),
};
