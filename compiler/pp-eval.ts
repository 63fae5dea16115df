// Constant evaluation for the preprocessor: the condition of -if/-elif (a guard expression where
// `defined(M)` asks about macros) and the term of -error/-warning. It plays the part of epp's
// erl_eval call, so it knows literals, operators and a handful of guard BIFs; anything it cannot
// evaluate counts as false, as a failing guard does in epp. It must not grow into an interpreter.

import type { Expr } from './ast.js';
import { formatFloat, writeAtom, writeString } from './lexer.js';

/** Terms the evaluator computes with: integers as bigints, lists with an optional improper tail. */
export type Term =
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'atom'; v: string }
  | { t: 'list'; items: Term[]; tail: Term | null }
  | { t: 'tuple'; items: Term[] };

/** The condition is not a guard expression (epp: "badly formed 'if'"). */
export class IfConditionError {}
/** Evaluation failed: the condition is false. */
class EvalFailure {}

const TRUE: Term = { t: 'atom', v: 'true' };
const FALSE: Term = { t: 'atom', v: 'false' };
const bool = (b: boolean): Term => (b ? TRUE : FALSE);

/** BIFs that are not allowed in guards (a sample of erl_internal:bif/2 minus guard_bif/2). */
const NON_GUARD_BIFS = new Set([
  'atom_to_list', 'list_to_atom', 'integer_to_list', 'list_to_integer', 'binary_to_list', 'list_to_binary',
  'tuple_to_list', 'list_to_tuple', 'atom_to_binary', 'binary_to_atom', 'apply', 'spawn', 'spawn_link',
  'exit', 'throw', 'error', 'put', 'get', 'erase', 'halt', 'term_to_binary', 'binary_to_term', 'open_port',
  'register', 'unregister', 'whereis', 'process_flag', 'link', 'unlink', 'make_ref', 'send', 'display',
]);

/**
 * The value of an -if condition: true only if it evaluates to the atom `true`. Throws
 * IfConditionError when the expression is not a guard (epp's assert_guard_expr).
 */
export function evalIfCondition(e: Expr, isDefined: (name: string) => boolean): boolean {
  checkGuard(e);
  try {
    const v = evaluate(e, isDefined);
    return v.t === 'atom' && v.v === 'true';
  } catch (err) {
    if (err instanceof EvalFailure || err instanceof RangeError) return false;
    throw err;
  }
}

/** epp's assert_guard_expr, roughly: guard-shaped expressions, no calls to non-guard BIFs. */
function checkGuard(e: Expr): void {
  switch (e.kind) {
    case 'integer': case 'float': case 'atom': case 'string': case 'var': case 'nil':
      return;
    case 'cons': checkGuard(e.head); checkGuard(e.tail); return;
    case 'tuple': e.elements.forEach(checkGuard); return;
    case 'unop': checkGuard(e.operand); return;
    case 'binop':
      if (e.op === '!') throw new IfConditionError();
      checkGuard(e.left); checkGuard(e.right); return;
    case 'call': {
      const name = e.fun.kind === 'atom' ? e.fun.name : null;
      if (e.module === null && name === 'defined') return;
      if (e.module === null && name !== null && NON_GUARD_BIFS.has(name)) throw new IfConditionError();
      if (e.module !== null || name === null) throw new IfConditionError();
      e.args.forEach(checkGuard);
      return;
    }
    default:
      throw new IfConditionError();
  }
}

/** erl_eval for the subset above; `defined(M)` answers whether macro M exists at this point. */
function evaluate(e: Expr, isDefined: (name: string) => boolean): Term {
  const ev = (x: Expr): Term => evaluate(x, isDefined);
  switch (e.kind) {
    case 'integer': return { t: 'int', v: BigInt(e.value) };
    case 'float': return { t: 'float', v: e.value };
    case 'atom': return { t: 'atom', v: e.name };
    case 'string': return stringTerm(e.value);
    case 'nil': return { t: 'list', items: [], tail: null };
    case 'cons': return consTerm(ev(e.head), ev(e.tail));
    case 'tuple': return { t: 'tuple', items: e.elements.map(ev) };
    case 'unop': return unop(e.op, ev(e.operand));
    case 'binop': {
      if (e.op === 'andalso' || e.op === 'orelse') {
        const l = ev(e.left);
        if (l.t !== 'atom' || (l.v !== 'true' && l.v !== 'false')) throw new EvalFailure();
        if ((l.v === 'true') === (e.op === 'orelse')) return l;
        return ev(e.right);
      }
      return binop(e.op, ev(e.left), ev(e.right));
    }
    case 'call': {
      const name = e.fun.kind === 'atom' ? e.fun.name : '';
      if (name === 'defined' && e.args.length === 1) {
        const a = e.args[0];
        if (a.kind === 'atom' || a.kind === 'var') return bool(isDefined(a.name));
        throw new IfConditionError();
      }
      return callBif(name, e.args.map(ev));
    }
    default:
      throw new EvalFailure();
  }
}

