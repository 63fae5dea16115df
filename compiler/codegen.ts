// Code generation for one function body: expressions, calls, control flow and scoping.
// Registers: R0.. are the arguments (then a lambda's free variables); every variable of a clause
// gets a fixed register for the whole clause (assigned up front); temporaries are allocated above
// them stack-wise (`tmp` is the first free register). A call at register `a` needs a..a+2 for its
// link and a+3.. for its arguments; the result arrives in `a`.
// Patterns, guards, comprehensions, binaries and records live in their own files.

import type {
  BinaryOp, CallExpr, CaseExpr, Clause, Expr, Loc, ReceiveExpr, TryExpr, Var,
} from './ast.js';
import { Label, OperandList } from './emit.js';
import type { FnJob, ModuleContext } from './module-context.js';
import { AUTO_IMPORTED, PURE_BIFS } from './bifs.js';
import { forEachVar, varsOf } from './vars.js';
import { constTerm } from './constants.js';
import { matchPattern } from './patterns.js';
import { guardSequence } from './guards.js';
import { compileComprehension } from './comprehensions.js';
import { compileBinary } from './binaries.js';
import * as records from './records.js';
import { atom } from '../vm/terms/atom.js';
import { EMPTY_MAP } from '../vm/terms/map.js';

type UnsafeInfo = { construct: string; loc: Loc };

const ARITH_OPS: Partial<Record<BinaryOp, string>> = {
  '*': '*', '/': '/', div: 'div', rem: 'rem', band: 'band', bor: 'bor', bxor: 'bxor',
  bsl: 'bsl', bsr: 'bsr', and: 'and', or: 'or', xor: 'xor', '==': '==', '/=': '/=', '=<': '=<',
  '<': '<', '>=': '>=', '>': '>', '=:=': '=:=', '=/=': '=/=', '++': '++', '--': '--',
};

export class FnCompiler {
  readonly asm;
  /** Register of each variable of the current clause. */
  slots = new Map<string, number>();
  bound = new Set<string>();
  unsafe = new Map<string, UnsafeInfo>();
  /** Uses per variable in the current clause, for unused-variable warnings. */
  uses = new Map<string, number>();
  bindSites = new Map<string, Loc>();
  tmp = 0;
  maxReg = 0;
  /** Inside a guard: BIFs and arithmetic jump here instead of raising. */
  guardFail: Label | null = null;
  /** Out-of-line code (error raises) emitted after the function. */
  readonly cold: (() => void)[] = [];

  constructor(
    readonly mod: ModuleContext,
    readonly job: FnJob,
  ) {
    this.asm = mod.asm;
  }

  // ---- registers and diagnostics ----

  alloc(n = 1): number {
    const r = this.tmp;
    this.tmp += n;
    if (this.tmp > this.maxReg) this.maxReg = this.tmp;
    return r;
  }

  error(loc: Loc, message: string): void {
    this.mod.diags.error(loc, message);
  }

  lit(t: unknown): number {
    return this.asm.literal(t);
  }

  /** Ensures the value of source `s` is in a register (literals are moved to a temporary). */
  inReg(s: number): number {
    if (s >= 0) return s;
    const r = this.alloc();
    this.asm.emit('move', s, r);
    return r;
  }

  moveTo(s: number, r: number): void {
    if (s !== r) this.asm.emit('move', s, r);
  }

  // ---- whole function ----

  compile(): void {
    const { asm, job } = this;
    asm.bind(job.label);
    const entry = asm.pc;
    if (job.lambdaIndex >= 0) asm.lambdas[job.lambdaIndex].pc = entry;
    asm.functions.push({ name: job.name, arity: job.arity + job.env.length, pc: entry });
    for (const c of job.clauses) {
      const next = new Label();
      this.beginClause(c);
      asm.line(c.loc.line);
      const saveTmp = this.tmp;
      for (let i = 0; i < c.patterns.length; i++) matchPattern(this, c.patterns[i], i, next);
      guardSequence(this, c.guards, next);
      this.tmp = saveTmp;
      this.body(c.body, true);
      this.endClause();
      asm.bind(next);
    }
    asm.line(this.job.clauses[0]?.loc.line ?? 0);
    asm.emit('func_clause', job.arity);
    for (const f of this.cold) f();
    if (this.maxReg + 8 > this.mod.maxFrame) this.mod.maxFrame = this.maxReg + 8;
  }

