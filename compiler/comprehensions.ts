// List and binary comprehensions, compiled as BEAM does: one generated local function per
// generator, each recursing over its list and continuing with the next generator; the innermost
// conses the template onto the rest, and an exhausted inner generator resumes its outer one.
// Generated functions take the free variables as extra arguments. Generator patterns that would
// shadow a variable already in scope are renamed first, so nothing is ever shadowed.

import type { BinExpr, Clause, ComprehensionExpr, Expr, Loc, Qualifier } from './ast.js';
import type { FnCompiler } from './codegen.js';
import { forEachVar, varsOf } from './vars.js';
import { isGuardExpr } from './guards.js';

type Gen = { kind: 'generate' | 'bgenerate'; pattern: Expr; expr: Expr; filters: Expr[]; loc: Loc };

export function compileComprehension(fc: FnCompiler, e: ComprehensionExpr, dst?: number): number {
  const n = fc.mod.lcCount++;
  const { template, qualifiers } = renameShadowed(fc, e, fc.bound, n);
  const loc = e.loc;

  const leading: Expr[] = [];
  const gens: Gen[] = [];
  for (const q of qualifiers) {
    if (q.kind === 'filter') {
      if (gens.length === 0) leading.push(q.expr);
      else gens[gens.length - 1].filters.push(q.expr);
    } else gens.push({ kind: q.kind, pattern: q.pattern, expr: q.expr, filters: [], loc: q.loc });
  }

  // Free variables: mentioned inside and bound here.
  const mentioned = new Set(varsOf(qualifiers as unknown as Expr[], true));
  for (const v of varsOf(template, true)) mentioned.add(v);
  const free = [...mentioned].filter((v) => fc.bound.has(v));

  let body: Expr;
  if (gens.length === 0) {
    body = { kind: 'cons', loc, head: template, tail: { kind: 'nil', loc } };
  } else {
    const names = gens.map((_, i) => `-${fc.job.owner}-lc$^${n}/${i + 1}-${i}-`);
    const ctx: string[][] = [];
    let scope = [...free];
    gens.forEach((g) => {
      ctx.push(scope);
      scope = [...scope, ...varsOf(g.pattern, false).filter((v) => !scope.includes(v))];
    });
    const tails = gens.map((_, i) => `T@lc${n}_${i}`);
    gens.forEach((g, i) => {
      const clauses = generatorClauses(fc, g, i, gens, names, ctx, tails, template, loc);
      const arity = clauses[0].patterns.length;
      fc.mod.addGenerated(names[i], arity, clauses, fc.job.owner, new Set(varsOf(g.pattern, false)));
    });
    body = call(names[0], [gens[0].expr, ...ctx[0].map((v) => variable(v, loc))], loc);
  }
  for (const f of [...leading].reverse()) body = filterExpr(fc, f, body, { kind: 'nil', loc }, loc);
  if (e.kind === 'bc') {
    body = { kind: 'call', loc, module: atomLit('erlang', loc), fun: atomLit('list_to_bitstring', loc), args: [body] };
  }
  return fc.expr(body, dst);
}

function generatorClauses(
  fc: FnCompiler, g: Gen, i: number, gens: Gen[], names: string[], ctx: string[][], tails: string[], template: Expr, loc: Loc,
): Clause[] {
  const v = (name: string) => variable(name, loc);
  const outerTails = tails.slice(0, i).map(v);
  const ctxVars = ctx[i].map(v);
  const t = v(tails[i]);
  const self = (list: Expr) => call(names[i], [list, ...outerTails, ...ctxVars], loc);
  const skip = self(t);
  const finished: Expr = i === 0
    ? { kind: 'nil', loc }
    : call(names[i - 1], [v(tails[i - 1]), ...tails.slice(0, i - 1).map(v), ...ctx[i - 1].map(v)], loc);
  const cont: Expr = i === gens.length - 1
    ? { kind: 'cons', loc, head: template, tail: skip }
    : call(names[i + 1], [gens[i + 1].expr, ...outerTails, t, ...ctx[i + 1].map(v)], loc);
  let matched = cont;
  for (const f of [...g.filters].reverse()) matched = filterExpr(fc, f, matched, skip, f.loc);
  const other = v(`X@lc${tails[i]}`);
  const badGenerator: Expr = call('error', [{ kind: 'tuple', loc, elements: [atomLit('bad_generator', loc), other] }], loc, 'erlang');
  const head = (first: Expr): Expr[] => [first, ...outerTails, ...ctxVars];
  if (g.kind === 'generate') {
    return [
      clause(head({ kind: 'cons', loc, head: g.pattern, tail: t }), matched),
      clause(head({ kind: 'cons', loc, head: variable('_', loc), tail: t }), skip),
      clause(head({ kind: 'nil', loc }), finished),
      clause(head(other), badGenerator),
    ];
  }
  const pat = g.pattern as BinExpr;
  const rest = { loc, value: t, size: null, types: [{ name: 'bitstring', value: null }] };
  const wildSegs = pat.segments.map((s) => ({ ...s, value: variable('_', loc) }));
  return [
    clause(head({ kind: 'bin', loc, segments: [...pat.segments, rest] }), matched),
    clause(head({ kind: 'bin', loc, segments: [...wildSegs, rest] }), skip),
    clause(head({ kind: 'bin', loc, segments: [{ loc, value: variable('_', loc), size: null, types: [{ name: 'bitstring', value: null }] }] }), finished),
    clause(head(other), badGenerator),
  ];
}

