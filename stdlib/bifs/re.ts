// The re module's BIFs (run/2,3, compile/1,2, inspect/2, version/0) on JavaScript RegExps built by
// re-translate.ts. split and replace are Erlang (stdlib/lib/re.erl) on top of run, as in OTP.
// Subjects are matched as JS strings: one char per byte without `unicode`, UTF-16 of the code points
// with it; offsets given to and returned from Erlang are always bytes (of the UTF-8 in unicode mode).

import { atom, Atom } from '../../vm/terms/atom.js';
import { EMPTY_BIN, binFromBytes } from '../../vm/terms/binary.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { translatePcre, type CompileFlags, type Translation } from './re-translate.js';
import { chardataToCodePoints } from './unicode.js';
import { binBytes, bytesToLatin1, bytesToList, decodeUtf8, encodeUtf8, iolistToBytes, latin1ToBytes } from './util.js';

const A = (s: string): Atom => atom(s);
const OK = A('ok');
const ERROR = A('error');
const MATCH = A('match');
const NOMATCH = A('nomatch');
const RE_PATTERN = A('re_pattern');
const COMPILE = A('compile');
const NAMELIST = A('namelist');
const CAPTURE = A('capture');
const OFFSET = A('offset');
const NEWLINE = A('newline');

/** Compile-only options (OTP's copt/1) and the flag each sets. */
const COPTS: Record<string, keyof CompileFlags | null> = {
  caseless: 'caseless', multiline: 'multiline', dotall: 'dotall', extended: 'extended', ungreedy: 'ungreedy',
  dollar_endonly: 'dollarEndonly', no_auto_capture: 'noAutoCapture', dupnames: 'dupnames', unicode: 'unicode',
  ucp: 'ucp', firstline: null, no_start_optimize: null, never_utf: null,
};
const NEWLINES = new Set(['cr', 'crlf', 'lf', 'anycrlf', 'any']);

interface Compiled {
  t: Translation;
  flags: CompileFlags;
  anchored: boolean;
  crlf: boolean;
  /** Searching (`g`) and anchored (`y`) forms. */
  search: RegExp;
  sticky: RegExp;
  /** The pattern source as given (code points), for the mp binary. */
  key: string;
  /** Sticky RegExp that only matches non-empty, built on first need (see nonEmptyAt). */
  nonEmpty: RegExp | null;
  /** The marker groups of nonEmpty's own translation (Translation.hidden). */
  nonEmptyHidden: number[];
}

const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 500;

function emptyFlags(): CompileFlags {
  return {
    caseless: false, multiline: false, dotall: false, extended: false, ungreedy: false, dollarEndonly: false,
    noAutoCapture: false, dupnames: false, unicode: false, ucp: false, nlCr: false, nlCrlf: false,
    nlAnycrlf: false, nlAny: false, bsrAnycrlf: false, notbol: false, noteol: false,
  };
}

const FLAG_NAMES = Object.keys(emptyFlags()) as (keyof CompileFlags)[];

/** The flags as a string of 0/1, in FLAG_NAMES order, then anchored and crlf. */
function flagsKey(f: CompileFlags, anchored: boolean, crlf: boolean): string {
  let k = '';
  for (const name of FLAG_NAMES) k += f[name] ? '1' : '0';
  return k + (anchored ? '1' : '0') + (crlf ? '1' : '0');
}

type CompileResult = Compiled | { message: string; pos: number };

