// The second tier: translates the bytecode of one Erlang function into the source of one JavaScript
// function. The generated code runs the same machine as the interpreter (registers in the process
// stack, frames linked the same way, the same handlers and exceptions), so either tier can pick up a
// process the other left; what disappears is instruction dispatch, operand decoding and the
// literal-or-register test of every source operand.
//
// Shape of a generated function `(p, pc, base) => status`:
//   entry: the resume pc is mapped to a block number (E[pc - START]); then `for (;;) switch (b)`
//   runs blocks, which fall through into each other in code order. A block starts at every label
//   and every place a call returns to. Jumps within the function are `b = N; continue`; a self-call
//   (recursion, loops) pushes a frame and jumps, so it never leaves the function; calls to other
//   translated functions are direct JS calls while the JS stack is shallow. A process whose slice
//   is spent stops at the entry of the function it was calling. Everything else (a receive wait,
//   a handler in another frame, a deep call) saves pc/base/code in the process and returns a
//   status to the dispatcher in interp.ts, which can resume any block of any function.

import { FRAME_LINK, OP_NAMES, OP_OPERANDS, instructionLength } from '../isa/opcodes.js';
import { Op } from '../isa/op.js';
import { Atom } from '../terms/atom.js';
import { NIL } from '../terms/list.js';
import { Tuple } from '../terms/tuple.js';
import { FUN_LOCAL } from '../terms/fun.js';
import type { LoadedModule } from '../module.js';
import { RUN_EXIT, RUN_NEXT, RUN_WAIT, RUN_YIELD } from '../interp.js';
import { inlineBif } from './inline-bifs.js';

/** Instructions after which execution may resume (the pc after them is a block start). */
const RESUMES_AFTER = new Set<number>([Op.call, Op.call_ext, Op.call_fun, Op.apply, Op.recv_wait_timeout]);
/** How deep translated functions may call each other on the JS stack before going through the dispatcher. */
const MAX_DIRECT_DEPTH = 400;

export interface TranslatedFunction {
  /** Body of `function (p, pc, base)`; free names: R (support), C, L, IMP, BIF, OPS, E, FNS. */
  source: string;
  /** E: block number of each resume pc, indexed by pc - start (-1 where no block starts). */
  entries: Int32Array;
}

