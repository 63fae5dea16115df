// Test helper: compiles Erlang source in memory and runs one function in a fresh runtime,
// returning the process's result (or its exit reason) and what it printed.

import { compileSource } from '../../../compiler/compile.js';
import { renderReport } from '../../../compiler/diagnostics.js';
import { registerAllBifs } from '../../../stdlib/index.js';
import { Runtime } from '../../../vm/runtime.js';
import { atom } from '../../../vm/terms/atom.js';
import { writeTerm } from '../../../vm/terms/format.js';
import type { Process } from '../../../vm/process.js';
import { makeFinder } from '../../../host/module-finder.js';

export interface RunResult {
  /** ~w of the value the function returned, or of the exit reason when it crashed. */
  value: string;
  crashed: boolean;
  output: string;
  process: Process;
  runtime: Runtime;
}

export async function runErlang(source: string, fn = 'main', args: unknown[] = [], setup: (rt: Runtime) => void = () => {}): Promise<RunResult> {
  registerAllBifs();
  const { image, diagnostics } = compileSource(source, 't.erl');
  if (image === null) throw new Error(renderReport(diagnostics, source));
  let output = '';
  const rt = new Runtime({ putChars: (cs) => { output += String.fromCodePoint(...Array.from(cs)); }, flush() {} });
  // The standard library comes from dist/lib (npm test builds it first).
  rt.codeServer.finder = makeFinder((msg) => { output += msg; });
  rt.codeServer.load(image);
  setup(rt);
  const p = rt.spawnApply(atom(image.module), atom(fn), args, null);
  await rt.run(() => rt.isExited(p));
  const value = p.crashed ? p.exitReason : p.result;
  return { value: writeTerm(value), crashed: p.crashed, output, process: p, runtime: rt };
}