  /** Assigns registers for a clause: aliased arguments, free variables, then the rest. */
  private beginClause(c: Clause): void {
    const { job } = this;
    this.slots = new Map();
    this.bound = new Set();
    this.unsafe = new Map();
    this.uses = new Map();
    this.bindSites = new Map();
    const headVars = new Set(varsOf(c.patterns, false));
    // An argument that is a plain variable lives in its argument register, unless an earlier
    // argument's pattern binds it first (then this argument is an equality test instead).
    const earlier = new Set<string>();
    c.patterns.forEach((p, i) => {
      if (p.kind === 'var' && p.name !== '_' && !earlier.has(p.name)) this.slots.set(p.name, i);
      for (const v of varsOf(p, false)) earlier.add(v);
    });
    job.env.forEach((name, j) => {
      if (headVars.has(name)) return; // shadowed by an argument pattern
      this.slots.set(name, job.arity + j);
      this.bound.add(name);
      this.uses.set(name, 1);
    });
    let next = job.arity + job.env.length;
    for (const name of varsOf(c, false)) {
      if (!this.slots.has(name)) this.slots.set(name, next++);
    }
    this.tmp = next;
    if (this.tmp > this.maxReg) this.maxReg = this.tmp;
  }

  private endClause(): void {
    const only = this.job.userVars;
    for (const [name, loc] of this.bindSites) {
      if (only !== null && !only.has(name)) continue;
      const shown = userName(name);
      if (!shown.startsWith('_') && (this.uses.get(name) ?? 0) === 0) {
        this.mod.diags.warning(loc, `variable '${shown}' is unused`);
      }
    }
  }

  // ---- variables ----

  /** Records that pattern variable `v` is bound here (first binding). */
  bindVar(v: Var): number {
    this.bound.add(v.name);
    this.unsafe.delete(v.name);
    if (!this.bindSites.has(v.name)) this.bindSites.set(v.name, v.loc);
    if (!this.uses.has(v.name)) this.uses.set(v.name, 0);
    return this.slotOf(v.name);
  }

  slotOf(name: string): number {
    let s = this.slots.get(name);
    if (s === undefined) {
      // A variable first seen in generated code (never in user code: the pre-scan found those).
      s = this.alloc();
      this.slots.set(name, s);
    }
    return s;
  }

  useVar(v: Var): number {
    if (this.bound.has(v.name)) {
      this.uses.set(v.name, (this.uses.get(v.name) ?? 0) + 1);
      return this.slots.get(v.name)!;
    }
    if (this.job.selfName === v.name) return this.selfFun();
    const u = this.unsafe.get(v.name);
    if (u !== undefined) {
      this.error(v.loc, `variable '${v.name}' unsafe in '${u.construct}' (line ${u.loc.line}, column ${u.loc.col})`);
    } else if (v.name === '_') {
      this.error(v.loc, "variable '_' is unbound");
    } else {
      this.error(v.loc, `variable '${v.name}' is unbound`);
    }
    // Bind it so one mistake is reported once.
    this.bound.add(v.name);
    this.uses.set(v.name, 1);
    return this.slotOf(v.name);
  }

  /** A named fun referring to itself: a new fun of the same lambda with the same free variables. */
  private selfFun(): number {
    const { job } = this;
    const r = this.alloc();
    const env = job.env.map((_, j) => job.arity + j);
    this.asm.emit('make_fun', r, job.lambdaIndex, new OperandList(env));
    return r;
  }

  // ---- bodies ----

  /** Compiles a body; in tail position it returns, otherwise its value ends in the result operand. */
  body(exprs: Expr[], tail: boolean, dst?: number): number {
    for (let i = 0; i < exprs.length - 1; i++) {
      const save = this.tmp;
      this.expr(exprs[i]);
      this.tmp = save;
    }
    const last = exprs[exprs.length - 1];
    if (tail) {
      this.tailExpr(last);
      return 0;
    }
    return this.expr(last, dst);
  }

  /** Compiles `e` in tail position: the code returns its value or tail-calls. */
  tailExpr(e: Expr): void {
    switch (e.kind) {
      case 'call':
        this.call(e, true);
        return;
      case 'case':
        this.caseExpr(e, true);
        return;
      case 'if':
        this.ifExpr(e.clauses, true);
        return;
      case 'receive':
        this.receiveExpr(e, true);
        return;
      case 'block':
        this.body(e.body, true);
        return;
      case 'try':
        this.tryExpr(e, true);
        return;
    }
    const s = this.expr(e);
    this.asm.emit('return', s);
  }

