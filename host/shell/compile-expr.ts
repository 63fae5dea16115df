// Turns one shell expression sequence into a module the VM can run: a function e/N of the bound
// variables it uses that evaluates the sequence and returns {Value, {NewVar1, NewVar2, ...}}.
// Because bound variables are parameters, `X = 2` with X bound is a match (badmatch), as in
// erl_eval. Local calls that are not BIFs go to user_default, then the `c` module (shell_default), or raise
// shell_undef, as in shell.erl. The module stays loaded, so funs made here keep working.

import type { Expr, Form, Loc, RecordAttr } from '../../compiler/ast.js';
import type { Diagnostic } from '../../compiler/diagnostics.js';
import { compileAst } from '../../compiler/compile.js';
import { getParser } from '../../compiler/parser.js';
import { ErlSyntaxError } from '../../compiler/syntax.js';
import { varsOf } from '../../compiler/vars.js';
import { AUTO_IMPORTED } from '../../compiler/bifs.js';
import type { Token } from '../../compiler/lexer.js';
import type { ModuleImage } from '../../vm/isa/image.js';

/** Where generated nodes sit, so their diagnostics are told from the user's. */
const GEN_LINE = 999999;
const GEN: Loc = { line: GEN_LINE, col: 1 };
const VALUE_VAR = 'V@shell';

export interface ShellError {
  line: number;
  col: number;
  message: string;
}

export type ParsedExprs = { exprs: Expr[] } | { error: ShellError };

/** Parses the tokens of one read (ending in the dot) as erl_parse:parse_exprs/1. */
export function parseShellExprs(tokens: Token[]): ParsedExprs {
  try {
    const parser = getParser();
    const exprs = parser.parseExprs(tokens);
    const lint = parser.lintErrors[0];
    if (lint !== undefined) return { error: { line: lint.loc.line, col: lint.loc.col, message: lint.message } };
    return { exprs };
  } catch (e) {
    if (e instanceof ErlSyntaxError) return { error: { line: e.loc.line, col: e.loc.col, message: e.message } };
    if (e instanceof RangeError) return { error: { line: 1, col: 1, message: 'expression nested too deeply' } };
    throw e;
  }
}

export interface CompiledUnit {
  image: ModuleImage;
  /** Bound variables passed as arguments, in order. */
  params: string[];
  /** Variables the sequence binds, in the order of the returned tuple. */
  newVars: string[];
  /**
   * Variables bound in only some branches (of a case, if, receive or try): erl_eval keeps those
   * the branch that ran bound. Third element of the result: a tuple of {Value} or undefined each.
   */
  partialVars: string[];
  /** The fun expressions of the sequence by lambda index (b() prints funs with them), if known. */
  funSources: (Expr & { kind: 'fun' })[] | null;
}

export interface UnitContext {
  module: string;
  bound: ReadonlySet<string>;
  records: readonly RecordAttr[];
  /** Where a local call 'name/arity' goes: user_default if it exports it, else c (shell_default). */
  shellDefault: ReadonlyMap<string, string>;
}

export function compileUnit(exprs: Expr[], ctx: UnitContext): CompiledUnit | { errors: ShellError[] } {
  const body = exprs.map((e) => rewriteLocalCalls(e, ctx.shellDefault) as Expr);
  const params = varsOf(body, true).filter((v) => ctx.bound.has(v));
  let newVars = varsOf(body, false).filter((v) => !ctx.bound.has(v));
  const partial: string[] = [];
  /** Numbers of the recording points (see recordBranchBindings) that cannot see their variable. */
  const disabled = new Set<number>();
  for (;;) {
    const recorded = partial.length === 0 ? body : recordBranchBindings(body, new Set(partial), disabled);
    const result = compileAst({ file: 'shell', forms: moduleForms(recorded, params, newVars, partial, ctx) }, 'shell');
    if (result.image !== null) {
      return { image: asErlEvalFuns(result.image), params, newVars, partialVars: partial, funSources: funSources(exprs, result.image) };
    }
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const user = errors.filter((d) => d.line < GEN_LINE);
    if (user.length > 0 || (newVars.length === 0 && partial.length === 0)) return { errors: sortErrors(user.length > 0 ? user : errors) };
    // A variable bound in only some branches (or only inside a try) is not exported: it is
    // recorded where it is bound instead, at the points that can see it.
    let changed = false;
    const known = partial.length;
    for (const d of errors) {
      const name = /^variable '(.*)' (is unbound|unsafe)/.exec(d.message)?.[1];
      if (name === undefined) continue;
      if (d.line === GEN_LINE && newVars.includes(name)) {
        newVars = newVars.filter((v) => v !== name);
        partial.push(name);
        changed = true;
      } else if (d.line > GEN_LINE && !disabled.has(d.line - GEN_LINE)) {
        disabled.add(d.line - GEN_LINE);
        changed = true;
      }
    }
    if (!changed) return { errors: sortErrors(errors) };
    // Recording points are numbered over the partial variables: new ones renumber them.
    if (partial.length > known) disabled.clear();
  }
}