export function translateFunction(code: LoadedModule, start: number, end: number): TranslatedFunction {
  const ops = code.code;
  const lits = code.lits;

  // Pass 1: block starts.
  const starts = new Set<number>([start]);
  for (let pc = start; pc < end; pc += instructionLength(ops, pc)) {
    const op = ops[pc];
    if (RESUMES_AFTER.has(op)) starts.add(pc + instructionLength(ops, pc));
    for (const l of labelsOf(ops, pc)) if (l >= start && l < end) starts.add(l);
  }
  const sorted = [...starts].filter((s) => s < end).sort((a, b) => a - b);
  const entries = new Int32Array(end - start).fill(-1);
  sorted.forEach((s, i) => (entries[s - start] = i));
  const blockOf = (l: number): number => (l >= start && l < end ? entries[l - start] : -1);

  // Store forwarding within straight-line code: a register read or written since the last block
  // start is held in a local t<N> (writes still go through to the stack, which stays the truth for
  // other blocks, helpers and the unwinder). A read is always evaluated on the path that falls
  // through its instruction, so the local is valid from there on. Block starts forget everything.
  const cache = new Map<number, string>();
  let temps = 0;
  const newTemp = (): string => `t${temps++}`;
  const src = (s: number): string => {
    if (s >= 0) {
      const t = cache.get(s);
      if (t !== undefined) return t;
      const fresh = newTemp();
      cache.set(s, fresh);
      return `(${fresh} = stack[base + ${s}])`;
    }
    const v = lits[~s];
    if (typeof v === 'number' && Number.isInteger(v)) return String(v);
    if (v === NIL) return 'R.NIL';
    return `L[${~s}]`;
  };
  /** `stack[base + r] = expr;`, remembering the value for later reads. */
  const store = (r: number, expr: string): string => {
    const t = newTemp();
    const code = `stack[base + ${r}] = (${t} = ${expr});`;
    cache.set(r, t);
    return code;
  };
  /** Is the source a literal for which =:= is JS identity (small integer, atom, [])? */
  const identityLiteral = (s: number): boolean => {
    if (s >= 0) return false;
    const v = lits[~s];
    return (typeof v === 'number' && Number.isInteger(v)) || v instanceof Atom || v === NIL;
  };
  /** A literal tuple whose elements all compare by identity, like the {nil, nil} of a clause head. */
  const flatTupleLiteral = (s: number): boolean => {
    if (s >= 0) return false;
    const v = lits[~s];
    return v instanceof Tuple && v.elements.length <= 8 &&
      v.elements.every((e) => (typeof e === 'number' && Number.isInteger(e)) || e instanceof Atom || e === NIL);
  };
  const tupleEquals = (other: string, lit: number): string => {
    const els = (lits[~lit] as Tuple).elements;
    const parts = els.map((e, i) => `t.elements[${i}] === ${e === NIL ? 'R.NIL' : typeof e === 'number' ? String(e) : `L[${~lit}].elements[${i}]`}`);
    return `((t) => t instanceof R.Tuple && t.elements.length === ${els.length}${parts.map((q) => ' && ' + q).join('')})(${other})`;
  };
  const leave = (pcExpr: string | number): string =>
    `p.code = C; p.pc = ${pcExpr}; p.base = base; p.reds = reds; return ${RUN_NEXT};`;
  const jump = (l: number): string => {
    const b = blockOf(l);
    return b >= 0 ? `{ b = ${b}; continue; }` : `{ ${leave(l)} }`;
  };
  const raiseHere = (pc: number, bifFrame = 'null', topArgs = 'null'): string =>
    `p.reds = reds; return R.throwFrom(p, C, ${pc}, base, ${bifFrame}, ${topArgs}) ? ${RUN_NEXT} : ${RUN_EXIT};`;
  const failTo = (l: number, pc: number, bifFrame = 'null'): string => (l !== 0 ? jump(l) : `{ ${raiseHere(pc, bifFrame)} }`);
  /** After a call is set up: when the slice is spent, stop at the callee's entry `l`. */
  const yieldAt = (l: string): string =>
    `if (--reds < 0) { p.code = C; p.pc = ${l}; p.base = base; p.reds = 0; return ${RUN_YIELD}; }`;
  /**
   * Calls a translated function directly on the JS stack (cheaper than a round trip through the
   * dispatcher) while the JS stack is shallow. `base` is the callee's frame. If control comes back
   * to the return point `next` of this frame, carry on here; anything else (a yield, a handler
   * elsewhere, a return to some other frame) goes on up: the process stack holds everything, so
   * unwinding to the dispatcher loses nothing.
   */
  const directCall = (fn: string, entry: string, next: number): string =>
    `if (p.depth < ${MAX_DIRECT_DEPTH}) {` +
    ` p.depth++; p.reds = reds; const r = ${fn}(p, ${entry}, base); p.depth--;` +
    ` if (r === ${RUN_NEXT} && p.pc === ${next} && p.code === C) { base = p.base; reds = p.reds; b = ${blockOf(next)}; continue; }` +
    ` return r; }`;
  const growCheck = `if (base + ${code.maxFrame} > stack.length) R.growStack(p, base + ${code.maxFrame});`;
  const test = (cond: string, l: number): string => `if (!(${cond})) ${jump(l)}`;

  const out: string[] = [];
  const emit = (s: string): void => {
    out.push(s);
  };
  emit('const stack = p.stack;');
  emit('let reds = p.reds;');
  emit(`let b = E[pc - ${start}];`);
  emit('for (;;) {');
  emit('switch (b) {');
  for (let pc = start; pc < end; ) {
    const len = instructionLength(ops, pc);
    const next = pc + len;
    const b = blockOf(pc);
    if (b >= 0 && entries[pc - start] === b) {
      emit(`case ${b}: // pc ${pc}`);
      cache.clear();
    }
    const a = (i: number): number => ops[pc + i];
    const op = ops[pc];
    switch (op) {
      case Op.move:
        emit(`${store(a(2), `${src(a(1))}`)}`);
        break;
      case Op.jump:
        emit(jump(a(1)));
        break;
      // Reductions are counted once the call is set up, and a process whose slice is spent stops at
      // the callee's entry (as BEAM does), so no call instruction is itself a resume point.
      case Op.call: {
        const l = a(2);
        emit('{');
        emit(`const nb = base + ${a(1) + FRAME_LINK};`);
        emit(`stack[nb - 3] = C; stack[nb - 2] = ${next}; stack[nb - 1] = base; base = nb;`);
        emit(growCheck);
        emit(yieldAt(`${l}`));
        if (blockOf(l) >= 0) {
          emit(jump(l));
        } else {
          emit(directCall(`FNS[${code.jit!.fnOf[l]}]`, `${l}`, next));
          emit(`p.code = C; p.pc = ${l}; p.base = base; p.reds = reds; return ${RUN_NEXT};`);
        }
        emit('}');
        break;
      }
      case Op.call_last: {
        emit('{');
        const from = a(1);
        for (let i = 0; i < a(2); i++) if (from + i !== i) emit(`stack[base + ${i}] = ${src(from + i)};`);
        // No stack check: base is unchanged and every frame of a module fits in its maxFrame.
        emit(yieldAt(`${a(3)}`));
        emit(jump(a(3)));
        emit('}');
        break;
      }
      case Op.call_ext: {
        emit('{');
        emit(`const e = IMP[${a(2)}]; const t = e.code;`);
        emit(`if (t !== null) {`);
        emit(`const nb = base + ${a(1) + FRAME_LINK};`);
        emit(`stack[nb - 3] = C; stack[nb - 2] = ${next}; stack[nb - 1] = base;`);
        emit(`if (nb + t.maxFrame > stack.length) R.growStack(p, nb + t.maxFrame);`);
        emit(`if (--reds < 0) { p.code = t; p.pc = e.pc; p.base = nb; p.reds = 0; return ${RUN_YIELD}; }`);
        emit(`const j = t.jit;`);
        emit(`if (j !== null) { base = nb; ${directCall('j.fns[j.fnOf[e.pc]]', 'e.pc', next)} base = stack[nb - 1]; }`);
        emit(`p.code = t; p.pc = e.pc; p.base = nb; p.reds = reds; return ${RUN_NEXT};`);
        emit('}');
        // A BIF answers at once; the loop around it (every loop is a call) does the yielding.
        emit('reds--;');
        emit(`p.code = C; p.pc = ${pc}; p.base = base;`);
        const imp = code.imports[a(2)];
        if (imp.bif !== null && imp.arity <= 4) {
          // A BIF (math:sqrt, lists:reverse...): call it directly, without building an argument array.
          const xs = Array.from({ length: imp.arity }, (_, i) => src(a(1) + FRAME_LINK + i));
          // Read the arguments before the branch: a read must happen on every path that falls through.
          if (xs.length > 0) emit(`const ${xs.map((x, i) => `x${i} = ${x}`).join(', ')};`);
          emit(`const bf = e.bif; let r;`);
          emit(`if (bf !== null) {`);
          emit(`const v = bf.fn(p${xs.map((_, i) => `, x${i}`).join('')});`);
          emit(`if (v !== R.FAIL && v !== R.TRAP) { p.slowResult = v; r = R.SLOW_RETURNED; }`);
          emit(`else r = R.bifMissed(p, bf, v, base + ${a(1) + FRAME_LINK}, ${next});`);
          emit(`} else r = R.invokeSlow(p, e, base + ${a(1) + FRAME_LINK}, e.arity, false, ${next});`);
        } else {
          emit(`const r = R.invokeSlow(p, e, base + ${a(1) + FRAME_LINK}, e.arity, false, ${next});`);
        }
        emit(`if (r === R.SLOW_RETURNED) {`);
        emit(`${store(a(1), `p.slowResult`)} p.slowResult = null;`);
        // A BIF that charged for its work (or erlang:yield/0) ends the slice once it is spent.
        emit(`if (p.bifReds !== 0) { reds -= p.bifReds; p.bifReds = 0; if (reds < 0) { p.code = C; p.pc = ${next}; p.base = base; p.reds = reds; return ${RUN_YIELD}; } }`);
        emit('}');
        emit(`else if (r === R.SLOW_ENTERED) { p.reds = reds; return ${RUN_NEXT}; }`);
        emit(`else { ${raiseHere(pc)} }`);
        emit('}');
        break;
      }
      case Op.call_ext_last: {
        emit('{');
        emit(`const e = IMP[${a(3)}]; const t = e.code;`);
        const from = a(1);
        for (let i = 0; i < a(2); i++) if (from + i !== i) emit(`stack[base + ${i}] = ${src(from + i)};`);
        emit(`if (t !== null) {`);
        emit(`if (base + t.maxFrame > stack.length) R.growStack(p, base + t.maxFrame);`);
        emit(`p.code = t; p.pc = e.pc; p.base = base;`);
        emit(`if (--reds < 0) { p.reds = 0; return ${RUN_YIELD}; }`);
        emit(`p.reds = reds; return ${RUN_NEXT};`);
        emit('}');
        emit(`p.code = C; p.pc = ${pc}; p.base = base; p.reds = reds - 1;`);
        emit(`return R.callExtLastSlow(p, e);`);
        emit('}');
        break;
      }
      case Op.call_fun:
      case Op.call_fun_last:
      case Op.apply:
      case Op.apply_last: {
        const tail = op === Op.call_fun_last || op === Op.apply_last;
        const isApply = op === Op.apply || op === Op.apply_last;
        emit('{');
        if (!isApply) {
          // Inline path for the common case, a local fun of the right arity: set up the call here.
          const n = a(2);
          const argsAt = tail ? a(1) : a(1) + FRAME_LINK;
          emit(`const f = ${src(argsAt + n)};`);
          emit(`if (f instanceof R.Fun && f.kind === ${FUN_LOCAL} && f.arity === ${n} && !f.target.code.purged) {`);
          emit(`const t = f.target, env = f.env, tc = t.code;`);
          if (tail) {
            for (let i = 0; i < n; i++) if (argsAt + i !== i) emit(`stack[base + ${i}] = ${src(argsAt + i)};`);
            emit(`if (base + ${n} + env.length + tc.maxFrame > stack.length) R.growStack(p, base + ${n} + env.length + tc.maxFrame);`);
            emit(`for (let i = 0; i < env.length; i++) stack[base + ${n} + i] = env[i];`);
            emit(`p.code = tc; p.pc = t.pc; p.base = base;`);
            emit(`if (--reds < 0) { p.reds = 0; return ${RUN_YIELD}; }`);
            emit(`p.reds = reds; return ${RUN_NEXT};`);
          } else {
            emit(`const nb = base + ${argsAt};`);
            emit(`if (nb + ${n} + env.length + tc.maxFrame > stack.length) R.growStack(p, nb + ${n} + env.length + tc.maxFrame);`);
            emit(`for (let i = 0; i < env.length; i++) stack[nb + ${n} + i] = env[i];`);
            emit(`stack[nb - 3] = C; stack[nb - 2] = ${next}; stack[nb - 1] = base;`);
            emit(`if (--reds < 0) { p.code = tc; p.pc = t.pc; p.base = nb; p.reds = 0; return ${RUN_YIELD}; }`);
            emit(`const j = tc.jit;`);
            emit(`if (j !== null) { base = nb; ${directCall('j.fns[j.fnOf[t.pc]]', 't.pc', next)} base = stack[nb - 1]; }`);
            emit(`p.code = tc; p.pc = t.pc; p.base = nb; p.reds = reds; return ${RUN_NEXT};`);
          }
          emit('}');
        }
        emit(`p.reds = reds - 1;`);
        emit(`const r = R.callDynamic(p, C, ${pc}, base, ${tail}, ${isApply}, ${a(1)}, ${a(2)});`);
        emit(`if (r === ${RUN_NEXT} && p.reds < 0) { p.reds = 0; return ${RUN_YIELD}; }`);
        emit('return r;');
        emit('}');
        break;
      }
      case Op.return: {
        emit('{');
        emit(`const v = ${src(a(1))};`);
        emit(`const rc = stack[base - 3];`);
        emit(`if (rc === null) { p.result = v; p.exitReason = R.NORMAL; p.reds = reds; return ${RUN_EXIT}; }`);
        emit(`const rpc = stack[base - 2];`);
        emit(`stack[base - 3] = v; base = stack[base - 1];`);
        emit(`if (rc === C && rpc >= ${start} && rpc < ${end}) { b = E[rpc - ${start}]; continue; }`);
        emit(`p.code = rc; p.pc = rpc; p.base = base; p.reds = reds; return ${RUN_NEXT};`);
        emit('}');
        break;
      }

      case Op.is_integer:
        emit(`{ const v = ${src(a(2))}; ${test(`typeof v === 'number' || typeof v === 'bigint'`, a(1))} }`);
        break;
      case Op.is_float:
        emit(test(`${src(a(2))} instanceof R.ErlFloat`, a(1)));
        break;
      case Op.is_number:
        emit(`{ const v = ${src(a(2))}; ${test(`typeof v === 'number' || typeof v === 'bigint' || v instanceof R.ErlFloat`, a(1))} }`);
        break;
      case Op.is_atom:
        emit(test(`${src(a(2))} instanceof R.Atom`, a(1)));
        break;
      case Op.is_boolean:
        emit(`{ const v = ${src(a(2))}; ${test('v === R.TRUE || v === R.FALSE', a(1))} }`);
        break;
      case Op.is_pid:
        emit(test(`${src(a(2))} instanceof R.Pid`, a(1)));
        break;
      case Op.is_reference:
        emit(test(`${src(a(2))} instanceof R.Ref`, a(1)));
        break;
      case Op.is_port:
        emit(test(`${src(a(2))} instanceof R.Port`, a(1)));
        break;
      case Op.is_function:
        emit(test(`${src(a(2))} instanceof R.Fun`, a(1)));
        break;
      case Op.is_function2:
        emit(`{ const f = ${src(a(2))}; ${test(`f instanceof R.Fun && f.arity === ${src(a(3))}`, a(1))} }`);
        break;
      case Op.is_binary:
        emit(`{ const v = ${src(a(2))}; ${test('v instanceof R.Bin && (v.bitSize & 7) === 0', a(1))} }`);
        break;
      case Op.is_bitstring:
        emit(test(`${src(a(2))} instanceof R.Bin`, a(1)));
        break;
      case Op.is_list:
        emit(`{ const v = ${src(a(2))}; ${test('v instanceof R.Cons || v === R.NIL', a(1))} }`);
        break;
      case Op.is_nonempty_list:
        emit(test(`${src(a(2))} instanceof R.Cons`, a(1)));
        break;
      case Op.is_nil:
        emit(test(`${src(a(2))} === R.NIL`, a(1)));
        break;
      case Op.is_tuple:
        emit(test(`${src(a(2))} instanceof R.Tuple`, a(1)));
        break;
      case Op.is_map:
        emit(test(`${src(a(2))} instanceof R.ErlMap`, a(1)));
        break;
      case Op.test_arity:
        emit(`{ const v = ${src(a(2))}; ${test(`v instanceof R.Tuple && v.elements.length === ${a(3)}`, a(1))} }`);
        break;
      case Op.is_tagged_tuple:
        emit(`{ const v = ${src(a(2))}; ${test(`v instanceof R.Tuple && v.elements.length === ${a(3)} && v.elements[0] === ${src(a(4))}`, a(1))} }`);
        break;
      case Op.is_eq_exact:
      case Op.is_ne_exact: {
        const x = a(2);
        const y = a(3);
        const same = identityLiteral(x) || identityLiteral(y)
          ? `${src(x)} === ${src(y)}`
          : flatTupleLiteral(x) ? tupleEquals(src(y), x) : flatTupleLiteral(y) ? tupleEquals(src(x), y) : null;
        const cond = same ?? `R.eqExact(${src(x)}, ${src(y)})`;
        emit(test(op === Op.is_eq_exact ? cond : `!(${cond})`, a(1)));
        break;
      }
      case Op.is_eq:
        emit(test(`R.eqArith(${src(a(2))}, ${src(a(3))})`, a(1)));
        break;
      case Op.is_ne:
        emit(test(`!R.eqArith(${src(a(2))}, ${src(a(3))})`, a(1)));
        break;
      case Op.is_lt:
      case Op.is_ge: {
        const rel = op === Op.is_lt ? '<' : '>=';
        emit(`{ const x = ${src(a(2))}, y = ${src(a(3))};`);
        emit(test(`typeof x === 'number' && typeof y === 'number' ? x ${rel} y : R.compareTerms(x, y) ${rel} 0`, a(1)));
        emit('}');
        break;
      }

      case Op.get_list:
        emit(`{ const c = ${src(a(1))}; ${store(a(2), `c.hd`)} ${store(a(3), `c.tl`)} }`);
        break;
      case Op.get_hd:
        emit(`${store(a(2), `${src(a(1))}.hd`)}`);
        break;
      case Op.get_tl:
        emit(`${store(a(2), `${src(a(1))}.tl`)}`);
        break;
      case Op.get_tuple_element:
        emit(`${store(a(3), `${src(a(1))}.elements[${a(2)}]`)}`);
        break;
      case Op.put_list:
        emit(`${store(a(3), `new R.Cons(${src(a(1))}, ${src(a(2))})`)}`);
        break;
      case Op.put_tuple: {
        const n = a(2);
        const els: string[] = [];
        for (let i = 0; i < n; i++) els.push(src(a(3 + i)));
        emit(`${store(a(1), `new R.Tuple([${els.join(', ')}])`)}`);
        break;
      }

      case Op.bif1:
      case Op.bif2: {
        const two = op === Op.bif2;
        const args = two ? 'x, y' : 'x';
        emit('{');
        emit(`const x = ${src(a(3))};`);
        if (two) emit(`const y = ${src(a(4))};`);
        const fast = inlineBif(code.image.bifs[a(2)], 'x', two ? 'y' : undefined);
        if (fast !== null) {
          emit('let v;');
          emit(fast);
          emit(`if (v === undefined) {`);
        }
        emit(`const e = BIF[${a(2)}];`);
        emit(`${fast !== null ? '' : 'const '}v = e.fn(p, ${args});`);
        emit(`if (v === R.FAIL) ${failTo(a(1), pc, `e.frame ? [e, [${args}]] : null`)}`);
        // A charged BIF (a send of a big message): the next call ends the slice if it is spent.
        if (two) emit('if (p.bifReds !== 0) { reds -= p.bifReds; p.bifReds = 0; }');
        if (fast !== null) emit('}');
        emit(store(two ? a(5) : a(4), "v"));
        emit('}');
        break;
      }
      case Op.bif: {
        const n = a(4);
        const args: string[] = [];
        for (let i = 0; i < n; i++) args.push(src(a(5 + i)));
        emit('{');
        emit(`const e = BIF[${a(2)}];`);
        emit(`const args = [${args.join(', ')}];`);
        emit(`p.code = C; p.pc = ${pc}; p.base = base;`);
        emit(`const v = R.invokeBif(p, e, args);`);
        emit(`if (v === R.FAIL) ${failTo(a(1), pc, 'e.frame ? [e, args] : null')}`);
        emit(`${store(a(3), `v`)}`);
        emit('}');
        break;
      }
      case Op.add:
      case Op.sub: {
        const sym = op === Op.add ? '+' : '-';
        const x = a(2);
        const y = a(3);
        const ints = [x, y].filter((s) => !(s < 0 && typeof lits[~s] === 'number')).map((s) => `typeof ${s === x ? 'x' : 'y'} === 'number'`);
        emit('{');
        emit(`const x = ${src(x)}, y = ${src(y)};`);
        emit(`let v;`);
        emit(`if (${[...ints, `(v = x ${sym} y) <= ${Number.MAX_SAFE_INTEGER}`, `v >= -${Number.MAX_SAFE_INTEGER}`].join(' && ')}) {} else {`);
        emit('v = undefined;');
        emit(inlineBif(op === Op.add ? 'erlang:+/2' : 'erlang:-/2', 'x', 'y')!);
        emit('if (v === undefined) {');
        emit(`v = R.${op === Op.add ? 'addSlow' : 'subSlow'}(p, x, y);`);
        emit(`if (v === R.FAIL) ${failTo(a(1), pc, `[R.${op === Op.add ? 'PLUS_FRAME' : 'MINUS_FRAME'}, [x, y]]`)}`);
        emit('}');
        emit('}');
        emit(`${store(a(4), `v`)}`);
        emit('}');
        break;
      }

      case Op.badmatch:
      case Op.case_end:
      case Op.try_case_end:
      case Op.badrecord:
        emit(`R.raiseError(p, new R.Tuple([R.ERROR_TAG_OF[${op}], ${src(a(1))}]));`);
        emit(raiseHere(pc));
        break;
      case Op.if_end:
        emit(`R.raiseError(p, R.IF_CLAUSE);`);
        emit(raiseHere(pc));
        break;
      case Op.func_clause:
        emit(`R.raiseError(p, R.FUNCTION_CLAUSE);`);
        emit(raiseHere(pc, 'null', `stack.slice(base, base + ${a(1)})`));
        break;
      case Op.try:
      case Op.catch:
        emit(`p.handlers.push(new R.Handler(C, ${a(1)}, base, ${a(2)}, ${op === Op.try ? 'R.HANDLER_TRY' : 'R.HANDLER_CATCH'}));`);
        break;
      case Op.try_end:
      case Op.catch_end:
        emit('p.handlers.pop();');
        break;
      case Op.raise:
        emit(`p.excClass = ${src(a(1))}; p.excReason = ${src(a(2))}; p.excStack = ${src(a(3))};`);
        emit(raiseHere(pc));
        break;

      case Op.recv_peek:
        emit(`if (p.cursor < p.mailbox.length) ${store(a(2), `p.mailbox.get(p.cursor)`)} else ${jump(a(1))}`);
        break;
      case Op.recv_remove:
        emit('p.mailbox.removeAt(p.cursor);');
        emit('p.cursor = 0;');
        emit('if (p.timer !== null) p.runtime.cancelReceiveTimer(p);');
        break;
      case Op.recv_next:
        emit('p.cursor++;');
        emit(jump(a(1)));
        break;
      case Op.recv_wait:
        emit(`p.code = C; p.pc = ${a(1)}; p.base = base; p.reds = reds; return ${RUN_WAIT};`);
        break;
      case Op.recv_wait_timeout:
        emit('{');
        emit(`const t = ${src(a(2))};`);
        emit(`if (t === R.INFINITY) { p.code = C; p.pc = ${a(1)}; p.base = base; p.reds = reds; return ${RUN_WAIT}; }`);
        emit(`if (typeof t !== 'number' || t < 0) { R.raiseError(p, R.TIMEOUT_VALUE); ${raiseHere(pc)} }`);
        emit(`if (t !== 0) {`);
        emit(`p.code = C; p.pc = ${a(1)}; p.base = base; p.reds = reds;`);
        emit(`if (p.timer === null) p.runtime.armReceiveTimer(p, t, ${next});`);
        emit(`return ${RUN_WAIT};`);
        emit('}');
        emit('}');
        break;
      case Op.recv_timeout:
        emit('p.cursor = 0;');
        break;

      case Op.make_fun: {
        const n = a(3);
        const env: string[] = [];
        for (let i = 0; i < n; i++) env.push(src(a(4 + i)));
        emit(`${store(a(1), `R.makeFun(C, ${a(2)}, [${env.join(', ')}])`)}`);
        break;
      }
      case Op.put_map_assoc:
      case Op.put_map_exact: {
        const fn = op === Op.put_map_assoc ? 'putMapAssoc' : 'putMapExact';
        emit('{');
        emit(`const v = R.${fn}(p, ${src(a(3))}, stack, base, L, OPS, ${pc + 5}, ${a(4)});`);
        emit(`if (v === R.FAIL) ${failTo(a(1), pc)}`);
        emit(`${store(a(2), `v`)}`);
        emit('}');
        break;
      }
      case Op.get_map_elements: {
        const n = a(3);
        emit('{');
        emit(`const m = ${src(a(2))};`);
        emit(`if (!(m instanceof R.ErlMap)) ${jump(a(1))}`);
        for (let i = 0; i < n; i += 2) {
          emit(`{ const v = R.mapGet(m, ${src(a(4 + i))}); if (v === undefined) ${jump(a(1))} ${store(a(5 + i), `v`)} }`);
        }
        emit('}');
        break;
      }
      case Op.bs_build:
        emit('{');
        emit(`const v = R.bsBuild(p, stack, base, L, OPS, ${pc + 4}, ${a(3)});`);
        emit(`if (v === R.FAIL) ${failTo(a(1), pc)}`);
        emit(`${store(a(2), `v`)}`);
        emit('}');
        break;
      case Op.bs_start_match:
        emit(`{ const v = ${src(a(2))}; if (v instanceof R.Bin) ${store(a(3), `R.bsStartMatch(v)`)} else ${jump(a(1))} }`);
        break;
      case Op.bs_get:
        emit(`{ const v = R.bsGet(${src(a(2))}, ${a(3)}, ${src(a(4))}); if (v === R.FAIL) ${jump(a(1))} ${store(a(5), `v`)} }`);
        break;
      case Op.bs_skip:
        emit(test(`R.bsSkip(${src(a(2))}, ${a(3)}, ${src(a(4))})`, a(1)));
        break;
      case Op.bs_test_tail:
        emit(`{ const c = ${src(a(2))}; ${test(`c.end - c.pos === ${a(3)}`, a(1))} }`);
        break;
      case Op.bs_get_tail:
        emit(`${store(a(2), `R.bsGetTail(${src(a(1))})`)}`);
        break;
      case Op.bs_test_unit:
        emit(`{ const c = ${src(a(2))}; ${test(`(c.end - c.pos) % ${a(3)} === 0`, a(1))} }`);
        break;
      default:
        throw new Error(`jit: no translation for ${OP_NAMES[op] ?? op} at ${code.name.name}:${pc}`);
    }
    pc = next;
  }
  // Falling off the end cannot happen (every function ends in a return, a tail call or a raise).
  emit(`default: throw new Error('VM bug: no block ' + b + ' in ${code.name.name.replace(/[^\w]/g, '_')} at ${start}');`);
  emit('}');
  emit('}');
  if (temps > 0) out.splice(2, 0, `let ${Array.from({ length: temps }, (_, i) => `t${i}`).join(', ')};`);
  return { source: out.join('\n'), entries };
}

/** Label operands of the instruction at pc (0 = "raise", not a label). */
function labelsOf(ops: Int32Array, pc: number): number[] {
  const kinds = OP_OPERANDS[ops[pc]];
  const out: number[] = [];
  let i = 1;
  for (const k of kinds) {
    if (k === 'list') {
      i += 1 + ops[pc + i];
      continue;
    }
    if (k === 'l' && ops[pc + i] !== 0) out.push(ops[pc + i]);
    i++;
  }
  return out;
}