/** Translates and caches. `pattern` is the pattern's text (latin1 chars or code points). */
function compilePattern(pattern: string, f: CompileFlags, anchored: boolean, crlf: boolean): CompileResult {
  const key = flagsKey(f, anchored, crlf) + '\0' + pattern;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const cps = Array.from(pattern, (c) => c.codePointAt(0)!);
  const t = translatePcre(cps, f);
  if ('message' in t) {
    const pos = f.unicode ? encodeUtf8(String.fromCodePoint(...cps.slice(0, t.pos))).length : t.pos;
    return { message: t.message, pos };
  }
  const extra = (t.groupCount > 0 ? 'd' : '') + t.jsFlags + 'u';
  let search: RegExp;
  let sticky: RegExp;
  try {
    // With CRLF newlines PCRE moves its start over a CRLF as one: no match starts at its LF.
    search = new RegExp(crlf ? `(?!(?<=\\r)\\n)(?:${t.source})` : t.source, 'g' + extra);
    sticky = new RegExp(t.source, 'y' + extra);
  } catch (e) {
    return { message: `pattern not supported by minierl: ${(e as Error).message}`, pos: 0 };
  }
  const c: Compiled = { t, flags: f, anchored, crlf, search, sticky, key: pattern, nonEmpty: null, nonEmptyHidden: [] };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, c);
  return c;
}

// ---- arguments ----

/** Pattern or subject text: latin1 chars from iodata, or code points from chardata (unicode). */
function textOf(t: unknown, unicode: boolean): { s: string; bytes: Uint8Array } | undefined {
  if (!unicode) {
    const bytes = iolistToBytes(t);
    return bytes === undefined ? undefined : { s: bytesToLatin1(bytes), bytes };
  }
  const direct = binBytes(t);
  if (direct !== undefined) {
    const cps = decodeUtf8(direct);
    if (typeof cps === 'string') return undefined;
    return { s: cpsToString(cps), bytes: direct };
  }
  if (!(t instanceof Cons) && t !== NIL) return undefined;
  const cps = chardataToCodePoints(t);
  if (cps === undefined) return undefined;
  const s = cpsToString(cps);
  return { s, bytes: encodeUtf8(s) };
}

function cpsToString(cps: readonly number[]): string {
  let s = '';
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}

/** {re_pattern, Groups, Unicode, CRLF, Bin}: Bin holds our flags and the pattern text. */
const MP_MAGIC = 'minierl-re1:';

function makeMp(c: Compiled): Tuple {
  const text = MP_MAGIC + flagsKey(c.flags, c.anchored, c.crlf) + ':' + c.key;
  return new Tuple([RE_PATTERN, c.t.groupCount, c.flags.unicode ? 1 : 0, c.crlf ? 1 : 0, binFromBytes(encodeUtf8(text))]);
}

function fromMp(t: unknown): Compiled | undefined {
  if (!(t instanceof Tuple) || t.elements.length !== 5 || t.elements[0] !== RE_PATTERN) return undefined;
  const bytes = binBytes(t.elements[4]);
  if (bytes === undefined) return undefined;
  const text = new TextDecoder().decode(bytes);
  if (!text.startsWith(MP_MAGIC)) return undefined;
  const rest = text.slice(MP_MAGIC.length);
  const colon = rest.indexOf(':');
  const bits = rest.slice(0, colon);
  const f = emptyFlags();
  FLAG_NAMES.forEach((k, i) => (f[k] = bits[i] === '1'));
  const n = FLAG_NAMES.length;
  const c = compilePattern(rest.slice(colon + 1), f, bits[n] === '1', bits[n + 1] === '1');
  return 'message' in c ? undefined : c;
}

interface ParsedCompileOpts {
  flags: CompileFlags;
  anchored: boolean;
  crlf: boolean;
}

/** Compile options; `run` lets run options through (re:run with an uncompiled pattern). */
function parseCompileOpts(opts: unknown, run: boolean): ParsedCompileOpts | undefined {
  const o: ParsedCompileOpts = { flags: emptyFlags(), anchored: false, crlf: false };
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const h = l.hd;
    if (h instanceof Atom && h.name in COPTS) {
      const k = COPTS[h.name];
      if (k !== null) o.flags[k] = true;
    } else if (h === A('anchored')) o.anchored = true;
    else if (h === A('bsr_anycrlf')) o.flags.bsrAnycrlf = true;
    else if (h === A('bsr_unicode')) o.flags.bsrAnycrlf = false;
    else if (isTuple2(h, NEWLINE) && h.elements[1] instanceof Atom && NEWLINES.has(h.elements[1].name)) {
      const nl = h.elements[1].name;
      o.crlf = nl === 'crlf' || nl === 'any' || nl === 'anycrlf';
      o.flags.nlCr = nl === 'cr';
      o.flags.nlCrlf = nl === 'crlf';
      o.flags.nlAnycrlf = nl === 'anycrlf';
      o.flags.nlAny = nl === 'any';
    } else if (!run || !isRunOpt(h)) return undefined;
  }
  return l === NIL ? o : undefined;
}