const partialKey = (loc: Loc, name: string): Expr => ({
  kind: 'tuple', loc, elements: [{ kind: 'atom', loc, name: '$shell_var' }, { kind: 'atom', loc, name }],
});

/**
 * A copy of `body` where each branch (clause of a case, if, receive or try, a receive's after,
 * a try's body, a catch's expression) that may bind one of `partial` records it when it ends, in the evaluator's
 * dictionary: erlang:put({'$shell_var', Name}, {Name}). Recording point k sits on line
 * GEN_LINE + k so that one the compiler finds unsafe is dropped (`disabled`). Funs and
 * comprehensions are not entered: erl_eval does not export their bindings either.
 */
function recordBranchBindings(body: Expr[], partial: ReadonlySet<string>, disabled: ReadonlySet<number>): Expr[] {
  let point = 0;
  let result = 0;
  const branch = (exprs: Expr[], scope: object): Expr[] => {
    const walked = exprs.map(walk) as Expr[];
    const names = varsOf(scope as Expr, false).filter((v) => partial.has(v));
    const puts: Expr[] = [];
    for (const name of names) {
      const k = ++point;
      if (disabled.has(k)) continue;
      const loc: Loc = { line: GEN_LINE + k, col: 1 };
      const value: Expr = { kind: 'tuple', loc, elements: [{ kind: 'var', loc, name }] };
      puts.push({ kind: 'call', loc, module: { kind: 'atom', loc, name: 'erlang' }, fun: { kind: 'atom', loc, name: 'put' }, args: [partialKey(loc, name), value] });
    }
    if (puts.length === 0) return walked;
    const r: Expr = { kind: 'var', loc: GEN, name: `V@branch${++result}` };
    return [...walked.slice(0, -1), { kind: 'match', loc: GEN, pattern: r, value: walked[walked.length - 1] }, ...puts, r];
  };
  const clause = <C extends { body: Expr[] }>(c: C): C => {
    const out = { ...c };
    for (const k in c) if (k !== 'loc' && k !== 'body') (out as Record<string, unknown>)[k] = walk(c[k]);
    out.body = branch(c.body, c);
    return out;
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const n = node as Expr;
    switch (n.kind) {
      case 'fun':
      case 'lc':
      case 'bc':
        return n;
      case 'case':
        return { ...n, expr: walk(n.expr), clauses: n.clauses.map(clause) };
      case 'if':
        return { ...n, clauses: n.clauses.map(clause) };
      case 'receive':
        return { ...n, clauses: n.clauses.map(clause), after: n.after === null ? null : { ...n.after, timeout: walk(n.after.timeout), body: branch(n.after.body, n.after.body) } };
      case 'try':
        return { ...n, body: branch(n.body, n.body), ofClauses: n.ofClauses.map(clause), catchClauses: n.catchClauses.map(clause), after: walk(n.after) };
      case 'catch': {
        // erl_eval keeps what the expression bound when it did not raise.
        const body = branch([n.expr], n.expr);
        return { ...n, expr: body.length === 1 ? body[0] : { kind: 'block', loc: n.loc, body } };
      }
    }
    const out: Record<string, unknown> = {};
    const rec = n as unknown as Record<string, unknown>;
    for (const k in rec) out[k] = k === 'loc' ? rec[k] : walk(rec[k]);
    return out;
  };
  return walk(body) as Expr[];
}

/**
 * Funs made at the prompt are erl_eval's in erl, which makes them with one of its own lambdas
 * chosen by arity: #Fun<erl_eval.(43 - Arity).3316493>, named funs #Fun<erl_eval.(20 - Arity)...>
 * (OTP 25's erl_eval, for arities 0..20).
 */
function asErlEvalFuns(image: ModuleImage): ModuleImage {
  for (const l of image.lambdas) {
    if (l.arity <= 20) l.shownAs = `#Fun<erl_eval.${(l.named === true ? 20 : 43) - l.arity}.3316493>`;
  }
  return image;
}

/**
 * The fun expressions of `exprs` in the order the code generator numbers their lambdas: those of
 * the sequence in order, then those inside each of them, level by level. Null when that does
 * not match the image (comprehension bodies are generated separately, so they are left out).
 */
