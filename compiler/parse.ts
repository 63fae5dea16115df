// The front end's entry point: source text -> preprocessed forms -> one parse per form -> the
// module AST, with every scanner, preprocessor and parser error as a diagnostic (a failing form is
// dropped and parsing goes on, as in erlc). It also turns attribute forms into attribute nodes the
// way erl_parse's build_attribute does. It never throws for a bad program.

import type { CompileAttr, Expr, Form, FunName, GenericAttr, Loc, ModuleAst, RecordFieldDef } from './ast.js';
import type { Diagnostic } from './diagnostics.js';
import type { Token } from './lexer.js';
import { endOfFormError, ErlSyntaxError, firstLoc, getParser, locOf, type RawAttribute } from './parser.js';
import { preprocess, type PpForm } from './preprocess.js';
import * as T from './tokens.js';

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

/** Attributes whose argument is type syntax: accepted unchecked, value null. */
const TYPE_ATTRIBUTES = new Set(['spec', 'callback', 'type', 'opaque']);

export function parseModule(source: string, file: string, opts: ParseOptions = {}): ParseResult {
  const errors: Diagnostic[] = []; // erl_scan, epp and erl_parse errors: erlc reports these first
  const lintErrors: Diagnostic[] = [];
  const forms: Form[] = [];
  try {
    for (const pp of preprocess(source, file, opts, errors)) {
      const form = parseForm(pp, errors, lintErrors);
      if (form !== null) forms.push(form);
    }
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
  const report = (loc: Loc, message: string, into = errors): void => {
    into.push({ file: pp.file, line: loc.line, col: loc.col, severity: 'error', message });
  };
  const parser = getParser();
  try {
    let input = toks;
    if (toks[0].tokenType === T.Minus && toks[1]?.tokenType === T.Atom) {
      const name = toks[1].payload as string;
      if (TYPE_ATTRIBUTES.has(name)) return typeAttribute(toks);
      if (name === 'record') input = stripFieldTypes(toks);
    }
    const parsed = parser.parseForm(input);
    for (const e of parser.lintErrors) report(e.loc, e.message, lintErrors);
    return parsed.kind === 'function' ? parsed : buildAttribute(parsed);
  } catch (e) {
    if (e instanceof ErlSyntaxError) report(e.loc, e.message);
    else if (e instanceof RangeError) report(locOf(toks[0]), 'expression nested too deeply');
    else throw e;
    return null;
  }
}

/** `-spec ...`, `-type ...` and friends: the type syntax is skipped. */
function typeAttribute(toks: Token[]): GenericAttr {
  const last = toks[toks.length - 1];
  if (last.tokenType !== T.FormEnd) throw endOfFormError(toks);
  return { kind: 'attribute', loc: locOf(toks[1]), name: toks[1].payload as string, value: null };
}

const OPENERS = new Set([T.LParen, T.LBracket, T.LBrace, T.BinOpen]);
const CLOSERS = new Set([T.RParen, T.RBracket, T.RBrace, T.BinClose]);

/**
 * Removes `:: Type` from the fields of `-record(Name, {...})`, since types are not parsed. A type
 * runs to the next `,` or `}` at field level; `=` there is erl_parse's syntax error.
 */
function stripFieldTypes(toks: Token[]): Token[] {
  let open = toks.findIndex((t) => t.tokenType === T.LBrace);
  if (open < 0 || !toks.some((t) => t.tokenType === T.ColonColon)) return toks;
  const out = toks.slice(0, ++open);
  let depth = 0;
  for (let i = open; i < toks.length; i++) {
    const t = toks[i];
    if (depth === 0 && t.tokenType === T.ColonColon) {
      let d = 0;
      for (i++; i < toks.length; i++) {
        const u = toks[i].tokenType;
        if (d === 0 && (u === T.Comma || u === T.RBrace || u === T.FormEnd)) break;
        if (d === 0 && u === T.Match) throw getParser().syntaxError(toks[i], toks);
        if (OPENERS.has(u)) d++;
        else if (CLOSERS.has(u)) d--;
      }
      i--;
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
