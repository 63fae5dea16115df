// The scanner: Erlang source text -> tokens grouped into forms, following erl_scan exactly
// (columns count code points from 1, a tab is one column, errors carry erl_scan's wording).
// Hand-written rather than a chevrotain Lexer: Erlang's `$c` chars, based integers, the form
// terminator and erl_scan's error recovery do not fit a regex table. It knows nothing of macros.
// Also home of the token -> text helpers that erl_parse uses in "syntax error before: X".

import type { IToken, TokenType } from './chevrotain.js';
import * as T from './tokens.js';

/** A token. `payload` holds the value: atom/var name, number, bigint or decoded string. */
export interface Token extends IToken {
  payload: string | number | bigint | null;
}

export interface ScanError {
  line: number;
  col: number;
  message: string;
}

/**
 * One form as io:scan_erl_form returns it: tokens up to and including the `dot` (the last form of
 * a file may lack it), or a scan error. After an error erl_scan drops the tokens of the form so
 * far and carries on right after the bad characters, which then start a new form.
 */
export type RawForm = { tokens: Token[]; error: null } | { tokens: null; error: ScanError };

export interface ScanResult {
  forms: RawForm[];
  /** Where the input ends (epp reports unterminated conditionals here). */
  eofLine: number;
  eofCol: number;
}

/**
 * Tokens carry only what the parser and diagnostics read (no end positions): a module's tokens
 * all stay alive until it is parsed, and their size is most of what the garbage collector copies
 * during a cold start (measured with --trace-gc on a 2,000-line module).
 */
export function makeToken(
  type: TokenType, image: string, offset: number, line: number, col: number, payload: Token['payload'],
): Token {
  return { image, startOffset: offset, startLine: line, startColumn: col, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type, payload };
}

/** A copy of `tok` placed at another position (macro expansion). */
export function moveToken(tok: Token, line: number, col: number): Token {
  return makeToken(tok.tokenType, tok.image, tok.startOffset, line, col, tok.payload);
}

const OPERATORS: ReadonlyArray<[string, TokenType]> = [
  // Longest first within each leading character, as in erl_scan:scan1/5 ('.' is scanDot's).
  ['?=', T.QuestionEq], ['?', T.Question],
  ['<<', T.BinOpen], ['<-', T.LArrow], ['<=', T.LDArrow], ['<', T.Lt],
  ['>>', T.BinClose], ['>=', T.GtEq], ['>', T.Gt],
  ['->', T.Arrow], ['--', T.MinusMinus], ['-', T.Minus],
  ['++', T.PlusPlus], ['+', T.Plus],
  ['=:=', T.EqColonEq], ['=/=', T.EqSlashEq], ['=<', T.EqLt], ['=>', T.DArrow], ['==', T.EqEq], ['=', T.Match],
  ['/=', T.SlashEq], ['/', T.Slash],
  ['||', T.BarBar], ['|', T.Bar],
  [':=', T.ColonEq], ['::', T.ColonColon], [':', T.Colon],
  [',', T.Comma], ['(', T.LParen], [')', T.RParen], ['{', T.LBrace], ['}', T.RBrace],
  ['[', T.LBracket], [']', T.RBracket], [';', T.Semicolon], ['#', T.Hash], ['*', T.Star], ['!', T.Bang],
];

/** Operators indexed by their first character code. */
const OPS_BY_CHAR: Array<Array<[string, TokenType]>> = [];
for (const entry of OPERATORS) {
  const c = entry[0].charCodeAt(0);
  (OPS_BY_CHAR[c] ??= []).push(entry);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWhite = (c: number): boolean => c <= 32 || (c >= 128 && c <= 160);
const isAtomStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isVarStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || c === 95 || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

// Character classes of latin-1 for the scanner's dispatch: a table, because the scanning loop
// mostly runs before V8 has optimised it (cold start), where every call and branch counts.
const C_OTHER = 0;
const C_SPACE = 1;
const C_NEWLINE = 2;
const C_ATOM = 3;
const C_VAR = 4;
const C_DIGIT = 5;
const CLASS = new Uint8Array(256);
/** Whether a latin-1 character can continue a name. */
const NAME_CHAR = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  CLASS[c] = c === 10 ? C_NEWLINE : isWhite(c) ? C_SPACE : isAtomStart(c) ? C_ATOM : isVarStart(c) ? C_VAR
    : isDigit(c) ? C_DIGIT : C_OTHER;
  NAME_CHAR[c] = isAtomStart(c) || isVarStart(c) || isDigit(c) || c === 64 ? 1 : 0;
}

