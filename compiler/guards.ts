// Guards compiled to tests that jump to the clause's fail label. Type tests and comparisons become
// single test instructions; anything else is evaluated (BIFs jump to the fail label instead of
// raising, as an exception in a guard only makes it false) and compared with `true`.

import type { Expr, Guard } from './ast.js';
import { Label } from './emit.js';
import type { FnCompiler } from './codegen.js';
import { constTerm } from './constants.js';
import { GUARD_BIFS, GUARD_OPERATORS } from './bifs.js';
import { atom, TRUE, FALSE } from '../vm/terms/atom.js';
import type { OpName } from '../vm/isa/opcodes.js';
import * as records from './records.js';
import { forEachVar } from './vars.js';

const TYPE_TESTS: Record<string, OpName> = {
  is_integer: 'is_integer', is_float: 'is_float', is_number: 'is_number', is_atom: 'is_atom',
  is_boolean: 'is_boolean', is_pid: 'is_pid', is_reference: 'is_reference', is_port: 'is_port',
  is_function: 'is_function', is_binary: 'is_binary', is_bitstring: 'is_bitstring', is_list: 'is_list',
  is_tuple: 'is_tuple', is_map: 'is_map',
};

const COMPARISONS: Record<string, [OpName, boolean]> = {
  '=:=': ['is_eq_exact', false], '=/=': ['is_ne_exact', false], '==': ['is_eq', false],
  '/=': ['is_ne', false], '<': ['is_lt', false], '>=': ['is_ge', false], '>': ['is_lt', true],
  '=<': ['is_ge', true],
};

export function guardSequence(fc: FnCompiler, guards: Guard, fail: Label): void {
  if (guards.length === 0) return;
  const ok = new Label();
  guards.forEach((conj, i) => {
    const last = i === guards.length - 1;
    const next = last ? fail : new Label();
    const save = fc.tmp;
    for (const test of conj) guardTest(fc, test, next);
    fc.tmp = save;
    if (!last) {
      fc.asm.emit('jump', ok);
      fc.asm.bind(next);
    }
  });
  fc.asm.bind(ok);
}

/** Emits code that falls through when `e` is true and jumps to `fail` otherwise. */
export function guardTest(fc: FnCompiler, e: Expr, fail: Label): void {
  const { asm } = fc;
  const c = constTerm(e);
  if (c !== undefined) {
    if (c !== TRUE) asm.emit('jump', fail);
    return;
  }
  if (e.kind === 'call' && isErlangCall(e)) {
    const name = (e.fun as { name: string }).name;
    const n = e.args.length;
    if (n === 1 && TYPE_TESTS[name]) {
      asm.emit(TYPE_TESTS[name], fail, guardValue(fc, e.args[0], fail));
      return;
    }
    if (name === 'is_function' && n === 2) {
      asm.emit('is_function2', fail, guardValue(fc, e.args[0], fail), guardValue(fc, e.args[1], fail));
      return;
    }
    const size = name === 'is_record' ? records.isRecordSize(fc, e.args, e.loc) : null;
    if (size !== null && e.args[1].kind === 'atom') {
      asm.emit('is_tagged_tuple', fail, guardValue(fc, e.args[0], fail), size, fc.lit(atom(e.args[1].name)));
      return;
    }
  }
  if (e.kind === 'binop') {
    const cmp = COMPARISONS[e.op];
    if (cmp) {
      const save = fc.tmp;
      const a = guardValue(fc, e.left, fail);
      const b = guardValue(fc, e.right, fail);
      fc.tmp = save;
      const [op, swap] = cmp;
      asm.emit(op, fail, swap ? b : a, swap ? a : b);
      return;
    }
    if (e.op === 'andalso' || e.op === 'and') {
      guardTest(fc, e.left, fail);
      guardTest(fc, e.right, fail);
      return;
    }
    if (e.op === 'orelse' || e.op === 'or') {
      const ok = new Label();
      const tryRight = new Label();
      guardTest(fc, e.left, tryRight);
      asm.emit('jump', ok);
      asm.bind(tryRight);
      guardTest(fc, e.right, fail);
      asm.bind(ok);
      return;
    }
  }
  if (e.kind === 'unop' && e.op === 'not') {
    asm.emit('is_eq_exact', fail, guardValue(fc, e.operand, fail), fc.lit(FALSE));
    return;
  }
  asm.emit('is_eq_exact', fail, guardValue(fc, e, fail), fc.lit(TRUE));
}

