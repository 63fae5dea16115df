// Match specifications ([{Head, Guards, Body}]) as ETS uses them: compiled once per call into a
// small tree (heads with numbered variable slots, guard and body expressions with their BIFs
// resolved), then run against each object. An invalid specification compiles to null (the caller
// raises badarg). Guard failures make the clause fail; a body failure yields the atom 'EXIT', as
// in OTP. Guard functions are the registry's own BIFs, so their semantics match compiled guards.

import { atom, Atom, FALSE, TRUE } from '../../../vm/terms/atom.js';
import { Cons, NIL } from '../../../vm/terms/list.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { ErlMap, mapFromPairs } from '../../../vm/terms/map.js';
import { eqExact } from '../../../vm/terms/compare.js';
import { lookupBif, type BifEntry } from '../../registry.js';
import { FAIL, type BifContext } from '../../bif.js';

/** A '$N' variable of a head, as its slot number. */
class Var {
  constructor(readonly slot: number) {}
}
const WILD = Symbol('_');

const enum X { Const, Var, Whole, All, Call, Tuple, List, Map, AndAlso, OrElse, Self }

type Expr =
  | { k: X.Const; v: unknown }
  | { k: X.Var; slot: number }
  | { k: X.Whole }
  | { k: X.All }
  | { k: X.Call; bif: BifEntry; args: Expr[]; typeTest: boolean }
  | { k: X.Tuple; items: Expr[] }
  | { k: X.List; items: Expr[]; tail: Expr }
  | { k: X.Map; keys: Expr[]; values: Expr[] }
  | { k: X.AndAlso | X.OrElse; args: Expr[] }
  | { k: X.Self };

interface Clause {
  head: unknown;
  guards: Expr[];
  body: Expr[];
}

export interface MatchSpec {
  clauses: Clause[];
  /** Slot count, and the slots in '$N' order for '$$'. */
  nslots: number;
  order: number[];
  /** When every clause's head has the same fully bound key: that key (lookups replace scans). */
  key: unknown;
  hasKey: boolean;
}

export const EXIT_ATOM = atom('EXIT');
const CONST = atom('const');
const ANDALSO = atom('andalso');
const ORELSE = atom('orelse');
const SELF = atom('self');
const DOLLAR_ALL = atom('$$');
const DOLLAR_WHOLE = atom('$_');
const UNDERSCORE = atom('_');

/** Functions allowed in match-spec guards and bodies, with their arities. */
const GUARD_FUNS = new Set([
  'is_atom/1', 'is_float/1', 'is_integer/1', 'is_list/1', 'is_number/1', 'is_pid/1', 'is_port/1',
  'is_reference/1', 'is_tuple/1', 'is_map/1', 'is_binary/1', 'is_bitstring/1', 'is_boolean/1',
  'is_function/1', 'is_function/2', 'is_record/3', 'is_map_key/2', 'abs/1', 'element/2', 'hd/1',
  'tl/1', 'length/1', 'map_get/2', 'map_size/1', 'node/0', 'node/1', 'round/1', 'size/1',
  'bit_size/1', 'byte_size/1', 'trunc/1', 'tuple_size/1', 'binary_part/2', 'binary_part/3',
  'float/1', 'ceil/1', 'floor/1', 'not/1', 'and/2', 'or/2', 'xor/2', '>/2', '</2', '>=/2', '=</2',
  '==/2', '/=/2', '=:=/2', '=/=/2', '+/1', '-/1', '+/2', '-/2', '*/2', '//2', 'div/2', 'rem/2',
  'band/2', 'bor/2', 'bxor/2', 'bnot/1', 'bsl/2', 'bsr/2', 'max/2', 'min/2',
]);

/** The slot number of a '$N' atom, or -1. */
function varNumber(a: Atom): number {
  const s = a.name;
  if (s.length < 2 || s.charCodeAt(0) !== 36) return -1;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  return s.length > 10 ? -1 : Number(s.slice(1));
}

class Compiler {
  slots = new Map<number, number>();
  /** Variables bound by the head being compiled. */
  bound = new Set<number>();

  head(t: unknown): unknown {
    if (t instanceof Atom) {
      if (t === UNDERSCORE) return WILD;
      const n = varNumber(t);
      if (n < 0) return t;
      this.bound.add(n);
      let s = this.slots.get(n);
      if (s === undefined) this.slots.set(n, (s = this.slots.size));
      return new Var(s);
    }
    if (t instanceof Tuple) return new Tuple(t.elements.map((e) => this.head(e)));
    if (t instanceof Cons) return new Cons(this.head(t.hd), this.head(t.tl));
    if (t instanceof ErlMap) return new ErlMap(t.keys, t.values.map((v) => this.head(v)));
    return t;
  }