function isTuple2(t: unknown, tag: Atom): t is Tuple {
  return t instanceof Tuple && t.elements.length === 2 && t.elements[0] === tag;
}

function isRunOpt(h: unknown): boolean {
  if (h instanceof Atom) return ['global', 'notbol', 'noteol', 'notempty', 'notempty_atstart', 'report_errors'].includes(h.name);
  if (!(h instanceof Tuple)) return false;
  const [tag, v] = h.elements;
  if (h.elements.length === 3) return tag === CAPTURE;
  if (h.elements.length !== 2) return false;
  if (tag === CAPTURE) return true;
  if (tag === OFFSET || tag === A('match_limit') || tag === A('match_limit_recursion')) return typeof v === 'number' && v >= 0;
  return false;
}

// ---- compile/1,2, inspect/2, version/0 ----

function compile_2(p: BifContext, pattern: unknown, opts: unknown): unknown {
  const o = parseCompileOpts(opts, false);
  if (o === undefined) return badarg(p);
  const text = textOf(pattern, o.flags.unicode);
  if (text === undefined) return badarg(p);
  const c = compilePattern(text.s, o.flags, o.anchored, o.crlf);
  if ('message' in c) return new Tuple([ERROR, new Tuple([listFromArray(Array.from(c.message, (x) => x.charCodeAt(0))), c.pos])]);
  return new Tuple([OK, makeMp(c)]);
}

function inspect_2(p: BifContext, mp: unknown, what: unknown): unknown {
  const c = fromMp(mp);
  if (c === undefined || what !== NAMELIST) return badarg(p);
  return new Tuple([NAMELIST, listFromArray(c.t.names.map(([n]) => binFromBytes(encodeUtf8(n))))]);
}

// ---- run/2,3 ----

type Sel = 'all' | 'first' | 'all_but_first' | 'none' | 'all_names' | unknown[];
type Kind = 'index' | 'list' | 'binary';

interface RunOpts {
  global: boolean;
  anchored: boolean;
  notbol: boolean;
  noteol: boolean;
  notempty: boolean;
  notemptyAtstart: boolean;
  reportErrors: boolean;
  offset: number;
  sel: Sel;
  kind: Kind;
}

const KINDS = new Set(['index', 'list', 'binary']);

/** run's own options; compile options are left to parseCompileOpts. The last {capture,...} wins. */
function parseRunOpts(opts: unknown): RunOpts | undefined {
  const o: RunOpts = {
    global: false, anchored: false, notbol: false, noteol: false, notempty: false, notemptyAtstart: false,
    reportErrors: false, offset: 0, sel: 'all', kind: 'index',
  };
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const h = l.hd;
    if (h instanceof Atom) {
      if (h.name === 'global') o.global = true;
      else if (h.name === 'anchored') o.anchored = true;
      else if (h.name === 'notbol') o.notbol = true;
      else if (h.name === 'noteol') o.noteol = true;
      else if (h.name === 'notempty') o.notempty = true;
      else if (h.name === 'notempty_atstart') o.notemptyAtstart = true;
      else if (h.name === 'report_errors') o.reportErrors = true;
    } else if (isTuple2(h, OFFSET)) {
      if (typeof h.elements[1] !== 'number' || h.elements[1] < 0) return undefined;
      o.offset = h.elements[1];
    } else if (h instanceof Tuple && h.elements[0] === CAPTURE && (h.elements.length === 2 || h.elements.length === 3)) {
      const v = h.elements[1];
      if (v instanceof Atom && ['all', 'first', 'all_but_first', 'none', 'all_names'].includes(v.name)) o.sel = v.name as Sel;
      else if (v === NIL || v instanceof Cons) {
        const items: unknown[] = [];
        let t: unknown = v;
        for (; t instanceof Cons; t = t.tl) items.push(t.hd);
        if (t !== NIL) return undefined;
        o.sel = items.length === 0 ? 'none' : items;
      } else return undefined;
      if (h.elements.length === 3) {
        const k = h.elements[2];
        if (!(k instanceof Atom) || !KINDS.has(k.name)) return undefined;
        o.kind = k.name as Kind;
      } else o.kind = 'index';
    }
  }
  return l === NIL ? o : undefined;
}

