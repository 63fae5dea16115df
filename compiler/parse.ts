// The front end's entry point: source text -> preprocessed forms -> one parse per form -> the
// module AST, with every scanner, preprocessor and parser error as a diagnostic (a failing form is
// dropped and parsing goes on, as in erlc). It also turns attribute forms into attribute nodes the
// way erl_parse's build_attribute does. It never throws for a bad program.

import type { CompileAttr, Expr, Form, FunName, GenericAttr, Loc, ModuleAst, RecordFieldDef } from './ast.js';
import type { Diagnostic } from './diagnostics.js';
import type { Token } from './lexer.js';
import type { TokenType } from './chevrotain.js';
import { getParser } from './parser.js';
import { ErlSyntaxError, firstLoc, locOf, type RawAttribute } from './syntax.js';
import { preprocess, type PpForm } from './preprocess.js';
import * as T from './tokens.js';
import { TypeSyntax } from './type-syntax.js';

export interface ParseOptions {
  /** Directories searched by -include/-include_lib after the source file's own directory. */
  includePaths?: string[];
  /** Predefined macros, as erlc -D: name -> replacement text ('' means `true`). */
  defines?: Record<string, string>;
}

export interface ParseResult {
  ast: ModuleAst;
  diagnostics: Diagnostic[];
}

/** Attributes that erl_parse reads as a function type specification (their value is null). */
const SPEC_ATTRIBUTES = new Set(['spec', 'callback']);

export function parseModule(source: string, file: string, opts: ParseOptions = {}): ParseResult {
  const errors: Diagnostic[] = []; // erl_scan, epp and erl_parse errors: erlc reports these first
  const lintErrors: Diagnostic[] = [];
  const forms: Form[] = [];
  try {
    preprocess(source, file, opts, errors, (pp) => {
      const form = parseForm(pp, errors, lintErrors);
      if (form !== null) forms.push(form);
    });
  } catch (e) {
    // Unreachable for any input; kept so that a compiler bug still reaches the user as a diagnostic.
    const detail = e instanceof Error ? e.message : String(e);
    errors.push({ file, line: 0, col: 0, severity: 'error', message: `internal error in parser: ${detail}` });
  }
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
  return { ast: { file, forms }, diagnostics: [...errors, ...lintErrors] };
}

function parseForm(pp: PpForm, errors: Diagnostic[], lintErrors: Diagnostic[]): Form | null {
  const toks = pp.tokens;
  const report = (loc: Loc, e: string | ErlSyntaxError, into = errors): void => {
    const [where, message] = typeof e === 'string' ? [loc, e] : [e.loc, e.message];
    into.push({ file: pp.file, line: where.line, col: where.col, severity: 'error', message });
  };
  const parser = getParser();
  parser.lastAttribute = null;
  try {
    let input = toks;
    if (toks[0].tokenType === T.Minus && toks[1]?.tokenType === T.Atom) {
      const name = toks[1].payload as string;
      if (name === 'record') {
        input = stripFieldTypes(toks);
      } else {
        const typed = typedAttribute(toks, name);
        if (typed !== null) return typed;
      }
    }
    const parsed = parser.parseForm(input);
    const form = parsed.kind === 'function' ? parsed : buildAttribute(parsed);
    for (const e of parser.lintErrors) report(e.loc, e.message, lintErrors);
    return form;
  } catch (e) {
    if (e instanceof ErlSyntaxError) report(e.loc, attributeError(parser.lastAttribute) ?? e);
    else if (e instanceof RangeError) report(locOf(toks[0]), 'expression nested too deeply');
    else throw e;
    return null;
  }
}

/** The error build_attribute reports for an attribute whose form then failed to parse, if any. */
function attributeError(raw: RawAttribute | null): ErlSyntaxError | null {
  if (raw === null) return null;
  try {
    buildAttribute(raw);
    return null;
  } catch (e) {
    if (e instanceof ErlSyntaxError) return e;
    throw e;
  }
}

/**
 * `-spec`, `-callback` and attributes of the form `-name Head :: Type` (-type, -opaque): the
 * syntax is checked, the value is null. Returns null for any other attribute.
 */
