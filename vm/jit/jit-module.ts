// The compiled form of one loaded module version: a JavaScript function per Erlang function, made
// the first time the function runs (so start-up pays only for what it uses), and the map from a pc
// to the function containing it, which is how the dispatcher resumes a process anywhere.

import type { Process } from '../process.js';
import type { LoadedModule } from '../module.js';
import { translateFunction } from './translate.js';
import { SUPPORT } from './support.js';

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
  const { source, entries } = translateFunction(code, start, end);
  const factory = new Function('R', 'C', 'L', 'IMP', 'BIF', 'OPS', 'E', `return function erl_${start}(p, pc, base) {\n${source}\n};`);
  return factory(SUPPORT, code, code.lits, code.imports, code.bifs, code.code, entries) as JitFn;
}