  expr(t: unknown): Expr | null {
    if (t instanceof Atom) {
      if (t === DOLLAR_WHOLE) return { k: X.Whole };
      if (t === DOLLAR_ALL) return { k: X.All };
      const n = varNumber(t);
      if (n < 0) return { k: X.Const, v: t };
      if (!this.bound.has(n)) return null;
      return { k: X.Var, slot: this.slots.get(n) as number };
    }
    if (t instanceof Tuple) return this.tupleExpr(t.elements);
    if (t instanceof Cons) {
      const items: Expr[] = [];
      let c: unknown = t;
      for (; c instanceof Cons; c = c.tl) {
        const e = this.expr(c.hd);
        if (e === null) return null;
        items.push(e);
      }
      const tail = this.expr(c);
      return tail === null ? null : { k: X.List, items, tail };
    }
    if (t instanceof ErlMap) {
      const keys = this.exprs(t.keys);
      const values = this.exprs(t.values);
      return keys === null || values === null ? null : { k: X.Map, keys, values };
    }
    return { k: X.Const, v: t };
  }

  exprs(ts: unknown[]): Expr[] | null {
    const out: Expr[] = [];
    for (const t of ts) {
      const e = this.expr(t);
      if (e === null) return null;
      out.push(e);
    }
    return out;
  }

  private tupleExpr(es: unknown[]): Expr | null {
    if (es.length === 1 && es[0] instanceof Tuple) {
      const items = this.exprs((es[0] as Tuple).elements);
      return items === null ? null : { k: X.Tuple, items };
    }
    const f = es[0];
    if (!(f instanceof Atom)) return null;
    if (f === CONST) return es.length === 2 ? { k: X.Const, v: es[1] } : null;
    const args = this.exprs(es.slice(1));
    if (args === null) return null;
    if (f === ANDALSO || f === ORELSE) return { k: f === ANDALSO ? X.AndAlso : X.OrElse, args };
    if (f === SELF && args.length === 0) return { k: X.Self };
    const name = `${f.name}/${args.length}`;
    if (!GUARD_FUNS.has(name)) return null;
    const bif = lookupBif(`erlang:${name}`);
    if (bif === undefined) return null;
    return { k: X.Call, bif, args, typeTest: f.name.startsWith('is_') };
  }
}