  /** Compiles `e` for its value; returns the source operand holding it (dst when given, if possible). */
  expr(e: Expr, dst?: number): number {
    const c = constTerm(e);
    if (c !== undefined) return this.lit(c);
    switch (e.kind) {
      case 'var':
        return this.useVar(e);
      case 'cons': {
        const save = this.tmp;
        const h = this.expr(e.head);
        const t = this.expr(e.tail);
        this.tmp = save;
        const r = dst ?? this.alloc();
        this.asm.emit('put_list', h, t, r);
        return r;
      }
      case 'tuple': {
        const save = this.tmp;
        const items = e.elements.map((x) => this.expr(x));
        this.tmp = save;
        const r = dst ?? this.alloc();
        this.asm.emit('put_tuple', r, new OperandList(items));
        return r;
      }
      case 'match':
        return this.matchExpr(e.pattern, e.value, e.loc, dst);
      case 'binop':
        return this.binop(e.op, e.left, e.right, e.loc, dst);
      case 'unop':
        return this.unop(e.op, e.operand, e.loc, dst);
      case 'call':
        return this.call(e, false, dst);
      case 'case':
        return this.caseExpr(e, false, dst);
      case 'if':
        return this.ifExpr(e.clauses, false, dst);
      case 'receive':
        return this.receiveExpr(e, false, dst);
      case 'try':
        return this.tryExpr(e, false, dst);
      case 'catch':
        return this.catchExpr(e.expr, dst);
      case 'block':
        return this.body(e.body, false, dst);
      case 'fun':
        return this.funExpr(e.clauses, e.name, e.loc, dst);
      case 'fun_ref':
        return this.funRef(e, dst);
      case 'lc':
      case 'bc':
        return compileComprehension(this, e, dst);
      case 'bin':
        return compileBinary(this, e, dst);
      case 'map':
        return this.mapExpr(e, dst);
      case 'record':
        return records.construct(this, e, dst);
      case 'record_field':
        return records.access(this, e, dst);
      case 'record_index':
        return this.lit(records.fieldIndex(this, e.record, e.field, e.loc));
      case 'string':
      case 'integer':
      case 'float':
      case 'atom':
      case 'nil':
        return this.lit(constTerm(e));
    }
  }

  /** Evaluates `e` into register `r`. */
  exprInto(e: Expr, r: number): void {
    this.moveTo(this.expr(e, r), r);
  }

  // ---- matching ----

  private matchExpr(pattern: Expr, value: Expr, loc: Loc, dst?: number): number {
    if (pattern.kind === 'var' && pattern.name !== '_' && !this.bound.has(pattern.name) && !this.unsafe.has(pattern.name)) {
      const slot = this.slotOf(pattern.name);
      this.exprInto(value, slot);
      this.bindVar(pattern);
      return slot;
    }
    let s = this.expr(value, dst);
    s = this.inReg(s);
    const fail = new Label();
    this.asm.line(loc.line);
    matchPattern(this, pattern, s, fail);
    const line = loc.line;
    this.cold.push(() => {
      this.asm.bind(fail);
      this.asm.line(line);
      this.asm.emit('badmatch', s);
    });
    return s;
  }

  // ---- operators ----

  private binop(op: BinaryOp, left: Expr, right: Expr, loc: Loc, dst?: number): number {
    if (op === 'andalso' || op === 'orelse') return this.shortCircuit(op, left, right, loc, dst);
    const save = this.tmp;
    const a = this.expr(left);
    const b = this.expr(right);
    this.tmp = save;
    const r = dst ?? this.alloc();
    const fail = this.guardFail ?? 0;
    this.asm.line(loc.line);
    if (op === '+') this.asm.emit('add', fail, a, b, r);
    else if (op === '-') this.asm.emit('sub', fail, a, b, r);
    else if (op === '!') this.asm.emit('bif2', fail, this.asm.bifOf('erlang:!/2'), a, b, r);
    else this.asm.emit('bif2', fail, this.asm.bifOf(`erlang:${ARITH_OPS[op]}/2`), a, b, r);
    return r;
  }