const isNameChar = (c: number): boolean => c < 256 && NAME_CHAR[c] === 1;
/** erl_scan's ?UNICODE: a code point that may appear in a string. */
const isUnicode = (c: number): boolean =>
  c < 0xd800 || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff);

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Value of a digit in base `base`, or -1. */
function digitValue(c: number, base: number): number {
  let v = -1;
  if (c >= 48 && c <= 57) v = c - 48;
  else if (c >= 65 && c <= 90) v = c - 55;
  else if (c >= 97 && c <= 122) v = c - 87;
  return v < base ? v : -1;
}

/** Integers stay numbers while exact, else become bigints (house rule for terms). */
export function normaliseInteger(n: bigint): number | bigint {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

function parseDigits(text: string, base: number): number | bigint {
  const digits = text.indexOf('_') < 0 ? text : text.replace(/_/g, '');
  // parseInt is exact while the value stays below 2^53.
  if (digits.length * Math.log2(base) < 53) return parseInt(digits, base);
  let n = 0n;
  const b = BigInt(base);
  for (let i = 0; i < digits.length; i++) n = n * b + BigInt(digitValue(digits.charCodeAt(i), base));
  return normaliseInteger(n);
}

/** Thrown inside the scanner to abandon the current form; caught by the main loop. */
class ScanFailure {
  constructor(readonly error: ScanError, readonly resumeAt: number, readonly line: number, readonly col: number) {}
}

/** The result of one escape sequence after a backslash. */
interface Escape { value: number; end: number; lineBreak: boolean }
type EscapeFail = { fail: 'illegal'; resumeAt: number } | { fail: 'eof' };

/** Scans a whole source at once (the preprocessor pulls forms one by one from a FormScanner). */
export function scan(source: string): ScanResult {
  const scanner = new FormScanner(source);
  const forms: RawForm[] = [];
  for (let f = scanner.next(); f !== null; f = scanner.next()) forms.push(f);
  return { forms, eofLine: scanner.eofLine, eofCol: scanner.eofCol };
}

/**
 * Scans one form per `next()` call. Forms are handed out as they are found so that each can be
 * preprocessed and parsed before the next is scanned: only the AST stays alive, not every token
 * of the module, which keeps garbage collection cheap at a cold start.
 *
 * Invariant: `line` and `col` are the position of `src[pos]`; every scan method advances all
 * three together. `current` holds the tokens of the form being scanned (no dot yet).
 */
export class FormScanner {
  private pos = 0;
  private line = 1;
  private col = 1;
  private current: Token[] = [];
  /** The tokens of a form that has just been completed by its dot. */
  private completed: Token[] | null = null;

  constructor(private readonly src: string) {}

  /** Where the input ends (epp reports unterminated conditionals there); valid after the last form. */
  get eofLine(): number { return this.line; }
  get eofCol(): number { return this.col; }

  /** The next form or scan error, or null at the end of the input. */
  next(): RawForm | null {
    try {
      return this.scanForm();
    } catch (e) {
      if (!(e instanceof ScanFailure)) throw e;
      this.current = [];
      this.pos = e.resumeAt;
      this.line = e.line;
      this.col = e.col;
      return { tokens: null, error: e.error };
    }
  }

  private push(type: TokenType, start: number, end: number, payload: Token['payload']): void {
    this.current.push(makeToken(type, this.src.slice(start, end), start, this.line, this.col, payload));
  }

  /**
   * Abandons the current form with an error at (line, col). Scanning resumes at `resumeAt`, whose
   * position is counted from the token start (`this.pos`, `this.line`, `this.col` still point there).
   */
  private fail(message: string, line: number, col: number, resumeAt: number): never {
    const src = this.src;
    let l = this.line;
    let c = this.col;
    for (let p = this.pos; p < resumeAt; p++) {
      const ch = src.charCodeAt(p);
      if (ch === 10) {
        l++; c = 1;
      } else if (!(ch >= 0xdc00 && ch <= 0xdfff && p > this.pos && isHighSurrogate(src.charCodeAt(p - 1)))) {
        c++;
      }
    }
    throw new ScanFailure({ line, col, message }, resumeAt, l, c);
  }

  /** Scans up to the end of a form (white space is skipped inline: this loop runs cold). */
  private scanForm(): RawForm | null {
    const src = this.src;
    const n = src.length;
    while (this.pos < n) {
      const c = src.charCodeAt(this.pos);
      switch (c < 256 ? CLASS[c] : C_OTHER) {
        case C_SPACE: this.pos++; this.col++; break;
        case C_NEWLINE: this.pos++; this.line++; this.col = 1; break;
        case C_ATOM: this.scanName(true); break;
        case C_VAR: this.scanName(false); break;
        case C_DIGIT: this.scanNumber(); break;
        default:
          if (c === 37) this.skipComment(); // %
          else if (c === 46) this.scanDot(); // .
          else if (c === 34 || c === 39) this.scanQuoted(c); // " '
          else if (c === 36) this.scanChar(); // $
          else this.scanOperator(c);
          if (this.completed !== null) {
            const tokens = this.completed;
            this.completed = null;
            return { tokens, error: null };
          }
      }
    }
    if (this.current.length === 0) return null;
    const tokens = this.current;
    this.current = [];
    return { tokens, error: null };
  }

  /** `%` to the end of the line (the newline itself is left for the main loop). */
  private skipComment(): void {
    const src = this.src;
    let p = this.pos;
    while (p < src.length && src.charCodeAt(p) !== 10) p++;
    this.col += countCodePoints(src, this.pos, p);
    this.pos = p;
  }

  /** An atom, reserved word or variable; erl_scan limits names to 255 characters. */
  private scanName(atom: boolean): void {
    const src = this.src;
    const start = this.pos;
    let p = start + 1;
    for (let c = src.charCodeAt(p); c < 256 && NAME_CHAR[c] === 1; c = src.charCodeAt(++p));
    const name = src.slice(start, p);
    if (name.length > 255) {
      this.fail(atom ? 'illegal atom' : 'illegal var', this.line, this.col, p);
    }
    const type = atom ? T.RESERVED.get(name) ?? T.Atom : T.Var;
    this.current.push(makeToken(type, name, start, this.line, this.col, name)); // the name is the image
    this.pos = p;
    this.col += name.length;
  }

  /** Digits with `_` separators (a `_` must sit between two digits). Returns the end index. */
  private digitsEnd(p: number, base: number): number {
    const src = this.src;
    while (p < src.length) {
      const c = src.charCodeAt(p);
      if (digitValue(c, base) >= 0) p++;
      else if (c === 95 && p + 1 < src.length && digitValue(src.charCodeAt(p + 1), base) >= 0 &&
        digitValue(src.charCodeAt(p - 1), base) >= 0) p += 2;
      else break;
    }
    return p;
  }

  /**
   * `123`, `1_000`, `16#ff` or `1.5e-3`. As in erl_scan, a `.` only starts a fraction when a digit
   * follows it, so `1.foo` is an integer and a dot; a bad number fails from its first character.
   */
  private scanNumber(): void {
    const src = this.src;
    const start = this.pos;
    const line = this.line;
    const col = this.col;
    let p = this.digitsEnd(start, 10);
    const c = src.charCodeAt(p);
    if (c === 35) { // '#': based integer
      const base = parseInt(src.slice(start, p).replace(/_/g, ''), 10); // rare: keep it simple
      if (!(base >= 2 && base <= 36)) {
        this.fail(`illegal base '${base}'`, line, col, p);
      }
      const digitsStart = p + 1;
      const end = digitsStart < src.length && digitValue(src.charCodeAt(digitsStart), base) >= 0
        ? this.digitsEnd(digitsStart, base) : digitsStart;
      if (end === digitsStart) this.fail('illegal integer', line, col, end);
      const value = parseDigits(src.slice(digitsStart, end), base);
      this.push(T.Integer, start, end, value);
      this.pos = end;
      this.col += end - start;
      return;
    }
    if (c === 46 && isDigit(src.charCodeAt(p + 1))) {
      p = this.digitsEnd(p + 1, 10);
      const e = src.charCodeAt(p);
      if (e === 101 || e === 69) { // e E
        p++;
        const sign = src.charCodeAt(p);
        if (sign === 43 || sign === 45) p++;
        const expStart = p;
        if (isDigit(src.charCodeAt(p))) p = this.digitsEnd(p, 10);
        if (p === expStart) this.fail('illegal float', line, col, p);
      }
      const text = src.slice(start, p);
      const value = parseFloat(text.indexOf('_') < 0 ? text : text.replace(/_/g, ''));
      if (!Number.isFinite(value)) this.fail('illegal float', line, col, p);
      this.push(T.Float, start, p, value);
    } else {
      this.push(T.Integer, start, p, parseDigits(src.slice(start, p), 10));
    }
    this.pos = p;
    this.col += p - start;
  }

  /** `...`, `..`, the form terminator (a dot before white space, `%` or the end) or a plain `.`. */
  private scanDot(): void {
    const src = this.src;
    const p = this.pos;
    if (src.startsWith('...', p)) return this.pushOp(T.DotDotDot, 3);
    if (src.startsWith('..', p)) return this.pushOp(T.DotDot, 2);
    const next = p + 1 < src.length ? src.charCodeAt(p + 1) : -1;
    if (next === -1 || next === 37 || isWhite(next)) {
      // The terminator swallows one following white space character, as erl_scan does.
      this.push(T.FormEnd, p, p + 1, null);
      this.completed = this.current;
      this.current = [];
      if (next === 10) {
        this.pos = p + 2; this.line++; this.col = 1;
      } else if (next === -1 || next === 37) {
        this.pos = p + 1; this.col++;
      } else {
        this.pos = p + 2; this.col += 2;
      }
      return;
    }
    this.pushOp(T.Dot, 1);
  }

  private pushOp(type: TokenType, len: number): void {
    this.push(type, this.pos, this.pos + len, null);
    this.pos += len;
    this.col += len;
  }

  /** Punctuation and operators; other latin-1 characters become `misc` tokens, anything else is illegal. */
  private scanOperator(c: number): void {
    const candidates = OPS_BY_CHAR[c];
    if (candidates !== undefined) {
      for (let i = 0; i < candidates.length; i++) {
        const [text, type] = candidates[i];
        if (text.length === 1 || this.src.startsWith(text, this.pos)) {
          this.current.push(makeToken(type, text, this.pos, this.line, this.col, null));
          this.pos += text.length;
          this.col += text.length;
          return;
        }
      }
    }
    if (c <= 255) return this.pushOp(T.Misc, 1);
    // A character outside latin-1 that starts no token.
    const width = this.codePointWidth(this.pos);
    this.fail('illegal character', this.line, this.col, this.pos + width);
  }

  private codePointWidth(p: number): number {
    const c = this.src.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = this.src.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return 2;
    }
    return 1;
  }

  /**
   * Decodes the escape sequence whose backslash is at `p - 1` (erl_scan:scan_escape/2).
   * `end` is the index after the sequence.
   */
  private scanEscape(p: number): Escape | EscapeFail {
    const src = this.src;
    if (p >= src.length) return { fail: 'eof' };
    const c = src.charCodeAt(p);
    if (c >= 48 && c <= 55) { // octal, up to three digits
      let v = c - 48;
      let q = p + 1;
      while (q < p + 3 && q < src.length && src.charCodeAt(q) >= 48 && src.charCodeAt(q) <= 55) {
        v = v * 8 + src.charCodeAt(q) - 48;
        q++;
      }
      return { value: v, end: q, lineBreak: false };
    }
    if (c === 120) return this.scanHexEscape(p + 1); // x
    if (c === 94) { // ^
      if (p + 1 >= src.length) return { fail: 'eof' };
      const d = src.codePointAt(p + 1)!;
      return { value: d === 10 ? 10 : d & 31, end: p + 1 + (d > 0xffff ? 2 : 1), lineBreak: d === 10 };
    }
    if (c === 10) return { value: 10, end: p + 1, lineBreak: true };
    const cp = src.codePointAt(p)!;
    const end = p + (cp > 0xffff ? 2 : 1);
    if (!isUnicode(cp)) return { fail: 'illegal', resumeAt: end };
    return { value: escapeChar(cp), end, lineBreak: false };
  }

  private scanHexEscape(p: number): Escape | EscapeFail {
    const src = this.src;
    if (p >= src.length) return { fail: 'eof' };
    if (src.charCodeAt(p) === 123) { // x{...}
      let q = p + 1;
      while (q < src.length && hexValue(src.charCodeAt(q)) >= 0) q++;
      if (q >= src.length) return { fail: 'eof' };
      if (src.charCodeAt(q) !== 125) return { fail: 'illegal', resumeAt: q };
      const digits = src.slice(p + 1, q);
      const v = digits.length > 0 && digits.length <= 8 ? parseInt(digits, 16) : -1;
      if (v < 0 || !isUnicode(v)) return { fail: 'illegal', resumeAt: q + 1 };
      return { value: v, end: q + 1, lineBreak: false };
    }
    const h1 = hexValue(src.charCodeAt(p));
    const h2 = p + 1 < src.length ? hexValue(src.charCodeAt(p + 1)) : -1;
    if (h1 >= 0 && h2 >= 0) return { value: h1 * 16 + h2, end: p + 2, lineBreak: false };
    return { fail: 'illegal', resumeAt: p };
  }

  /** `$c`: a character literal, an integer token whose payload is the code point. */
  private scanChar(): void {
    const src = this.src;
    const start = this.pos;
    const line = this.line;
    const col = this.col;
    const p = start + 1;
    if (p >= src.length) this.fail('unterminated character', line, col, p);
    const c = src.charCodeAt(p);
    if (c === 92) { // backslash
      const esc = this.scanEscape(p + 1);
      if ('fail' in esc) {
        if (esc.fail === 'eof') this.fail('unterminated character', line, col, src.length);
        this.fail('illegal character', line, col, esc.resumeAt);
      }
      this.push(T.Char, start, esc.end, esc.value);
      this.pos = esc.end;
      if (esc.lineBreak) {
        this.line++; this.col = 1;
      } else {
        this.col += countCodePoints(src, start, esc.end);
      }
      return;
    }
    const cp = src.codePointAt(p)!;
    const end = p + (cp > 0xffff ? 2 : 1);
    if (!isUnicode(cp)) this.fail('illegal character', line, col, end);
    this.push(T.Char, start, end, cp);
    this.pos = end;
    if (cp === 10) {
      this.line++; this.col = 1;
    } else {
      this.col += 2;
    }
  }

  /**
   * A string ("...") or quoted atom ('...'). Runs of plain characters are copied with one slice
   * (`segStart` marks the run); escapes are decoded one by one. Errors point at the opening quote
   * (unterminated) or at the bad character or backslash, and scanning resumes right after it.
   */
  private scanQuoted(quote: number): void {
    const src = this.src;
    const start = this.pos;
    const line0 = this.line;
    const col0 = this.col;
    let line = line0;
    let col = col0 + 1;
    let p = start + 1;
    let segStart = p; // fast path: copy runs of plain characters
    let value = '';
    const what = quote === 34 ? 'string' : 'atom';
    const unterminated = (): never => {
      value += src.slice(segStart, p);
      const head = headOf(value);
      return this.fail(`unterminated ${what} starting with ${writeString(head, quote)}`, line0, col0, src.length);
    };
    for (;;) {
      if (p >= src.length) unterminated();
      const c = src.charCodeAt(p);
      if (c === quote) break;
      if (c === 10) {
        p++; line++; col = 1;
      } else if (c === 92) {
        value += src.slice(segStart, p);
        const esc = this.scanEscape(p + 1);
        if ('fail' in esc) {
          if (esc.fail === 'eof') {
            segStart = p = src.length;
            unterminated();
          } else {
            this.fail('illegal character', line, col, esc.resumeAt);
          }
        } else {
          value += String.fromCodePoint(esc.value);
          if (esc.lineBreak) {
            line++; col = 1;
          } else {
            col += countCodePoints(src, p, esc.end);
          }
          p = segStart = esc.end;
        }
      } else {
        const cp = c >= 0xd800 ? src.codePointAt(p)! : c;
        const w = cp > 0xffff ? 2 : 1;
        if (!isUnicode(cp)) this.fail('illegal character', line, col, p + w);
        p += w; col++;
      }
    }
    value += src.slice(segStart, p);
    const end = p + 1;
    if (quote === 39 && countCodePoints(value, 0, value.length) > 255) this.fail('illegal atom', line0, col0, end);
    this.current.push(makeToken(quote === 39 ? T.Atom : T.Str, src.slice(start, end), start, line0, col0, value));
    this.pos = end;
    this.line = line;
    this.col = col + 1;
  }
}