/** The subject being matched: its text, bytes, and JS index -> byte offset map (null: identity). */
class Subject {
  private offsets: Int32Array | null | undefined;

  constructor(readonly s: string, readonly bytes: Uint8Array, readonly unicode: boolean) {}

  byteAt(i: number): number {
    if (this.offsets === undefined) this.offsets = this.s.length === this.bytes.length ? null : utf8Offsets(this.s);
    return this.offsets === null ? i : this.offsets[i];
  }

  /** The JS index of a byte offset, or -1 if it is not at a character boundary. */
  indexOfByte(b: number): number {
    this.byteAt(0);
    const offs = this.offsets;
    if (offs === null || offs === undefined) return b <= this.s.length ? b : -1;
    let lo = 0;
    let hi = this.s.length;
    while (lo <= hi) {
      let mid = (lo + hi) >> 1;
      const v = offs[mid];
      if (v === b) {
        while (mid > 0 && offs[mid - 1] === b) mid--;
        return mid;
      }
      if (v < b) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The JS index one character after `i` (a CRLF counts as one when `crlf`). */
  forward(i: number, crlf: boolean): number {
    if (crlf && this.s.charCodeAt(i) === 13 && this.s.charCodeAt(i + 1) === 10) return i + 2;
    const c = this.s.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff && i + 1 < this.s.length ? i + 2 : i + 1;
  }
}

function utf8Offsets(s: string): Int32Array {
  const out = new Int32Array(s.length + 1);
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    out[i] = b;
    const c = s.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      out[i + 1] = b; // the low surrogate shares its pair's start
      b += 4;
      i++;
    } else b += 3;
  }
  out[s.length] = b;
  return out;
}

interface MatchFlags {
  anchored: boolean;
  notempty: boolean;
  notemptyAtstart: boolean;
}

/** One PCRE match attempt from `from`, honouring notempty/notempty_atstart the way PCRE does. */
function execAt(c: Compiled, s: string, from: number, mf: MatchFlags, subj: Subject): RegExpExecArray | null {
  const anchored = mf.anchored || c.anchored || c.t.sticky;
  let at = from;
  while (at <= s.length) {
    const rx = anchored ? c.sticky : c.search;
    rx.lastIndex = at;
    const m = rx.exec(s);
    if (m === null) return null;
    if (c.t.hidden.length > 0) withoutGroups(m, c.t.hidden);
    if (m[0].length > 0 || !(mf.notempty || (mf.notemptyAtstart && m.index === from))) return m;
    const ne = nonEmptyAt(c, s, m.index);
    if (ne !== null || anchored) return ne;
    at = subj.forward(m.index, false);
  }
  return null;
}

/**
 * The preferred non-empty match starting exactly at `pos`, if any. JS cannot skip an empty match and
 * backtrack into the next alternative, so a second RegExp requires the end to differ from the start.
 * Without look-left constructs it runs on the subject sliced at `pos` (a V8 string view), where
 * that is "not at the start of input"; otherwise a group captures everything before `pos` and the
 * end must not be preceded by exactly that (back references are renumbered past that group).
 */
