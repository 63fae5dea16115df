// Translates a PCRE pattern (as OTP 25's re sees it: PCRE 8.44) into the source of a JavaScript
// RegExp with the `u` flag. Every construct is re-emitted explicitly, so JS's own meaning of `.`,
// `^`, `$`, `\s`, `\b` and case-insensitivity never leaks in; inline option changes ((?i), (?m),
// (?s), (?x), (?U)) are applied while translating. PCRE features JS cannot express are refused with
// an error naming them. Pure: no terms, no caching (re.ts does that).

import {
  DIGIT, HSPACE, POSIX, SPACE, VSPACE, WORD, caseVariants, classAtom, complement, escapeCp, normalize,
  withCaseVariants, type Ranges,
} from './re-classes.js';

export interface CompileFlags {
  caseless: boolean;
  multiline: boolean;
  dotall: boolean;
  extended: boolean;
  ungreedy: boolean;
  dollarEndonly: boolean;
  noAutoCapture: boolean;
  dupnames: boolean;
  unicode: boolean;
  ucp: boolean;
  /** The newline convention ({newline, NL}); lf when none is set. */
  nlCr: boolean;
  nlCrlf: boolean;
  nlAnycrlf: boolean;
  nlAny: boolean;
  /** bsr_anycrlf: \R is only CR, LF or CRLF. */
  bsrAnycrlf: boolean;
  /** Run options that change what ^ and $ mean; part of the translation. */
  notbol: boolean;
  noteol: boolean;
}

export interface Translation {
  source: string;
  /** 'i' when the whole pattern is caseless (JS then folds case), else ''. */
  jsFlags: string;
  /** The pattern starts with \G: it must match at the start offset (a sticky RegExp). */
  sticky: boolean;
  groupCount: number;
  /** Named groups, sorted by name as PCRE's name table is. */
  names: [string, number][];
  /** Whether matching looks left of the start position (^, \A, \b, \B, lookbehind). */
  leftContext: boolean;
  /**
   * JS group numbers (ascending) of the marker groups added for back references (see
   * Translator.resolveRefs): not PCRE groups, to be removed from match results.
   */
  hidden: number[];
}

/**
 * Set (to the whole subject) exactly when the group it ends took part in the match. A back reference
 * to an unset group matches empty in JS but fails in PCRE; the guard below tells "set" from "unset"
 * with this capture: a string as long as the whole subject matches at a position only at its start
 * and ends at one only at its end, so one of the two negative lookarounds holds, unless the subject
 * is empty (there every capture is empty and the reference behaves as in JS).
 */
const MARKER = '(?<=(?<![^])(?=([^]*))[^]*)';
const guard = (m: number): string => `(?:(?!\\${m})|(?<!\\${m})|(?![^])(?<![^]))`;

/** A compile error: PCRE's message and the offset (in pattern code points) where it was found. */
export interface TranslateError {
  message: string;
  pos: number;
}

class PcreError {
  constructor(readonly message: string, readonly pos: number) {}
}

interface Scoped {
  caseless: boolean;
  multiline: boolean;
  dotall: boolean;
  extended: boolean;
  ungreedy: boolean;
}

const UNSUPPORTED = 'is not supported by minierl (JavaScript RegExp)';
const ANY = '[^]';

/** `groupOffset` shifts back reference numbers, for a RegExp that adds groups in front. */
export function translatePcre(cps: readonly number[], flags: CompileFlags, groupOffset = 0): Translation | TranslateError {
  try {
    return new Translator(cps, flags, groupOffset).run();
  } catch (e) {
    if (e instanceof PcreError) return { message: e.message, pos: e.pos };
    throw e;
  }
}