  private unop(op: string, operand: Expr, loc: Loc, dst?: number): number {
    const save = this.tmp;
    const a = this.expr(operand);
    this.tmp = save;
    const r = dst ?? this.alloc();
    this.asm.line(loc.line);
    this.asm.emit('bif1', this.guardFail ?? 0, this.asm.bifOf(`erlang:${op}/1`), a, r);
    return r;
  }

  /** `A andalso B`: B only when A is true; a non-boolean A is error {badarg, A}. */
  private shortCircuit(op: 'andalso' | 'orelse', left: Expr, right: Expr, loc: Loc, dst?: number): number {
    const r = dst ?? this.alloc();
    const save = this.tmp;
    this.exprInto(left, r);
    this.tmp = save;
    const done = new Label();
    const bad = this.guardFail ?? new Label();
    const decided = op === 'andalso' ? atom('false') : atom('true');
    const goOn = op === 'andalso' ? atom('true') : atom('false');
    const notGoOn = new Label();
    this.asm.emit('is_eq_exact', notGoOn, r, this.lit(goOn));
    this.exprInto(right, r);
    this.tmp = save;
    this.asm.emit('jump', done);
    this.asm.bind(notGoOn);
    this.asm.emit('is_eq_exact', bad, r, this.lit(decided));
    if (this.guardFail === null) {
      const badLabel = bad;
      const line = loc.line;
      this.cold.push(() => {
        this.asm.bind(badLabel);
        this.asm.line(line);
        const t = this.alloc(1);
        this.asm.emit('put_tuple', t, new OperandList([this.lit(atom('badarg')), r]));
        this.asm.emit('bif1', 0, this.asm.bifOf('erlang:error/1'), t, t);
      });
    }
    this.asm.bind(done);
    return r;
  }

  // ---- calls ----

  call(e: CallExpr, tail: boolean, dst?: number): number {
    const n = e.args.length;
    this.asm.line(e.loc.line);
    if (e.module === null && e.fun.kind === 'atom') {
      const name = e.fun.name;
      const key = `${name}/${n}`;
      const special = records.specialCall(this, name, e.args, e.loc, dst);
      if (special !== undefined) return this.finishValue(special, tail);
      const label = this.mod.localFuns.get(key);
      if (label !== undefined) {
        this.mod.calledLocals.add(key);
        return this.emitCall(e.args, tail, dst, { kind: 'local', label });
      }
      const imported = this.mod.imports.get(key);
      if (imported !== undefined) return this.remoteCall(imported, name, e.args, tail, dst);
      if (AUTO_IMPORTED.has(key) && !this.mod.noAutoImport.has(key)) return this.remoteCall('erlang', name, e.args, tail, dst);
      this.error(e.fun.loc.line ? e.loc : e.loc, `function ${name}/${n} undefined`);
      return this.lit(atom('undefined'));
    }
    if (e.module !== null) {
      if (e.module.kind === 'atom' && e.fun.kind === 'atom') return this.remoteCall(e.module.name, e.fun.name, e.args, tail, dst);
      return this.emitCall(e.args, tail, dst, { kind: 'apply', module: e.module, fun: e.fun });
    }
    return this.emitCall(e.args, tail, dst, { kind: 'fun', fun: e.fun });
  }

  private remoteCall(m: string, f: string, args: Expr[], tail: boolean, dst?: number): number {
    const key = `${f}/${args.length}`;
    if (m === 'erlang' && PURE_BIFS.has(key)) {
      return this.finishValue(this.bifCall(`erlang:${key}`, args, dst), tail);
    }
    if (this.guardFail !== null) {
      this.error(args[0]?.loc ?? { line: 0, col: 0 }, 'illegal guard expression');
    }
    return this.emitCall(args, tail, dst, { kind: 'ext', imp: this.asm.importOf(m, f, args.length) });
  }

  /** A BIF as an instruction: no frame; in a guard it jumps to the guard's fail label. */
  bifCall(key: string, args: Expr[], dst?: number): number {
    const save = this.tmp;
    const srcs = args.map((a) => this.expr(a));
    this.tmp = save;
    const r = dst ?? this.alloc();
    const fail = this.guardFail ?? 0;
    const b = this.asm.bifOf(key);
    if (srcs.length === 1) this.asm.emit('bif1', fail, b, srcs[0], r);
    else if (srcs.length === 2) this.asm.emit('bif2', fail, b, srcs[0], srcs[1], r);
    else this.asm.emit('bif', fail, b, r, new OperandList(srcs));
    return r;
  }