/** Removes the groups numbered `hidden` (ascending; back reference markers) from a match, in place. */
function withoutGroups(m: RegExpExecArray, hidden: readonly number[]): void {
  for (let k = hidden.length - 1; k >= 0; k--) {
    m.splice(hidden[k], 1);
    m.indices?.splice(hidden[k], 1);
  }
}

function nonEmptyAt(c: Compiled, s: string, pos: number): RegExpExecArray | null {
  const flags = c.sticky.flags;
  if (!c.t.leftContext) {
    c.nonEmpty ??= new RegExp(`(?:${c.t.source})(?<!^)`, flags);
    c.nonEmpty.lastIndex = 0;
    const m = c.nonEmpty.exec(s.slice(pos));
    if (m === null) return null;
    if (c.t.hidden.length > 0) withoutGroups(m, c.t.hidden);
    m.index += pos;
    if (m.indices !== undefined) for (const ix of m.indices) if (ix !== undefined) (ix[0] += pos), (ix[1] += pos);
    return m;
  }
  if (c.nonEmpty === null) {
    const t = translatePcre(Array.from(c.key, (x) => x.codePointAt(0)!), c.flags, 1) as Translation;
    c.nonEmptyHidden = t.hidden;
    c.nonEmpty = new RegExp(`(?<=^([^]*))(?:${t.source})(?<!^\\1)`, flags.includes('d') ? flags : flags + 'd');
  }
  c.nonEmpty.lastIndex = pos;
  const m = c.nonEmpty.exec(s);
  if (m === null) return null;
  if (c.nonEmptyHidden.length > 0) withoutGroups(m, c.nonEmptyHidden);
  const out = [m[0], ...m.slice(2)] as unknown as RegExpExecArray;
  out.index = m.index;
  out.indices = [m.indices![0], ...m.indices!.slice(2)] as RegExpIndicesArray;
  return out;
}

function run_3(p: BifContext, subject: unknown, re: unknown, opts: unknown): unknown {
  const ro = parseRunOpts(opts);
  if (ro === undefined) return badarg(p);
  let c: Compiled | undefined;
  if (re instanceof Tuple) {
    c = fromMp(re);
    if (c === undefined || parseCompileOpts(opts, true) === undefined) return badarg(p);
    // A compiled pattern takes no compile-only options (unicode excepted when it matches).
    for (let l = opts; l instanceof Cons; l = l.tl)
      if (l.hd instanceof Atom && l.hd.name in COPTS && !(l.hd.name === 'unicode' && c.flags.unicode)) return badarg(p);
    if (ro.notbol !== c.flags.notbol || ro.noteol !== c.flags.noteol) c = recompile(c, ro);
  } else {
    const co = parseCompileOpts(opts, true);
    if (co === undefined) return badarg(p);
    const text = textOf(re, co.flags.unicode);
    if (text === undefined) return badarg(p);
    co.flags.notbol = ro.notbol;
    co.flags.noteol = ro.noteol;
    const r = compilePattern(text.s, co.flags, co.anchored, co.crlf);
    if ('message' in r) {
      if (!ro.reportErrors) return badarg(p);
      return new Tuple([ERROR, new Tuple([COMPILE, new Tuple([listFromArray(Array.from(r.message, (x) => x.charCodeAt(0))), r.pos])])]);
    }
    c = r;
  }
  const text = textOf(subject, c.flags.unicode);
  if (text === undefined) return badarg(p);
  const subj = new Subject(text.s, text.bytes, c.flags.unicode);
  const start = subj.indexOfByte(ro.offset);
  if (start < 0) return badarg(p);
  const matches = runMatches(c, subj, start, ro);
  if (matches.length === 0) return NOMATCH;
  if (ro.sel === 'none' || (ro.sel === 'all_names' && c.t.names.length === 0)) return MATCH;
  const results = matches.map((m) => captures(c!, m, subj, ro));
  return new Tuple([MATCH, ro.global ? listFromArray(results) : results[0]]);
}

/** The same pattern translated for other notbol/noteol run options. */
function recompile(c: Compiled, ro: RunOpts): Compiled {
  const f = { ...c.flags, notbol: ro.notbol, noteol: ro.noteol };
  return compilePattern(c.key, f, c.anchored, c.crlf) as Compiled;
}