function typedAttribute(toks: Token[], name: string): GenericAttr | null {
  const loc = locOf(toks[1]);
  if (SPEC_ATTRIBUTES.has(name)) {
    const check = new TypeSyntax(toks, 2);
    check.typeSpec();
    check.expect(T.FormEnd);
    return { kind: 'attribute', loc, name, value: null };
  }
  // `-name(Head :: T).`: parentheses right after the name wrap the whole value.
  const wrapped = toks[2]?.tokenType === T.LParen;
  const start = wrapped ? 3 : 2;
  const colons = topLevelIndex(toks, start, T.ColonColon);
  if (colons < 0) return null;
  let head: Expr;
  try {
    head = getParser().parseTypedHead(toks.slice(start, colons + 1));
  } catch (e) {
    // Not `Expr ::`: then it is a plain attribute, and the ordinary parse reports it as yecc does.
    if (e instanceof ErlSyntaxError) return null;
    throw e;
  }
  const check = new TypeSyntax(toks, colons + 1);
  check.topType();
  if (wrapped) check.expect(T.RParen);
  // build_typed_attribute runs when yecc reduces the attribute, before it looks for the dot.
  if (name !== 'type' && name !== 'opaque') throw new ErlSyntaxError(loc, 'bad attribute');
  if (head.kind !== 'call' || head.module !== null || head.fun.kind !== 'atom') {
    throw new ErlSyntaxError(loc, `bad ${name} declaration`);
  }
  for (const a of head.args) if (a.kind === 'var' && a.name === '_') throw new ErlSyntaxError(a.loc, 'bad type variable');
  for (const a of head.args) if (a.kind !== 'var') fail(a, 'bad type variable');
  check.expect(T.FormEnd);
  return { kind: 'attribute', loc, name, value: null };
}

/** First index from `start` of a `type` token outside brackets (before any unmatched closer), or -1. */
function topLevelIndex(toks: Token[], start: number, type: TokenType): number {
  let depth = 0;
  for (let i = start; i < toks.length; i++) {
    const t = toks[i].tokenType;
    if (depth === 0 && t === type) return i;
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t) && --depth < 0) return -1;
  }
  return -1;
}

const OPENERS = new Set([T.LParen, T.LBracket, T.LBrace, T.BinOpen]);
const CLOSERS = new Set([T.RParen, T.RBracket, T.RBrace, T.BinClose]);

/**
 * Removes `:: Type` from the fields of `-record(Name, {...})` after checking its syntax (types are
 * not part of the AST). A field's type must end at the next `,` or `}`.
 */
function stripFieldTypes(toks: Token[]): Token[] {
  let open = toks.findIndex((t) => t.tokenType === T.LBrace);
  if (open < 0 || !toks.some((t) => t.tokenType === T.ColonColon)) return toks;
  const out = toks.slice(0, ++open);
  let depth = 0;
  for (let i = open; i < toks.length; i++) {
    const t = toks[i];
    if (depth === 0 && t.tokenType === T.ColonColon) {
      const check = new TypeSyntax(toks, i + 1);
      check.topType();
      const next = toks[check.pos]?.tokenType;
      if (next !== T.Comma && next !== T.RBrace) check.fail();
      i = check.pos - 1;
      continue;
    }
    if (OPENERS.has(t.tokenType)) depth++;
    else if (CLOSERS.has(t.tokenType)) depth--;
    out.push(t);
  }
  return out;
}

const fail = (e: Expr, message: string): never => {
  throw new ErlSyntaxError(firstLoc(e), message);
};