/** Compiles a match specification term, or returns null if it is not a valid one. */
export function compileMatchSpec(spec: unknown, keypos: number): MatchSpec | null {
  const c = new Compiler();
  const clauses: Clause[] = [];
  let key: unknown = undefined;
  let hasKey = true;
  let l = spec;
  for (; l instanceof Cons; l = l.tl) {
    const cl = l.hd;
    if (!(cl instanceof Tuple) || cl.elements.length !== 3) return null;
    const [h, g, b] = cl.elements;
    if (!(h instanceof Tuple) && !(h instanceof Atom && (h === UNDERSCORE || varNumber(h) >= 0))) return null;
    c.bound = new Set();
    const head = c.head(h);
    const guards = listExprs(c, g);
    const body = listExprs(c, b);
    if (guards === null || body === null || body.length === 0) return null;
    clauses.push({ head, guards, body });
    const k = boundKey(h, keypos);
    if (k === undefined || (key !== undefined && !eqExact(k, key))) hasKey = false;
    else key = k;
  }
  if (l !== NIL) return null;
  if (clauses.length === 0) hasKey = false;
  const order = [...c.slots.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  return { clauses, nslots: c.slots.size, order, key, hasKey };
}

function listExprs(c: Compiler, l: unknown): Expr[] | null {
  const out: Expr[] = [];
  for (; l instanceof Cons; l = l.tl) {
    const e = c.expr(l.hd);
    if (e === null) return null;
    out.push(e);
  }
  return l === NIL ? out : null;
}

/** The head's key element when it contains no variable or wildcard. */
function boundKey(h: unknown, keypos: number): unknown {
  if (!(h instanceof Tuple) || h.elements.length < keypos) return undefined;
  const k = h.elements[keypos - 1];
  return isGround(k) ? k : undefined;
}

function isGround(t: unknown): boolean {
  if (t instanceof Atom) return t !== UNDERSCORE && varNumber(t) < 0;
  if (t instanceof Tuple) return t.elements.every(isGround);
  if (t instanceof Cons) return isGround(t.hd) && isGround(t.tl);
  if (t instanceof ErlMap) return t.values.every(isGround);
  return true;
}

/** Scratch state for running a spec: variable values and a BIF context for guard calls. */
export class Runner implements BifContext {
  excClass: Atom = FALSE;
  excReason: unknown = null;
  excArgs: unknown[] | null = null;
  private readonly vals: unknown[];

  constructor(
    readonly spec: MatchSpec,
    private readonly self: unknown,
  ) {
    this.vals = new Array(spec.nslots);
  }

  /** The body's value for the first matching clause, or NO_MATCH. */
  run(obj: unknown): unknown {
    const vals = this.vals;
    for (const cl of this.spec.clauses) {
      vals.fill(undefined);
      if (!this.match(cl.head, obj)) continue;
      let ok = true;
      for (const g of cl.guards) {
        if (this.eval(g, obj) !== TRUE) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      let r: unknown = null;
      for (const b of cl.body) {
        r = this.eval(b, obj);
        if (r === FAIL) return EXIT_ATOM;
      }
      return r;
    }
    return NO_MATCH;
  }

  private match(p: unknown, t: unknown): boolean {
    for (;;) {
      if (p === WILD) return true;
      if (p instanceof Var) {
        const v = this.vals[p.slot];
        if (v === undefined) {
          this.vals[p.slot] = t;
          return true;
        }
        return eqExact(v, t);
      }
      if (p instanceof Tuple) {
        if (!(t instanceof Tuple) || t.elements.length !== p.elements.length) return false;
        const pe = p.elements;
        const te = t.elements;
        for (let i = 0; i < pe.length; i++) if (!this.match(pe[i], te[i])) return false;
        return true;
      }
      if (p instanceof Cons) {
        if (!(t instanceof Cons) || !this.match(p.hd, t.hd)) return false;
        p = p.tl;
        t = t.tl;
        continue;
      }
      if (p instanceof ErlMap) {
        if (!(t instanceof ErlMap)) return false;
        for (let i = 0; i < p.keys.length; i++) {
          let j = 0;
          while (j < t.keys.length && !eqExact(t.keys[j], p.keys[i])) j++;
          if (j === t.keys.length || !this.match(p.values[i], t.values[j])) return false;
        }
        return true;
      }
      return eqExact(p, t);
    }
  }

  /** Evaluates an expression; FAIL when a BIF fails. */
  private eval(e: Expr, obj: unknown): unknown {
    switch (e.k) {
      case X.Const: return e.v;
      case X.Var: return this.vals[e.slot];
      case X.Whole: return obj;
      case X.All: {
        let l: unknown = NIL;
        const o = this.spec.order;
        for (let i = o.length - 1; i >= 0; i--) if (this.vals[o[i]] !== undefined) l = new Cons(this.vals[o[i]], l);
        return l;
      }
      case X.Self: return this.self;
      case X.Call: {
        const args = new Array(e.args.length);
        for (let i = 0; i < args.length; i++) {
          const a = this.eval(e.args[i], obj);
          if (a === FAIL) return e.typeTest ? FALSE : FAIL;
          args[i] = a;
        }
        return e.bif.fn(this, ...args);
      }
      case X.AndAlso:
      case X.OrElse: {
        const stop = e.k === X.AndAlso ? FALSE : TRUE;
        for (const a of e.args) {
          const v = this.eval(a, obj);
          if (v === stop) return v;
          if (v !== TRUE && v !== FALSE) return FAIL;
        }
        return e.k === X.AndAlso ? TRUE : FALSE;
      }
      case X.Tuple: {
        const items = this.evalAll(e.items, obj);
        return items === null ? FAIL : new Tuple(items);
      }
      case X.List: {
        const items = this.evalAll(e.items, obj);
        const tail = this.eval(e.tail, obj);
        if (items === null || tail === FAIL) return FAIL;
        let l = tail;
        for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
        return l;
      }
      case X.Map: {
        const ks = this.evalAll(e.keys, obj);
        const vs = this.evalAll(e.values, obj);
        if (ks === null || vs === null) return FAIL;
        return mapFromPairs(ks.map((k, i) => [k, vs[i]]));
      }
    }
  }

  private evalAll(es: Expr[], obj: unknown): unknown[] | null {
    const out = new Array(es.length);
    for (let i = 0; i < es.length; i++) {
      const v = this.eval(es[i], obj);
      if (v === FAIL) return null;
      out[i] = v;
    }
    return out;
  }
}

export const NO_MATCH = Symbol('no match');
