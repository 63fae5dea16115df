// The translation tier: every function of the standard library translates into JavaScript that
// compiles, and translated code behaves like the interpreter (the conformance suite runs under both
// tiers in CI; see .ci/run). Printing a translation here is also the way to read generated code.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { registerAllBifs } from '../../../stdlib/index.js';
import { CodeServer } from '../../../vm/code-server.js';
import { deserializeImage } from '../../../vm/isa/image-file.js';
import { translateFunction } from '../../../vm/jit/translate.js';
import { LIB_DIR } from '../../../host/module-finder.js';
import { runErlang } from './run-erlang.js';

describe('jit translation', () => {
  registerAllBifs();
  const files = readdirSync(LIB_DIR).filter((f) => f.endsWith('.mbeam'));

  test('the standard library is there to translate', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  test.each(files)('%s: every function translates into valid JavaScript', (file) => {
    const cs = new CodeServer();
    const lm = cs.load(deserializeImage(readFileSync(join(LIB_DIR, file), 'utf8')));
    const starts = [...new Set(lm.functions.map((f) => f.pc))].sort((a, b) => a - b);
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] : lm.code.length;
      const { source, entries } = translateFunction(lm, start, end);
      expect(entries[0]).toBe(0);
      expect(() => new Function('R', 'C', 'L', 'IMP', 'BIF', 'OPS', 'E', 'FNS', `return function (p, pc, base) {\n${source}\n};`)).not.toThrow();
    });
  });

  test('a self-recursive function stays in one JS function and keeps its frames', async () => {
    const r = await runErlang(`-module(t).\n-export([main/0]).\nmain() -> {f(20), catch g(3)}.
f(0) -> 0;\nf(N) -> 1 + f(N - 1).
g(0) -> erlang:error(boom);\ng(N) -> [g(N - 1)].\n`);
    expect(r.value).toMatch(/^\{20,\{'EXIT',\{boom,\[\{t,g,1,/);
    // g/1 appears once per pending call: frames are real even inside one translated function
    expect(r.value.match(/\{t,g,1,/g)!.length).toBe(4);
  });
});
