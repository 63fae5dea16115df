// `minierl eunit DIR|FILE...`: compiles every .erl file given (or found directly in each directory
// given), loads them all, and runs eunit:test/2 on every module that has tests (f_test/0 or
// f_test_/0 exported; m_tests is left to its m, which eunit runs along with it). Exits 0 when
// eunit:test returns ok, 1 on failures or compile errors, 2 when nothing was found.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileCached } from './compile-cache.js';
import { renderReport } from '../compiler/diagnostics.js';
import { atom, OK } from '../vm/terms/atom.js';
import { listFromArray } from '../vm/terms/list.js';
import { Runtime } from '../vm/runtime.js';
import type { ModuleImage } from '../vm/isa/image.js';
import { crashReport } from '../stdlib/crash-report.js';
import { registerAllBifs } from '../stdlib/index.js';
import { Latin1Stdout } from './stdout.js';
import { LIB_DIR, makeFinder } from './module-finder.js';

export interface EunitOptions {
  verbose: boolean;
}

/** The .erl files named, and those directly inside the directories named. */
function sourceFiles(paths: string[]): string[] | string {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      return `minierl eunit: no such file or directory: ${p}\n`;
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).filter((n) => n.endsWith('.erl')).sort()) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

function hasTests(image: ModuleImage): boolean {
  return image.exports.some(([f, a]) => a === 0 && (f.endsWith('_test') || f.endsWith('_test_')));
}

export async function runEunit(paths: string[], opts: EunitOptions): Promise<number> {
  registerAllBifs();
  const files = sourceFiles(paths);
  if (typeof files === 'string') {
    process.stderr.write(files);
    return 2;
  }
  const stdout = new Latin1Stdout();
  const print = (s: string): void => stdout.putChars(Array.from(s, (c) => c.codePointAt(0)!));
  const dirs = [...new Set(files.map((f) => dirname(f)))];
  // A project keeps its headers in include/ beside src/ and test/.
  const includePaths = [...dirs, ...dirs.map((d) => join(d, '..', 'include'))];
  const images: ModuleImage[] = [];
  let failed = false;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const { image, diagnostics } = compileCached(text, file, { includePaths });
    if (diagnostics.length) print(renderReport(diagnostics, text));
    if (image === null) failed = true;
    else images.push(image);
  }
  if (failed) {
    stdout.flush();
    return 1;
  }
  const names = new Set(images.filter(hasTests).map((i) => i.module));
  const modules = [...names].filter((m) => !(m.endsWith('_tests') && names.has(m.slice(0, -'_tests'.length))));
  if (modules.length === 0) {
    print('minierl eunit: no test modules found\n');
    stdout.flush();
    return 2;
  }
  const rt = new Runtime(stdout);
  rt.codeServer.finder = makeFinder(print);
  rt.codeServer.path = [...dirs, LIB_DIR];
  for (const image of images) rt.codeServer.load(image);
  rt.onExit = (p) => {
    if (p === main || rt.loggerLevel === 'none') return;
    const report = crashReport(p);
    if (report !== null) print(report);
  };
  const options = opts.verbose ? listFromArray([atom('verbose')]) : listFromArray([]);
  const main = rt.spawnApply(atom('eunit'), atom('test'), [listFromArray(modules.map((m) => atom(m))), options], null);
  await rt.run(() => rt.isExited(main));
  stdout.flush();
  if (rt.halted !== null) return typeof rt.halted.status === 'number' ? rt.halted.status : 1;
  return main.result === OK ? 0 : 1;
}