/** Evaluates a guard expression; failures jump to `fail`. */
export function guardValue(fc: FnCompiler, e: Expr, fail: Label): number {
  const bad = firstIllegal(fc, e);
  if (bad !== null) {
    fc.error(bad.loc, illegalMessage(fc, bad));
    forEachVar(e, (v) => {
      if (fc.bound.has(v)) fc.uses.set(v, (fc.uses.get(v) ?? 0) + 1);
    }, false);
    return fc.lit(FALSE);
  }
  const outer = fc.guardFail;
  fc.guardFail = fail;
  const v = fc.expr(e);
  fc.guardFail = outer;
  return v;
}

function isErlangCall(e: Expr & { kind: 'call' }): boolean {
  if (e.fun.kind !== 'atom') return false;
  if (e.module === null) return true;
  return e.module.kind === 'atom' && e.module.name === 'erlang';
}

/** Whether `e` is allowed in a guard: literals, variables, guard BIFs and operators, records, maps. */
export function isGuardExpr(fc: FnCompiler, e: Expr): boolean {
  switch (e.kind) {
    case 'integer': case 'float': case 'atom': case 'string': case 'nil': case 'var':
    case 'record_index':
      return true;
    case 'cons':
      return isGuardExpr(fc, e.head) && isGuardExpr(fc, e.tail);
    case 'tuple':
      return e.elements.every((x) => isGuardExpr(fc, x));
    case 'map':
      return (e.base === null || isGuardExpr(fc, e.base)) && e.fields.every((f) => isGuardExpr(fc, f.key) && isGuardExpr(fc, f.value));
    case 'record':
      return e.base === null && e.fields.every((f) => isGuardExpr(fc, f.value));
    case 'record_field':
      return isGuardExpr(fc, e.expr);
    case 'bin':
      return e.segments.every((s) => isGuardExpr(fc, s.value) && (s.size === null || isGuardExpr(fc, s.size)));
    case 'binop':
      return e.op !== '!' && GUARD_OPERATORS.has(`${e.op}/2`) || e.op === 'andalso' || e.op === 'orelse'
        ? isGuardExpr(fc, e.left) && isGuardExpr(fc, e.right)
        : false;
    case 'unop':
      return isGuardExpr(fc, e.operand);
    case 'call': {
      if (!isErlangCall(e)) return false;
      const name = (e.fun as { name: string }).name;
      const key = `${name}/${e.args.length}`;
      if (e.module === null && fc.mod.localFuns.has(key)) return false;
      return GUARD_BIFS.has(key) && e.args.every((a) => isGuardExpr(fc, a));
    }
    default:
      return false;
  }
}

/** The first subexpression of `e` that may not appear in a guard, or null. */
function firstIllegal(fc: FnCompiler, e: Expr): Expr | null {
  if (isGuardExpr(fc, e)) return null;
  const children: Expr[] = [];
  switch (e.kind) {
    case 'binop': children.push(e.left, e.right); break;
    case 'unop': children.push(e.operand); break;
    case 'tuple': children.push(...e.elements); break;
    case 'cons': children.push(e.head, e.tail); break;
    case 'call': children.push(...e.args); break;
  }
  for (const c of children) {
    const bad = firstIllegal(fc, c);
    if (bad !== null) return bad;
  }
  return e;
}

/** erl_lint's words for an illegal guard expression. */
function illegalMessage(fc: FnCompiler, e: Expr): string {
  if (e.kind === 'call' && e.fun.kind === 'atom') {
    const n = e.args.length;
    if (e.module === null) {
      const key = `${e.fun.name}/${n}`;
      if (fc.mod.localFuns.has(key) || fc.mod.imports.has(key)) return `call to local/imported function ${key} is illegal in guard`;
    } else if (e.module.kind === 'atom') {
      return `call to ${e.module.name}:${e.fun.name}/${n} is illegal in guard`;
    }
  }
  return 'illegal guard expression';
}