  /** In tail position a computed value still has to be returned. */
  private finishValue(s: number, tail: boolean): number {
    if (tail) this.asm.emit('return', s);
    return s;
  }

  private emitCall(
    args: Expr[],
    tail: boolean,
    dst: number | undefined,
    target:
      | { kind: 'local'; label: Label }
      | { kind: 'ext'; imp: number }
      | { kind: 'fun'; fun: Expr }
      | { kind: 'apply'; module: Expr; fun: Expr },
  ): number {
    if (this.guardFail !== null) this.error(args[0]?.loc ?? { line: 0, col: 0 }, 'illegal guard expression');
    const n = args.length;
    const extra = target.kind === 'fun' ? 1 : target.kind === 'apply' ? 2 : 0;
    const a = this.tmp;
    const argsAt = tail ? a : a + 3;
    this.alloc(argsAt - a + n + extra);
    args.forEach((arg, i) => this.exprInto(arg, argsAt + i));
    if (target.kind === 'fun') this.exprInto(target.fun, argsAt + n);
    if (target.kind === 'apply') {
      this.exprInto(target.module, argsAt + n);
      this.exprInto(target.fun, argsAt + n + 1);
    }
    const { asm } = this;
    switch (target.kind) {
      case 'local':
        if (tail) asm.emit('call_last', a, n, target.label);
        else asm.emit('call', a, target.label);
        break;
      case 'ext':
        if (tail) asm.emit('call_ext_last', a, n, target.imp);
        else asm.emit('call_ext', a, target.imp);
        break;
      case 'fun':
        asm.emit(tail ? 'call_fun_last' : 'call_fun', a, n);
        break;
      case 'apply':
        asm.emit(tail ? 'apply_last' : 'apply', a, n);
        break;
    }
    this.tmp = a + 1;
    if (dst !== undefined && !tail) {
      this.moveTo(a, dst);
      return dst;
    }
    return a;
  }

  // ---- control flow ----

  /** Compiles clauses matched against `subject` (one pattern each); falls to `noMatch`. */
  private clauses(
    clauses: Clause[],
    subject: number,
    tail: boolean,
    r: number,
    done: Label,
    noMatch: () => void,
    construct: string,
    constructLoc: Loc,
    onMatched?: () => void,
  ): void {
    const before = new Set(this.bound);
    const after: Set<string>[] = [];
    const save = this.tmp;
    for (const c of clauses) {
      const next = new Label();
      this.bound = new Set(before);
      this.tmp = save;
      this.asm.line(c.loc.line);
      if (c.patterns.length > 0) matchPattern(this, c.patterns[0], subject, next);
      guardSequence(this, c.guards, next);
      if (onMatched) onMatched();
      if (tail) this.body(c.body, true);
      else {
        this.moveTo(this.body(c.body, false, r), r);
        this.asm.emit('jump', done);
      }
      after.push(this.bound);
      this.asm.bind(next);
    }
    this.tmp = save;
    this.bound = before;
    noMatch();
    if (!tail) this.joinBranches(before, after, construct, constructLoc);
  }

  /** After branches: variables bound in all are bound; in only some, unsafe. */
  joinBranches(before: Set<string>, branches: Set<string>[], construct: string, loc: Loc): void {
    const all = new Set<string>();
    for (const b of branches) for (const v of b) if (!before.has(v)) all.add(v);
    for (const v of all) {
      if (branches.every((b) => b.has(v))) this.bound.add(v);
      else this.unsafe.set(v, { construct, loc });
    }
  }

  private caseExpr(e: CaseExpr, tail: boolean, dst?: number): number {
    const save = this.tmp;
    const subject = this.inReg(this.expr(e.expr));
    const r = tail ? 0 : dst ?? this.alloc();
    const done = new Label();
    const line = e.loc.line;
    this.clauses(e.clauses, subject, tail, r, done, () => {
      this.asm.line(line);
      this.asm.emit('case_end', subject);
    }, 'case', e.loc);
    this.asm.bind(done);
    if (!tail) this.tmp = Math.max(save, r + 1);
    return r;
  }

  private ifExpr(clauses: Clause[], tail: boolean, dst?: number): number {
    const r = tail ? 0 : dst ?? this.alloc();
    const done = new Label();
    const loc = clauses[0]?.loc ?? { line: 0, col: 0 };
    this.clauses(clauses, 0, tail, r, done, () => {
      this.asm.line(loc.line);
      this.asm.emit('if_end');
    }, 'if', loc);
    this.asm.bind(done);
    return r;
  }

