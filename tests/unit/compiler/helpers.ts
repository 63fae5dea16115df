// Test helpers for the front end: parse a source and look at forms, expressions and diagnostics.

import type { Expr, Form, FunctionForm } from '../../../compiler/ast.js';
import { renderDiagnostic } from '../../../compiler/diagnostics.js';
import { parseModule, type ParseOptions } from '../../../compiler/parse.js';
import { formSexpr, sexpr } from './sexpr.js';

export function parse(src: string, opts: ParseOptions = {}, file = 't.erl'): { forms: Form[]; errors: string[] } {
  const r = parseModule(src, file, opts);
  return { forms: r.ast.forms, errors: r.diagnostics.map(renderDiagnostic) };
}

/** The diagnostics of a source, rendered as erlc prints them. */
export function errors(src: string, opts: ParseOptions = {}): string[] {
  return parse(src, opts).errors;
}

/** Forms as s-expressions, asserting there are no diagnostics. */
export function forms(src: string, opts: ParseOptions = {}): string[] {
  const r = parse(src, opts);
  if (r.errors.length > 0) throw new Error(r.errors.join('\n'));
  return r.forms.map(formSexpr);
}

/** The body of `f() -> SRC.` as s-expressions, asserting there are no diagnostics. */
export function body(src: string): string {
  const r = parse(`f() -> ${src}.\n`);
  if (r.errors.length > 0) throw new Error(r.errors.join('\n'));
  return (r.forms[0] as FunctionForm).clauses[0].body.map(sexpr).join(', ');
}

/** The first body expression of `f() -> SRC.` as a node. */
export function expr(src: string): Expr {
  const r = parse(`f() -> ${src}.\n`);
  if (r.errors.length > 0) throw new Error(r.errors.join('\n'));
  return (r.forms[0] as FunctionForm).clauses[0].body[0];
}