function funSources(exprs: Expr[], image: ModuleImage): (Expr & { kind: 'fun' })[] | null {
  const found: (Expr & { kind: 'fun' })[] = [];
  let level: unknown[] = exprs;
  let comprehension = false;
  while (level.length > 0) {
    const next: unknown[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.kind === 'lc' || n.kind === 'bc') comprehension = true;
      if (n.kind === 'fun') {
        found.push(n as unknown as Expr & { kind: 'fun' });
        next.push(n.clauses);
        return;
      }
      for (const k in n) if (k !== 'loc') visit(n[k]);
    };
    level.forEach(visit);
    level = next;
  }
  const ok = !comprehension && found.length === image.lambdas.length && found.every((f, i) => f.clauses[0].patterns.length === image.lambdas[i].arity);
  return ok ? found : null;
}

function sortErrors(ds: Diagnostic[]): ShellError[] {
  return ds
    .slice()
    .sort((a, b) => a.line - b.line || a.col - b.col)
    .map((d) => ({ line: d.line, col: d.col, message: d.message }));
}

function moduleForms(body: Expr[], params: string[], newVars: string[], partial: string[], ctx: UnitContext): Form[] {
  const v = (name: string): Expr => ({ kind: 'var', loc: GEN, name });
  const last = body[body.length - 1];
  const erase = (name: string): Expr => ({ kind: 'call', loc: GEN, module: { kind: 'atom', loc: GEN, name: 'erlang' }, fun: { kind: 'atom', loc: GEN, name: 'erase' }, args: [partialKey(GEN, name)] });
  const result: Expr = {
    kind: 'tuple', loc: GEN,
    elements: [v(VALUE_VAR), { kind: 'tuple', loc: GEN, elements: newVars.map(v) }, { kind: 'tuple', loc: GEN, elements: partial.map(erase) }],
  };
  const clauseBody: Expr[] = [...body.slice(0, -1), { kind: 'match', loc: GEN, pattern: v(VALUE_VAR), value: last }, result];
  return [
    { kind: 'module', loc: GEN, name: ctx.module },
    { kind: 'export', loc: GEN, funs: [{ name: 'e', arity: params.length }] },
    ...ctx.records,
    { kind: 'function', loc: GEN, name: 'e', arity: params.length, clauses: [{ loc: GEN, patterns: params.map(v), guards: [], body: clauseBody }] },
  ];
}

/** erlang:raise(error, undef, [{erl_eval, Name, Arity, []}]) */
function raiseUndef(loc: Loc, name: Expr, arity: Expr): Expr {
  const a = (n: string): Expr => ({ kind: 'atom', loc, name: n });
  const nil: Expr = { kind: 'nil', loc };
  const frame: Expr = { kind: 'tuple', loc, elements: [a('erl_eval'), name, arity, nil] };
  return { kind: 'call', loc, module: a('erlang'), fun: a('raise'), args: [a('error'), a('undef'), { kind: 'cons', loc, head: frame, tail: nil }] };
}

/** A copy of `node` where local calls are resolved as the shell resolves them. */
function rewriteLocalCalls(node: unknown, shellDefault: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((x) => rewriteLocalCalls(x, shellDefault));
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // Guards keep their calls: the compiler reports a local call there as erl_lint does.
  for (const k in n) out[k] = k === 'loc' || k === 'guards' ? n[k] : rewriteLocalCalls(n[k], shellDefault);
  if (out.kind === 'fun_ref' && out.module === null) {
    // erl_eval evaluates `fun f/1` by calling erl_eval:f/1, which does not exist.
    const ref = out as unknown as Expr & { kind: 'fun_ref' };
    return raiseUndef(ref.loc, ref.name, ref.arity);
  }
  if (out.kind === 'call' && out.module === null && (out.fun as Expr).kind === 'atom') {
    const call = out as unknown as Expr & { kind: 'call' };
    const name = (call.fun as { name: string }).name;
    const key = `${name}/${call.args.length}`;
    if (AUTO_IMPORTED.has(key)) return call;
    const loc = call.loc;
    const target = shellDefault.get(key);
    if (target !== undefined) return { ...call, module: { kind: 'atom', loc, name: target } };
    // erl_eval evaluates the arguments, then shell.erl raises {shell_undef, F, A, []}.
    const args: Expr = call.args.reduceRight<Expr>((tail, head) => ({ kind: 'cons', loc, head, tail }), { kind: 'nil', loc });
    const reason: Expr = { kind: 'tuple', loc, elements: [{ kind: 'atom', loc, name: 'shell_undef' }, { kind: 'atom', loc, name }, args, { kind: 'nil', loc }] };
    return { kind: 'call', loc, module: { kind: 'atom', loc, name: 'erlang' }, fun: { kind: 'atom', loc, name: 'error' }, args: [reason] };
  }
  return out;
}