  private receiveExpr(e: ReceiveExpr, tail: boolean, dst?: number): number {
    const { asm } = this;
    const timeout = e.after !== null ? this.expr(e.after.timeout) : 0;
    const r = tail ? 0 : dst ?? this.alloc();
    const msg = this.alloc();
    const loop = new Label();
    const wait = new Label();
    const done = new Label();
    const before = new Set(this.bound);
    asm.line(e.loc.line);
    asm.bind(loop);
    asm.emit('recv_peek', wait, msg);
    this.clauses(e.clauses, msg, tail, r, done, () => asm.emit('recv_next', loop), 'receive', e.loc, () => asm.emit('recv_remove'));
    const branchBound = new Set(this.bound);
    asm.bind(wait);
    if (e.after === null) {
      asm.emit('recv_wait', loop);
    } else {
      asm.emit('recv_wait_timeout', loop, timeout);
      asm.emit('recv_timeout');
      this.bound = new Set(before);
      if (tail) this.body(e.after.body, true);
      else {
        this.moveTo(this.body(e.after.body, false, r), r);
        asm.emit('jump', done);
      }
      // Variables bound by the after body join like one more branch.
      if (!tail) {
        const afterBound = this.bound;
        this.bound = branchBound;
        for (const v of afterBound) if (!before.has(v) && !branchBound.has(v)) this.unsafe.set(v, { construct: 'receive', loc: e.loc });
        for (const v of branchBound) if (!before.has(v) && !afterBound.has(v)) {
          this.bound.delete(v);
          this.unsafe.set(v, { construct: 'receive', loc: e.loc });
        }
      }
    }
    asm.bind(done);
    return r;
  }

  private catchExpr(inner: Expr, dst?: number): number {
    const r = dst ?? this.alloc();
    const handler = new Label();
    const before = new Set(this.bound);
    this.asm.emit('catch', handler, r);
    const save = this.tmp;
    this.exprInto(inner, r);
    this.tmp = Math.max(save, r + 1);
    this.asm.emit('catch_end');
    this.asm.bind(handler);
    for (const v of this.bound) if (!before.has(v)) this.unsafe.set(v, { construct: 'catch', loc: inner.loc });
    this.bound = before;
    return r;
  }

  private tryExpr(e: TryExpr, tail: boolean, dst?: number): number {
    const { asm } = this;
    const r = tail && e.after.length === 0 ? 0 : dst ?? this.alloc();
    const before = new Set(this.bound);
    let afterHandler: Label | null = null;
    let afterRegs = 0;
    if (e.after.length > 0) {
      afterHandler = new Label();
      afterRegs = this.alloc(3);
      asm.emit('try', afterHandler, afterRegs);
    }
    const exc = this.alloc(3);
    const handler = new Label();
    const done = new Label();
    const innerTail = tail && e.after.length === 0;
    asm.emit('try', handler, exc);
    const v = this.alloc();
    this.moveTo(this.body(e.body, false, v), v);
    asm.emit('try_end');
    const bodyBound = new Set(this.bound);
    if (e.ofClauses.length > 0) {
      this.clauses(e.ofClauses, v, innerTail, r, done, () => asm.emit('try_case_end', v), 'try', e.loc);
    } else if (innerTail) {
      asm.emit('return', v);
    } else {
      this.moveTo(v, r);
      asm.emit('jump', done);
    }
    // Catch clauses see only what was bound before the try.
    asm.bind(handler);
    const save = this.tmp;
    for (const c of e.catchClauses) {
      const next = new Label();
      this.bound = new Set(before);
      this.tmp = save;
      asm.line(c.loc.line);
      const cls: Expr = c.class ?? { kind: 'atom', loc: c.loc, name: 'throw' };
      matchPattern(this, cls, exc, next);
      matchPattern(this, c.pattern, exc + 1, next);
      if (c.stack !== null) matchPattern(this, c.stack, exc + 2, next);
      guardSequence(this, c.guards, next);
      if (innerTail) this.body(c.body, true);
      else {
        this.moveTo(this.body(c.body, false, r), r);
        asm.emit('jump', done);
      }
      asm.bind(next);
    }
    this.tmp = save;
    asm.emit('raise', exc, exc + 1, exc + 2);
    asm.bind(done);
    this.bound = before;
    for (const name of bodyBound) if (!before.has(name)) this.unsafe.set(name, { construct: 'try', loc: e.loc });
    if (afterHandler !== null) {
      asm.emit('try_end');
      this.afterBody(e.after);
      const join = new Label();
      if (tail) asm.emit('return', r);
      else asm.emit('jump', join);
      asm.bind(afterHandler);
      this.afterBody(e.after);
      asm.emit('raise', afterRegs, afterRegs + 1, afterRegs + 2);
      asm.bind(join);
    }
    return r;
  }