const ch = (s: string): number => s.charCodeAt(0);
const isDigitCp = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isHexCp = (c: number | undefined): boolean =>
  c !== undefined && (isDigitCp(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
const isWordCp = (c: number | undefined): boolean =>
  c !== undefined && (isDigitCp(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f);

/** An escape's meaning: one code point, or a set (with JS \p items in `extra`). */
type EscapeValue = { cp: number } | { set: Ranges; extra: string; negated: boolean } | { atom: string };

class Translator {
  private i = 0;
  private readonly out: string[] = [];
  private groupCount = 0;
  private readonly names = new Map<string, number>();
  /** Output slots of each capture's opening and (empty until needed) marker slot before its `)`. */
  private readonly openSlots: number[] = [0];
  private readonly markerSlots: number[] = [0];
  /** The capture number whose body groupBody is about to translate (0: not a capture). */
  private pendingCapture = 0;
  /** Backreferences resolved once every group is known: output slot, target, error position. */
  private readonly refs: { slot: number; target: string | number; pos: number }[] = [];
  private scoped: Scoped;
  private readonly jsCaseless: boolean;
  private sticky = false;
  private leftContext = false;
  private depth = 0;
  /** Open lookbehinds: whether something of variable length was seen inside. */
  private readonly lookbehinds: boolean[] = [];

  constructor(private readonly p: readonly number[], private readonly f: CompileFlags, private readonly groupOffset: number) {
    const text = String.fromCodePoint(...p);
    const leadingI = /^\(\?[a-zA-Z]*i[a-zA-Z]*\)/.test(text);
    // Case folding is left to JS's `i` flag when it holds for the whole pattern.
    this.jsCaseless = (f.caseless || leadingI) && !/\(\?[a-zA-Z]*-[a-zA-Z]*i/.test(text);
    this.scoped = { caseless: f.caseless, multiline: f.multiline, dotall: f.dotall, extended: f.extended, ungreedy: f.ungreedy };
  }

  run(): Translation {
    if (this.p[0] === ch('\\') && this.p[1] === ch('G')) {
      this.sticky = true;
      this.i = 2;
    }
    this.sequence(false);
    const hidden = this.resolveRefs();
    return {
      hidden,
      source: this.out.join(''),
      jsFlags: this.jsCaseless ? 'i' : '',
      sticky: this.sticky,
      groupCount: this.groupCount,
      leftContext: this.leftContext,
      names: [...this.names.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    };
  }

  /**
   * Fills in the back references: each referenced group gets a MARKER capture before its `)`, and
   * `\N` becomes "MARKER of N set, then \N". The markers shift JS group numbers, so every group's
   * JS number is counted from the order of the output slots. Returns the markers' JS numbers.
   */
  private resolveRefs(): number[] {
    const targets: number[] = [];
    for (const r of this.refs) {
      const n = typeof r.target === 'number' ? r.target : this.names.get(r.target);
      if (n === undefined || n > this.groupCount || n <= 0) throw new PcreError('reference to non-existent subpattern', r.pos);
      targets.push(n);
    }
    if (targets.length === 0) return [];
    const referenced = new Set(targets);
    // Opening parentheses of captures and markers in output order: [slot, kind, group].
    const events: [number, number, number][] = [];
    for (let n = 1; n <= this.groupCount; n++) {
      events.push([this.openSlots[n], 0, n]);
      if (referenced.has(n)) events.push([this.markerSlots[n], 1, n]);
    }
    events.sort((a, b) => a[0] - b[0]);
    const jsGroup: number[] = [];
    const jsMarker: number[] = [];
    const hidden: number[] = [];
    let next = this.groupOffset;
    for (const [, kind, n] of events) {
      next++;
      if (kind === 0) jsGroup[n] = next;
      else (jsMarker[n] = next), hidden.push(next);
    }
    for (const n of referenced) this.out[this.markerSlots[n]] = MARKER;
    this.refs.forEach((r, i) => {
      const n = targets[i];
      this.out[r.slot] = `(?:${guard(jsMarker[n])}\\${jsGroup[n]})`;
    });
    return hidden;
  }

  private fail(message: string, pos = this.i): never {
    throw new PcreError(message, pos);
  }

  private unsupported(what: string, pos: number): never {
    throw new PcreError(`${what} ${UNSUPPORTED}`, pos);
  }

  /** Translates up to the end of the pattern, or up to (not past) the `)` closing a group. */
  private sequence(inGroup: boolean): void {
    const p = this.p;
    let canRepeat = false;
    while (this.i < p.length) {
      const c = p[this.i];
      if (this.scoped.extended && this.skipExtended()) continue;
      if (c === ch(')')) {
        if (!inGroup) this.fail('unmatched parentheses');
        return;
      }
      if (c === ch('|')) {
        this.out.push('|');
        this.i++;
        canRepeat = false;
        continue;
      }
      if (c === ch('*') || c === ch('+') || c === ch('?') || (c === ch('{') && this.quantifierAhead())) {
        if (!canRepeat) this.fail('nothing to repeat', c === ch('{') ? this.p.indexOf(ch('}'), this.i) : this.i);
        this.quantifier();
        canRepeat = false;
        continue;
      }
      canRepeat = this.atom();
    }
    if (inGroup) this.fail('missing )', p.length);
  }

  /** Skips white space and # comments in extended mode; true if something was skipped. */
  private skipExtended(): boolean {
    const c = this.p[this.i];
    if ((c >= 9 && c <= 13) || c === 32) {
      this.i++;
      return true;
    }
    if (c === ch('#')) {
      while (this.i < this.p.length && this.p[this.i] !== 10) this.i++;
      return true;
    }
    return false;
  }

  /** One atom at this.i; returns whether a quantifier may follow it. */
  private atom(): boolean {
    const c = this.p[this.i];
    if (c === ch('(')) return this.group();
    if (c === ch('[')) {
      this.out.push(this.charClass());
      return true;
    }
    if (c === ch('\\')) return this.escapeAtom();
    this.i++;
    if (c === ch('.')) this.out.push(this.scoped.dotall ? ANY : this.notNewline());
    else if (c === ch('^')) this.out.push(this.circumflex());
    else if (c === ch('$')) this.out.push(this.dollar());
    else this.out.push(this.literal(c));
    return true;
  }

  private circumflex(): string {
    this.leftContext = true;
    const bol = this.f.notbol ? '' : '^';
    if (!this.scoped.multiline) return this.f.notbol ? '(?:(?!))' : '(?:^)';
    return `(?:${bol}${bol ? '|' : ''}${this.afterNewline()}(?=[^]))`;
  }

  private dollar(): string {
    if (this.scoped.multiline) return this.f.noteol ? `(?=${this.nl()})` : `(?:(?=${this.nl()})|$)`;
    if (this.f.noteol) return '(?:(?!))';
    return this.f.dollarEndonly ? '(?:$)' : `(?=${this.nl()}?$)`;
  }

  /** \R: any Unicode line break, or only CR, LF and CRLF with bsr_anycrlf. */
  private lineBreak(): string {
    if (this.f.bsrAnycrlf) return '(?:\\r\\n|[\\r\\n])';
    return this.f.unicode ? '(?:\\r\\n|[\\n\\v\\f\\r\\x85\\u2028\\u2029])' : '(?:\\r\\n|[\\n\\v\\f\\r\\x85])';
  }

  /** Newline characters as a class body (for crlf, the characters that can start one). */
  private nlChars(): string {
    const f = this.f;
    if (f.nlAny) return '\\n\\v\\f\\r\\x85\\u2028\\u2029';
    if (f.nlAnycrlf || f.nlCrlf) return '\\r\\n';
    return f.nlCr ? '\\r' : '\\n';
  }

  /** One newline, as a JS group. */
  private nl(): string {
    const f = this.f;
    if (f.nlCrlf) return '(?:\\r\\n)';
    if (f.nlAny || f.nlAnycrlf) return `(?:\\r\\n|[${this.nlChars()}])`;
    return `[${this.nlChars()}]`;
  }

  /** Dot outside dotall mode: anything but a newline. */
  private notNewline(): string {
    return this.f.nlCrlf ? '(?:(?!\\r\\n)[^])' : `[^${this.nlChars()}]`;
  }

  /** Just after a newline (not between the CR and LF of one). */
  private afterNewline(): string {
    const f = this.f;
    if (f.nlCrlf) return '(?<=\\r\\n)';
    if (f.nlAny || f.nlAnycrlf) return `(?<=[${this.nlChars()}])(?!(?<=\\r)\\n)`;
    return `(?<=[${this.nlChars()}])`;
  }

  private literal(c: number): string {
    if (this.scoped.caseless && !this.jsCaseless) {
      const vs = caseVariants(c, this.f.unicode);
      if (vs.length > 1) return classAtom(normalize(vs.flatMap((v) => [v, v])));
    }
    return escapeCp(c);
  }

  // ---- quantifiers ----

  /** Whether a `{` at this.i starts a valid quantifier ({n}, {n,}, {n,m}); otherwise it is literal. */
  private quantifierAhead(): boolean {
    let j = this.i + 1;
    if (!isDigitCp(this.p[j])) return false;
    while (isDigitCp(this.p[j])) j++;
    if (this.p[j] === ch('}')) return true;
    if (this.p[j] !== ch(',')) return false;
    j++;
    while (isDigitCp(this.p[j])) j++;
    return this.p[j] === ch('}');
  }

  private quantifier(): void {
    const p = this.p;
    const c = p[this.i++];
    let text: string;
    let variable = true;
    if (c === ch('{')) {
      const min = this.number();
      let max: number | null = min;
      if (p[this.i] === ch(',')) {
        this.i++;
        max = isDigitCp(p[this.i]) ? this.number() : null;
      }
      if (min > 65535 || (max !== null && max > 65535)) this.fail('number too big in {} quantifier');
      if (max !== null && max < min) this.fail('numbers out of order in {} quantifier');
      this.i++; // '}'
      variable = max !== min;
      text = max === min ? `{${min}}` : `{${min},${max ?? ''}}`;
    } else text = String.fromCharCode(c);
    let lazy = this.scoped.ungreedy;
    if (p[this.i] === ch('?')) {
      lazy = !lazy;
      this.i++;
    } else if (p[this.i] === ch('+')) this.unsupported('a possessive quantifier', this.i);
    if (variable && this.lookbehinds.length > 0) this.lookbehinds[this.lookbehinds.length - 1] = true;
    this.out.push(text + (lazy && variable ? '?' : ''));
  }

  private number(): number {
    let n = 0;
    while (isDigitCp(this.p[this.i])) n = n * 10 + (this.p[this.i++] - 0x30);
    return n;
  }

  // ---- groups ----

  private group(): boolean {
    const p = this.p;
    const start = this.i;
    this.i++;
    if (p[this.i] === ch('*')) this.unsupported('a backtracking verb (*...)', this.i);
    if (p[this.i] !== ch('?')) return this.groupBody(this.f.noAutoCapture ? '(?:' : this.capture(), ')');
    this.i++;
    const c = p[this.i];
    const two = String.fromCodePoint(c ?? 0, p[this.i + 1] ?? 0);
    if (c === ch('#')) {
      while (this.i < p.length && p[this.i] !== ch(')')) this.i++;
      if (this.i >= p.length) this.fail('missing ) after comment', p.length);
      this.i++;
      return this.out.length > 0;
    }
    if (c === ch(':')) return this.enter(1, '(?:', ')');
    if (c === ch('=') || c === ch('!')) {
      // What a lookahead matches does not count towards an enclosing lookbehind's length.
      this.lookbehinds.push(false);
      const r = this.enter(1, `(?:(?${String.fromCharCode(c)}`, '))');
      this.lookbehinds.pop();
      return r;
    }
    if (two === '<=' || two === '<!') return this.lookbehind(two);
    if (c === ch('<') || c === ch("'") || two === 'P<') {
      this.i += two === 'P<' ? 2 : 1;
      const name = this.name(c === ch("'") ? ch("'") : ch('>'));
      return this.groupBody(this.capture(name), ')');
    }
    if (two === 'P=') {
      this.i += 2;
      const name = this.name(ch(')'));
      this.backref(name, this.i - 1);
      return true;
    }
    if (c === ch('>')) this.unsupported('an atomic group (?>...)', start);
    if (c === ch('|')) this.unsupported('a branch reset group (?|...)', start);
    if (c === ch('(')) this.unsupported('a conditional group (?(...)...)', start);
    if (c === ch('C')) this.unsupported('a callout (?C...)', start);
    if (c === ch('R') || c === ch('&') || c === ch('+') || isDigitCp(c) || two === 'P>' || (c === ch('-') && isDigitCp(p[this.i + 1])))
      this.unsupported('a recursive or subroutine call', start);
    if (c === ch('P')) this.fail('unrecognized character after (?P', this.i + 1);
    return this.optionSetting();
  }

  /** (?imsxUJX-imsxUJX) or (?imsx-imsx: ... ). */
  private optionSetting(): boolean {
    const p = this.p;
    const s: Scoped = { ...this.scoped };
    let on = true;
    for (;;) {
      const c = p[this.i];
      if (c === ch(')') || c === ch(':')) break;
      if (c === ch('-') && on) on = false;
      else if (c === ch('i')) s.caseless = on;
      else if (c === ch('m')) s.multiline = on;
      else if (c === ch('s')) s.dotall = on;
      else if (c === ch('x')) s.extended = on;
      else if (c === ch('U')) s.ungreedy = on;
      else if (c !== ch('J') && c !== ch('X')) this.fail('unrecognized character after (? or (?-');
      this.i++;
    }
    if (p[this.i] === ch(')')) {
      this.i++;
      this.scoped = s;
      return false;
    }
    const outer = this.scoped;
    this.scoped = s;
    const r = this.enter(1, '(?:', ')');
    this.scoped = outer;
    return r;
  }

  private lookbehind(two: string): boolean {
    this.leftContext = true;
    this.lookbehinds.push(false);
    const r = this.enter(2, `(?:(?${two}`, '))');
    if (this.lookbehinds.pop()) this.fail('lookbehind assertion is not fixed length', this.i - 1);
    return r;
  }

  /** Skips `skip` characters of the group opener, then translates the body. */
  private enter(skip: number, open: string, close: string): boolean {
    this.i += skip;
    return this.groupBody(open, close);
  }

  private groupBody(open: string, close: string): boolean {
    if (++this.depth > 250) this.fail('parentheses are too deeply nested');
    const saved = this.scoped;
    const cap = this.pendingCapture;
    this.pendingCapture = 0;
    this.out.push(open);
    this.sequence(true);
    this.i++; // ')'
    if (cap > 0) {
      this.markerSlots[cap] = this.out.length;
      this.out.push('');
    }
    this.out.push(close);
    this.scoped = saved;
    this.depth--;
    return true;
  }

  private capture(name?: string): string {
    this.groupCount++;
    this.openSlots[this.groupCount] = this.out.length;
    this.pendingCapture = this.groupCount;
    if (name !== undefined) {
      if (this.names.has(name) && !this.f.dupnames) this.fail('two named subpatterns have the same name', this.i - 1);
      if (!this.names.has(name)) this.names.set(name, this.groupCount);
    }
    return '(';
  }

  /** A group or reference name up to `end`, consuming the terminator. */
  private name(end: number): string {
    const p = this.p;
    const start = this.i;
    if (isDigitCp(p[this.i])) this.fail('group name must start with a non-digit');
    while (isWordCp(p[this.i])) this.i++;
    if (p[this.i] !== end) this.fail('syntax error in subpattern name (missing terminator)');
    if (this.i - start > 32) this.fail('name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)');
    const name = String.fromCodePoint(...p.slice(start, this.i));
    this.i++;
    return name;
  }

  private backref(target: string | number, pos: number): void {
    // PCRE 8.44 takes a back reference as variable length: not allowed in a lookbehind.
    if (this.lookbehinds.length > 0) this.lookbehinds[this.lookbehinds.length - 1] = true;
    this.refs.push({ slot: this.out.length, target, pos });
    this.out.push('');
  }

  // ---- escapes ----

  /** An escape outside a class. */
  private escapeAtom(): boolean {
    const p = this.p;
    const at = this.i;
    const c = p[this.i + 1];
    if (c === undefined) this.fail('\\ at end of pattern', p.length);
    this.i += 2;
    switch (String.fromCodePoint(c)) {
      case 'b': case 'B': this.leftContext = true; this.out.push(this.wordBoundary(c === ch('b'))); return true;
      case 'A': this.leftContext = true; this.out.push('(?:^)'); return true;
      case 'z': this.out.push('(?:$)'); return true;
      case 'Z': this.out.push(`(?=${this.nl()}?$)`); return true;
      case 'G': this.unsupported('\\G other than at the start of the pattern', at);
      case 'K': this.unsupported('\\K', at);
      case 'X': this.unsupported('\\X', at);
      case 'C': this.out.push(ANY); return true;
      case 'N':
        if (p[this.i] === ch('{')) this.fail('PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u', at + 1);
        this.out.push(this.notNewline());
        return true;
      case 'R': this.out.push(this.lineBreak()); return true;
      case 'Q': this.quoted(); return this.out.length > 0;
      case 'E': return this.out.length > 0;
      case 'g': return this.gReference(at);
      case 'k': {
        const open = p[this.i];
        const close = open === ch('<') ? ch('>') : open === ch("'") ? ch("'") : open === ch('{') ? ch('}') : -1;
        if (close < 0) this.fail('\\k is not followed by a braced, angle-bracketed, or quoted name', at + 1);
        this.i++;
        const name = this.name(close);
        this.backref(name, this.i - 1);
        return true;
      }
    }
    if (c >= 0x31 && c <= 0x39) {
      const digitsAt = this.i - 1;
      this.i = digitsAt;
      const n = this.number();
      if ((c >= 0x38 && n > countGroups(p)) && n < 10) {
        this.i = digitsAt + 1; // \8 and \9 with fewer groups are the digits themselves
        this.out.push(this.literal(c));
        return true;
      }
      if (n < 10 || n <= this.groupCount) {
        this.backref(n, p.length);
        return true;
      }
      this.i = digitsAt;
    }
    this.i = at;
    const v = this.escapeValue(false);
    this.out.push(this.valueAtom(v));
    return true;
  }

  private valueAtom(v: EscapeValue): string {
    if ('cp' in v) return this.literal(v.cp);
    if ('atom' in v) return v.atom;
    if (v.extra !== '') return classAtom(v.set, v.extra, v.negated);
    return classAtom(v.negated ? complement(v.set) : v.set);
  }

  /** \g{N}, \g{-N}, \gN, \g-N, \g{name}. */
  private gReference(at: number): boolean {
    const p = this.p;
    if (p[this.i] === ch('<') || p[this.i] === ch("'")) this.unsupported('a subroutine call \\g<...>', at);
    const braced = p[this.i] === ch('{');
    if (braced) this.i++;
    const neg = p[this.i] === ch('-');
    if (neg || p[this.i] === ch('+')) this.i++;
    if (isDigitCp(p[this.i])) {
      const n = this.number();
      if (braced) {
        if (p[this.i] !== ch('}')) this.fail('a numbered reference must not be zero');
        this.i++;
      }
      const target = neg ? this.groupCount - n + 1 : n;
      if (n === 0 || target <= 0) this.fail('a numbered reference must not be zero', this.i - 1);
      this.backref(target, p.length);
      return true;
    }
    if (!braced) this.fail('a numbered reference must not be zero', at + 1);
    const name = this.name(ch('}'));
    this.backref(name, this.i - 1);
    return true;
  }

  private quoted(): void {
    const p = this.p;
    while (this.i < p.length) {
      if (p[this.i] === ch('\\') && p[this.i + 1] === ch('E')) {
        this.i += 2;
        return;
      }
      this.out.push(this.literal(p[this.i++]));
    }
  }

  private wordBoundary(positive: boolean): string {
    const w = this.f.ucp ? '[\\p{L}\\p{N}_]' : classAtom(WORD);
    return positive ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
  }

  /**
   * The escape at this.i (pointing at the backslash) that stands for a character or a set: shared
   * by atoms and classes. In a class, \b is a backspace and digits are always octal.
   */
  private escapeValue(inClass: boolean): EscapeValue {
    const p = this.p;
    const c = p[this.i + 1];
    if (c === undefined) this.fail('\\ at end of pattern', p.length);
    this.i += 2;
    const ucp = this.f.ucp;
    switch (String.fromCodePoint(c)) {
      case 'd': return ucp ? { set: [], extra: '\\p{Nd}', negated: false } : { set: DIGIT, extra: '', negated: false };
      case 'D': return ucp ? { set: [], extra: '\\P{Nd}', negated: false } : { set: DIGIT, extra: '', negated: true };
      case 'w': return ucp ? { set: [0x5f, 0x5f], extra: '\\p{L}\\p{N}', negated: false } : { set: WORD, extra: '', negated: false };
      case 'W': return ucp ? { set: [0x5f, 0x5f], extra: '\\p{L}\\p{N}', negated: true } : { set: WORD, extra: '', negated: true };
      case 's': return ucp ? { set: SPACE, extra: '\\p{Z}', negated: false } : { set: SPACE, extra: '', negated: false };
      case 'S': return ucp ? { set: SPACE, extra: '\\p{Z}', negated: true } : { set: SPACE, extra: '', negated: true };
      case 'h': return { set: HSPACE, extra: '', negated: false };
      case 'H': return { set: HSPACE, extra: '', negated: true };
      case 'v': return { set: VSPACE, extra: '', negated: false };
      case 'V': return { set: VSPACE, extra: '', negated: true };
      case 'p': case 'P': return this.property(c === ch('P'));
      case 'a': return { cp: 7 };
      case 'e': return { cp: 27 };
      case 'f': return { cp: 12 };
      case 'n': return { cp: 10 };
      case 'r': return { cp: 13 };
      case 't': return { cp: 9 };
      case 'b': if (inClass) return { cp: 8 }; break;
      case 'c': {
        const x = p[this.i++];
        if (x === undefined) this.fail('\\c at end of pattern', p.length);
        const up = x >= 0x61 && x <= 0x7a ? x - 32 : x;
        if (up > 127) this.fail('\\c must be followed by an ASCII character', this.i - 1);
        return { cp: up ^ 0x40 };
      }
      case 'x': return { cp: this.checkCp(this.hexEscape()) };
      case 'o': {
        if (p[this.i] !== ch('{')) this.fail('missing opening brace after \\o');
        this.i++;
        let n = 0;
        while (p[this.i] >= 0x30 && p[this.i] <= 0x37) n = n * 8 + (p[this.i++] - 0x30);
        if (p[this.i] !== ch('}')) this.fail('non-octal character in \\o{} (closing brace missing?)');
        this.i++;
        return { cp: this.checkCp(n) };
      }
      case 'L': case 'l': case 'U': case 'u': this.fail('PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u', this.i - 1);
    }
    if (c >= 0x30 && c <= 0x37) {
      this.i--;
      let n = 0;
      for (let k = 0; k < 3 && p[this.i] >= 0x30 && p[this.i] <= 0x37; k++) n = n * 8 + (p[this.i++] - 0x30);
      return { cp: this.checkCp(n) };
    }
    return { cp: c };
  }

  private checkCp(n: number): number {
    if (n > (this.f.unicode ? 0x10ffff : 0xff)) this.fail('character value in \\x{} or \\o{} is too large', this.i - 1);
    if (this.f.unicode && n >= 0xd800 && n <= 0xdfff) this.fail('disallowed Unicode code point (>= 0xd800 && <= 0xdfff)', this.i - 1);
    return n;
  }

  private hexEscape(): number {
    const p = this.p;
    let n = 0;
    if (p[this.i] === ch('{')) {
      let j = this.i + 1;
      while (isHexCp(p[j])) n = n * 16 + parseInt(String.fromCharCode(p[j++]), 16);
      if (p[j] !== ch('}')) this.fail('non-hex character in \\x{} (closing brace missing?)', j);
      this.i = j + 1;
      return n;
    }
    for (let k = 0; k < 2 && isHexCp(p[this.i]); k++) n = n * 16 + parseInt(String.fromCharCode(p[this.i++]), 16);
    return n;
  }

  /** \pX, \p{Name}, \p{^Name} as a JS property escape. */
  private property(negated: boolean): EscapeValue {
    const p = this.p;
    let name: string;
    if (p[this.i] === ch('{')) {
      const end = p.indexOf(ch('}'), this.i);
      if (end < 0) this.fail('malformed \\P or \\p sequence');
      name = String.fromCodePoint(...p.slice(this.i + 1, end));
      this.i = end + 1;
    } else {
      if (this.i >= p.length) this.fail('malformed \\P or \\p sequence');
      name = String.fromCodePoint(p[this.i++]);
    }
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    const js = jsProperty(name);
    if (js === undefined) this.fail('unknown property name after \\P or \\p', this.i - 1);
    const esc = (negated ? '\\P' : '\\p') + js;
    if (js.startsWith('{')) return { set: [], extra: esc, negated: false };
    return { atom: negated ? `[^${js}]` : `[${js}]` }; // composite PCRE properties (L&, Xan, ...)
  }

  // ---- classes ----

  /** [...] at this.i, as a JS class atom. */
  private charClass(): string {
    const p = this.p;
    const k = p[this.i + 1];
    if ((k === ch(':') || k === ch('.') || k === ch('=')) && this.posixEnd(this.i + 2, k) > 0)
      this.fail('POSIX named classes are supported only within a class');
    this.i++;
    let negated = false;
    if (p[this.i] === ch('^')) {
      negated = true;
      this.i++;
    }
    let ranges: Ranges = [];
    let extra = '';
    let first = true;
    for (;;) {
      if (this.i >= p.length) this.fail('missing terminating ] for character class', p.length);
      const c = p[this.i];
      if (c === ch(']') && !first) break;
      first = false;
      if (c === ch('[') && (p[this.i + 1] === ch(':') || p[this.i + 1] === ch('.') || p[this.i + 1] === ch('='))) {
        ranges = ranges.concat(this.posixClass());
        continue;
      }
      if (c === ch('\\') && p[this.i + 1] === ch('Q')) {
        this.i += 2;
        while (this.i < p.length && !(p[this.i] === ch('\\') && p[this.i + 1] === ch('E'))) ranges.push(p[this.i], p[this.i++]);
        if (this.i < p.length) this.i += 2;
        continue;
      }
      if (c === ch('\\') && p[this.i + 1] === ch('E')) {
        this.i += 2;
        continue;
      }
      const lo = this.classChar();
      if (typeof lo !== 'number') {
        if ('atom' in lo) extra += lo.atom.slice(1, -1);
        else if (lo.negated && lo.extra === '') ranges = ranges.concat(complement(lo.set));
        else if (lo.negated) extra += lo.extra.replace(/\\p/g, '\\P') + classBodyOf(complement(lo.set));
        else {
          ranges = ranges.concat(lo.set);
          extra += lo.extra;
        }
        continue;
      }
      if (p[this.i] === ch('-') && this.i + 1 < p.length && p[this.i + 1] !== ch(']')) {
        const save = this.i;
        this.i++;
        const hi = this.classChar();
        if (typeof hi === 'number') {
          if (hi < lo) this.fail('range out of order in character class', this.i - 1);
          ranges.push(lo, hi);
          continue;
        }
        if (p[save + 1] === ch('\\')) this.fail('invalid range in character class', this.i - 1);
        this.i = save;
      }
      ranges.push(lo, lo);
    }
    this.i++;
    ranges = normalize(ranges);
    if (this.scoped.caseless && !this.jsCaseless) ranges = withCaseVariants(ranges, this.f.unicode);
    return classAtom(ranges, extra, negated);
  }

  /** One class member: a code point, or an escape standing for a set. */
  private classChar(): number | { set: Ranges; extra: string; negated: boolean } | { atom: string } {
    const c = this.p[this.i];
    if (c !== ch('\\')) {
      this.i++;
      return c;
    }
    const v = this.escapeValue(true);
    return 'cp' in v ? v.cp : v;
  }

  /** The index of the `]` closing a POSIX class [:name:] whose name starts at `from`, or -1. */
  private posixEnd(from: number, kind: number): number {
    const p = this.p;
    for (let j = from; j < p.length && p[j] !== ch(']'); j++) if (p[j] === kind && p[j + 1] === ch(']')) return j + 1;
    return -1;
  }

  /** [:name:] or [:^name:] inside a class. */
  private posixClass(): Ranges {
    const p = this.p;
    const kind = p[this.i + 1];
    const start = this.i + 2;
    let j = start;
    while (j < p.length && !(p[j] === kind && p[j + 1] === ch(']'))) {
      if (p[j] === ch(']')) break;
      j++;
    }
    if (p[j] !== kind || p[j + 1] !== ch(']')) {
      this.i++;
      return [ch('['), ch('[')];
    }
    if (kind !== ch(':')) this.fail('POSIX collating elements are not supported', start - 2);
    let name = String.fromCodePoint(...p.slice(start, j));
    const neg = name.startsWith('^');
    if (neg) name = name.slice(1);
    const set = POSIX[name];
    if (set === undefined) this.fail('unknown POSIX class name', start);
    this.i = j + 2;
    return neg ? complement(set) : set;
  }
}

/** A rough count of the capturing groups of a pattern (for \8 and \9 only). */
function countGroups(p: readonly number[]): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === ch('\\')) i++;
    else if (inClass) inClass = c !== ch(']');
    else if (c === ch('[')) inClass = true;
    else if (c === ch('(')) {
      const a = p[i + 1];
      const b = p[i + 2];
      if (a !== ch('?') || b === ch("'") || (b === ch('<') && p[i + 3] !== ch('=') && p[i + 3] !== ch('!')) || (b === ch('P') && p[i + 3] === ch('<'))) n++;
    }
  }
  return n;
}

function classBodyOf(r: Ranges): string {
  return classAtom(r).slice(1, -1);
}

const PCRE_COMPOSITE: Record<string, string> = {
  'L&': '\\p{Lu}\\p{Ll}\\p{Lt}',
  Xan: '\\p{L}\\p{N}',
  Xwd: '\\p{L}\\p{N}_',
  Xsp: '\\p{Z}\\t-\\r',
  Xps: '\\p{Z}\\t-\\r',
};

/** A PCRE property name as the `{...}` part of a JS property escape, or a composite class body. */
function jsProperty(name: string): string | undefined {
  if (name in PCRE_COMPOSITE) return PCRE_COMPOSITE[name];
  if (name === 'Any') return '{Any}';
  for (const candidate of [`{${name}}`, `{Script=${name}}`]) {
    try {
      new RegExp(`\\p${candidate}`, 'u');
      if (candidate === `{${name}}` && !/^[A-Z][a-z&]?$/.test(name)) continue; // only categories bare
      return candidate;
    } catch {
      /* not this kind of name */
    }
  }
  return undefined;
}