function stringTerm(s: string): Term {
  return { t: 'list', items: Array.from(s, (c) => ({ t: 'int', v: BigInt(c.codePointAt(0)!) }) as Term), tail: null };
}

function consTerm(h: Term, tl: Term): Term {
  if (tl.t === 'list') return { t: 'list', items: [h, ...tl.items], tail: tl.tail };
  return { t: 'list', items: [h], tail: tl };
}

const num = (x: Term): number => (x.t === 'int' ? Number(x.v) : x.t === 'float' ? x.v : fail());
const fail = (): never => { throw new EvalFailure(); };
const isNum = (x: Term): boolean => x.t === 'int' || x.t === 'float';

/** Unary operators; anything that would raise in Erlang fails the evaluation. */
function unop(op: string, x: Term): Term {
  if (op === 'not') return x.t === 'atom' && (x.v === 'true' || x.v === 'false') ? bool(x.v === 'false') : fail();
  if (op === 'bnot') return x.t === 'int' ? { t: 'int', v: ~x.v } : fail();
  if (x.t === 'int') return { t: 'int', v: op === '-' ? -x.v : x.v };
  if (x.t === 'float') return { t: 'float', v: op === '-' ? -x.v : x.v };
  return fail();
}

/** Binary operators: comparisons on any terms, boolean operators, then integer and float arithmetic. */
function binop(op: string, a: Term, b: Term): Term {
  switch (op) {
    case '==': return bool(compare(a, b, false) === 0);
    case '/=': return bool(compare(a, b, false) !== 0);
    case '=:=': return bool(compare(a, b, true) === 0);
    case '=/=': return bool(compare(a, b, true) !== 0);
    case '<': return bool(compare(a, b, false) < 0);
    case '>': return bool(compare(a, b, false) > 0);
    case '=<': return bool(compare(a, b, false) <= 0);
    case '>=': return bool(compare(a, b, false) >= 0);
    case 'and': case 'or': case 'xor': {
      if (a.t !== 'atom' || b.t !== 'atom') return fail();
      const x = a.v === 'true';
      const y = b.v === 'true';
      return bool(op === 'and' ? x && y : op === 'or' ? x || y : x !== y);
    }
  }
  if (a.t === 'int' && b.t === 'int') {
    switch (op) {
      case '+': return { t: 'int', v: a.v + b.v };
      case '-': return { t: 'int', v: a.v - b.v };
      case '*': return { t: 'int', v: a.v * b.v };
      case 'div': return b.v === 0n ? fail() : { t: 'int', v: a.v / b.v };
      case 'rem': return b.v === 0n ? fail() : { t: 'int', v: a.v % b.v };
      case 'band': return { t: 'int', v: a.v & b.v };
      case 'bor': return { t: 'int', v: a.v | b.v };
      case 'bxor': return { t: 'int', v: a.v ^ b.v };
      case 'bsl': return { t: 'int', v: a.v << b.v };
      case 'bsr': return { t: 'int', v: a.v >> b.v };
    }
  }
  if (isNum(a) && isNum(b)) {
    switch (op) {
      case '+': return { t: 'float', v: num(a) + num(b) };
      case '-': return { t: 'float', v: num(a) - num(b) };
      case '*': return { t: 'float', v: num(a) * num(b) };
      case '/': return num(b) === 0 ? fail() : { t: 'float', v: num(a) / num(b) };
    }
  }
  return fail();
}