  private afterBody(after: Expr[]): void {
    const save = this.tmp;
    const before = new Set(this.bound);
    this.body(after, false);
    this.bound = before;
    this.tmp = save;
  }

  // ---- funs ----

  private funExpr(clauses: Clause[], name: string | null, loc: Loc, dst?: number): number {
    // Free variables: everything the fun mentions that is bound here, minus what its heads rebind.
    const mentioned = new Set<string>();
    for (const c of clauses) for (const v of varsOf(c, true)) mentioned.add(v);
    const env = [...mentioned].filter((v) => this.bound.has(v) && v !== name);
    for (const c of clauses) {
      forEachVar(c.patterns as unknown as Expr, (v, node) => {
        if (this.bound.has(v)) this.mod.diags.warning(node.loc, `variable '${v}' shadowed in 'fun'`);
      }, false);
    }
    for (const v of env) this.uses.set(v, (this.uses.get(v) ?? 0) + 1);
    const arity = clauses[0].patterns.length;
    if (clauses.some((c) => c.patterns.length !== arity)) this.error(loc, 'head mismatch');
    const index = this.mod.addLambda(this.job.owner, arity, clauses, env, name);
    const r = dst ?? this.alloc();
    this.asm.emit('make_fun', r, index, new OperandList(env.map((v) => this.slots.get(v)!)));
    return r;
  }

  private funRef(e: Extract<Expr, { kind: 'fun_ref' }>, dst?: number): number {
    if (e.module === null && e.name.kind === 'atom' && e.arity.kind === 'integer') {
      const key = `${e.name.name}/${e.arity.value}`;
      const label = this.mod.localFuns.get(key);
      if (label === undefined) {
        if (AUTO_IMPORTED.has(key)) return this.exportFun({ kind: 'atom', loc: e.loc, name: 'erlang' }, e.name, e.arity, dst);
        this.error(e.loc, `function ${key} undefined`);
        return this.lit(atom('undefined'));
      }
      this.mod.calledLocals.add(key);
      const index = this.mod.addFunRef(e.name.name, Number(e.arity.value), label);
      const r = dst ?? this.alloc();
      this.asm.emit('make_fun', r, index, new OperandList([]));
      return r;
    }
    return this.exportFun(e.module!, e.name, e.arity, dst);
  }

  private exportFun(m: Expr, f: Expr, a: Expr, dst?: number): number {
    return this.bifCall('erlang:make_fun/3', [m, f, a], dst);
  }

  // ---- maps ----

  private mapExpr(e: Extract<Expr, { kind: 'map' }>, dst?: number): number {
    const save = this.tmp;
    let cur = e.base === null ? this.lit(EMPTY_MAP) : this.expr(e.base);
    if (e.base === null) {
      for (const f of e.fields) if (f.op === ':=') this.error(f.loc, 'only association operators \'=>\' are allowed in map construction');
    }
    const r = dst ?? this.alloc();
    let i = 0;
    while (i < e.fields.length) {
      const op = e.fields[i].op;
      const items: number[] = [];
      while (i < e.fields.length && e.fields[i].op === op) {
        items.push(this.expr(e.fields[i].key), this.expr(e.fields[i].value));
        i++;
      }
      this.asm.line(e.loc.line);
      this.asm.emit(op === '=>' ? 'put_map_assoc' : 'put_map_exact', this.guardFail ?? 0, r, cur, new OperandList(items));
      cur = r;
    }
    if (cur !== r) this.moveTo(cur, r);
    this.tmp = Math.max(save, r + 1);
    return r;
  }
}

/** The name the user wrote: comprehension patterns may have been renamed to `X@lc0_1`. */
function userName(name: string): string {
  const at = name.indexOf('@');
  return at < 0 ? name : name.slice(0, at);
}
