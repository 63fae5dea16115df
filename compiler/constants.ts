// Constant folding of literal terms: an expression made only of literals becomes one literal
// (shared in the module's literal table) instead of code that builds it at run time.
// Only operations that cannot fail are folded, so run-time errors keep their run-time behaviour.

import type { Expr } from './ast.js';
import { atom } from '../vm/terms/atom.js';
import { ErlFloat } from '../vm/terms/float.js';
import { normInt } from '../vm/terms/integer.js';
import { Cons, NIL, stringToList } from '../vm/terms/list.js';
import { mapFromPairs } from '../vm/terms/map.js';
import { Tuple } from '../vm/terms/tuple.js';

const memo = new WeakMap<Expr, unknown>();
const NOT_CONST = Symbol('not constant');

/** The term `e` denotes if it is a constant, else undefined. */
export function constTerm(e: Expr): unknown {
  let v = memo.get(e);
  if (v === undefined) {
    v = compute(e);
    memo.set(e, v);
  }
  return v === NOT_CONST ? undefined : v;
}

function compute(e: Expr): unknown {
  switch (e.kind) {
    case 'integer':
      return e.value;
    case 'float':
      return new ErlFloat(e.value);
    case 'atom':
      return atom(e.name);
    case 'string':
      return stringToList(e.value);
    case 'nil':
      return NIL;
    case 'cons': {
      const h = constTerm(e.head);
      if (h === undefined) return NOT_CONST;
      const t = constTerm(e.tail);
      return t === undefined ? NOT_CONST : new Cons(h, t);
    }
    case 'tuple': {
      const items: unknown[] = [];
      for (const x of e.elements) {
        const c = constTerm(x);
        if (c === undefined) return NOT_CONST;
        items.push(c);
      }
      return new Tuple(items);
    }
    case 'map': {
      if (e.base !== null) return NOT_CONST;
      const pairs: [unknown, unknown][] = [];
      for (const f of e.fields) {
        if (f.op !== '=>') return NOT_CONST;
        const k = constTerm(f.key);
        const v = constTerm(f.value);
        if (k === undefined || v === undefined) return NOT_CONST;
        pairs.push([k, v]);
      }
      return mapFromPairs(pairs);
    }
    case 'unop': {
      const x = constTerm(e.operand);
      if (e.op === '-' || e.op === '+') {
        const sign = e.op === '-' ? -1 : 1;
        if (typeof x === 'number') return sign * x === 0 ? 0 : sign * x;
        if (typeof x === 'bigint') return normInt(BigInt(sign) * x);
        if (x instanceof ErlFloat) return new ErlFloat(sign * x.value);
      }
      return NOT_CONST;
    }
    case 'binop': {
      if (e.op !== '+' && e.op !== '-' && e.op !== '*') return NOT_CONST;
      const a = constTerm(e.left);
      const b = constTerm(e.right);
      if ((typeof a !== 'number' && typeof a !== 'bigint') || (typeof b !== 'number' && typeof b !== 'bigint')) return NOT_CONST;
      const x = BigInt(a);
      const y = BigInt(b);
      return normInt(e.op === '+' ? x + y : e.op === '-' ? x - y : x * y);
    }
    default:
      return NOT_CONST;
  }
}