/**
 * `then` when filter `f` holds, else `otherwise`. A guard filter is tested as a guard (an exception
 * means false); any other filter must be a boolean ({bad_filter, V} otherwise).
 */
function filterExpr(fc: FnCompiler, f: Expr, then: Expr, otherwise: Expr, loc: Loc): Expr {
  if (isGuardExpr(fc, f)) {
    return { kind: 'if', loc, clauses: [
      { loc, patterns: [], guards: [[f]], body: [then] },
      { loc, patterns: [], guards: [[atomLit('true', loc)]], body: [otherwise] },
    ] };
  }
  const other = variable(`F@lc${loc.line}_${loc.col}`, loc);
  return { kind: 'case', loc, expr: f, clauses: [
    { loc, patterns: [atomLit('true', loc)], guards: [], body: [then] },
    { loc, patterns: [atomLit('false', loc)], guards: [], body: [otherwise] },
    { loc, patterns: [other], guards: [], body: [call('error', [{ kind: 'tuple', loc, elements: [atomLit('bad_filter', loc), other] }], loc, 'erlang')] },
  ] };
}

function clause(patterns: Expr[], body: Expr): Clause {
  return { loc: patterns[0].loc, patterns, guards: [], body: [body] };
}

function variable(name: string, loc: Loc): Expr {
  return { kind: 'var', loc, name };
}

function atomLit(name: string, loc: Loc): Expr {
  return { kind: 'atom', loc, name };
}

function call(name: string, args: Expr[], loc: Loc, module?: string): Expr {
  return { kind: 'call', loc, module: module ? atomLit(module, loc) : null, fun: atomLit(name, loc), args };
}

// ---- renaming shadowed generator variables ----

function renameShadowed(fc: FnCompiler, e: ComprehensionExpr, bound: Set<string>, n: number): { template: Expr; qualifiers: Qualifier[] } {
  const scope = new Set(bound);
  let qualifiers = e.qualifiers;
  let template = e.template;
  for (let i = 0; i < qualifiers.length; i++) {
    const q = qualifiers[i];
    if (q.kind === 'filter') continue;
    const map = new Map<string, string>();
    forEachVar(q.pattern, (v, node) => {
      if (!scope.has(v) || map.has(v)) return;
      map.set(v, `${v}@lc${n}_${i}`);
      if (bound.has(v)) fc.mod.diags.warning(node.loc, `variable '${v}' shadowed in generate`);
    }, false);
    if (map.size > 0) {
      const pattern = rename(q.pattern, map);
      qualifiers = [...qualifiers.slice(0, i), { ...q, pattern }, ...qualifiers.slice(i + 1).map((x) => rename(x, map))];
      template = rename(template, map);
    }
    for (const v of varsOf((qualifiers[i] as { pattern: Expr }).pattern, false)) scope.add(v);
  }
  return { template, qualifiers };
}

function rename<T>(node: T, map: Map<string, string>): T {
  if (Array.isArray(node)) return node.map((x) => rename(x, map)) as T;
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  if (n.kind === 'var') {
    const to = map.get(n.name as string);
    return (to === undefined ? node : { ...n, name: to }) as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in n) out[k] = k === 'loc' ? n[k] : rename(n[k], map);
  return out as T;
}