function escapeChar(c: number): number {
  switch (c) {
    case 110: return 10; // n
    case 114: return 13; // r
    case 116: return 9; // t
    case 118: return 11; // v
    case 98: return 8; // b
    case 102: return 12; // f
    case 101: return 27; // e
    case 115: return 32; // s
    case 100: return 127; // d
    default: return c;
  }
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

function countCodePoints(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The first 16 characters of an unterminated string, as string:slice/3 counts them (CR LF is one). */
function headOf(s: string): string {
  let n = 0;
  let i = 0;
  while (i < s.length && n < 16) {
    const c = s.charCodeAt(i);
    if (c === 13 && s.charCodeAt(i + 1) === 10) i += 2;
    else i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    n++;
  }
  return s.slice(0, i);
}

// ---- Token -> text, the way erl_parse and epp print tokens ----

/** io_lib:write_string/2: quotes `s` with `quote` (a char code), escaping as Erlang does. */
export function writeString(s: string, quote = 34): string {
  let out = String.fromCharCode(quote);
  for (const ch of s) out += stringChar(ch.codePointAt(0)!, quote);
  return out + String.fromCharCode(quote);
}

function stringChar(c: number, quote: number): string {
  if (c === quote) return '\\' + String.fromCharCode(c);
  if (c === 92) return '\\\\';
  if ((c >= 32 && c <= 126) || c >= 160) return String.fromCodePoint(c);
  switch (c) {
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
    case 8: return '\\b';
    case 12: return '\\f';
    case 27: return '\\e';
    case 127: return '\\d';
    default: return '\\' + ((c >> 6) & 7) + ((c >> 3) & 7) + (c & 7);
  }
}

/** io_lib:write_char/1. */
export function writeChar(c: number): string {
  return c === 32 ? '$\\s' : '$' + stringChar(c, -1);
}

/** io_lib:write_atom/1: the atom, quoted when it would not scan back as a plain atom. */
export function writeAtom(name: string): string {
  return needsQuotes(name) ? writeString(name, 39) : name;
}

function needsQuotes(name: string): boolean {
  if (name.length === 0 || T.RESERVED.has(name)) return true;
  if (!isAtomStart(name.charCodeAt(0))) return true;
  for (let i = 1; i < name.length; i++) if (!isNameChar(name.charCodeAt(i))) return true;
  return false;
}

/** float_to_list(F, [short]): shortest round-trip digits, fixed or exponent form. */
export function formatFloat(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  const sign = f < 0 ? '-' : '';
  const [mant, expText] = Math.abs(f).toExponential().split('e');
  const digits = mant.replace('.', '');
  const place = parseInt(expText, 10) + 1; // value = 0.DIGITS * 10^place
  const len = digits.length;
  if (place > 0 && place < len) return sign + digits.slice(0, place) + '.' + digits.slice(place);
  if (place === 0) return sign + '0.' + digits;
  const expStr = String(place - 1);
  const expCost = expStr.length + 1 + (len === 1 ? 2 : 1);
  const exp = (): string => sign + digits[0] + '.' + (len === 1 ? '0' : digits.slice(1)) + 'e' + expStr;
  if (place < 0) return 2 - place <= expCost ? sign + '0.' + '0'.repeat(-place) + digits : exp();
  return place - len + 2 <= expCost ? sign + digits + '0'.repeat(place - len) + '.0' : exp();
}

/** The text erl_parse prints for a token in "syntax error before: X" (yecctoken2string). */
export function tokenText(tok: IToken): string {
  const type = tok.tokenType;
  const v = (tok as Token).payload;
  switch (type) {
    case T.Atom: return writeAtom(v as string);
    case T.Var: return v as string;
    case T.Integer: return String(v);
    case T.Float: return formatFloat(v as number);
    case T.Char: return writeChar(v as number);
    case T.Str: return writeString(v as string);
    case T.FormEnd: return "'.'";
    default:
      // End of input ('$end') prints as nothing; every other token as its quoted symbol.
      return type.name === 'EOF' ? '' : writeAtom(tok.image);
  }
}
