// Pattern matching compiled to test-and-extract instructions: each pattern is checked against a
// register, jumping to `fail` on the first mismatch, and binds its variables to their registers.
// Clauses are tried in order (no decision tree yet); extraction goes straight into variable
// registers where it can, so `{ok, X}` costs one test and one move.

import type { Expr, Loc } from './ast.js';
import { Label, OperandList } from './emit.js';
import type { FnCompiler } from './codegen.js';
import { constTerm } from './constants.js';
import { Atom } from '../vm/terms/atom.js';
import { Cons, NIL } from '../vm/terms/list.js';
import { ErlMap } from '../vm/terms/map.js';
import { Tuple } from '../vm/terms/tuple.js';
import { matchBinary } from './binaries.js';
import * as records from './records.js';

function containsMap(t: unknown): boolean {
  if (t instanceof ErlMap) return true;
  if (t instanceof Tuple) return t.elements.some(containsMap);
  for (let l = t; l instanceof Cons; l = l.tl) if (containsMap(l.hd)) return true;
  return false;
}

export function matchPattern(fc: FnCompiler, p: Expr, src: number, fail: Label): void {
  const { asm } = fc;
  const c = constTerm(p);
  // A map pattern matches any map with at least its keys, so a constant containing one is not
  // an exact-equality test (`#{}` matches every map).
  if (c !== undefined && !containsMap(c)) {
    if (c === NIL) asm.emit('is_nil', fail, src);
    else asm.emit('is_eq_exact', fail, src, fc.lit(c));
    return;
  }
  switch (p.kind) {
    case 'var': {
      if (p.name === '_') return;
      if (fc.bound.has(p.name)) {
        asm.emit('is_eq_exact', fail, src, fc.useVar(p));
        return;
      }
      const slot = fc.bindVar(p);
      fc.moveTo(src, slot);
      return;
    }
    case 'match':
      matchPattern(fc, p.pattern, src, fail);
      matchPattern(fc, p.value, src, fail);
      return;
    case 'tuple': {
      const n = p.elements.length;
      const first = p.elements[0];
      const tag = first !== undefined ? constTerm(first) : undefined;
      if (tag instanceof Atom) asm.emit('is_tagged_tuple', fail, src, n, fc.lit(tag));
      else asm.emit('test_arity', fail, src, n);
      for (let i = tag instanceof Atom ? 1 : 0; i < n; i++) extract(fc, p.elements[i], fail, (dst) => asm.emit('get_tuple_element', src, i, dst));
      return;
    }
    case 'cons': {
      asm.emit('is_nonempty_list', fail, src);
      const hWild = isWild(p.head);
      const tWild = isWild(p.tail);
      if (!hWild) extract(fc, p.head, fail, (dst) => asm.emit('get_hd', src, dst));
      if (!tWild) extract(fc, p.tail, fail, (dst) => asm.emit('get_tl', src, dst));
      return;
    }
    case 'binop':
      if (p.op === '++') {
        const prefix = constTerm(p.left);
        const chars = stringChars(prefix);
        if (chars !== null) {
          matchPattern(fc, prependChars(chars, p.right, p.loc), src, fail);
          return;
        }
      }
      fc.error(p.loc, 'illegal pattern');
      return;
    case 'map': {
      if (p.base !== null) {
        fc.error(p.loc, 'illegal pattern');
        return;
      }
      asm.emit('is_map', fail, src);
      if (p.fields.length === 0) return;
      const save = fc.tmp;
      const items: number[] = [];
      const values: [Expr, number][] = [];
      for (const f of p.fields) {
        if (f.op !== ':=') fc.error(f.loc, 'only association operators \':=\' are allowed in map patterns');
        const key = keyOperand(fc, f.key);
        const r = fc.alloc();
        items.push(key, r);
        values.push([f.value, r]);
      }
      asm.emit('get_map_elements', fail, src, new OperandList(items));
      for (const [v, r] of values) matchPattern(fc, v, r, fail);
      fc.tmp = Math.max(save, fc.tmp);
      return;
    }
    case 'record':
      matchPattern(fc, records.patternAsTuple(fc, p), src, fail);
      return;
    case 'record_index':
      matchPattern(fc, { kind: 'integer', loc: p.loc, value: records.fieldIndex(fc, p.record, p.field, p.loc) }, src, fail);
      return;
    case 'bin':
      matchBinary(fc, p, src, fail);
      return;
    default:
      fc.error(p.loc, 'illegal pattern');
  }
}

function isWild(p: Expr): boolean {
  return p.kind === 'var' && p.name === '_';
}

/**
 * Extracts a sub-term with `get` and matches it: an unbound variable receives it directly, a
 * wildcard skips it, anything else goes through a temporary.
 */
function extract(fc: FnCompiler, p: Expr, fail: Label, get: (dst: number) => void): void {
  if (isWild(p)) return;
  if (p.kind === 'var' && !fc.bound.has(p.name)) {
    get(fc.bindVar(p));
    return;
  }
  const r = fc.alloc();
  get(r);
  matchPattern(fc, p, r, fail);
}

/** A map key in a pattern: a literal or a bound variable (any guard expression in OTP 25). */
function keyOperand(fc: FnCompiler, k: Expr): number {
  const c = constTerm(k);
  if (c !== undefined) return fc.lit(c);
  if (k.kind === 'var') return fc.useVar(k);
  return fc.expr(k);
}

function stringChars(t: unknown): number[] | null {
  const out: number[] = [];
  let l = t as { hd: unknown; tl: unknown };
  while (l !== (NIL as unknown)) {
    if (l === undefined || typeof l !== 'object' || !('hd' in l) || typeof l.hd !== 'number') return null;
    out.push(l.hd);
    l = l.tl as typeof l;
  }
  return out;
}

function prependChars(chars: number[], tail: Expr, loc: Loc): Expr {
  let e = tail;
  for (let i = chars.length - 1; i >= 0; i--) e = { kind: 'cons', loc, head: { kind: 'integer', loc, value: chars[i] }, tail: e };
  return e;
}