/** Term order for the kinds this evaluator knows: number < atom < tuple < list. */
function compare(a: Term, b: Term, exact: boolean): number {
  const rank = (x: Term): number => (isNum(x) ? 0 : x.t === 'atom' ? 1 : x.t === 'tuple' ? 2 : 3);
  if (isNum(a) && isNum(b)) {
    if (exact && a.t !== b.t) return a.t === 'int' ? -1 : 1;
    if (a.t === 'int' && b.t === 'int') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    return Math.sign(num(a) - num(b));
  }
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.t === 'atom' && b.t === 'atom') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  if (a.t === 'tuple' && b.t === 'tuple') {
    if (a.items.length !== b.items.length) return a.items.length - b.items.length;
    for (let i = 0; i < a.items.length; i++) {
      const c = compare(a.items[i], b.items[i], exact);
      if (c !== 0) return c;
    }
    return 0;
  }
  if (a.t === 'list' && b.t === 'list') {
    for (let i = 0; i < Math.min(a.items.length, b.items.length); i++) {
      const c = compare(a.items[i], b.items[i], exact);
      if (c !== 0) return c;
    }
    if (a.items.length !== b.items.length || a.tail !== null || b.tail !== null) {
      return a.items.length - b.items.length || (a.tail ? 1 : 0) - (b.tail ? 1 : 0);
    }
    return 0;
  }
  return 0;
}

/** The guard BIFs an -if condition is likely to use; others make the condition false. */
function callBif(name: string, args: Term[]): Term {
  const [a, b] = args;
  switch (`${name}/${args.length}`) {
    case 'is_atom/1': return bool(a.t === 'atom');
    case 'is_integer/1': return bool(a.t === 'int');
    case 'is_float/1': return bool(a.t === 'float');
    case 'is_number/1': return bool(isNum(a));
    case 'is_list/1': return bool(a.t === 'list');
    case 'is_tuple/1': return bool(a.t === 'tuple');
    case 'is_boolean/1': return bool(a.t === 'atom' && (a.v === 'true' || a.v === 'false'));
    case 'abs/1': return a.t === 'int' ? { t: 'int', v: a.v < 0n ? -a.v : a.v } : { t: 'float', v: Math.abs(num(a)) };
    case 'length/1': return a.t === 'list' && a.tail === null ? { t: 'int', v: BigInt(a.items.length) } : fail();
    case 'tuple_size/1': case 'size/1': return a.t === 'tuple' ? { t: 'int', v: BigInt(a.items.length) } : fail();
    case 'element/2':
      return a.t === 'int' && b.t === 'tuple' && a.v >= 1n && a.v <= BigInt(b.items.length) ? b.items[Number(a.v) - 1] : fail();
    case 'hd/1': return a.t === 'list' && a.items.length > 0 ? a.items[0] : fail();
    case 'min/2': return compare(a, b, false) <= 0 ? a : b;
    case 'max/2': return compare(a, b, false) >= 0 ? a : b;
    default: return fail();
  }
}

/** The term a literal expression denotes (erl_parse:normalise/1), or null if it is not one. */
export function literalTerm(e: Expr): Term | null {
  switch (e.kind) {
    case 'integer': return { t: 'int', v: BigInt(e.value) };
    case 'float': return { t: 'float', v: e.value };
    case 'atom': return { t: 'atom', v: e.name };
    case 'string': return stringTerm(e.value);
    case 'nil': return { t: 'list', items: [], tail: null };
    case 'cons': {
      const h = literalTerm(e.head);
      const tl = literalTerm(e.tail);
      return h && tl ? consTerm(h, tl) : null;
    }
    case 'tuple': {
      const items = e.elements.map(literalTerm);
      return items.every((x) => x !== null) ? { t: 'tuple', items: items as Term[] } : null;
    }
    case 'unop':
      if ((e.op === '-' || e.op === '+') && (e.operand.kind === 'integer' || e.operand.kind === 'float')) {
        return unop(e.op, literalTerm(e.operand)!);
      }
      return null;
    default:
      return null;
  }
}

/** Prints a term roughly as `~tp` does for short terms (printable lists as strings). */
export function formatTerm(x: Term): string {
  switch (x.t) {
    case 'int': return x.v.toString();
    case 'float': return formatFloat(x.v);
    case 'atom': return writeAtom(x.v);
    case 'tuple': return '{' + x.items.map(formatTerm).join(',') + '}';
    case 'list': {
      if (x.tail === null && x.items.length > 0 && x.items.every(isPrintableChar)) {
        return writeString(String.fromCodePoint(...x.items.map((c) => Number((c as { v: bigint }).v))));
      }
      const body = x.items.map(formatTerm).join(',');
      return '[' + body + (x.tail ? '|' + formatTerm(x.tail) : '') + ']';
    }
  }
}

function isPrintableChar(c: Term): boolean {
  if (c.t !== 'int') return false;
  const v = Number(c.v);
  return (v >= 32 && v <= 126) || (v >= 160 && v <= 0x10ffff) || v === 10 || v === 9 || v === 13;
}