/** erl_parse's build_attribute/2. */
function buildAttribute(raw: RawAttribute): Form {
  const { loc, name, args } = raw;
  const [first, second] = args;
  switch (name) {
    case 'module':
      if (first.kind !== 'atom') return fail(first, 'bad module declaration');
      if (second !== undefined) checkVarList(second);
      return { kind: 'module', loc, name: first.name };
    case 'export':
      if (second !== undefined) return fail(second, 'bad export declaration');
      return { kind: 'export', loc, funs: farityList(first) };
    case 'import':
      if (args.length === 2 && first.kind === 'atom') return { kind: 'import', loc, module: first.name, funs: farityList(second) };
      return fail(second ?? first, 'bad import declaration');
    case 'record':
      if (first.kind !== 'atom' || second === undefined) return fail(first, 'bad record declaration');
      if (second.kind !== 'tuple') return fail(second, 'bad record declaration');
      return { kind: 'record', loc, name: first.name, fields: second.elements.map(recordField) };
    case 'file':
      if (first.kind !== 'string' || second?.kind !== 'integer') return fail(first, 'bad file declaration');
      return { kind: 'attribute', loc, name, value: { kind: 'tuple', loc: first.loc, elements: [first, second] } };
    default: {
      if (second !== undefined) return fail(second, 'bad attribute');
      const value = attributeFarity(first);
      if (!isTerm(value)) return fail(first, 'bad attribute');
      if (name === 'compile') return { kind: 'compile', loc, options: value } satisfies CompileAttr;
      return { kind: 'attribute', loc, name, value };
    }
  }
}

function checkVarList(e: Expr): void {
  let x = e;
  for (; x.kind === 'cons' && x.head.kind === 'var'; x = x.tail);
  if (x.kind !== 'nil') fail(x, 'bad variable list');
}

/** `[f/1, g/2]` -> names and arities (erl_parse's farity_list). */
function farityList(e: Expr): FunName[] {
  const funs: FunName[] = [];
  let x = e;
  for (; x.kind === 'cons'; x = x.tail) {
    const h = x.head;
    if (h.kind !== 'binop' || h.op !== '/') break;
    if (h.left.kind !== 'atom') fail(h.left, 'bad function name');
    if (h.right.kind !== 'integer') fail(h.right, 'bad function arity');
    funs.push({ name: (h.left as { name: string }).name, arity: Number((h.right as { value: number | bigint }).value) });
  }
  if (x.kind !== 'nil') fail(x, 'bad Name/Arity');
  return funs;
}

function recordField(e: Expr): RecordFieldDef {
  if (e.kind === 'atom') return { loc: e.loc, name: e.name, default: null };
  if (e.kind === 'match' && e.pattern.kind === 'atom') return { loc: e.pattern.loc, name: e.pattern.name, default: e.value };
  return fail(e, 'bad record field');
}

/** erl_parse's attribute_farity: `f/1` inside an attribute value becomes the tuple {f,1}. */
function attributeFarity(e: Expr): Expr {
  switch (e.kind) {
    case 'cons': return { ...e, head: attributeFarity(e.head), tail: attributeFarity(e.tail) };
    case 'tuple': return { ...e, elements: e.elements.map(attributeFarity) };
    case 'map': return { ...e, fields: e.fields.map((f) => ({ ...f, value: attributeFarity(f.value) })) };
    case 'binop':
      if (e.op === '/' && e.left.kind === 'atom' && e.right.kind === 'integer') {
        return { kind: 'tuple', loc: e.loc, elements: [e.left, e.right] };
      }
      return e;
    default: return e;
  }
}

/** Whether erl_parse:normalise/1 accepts the expression (a literal term). */
function isTerm(e: Expr): boolean {
  switch (e.kind) {
    case 'integer': case 'float': case 'atom': case 'string': case 'nil':
      return true;
    case 'cons': return isTerm(e.head) && isTerm(e.tail);
    case 'tuple': return e.elements.every(isTerm);
    case 'map': return e.base === null && e.fields.every((f) => f.op === '=>' && isTerm(f.key) && isTerm(f.value));
    case 'bin': return e.segments.every((s) => isTerm(s.value) && (s.size === null || isTerm(s.size)));
    case 'unop': return (e.op === '-' || e.op === '+') && (e.operand.kind === 'integer' || e.operand.kind === 'float');
    case 'fun_ref': return e.module?.kind === 'atom' && e.name.kind === 'atom' && e.arity.kind === 'integer';
    default: return false;
  }
}
