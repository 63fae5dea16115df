// Reading Erlang terms from text, as file:consult/1 and io:read/1,2 do with erl_scan and
// erl_parse:parse_term: each term ends with a dot. Ground terms only (numbers, atoms, strings,
// characters, lists, tuples, maps, binaries of literal segments; not yet fun M:F/A); errors come back in
// erl_parse's words: {Line, erl_parse, ["syntax error before: ", Token]} or "bad term".
// Uses the compiler's scanner (compiler/lexer.ts); this file must not grow an evaluator.

import type { Token } from '../../compiler/lexer.js';
import type * as Tokens from '../../compiler/tokens.js';
import { getCompiler } from '../compiler-loader.js';
import type { TokenType } from '../../compiler/chevrotain.js';
import { OK, atom } from '../../vm/terms/atom.js';
import { binFromBytes } from '../../vm/terms/binary.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { Cons, NIL, listFromArray, stringToList } from '../../vm/terms/list.js';
import { mapFromPairs } from '../../vm/terms/map.js';
import { Tuple } from '../../vm/terms/tuple.js';

// The scanner comes from the compiler bundle, loaded on the first read (see stdlib/compiler-loader.ts).
let T: typeof Tokens;
let scan: ReturnType<typeof getCompiler>['scan'];
let tokenText: ReturnType<typeof getCompiler>['tokenText'];
function loadScanner(): void {
  if (T !== undefined) return;
  const c = getCompiler();
  T = c.tokens;
  scan = c.scan;
  tokenText = c.tokenText;
}

const ERL_PARSE = atom('erl_parse');
const ERL_SCAN = atom('erl_scan');

/** A parse failure: the ErrorInfo term {Line, Module, Description}. */
class ParseError {
  constructor(readonly info: Tuple) {}
}

function syntaxError(tok: Token | undefined, eofLine: number): ParseError {
  const line = tok?.startLine ?? eofLine;
  const text = tok === undefined ? '' : tokenText(tok);
  return new ParseError(new Tuple([line, ERL_PARSE, listFromArray([stringToList('syntax error before: '), stringToList(text)])]));
}

function badTerm(tok: Token): ParseError {
  return new ParseError(new Tuple([tok.startLine, ERL_PARSE, stringToList('bad term')]));
}

/** A recursive-descent reader over one form's tokens (terms nest shallowly in practice). */
class Reader {
  private i = 0;
  constructor(private readonly toks: Token[], private readonly eofLine: number) {}

  private peek(): Token | undefined {
    return this.toks[this.i];
  }

  private is(type: TokenType): boolean {
    return this.toks[this.i]?.tokenType === type;
  }

  private expect(type: TokenType): Token {
    const t = this.toks[this.i];
    if (t?.tokenType !== type) throw syntaxError(t, this.eofLine);
    this.i++;
    return t;
  }

  /** The whole form: one term and its dot. */
  form(): unknown {
    const v = this.term();
    this.expect(T.FormEnd);
    if (this.i < this.toks.length) throw syntaxError(this.toks[this.i], this.eofLine);
    return v;
  }

  private term(): unknown {
    const t = this.peek();
    if (t === undefined) throw syntaxError(t, this.eofLine);
    this.i++;
    switch (t.tokenType) {
      case T.Integer: case T.Char: return t.payload;
      case T.Float: return new ErlFloat(t.payload as number);
      case T.Atom: return atom(t.payload as string);
      case T.Str: {
        let s = t.payload as string;
        while (this.is(T.Str)) s += this.toks[this.i++].payload as string;
        return stringToList(s);
      }
      case T.Minus: case T.Plus: return this.signed(t);
      case T.LBracket: return this.list();
      case T.LBrace: return this.tuple();
      case T.Hash: return this.map();
      case T.BinOpen: return this.binary();
      case T.Var: throw badTerm(t);
      default: throw syntaxError(t, this.eofLine);
    }
  }