/** One match, or every match of a global run (OTP's loopexec: after an empty match, retry there non-empty). */
function runMatches(c: Compiled, subj: Subject, start: number, ro: RunOpts): RegExpExecArray[] {
  const s = subj.s;
  const mf: MatchFlags = { anchored: ro.anchored, notempty: ro.notempty, notemptyAtstart: ro.notemptyAtstart };
  if (!ro.global) {
    const m = execAt(c, s, start, mf, subj);
    return m === null ? [] : [m];
  }
  const out: RegExpExecArray[] = [];
  let x = start;
  while (x <= s.length) {
    const m = execAt(c, s, x, mf, subj);
    if (m === null) break;
    out.push(m);
    const a = m.index;
    if (m[0].length > 0) {
      x = a + m[0].length;
      continue;
    }
    const retry = a === x ? execAt(c, s, x, { anchored: true, notempty: ro.notempty, notemptyAtstart: true }, subj) : null;
    if (retry !== null && retry[0].length > 0) {
      out.push(retry);
      x = a + retry[0].length;
    } else x = subj.forward(a, c.crlf);
  }
  return out;
}

/** The selected captures of one match, as OTP's postprocess shapes them. */
function captures(c: Compiled, m: RegExpExecArray, subj: Subject, ro: RunOpts): unknown {
  const spans: [number, number][] = []; // byte start, byte length; [-1, 0] when unset
  const span = (n: number): [number, number] => {
    if (n > c.t.groupCount || m[n] === undefined) return [-1, 0];
    const st = n === 0 ? m.index : m.indices![n][0];
    const b = subj.byteAt(st);
    return [b, subj.byteAt(st + m[n].length) - b];
  };
  const sel = ro.sel;
  if (sel === 'all_names') for (const [, n] of c.t.names) spans.push(span(n));
  else if (sel === 'all' || sel === 'all_but_first') {
    let last = c.t.groupCount;
    while (last > 0 && m[last] === undefined) last--; // PCRE reports no trailing unset groups
    for (let n = sel === 'all' ? 0 : 1; n <= last; n++) spans.push(span(n));
  } else if (sel === 'first') spans.push(span(0));
  else if (Array.isArray(sel)) {
    for (const item of sel) spans.push(span(groupNumber(c, item, subj.unicode)));
  }
  return listFromArray(spans.map(([b, l]) => captureValue(b, l, subj, ro.kind)));
}

/** A capture list item (number, or name as atom, string or binary) as a group number; -1 if none. */
function groupNumber(c: Compiled, item: unknown, unicode: boolean): number {
  if (typeof item === 'number') return item;
  let name: string | undefined;
  if (item instanceof Atom) name = item.name;
  else {
    const t = textOf(item, unicode);
    name = t?.s;
  }
  const hit = c.t.names.find(([n]) => n === name);
  return hit === undefined ? -1 : hit[1];
}

function captureValue(b: number, len: number, subj: Subject, kind: Kind): unknown {
  if (kind === 'index') return new Tuple([b, len]);
  if (kind === 'binary') return b < 0 || len === 0 ? EMPTY_BIN : binFromBytes(subj.bytes.slice(b, b + len));
  if (b < 0 || len === 0) return NIL;
  const part = subj.bytes.subarray(b, b + len);
  if (!subj.unicode) return bytesToList(part);
  const cps = decodeUtf8(part);
  return listFromArray(typeof cps === 'string' ? [] : cps);
}

export const bifs: BifTable = {
  're:compile/1': (p: BifContext, pat: unknown) => compile_2(p, pat, NIL),
  're:compile/2': compile_2,
  're:inspect/2': inspect_2,
  're:run/2': (p: BifContext, s: unknown, re: unknown) => run_3(p, s, re, NIL),
  're:run/3': run_3,
  're:version/0': () => binFromBytes(latin1ToBytes('8.44 2020-02-12')),
};
