// The compiled form of one loaded module version: a JavaScript function per Erlang function, made
// the first time the function runs (so start-up pays only for what it uses), and the map from a pc
// to the function containing it, which is how the dispatcher resumes a process anywhere.

import type { Process } from '../process.js';
import type { LoadedModule } from '../module.js';
import { translateFunction } from './translate.js';
import { SUPPORT } from './support.js';
import { interpret } from '../interp.js';

/**
 * Runs the rest of the slice in the interpreter, which can run any code; it returns only when the
 * slice ends. The interpreter counts its reductions into p.reductions itself; the dispatcher counts
 * from p.reds, so move them there.
 */
function interpretSlice(p: Process): number {
  const before = p.reductions;
  const r = interpret(p, p.reds > 0 ? p.reds : 0);
  p.reds -= p.reductions - before;
  p.reductions = before;
  return r;
}

export type JitFn = (p: Process, pc: number, base: number) => number;

export class JitModule {
  /** Index into `fns` of the function containing each pc (-1 for the pad at pc 0). */
  readonly fnOf: Int32Array;
  readonly fns: JitFn[];

  constructor(code: LoadedModule) {
    const ops = code.code;
    const entries = [...new Set(code.functions.map((f) => f.pc))].sort((a, b) => a - b);
    this.fnOf = new Int32Array(ops.length).fill(-1);
    this.fns = [];
    entries.forEach((start, i) => {
      const end = i + 1 < entries.length ? entries[i + 1] : ops.length;
      this.fnOf.fill(i, start, end);
      this.fns.push((p, pc, base) => {
        const fn = compile(code, start, end);
        this.fns[i] = fn;
        return fn(p, pc, base);
      });
    });
  }
}

function compile(code: LoadedModule, start: number, end: number): JitFn {
  let translated: ReturnType<typeof translateFunction>;
  try {
    translated = translateFunction(code, start, end);
  } catch (e) {
    // An instruction the translator does not know yet: this function stays in the interpreter.
    if (process.env.MINIERL_JIT_DEBUG) process.stderr.write(`jit: ${(e as Error).message}\n`);
    return interpretSlice;
  }
  const { source, entries } = translated;
  const factory = new Function('R', 'C', 'L', 'IMP', 'BIF', 'OPS', 'E', 'FNS', `return function erl_${start}(p, pc, base) {\n${source}\n};`);
  return factory(SUPPORT, code, code.lits, code.imports, code.bifs, code.code, entries, code.jit!.fns) as JitFn;
}