  private signed(op: Token): unknown {
    const t = this.peek();
    if (t?.tokenType === T.Integer || t?.tokenType === T.Char) {
      this.i++;
      const v = t.payload as number | bigint;
      return op.tokenType === T.Minus ? (typeof v === 'bigint' ? -v : -v) : v;
    }
    if (t?.tokenType === T.Float) {
      this.i++;
      return new ErlFloat(op.tokenType === T.Minus ? -(t.payload as number) : (t.payload as number));
    }
    this.term();
    throw badTerm(op);
  }

  private list(): unknown {
    if (this.is(T.RBracket)) {
      this.i++;
      return NIL;
    }
    const items: unknown[] = [this.term()];
    while (this.is(T.Comma)) {
      this.i++;
      items.push(this.term());
    }
    let tail: unknown = NIL;
    if (this.is(T.Bar)) {
      this.i++;
      tail = this.term();
    }
    this.expect(T.RBracket);
    return listFromArray(items, tail);
  }

  private tuple(): unknown {
    const items: unknown[] = [];
    if (!this.is(T.RBrace)) {
      items.push(this.term());
      while (this.is(T.Comma)) {
        this.i++;
        items.push(this.term());
      }
    }
    this.expect(T.RBrace);
    return new Tuple(items);
  }

  private map(): unknown {
    this.expect(T.LBrace);
    const pairs: [unknown, unknown][] = [];
    if (!this.is(T.RBrace)) {
      for (;;) {
        const k = this.term();
        this.expect(T.DArrow);
        pairs.push([k, this.term()]);
        if (!this.is(T.Comma)) break;
        this.i++;
      }
    }
    this.expect(T.RBrace);
    return mapFromPairs(pairs);
  }

  /** <<1, 2, "abc">>: integer (0..255 wraps like a default 8-bit segment) and string segments. */
  private binary(): unknown {
    const bytes: number[] = [];
    if (!this.is(T.BinClose)) {
      for (;;) {
        const start = this.peek()!;
        const v = this.term();
        if (typeof v === 'number') bytes.push(v & 255);
        else if (typeof v === 'bigint') bytes.push(Number(BigInt.asUintN(8, v)));
        else if ((v instanceof Cons || v === NIL) && start.tokenType === T.Str) {
          for (let l: unknown = v; l instanceof Cons; l = l.tl) bytes.push((l.hd as number) & 255);
        } else throw badTerm(start);
        if (!this.is(T.Comma)) break;
        this.i++;
      }
    }
    this.expect(T.BinClose);
    return binFromBytes(Uint8Array.from(bytes));
  }
}

export type ReadResult = { ok: true; term: unknown } | { ok: false; info: Tuple };

/** Parses the tokens of one form (ending in a dot) as a term. */
export function readForm(tokens: Token[], eofLine: number): ReadResult {
  loadScanner();
  try {
    return { ok: true, term: new Reader(tokens, eofLine).form() };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, info: e.info };
    throw e;
  }
}

/**
 * Every term of `text` (file:consult): {ok, [Term]} or {error, ErrorInfo} for the first bad form.
 * Scan errors are reported as {Line, erl_scan, Message} with the scanner's message text.
 */
export function readAllTerms(text: string): unknown {
  loadScanner();
  const { forms, eofLine } = scan(text);
  const terms: unknown[] = [];
  for (const f of forms) {
    if (f.tokens === null) {
      return new Tuple([atom('error'), new Tuple([f.error.line, ERL_SCAN, stringToList(f.error.message)])]);
    }
    const r = readForm(f.tokens, eofLine);
    if (!r.ok) return new Tuple([atom('error'), r.info]);
    terms.push(r.term);
  }
  return new Tuple([OK, listFromArray(terms)]);
}

/**
 * How many characters of `text` the first form takes: up to its dot and the one white space
 * character the dot swallows (erl_scan's dot). A scan error ends the form where scanning resumes
 * (the rest of the text). Null while the form is not complete.
 */
export function firstFormLength(text: string): number | null {
  loadScanner();
  const { forms } = scan(text);
  const f = forms[0];
  if (f === undefined) return null;
  if (f.tokens === null) return forms.length > 1 ? text.length : null;
  const last = f.tokens[f.tokens.length - 1];
  if (last.tokenType !== T.FormEnd) return null;
  const end = last.startOffset + 1;
  return end < text.length && /\s/.test(text[end]) ? end + 1 : end;
}
