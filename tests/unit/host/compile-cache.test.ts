import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { compileCached } from '../../../host/compile-cache.js';
import { atom } from '../../../vm/terms/atom.js';
import { Tuple } from '../../../vm/terms/tuple.js';

const SOURCE = '-module(cached).\n-export([f/0]).\nf() -> X = 1, {ok, hello}.\n';

describe('compile cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minierl-cache-'));
    process.env.MINIERL_CACHE_DIR = dir;
  });
  afterEach(() => {
    delete process.env.MINIERL_CACHE_DIR;
    delete process.env.MINIERL_CACHE;
    rmSync(dir, { recursive: true, force: true });
  });

  const entries = (): string[] => readdirSync(dir).flatMap((d) => readdirSync(join(dir, d)));

  test('a second compile of the same text comes from the cache, diagnostics included', () => {
    const first = compileCached(SOURCE, 'cached.erl');
    expect(entries()).toHaveLength(1);
    const second = compileCached(SOURCE, 'cached.erl');
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.diagnostics.map((d) => d.message)).toEqual(["variable 'X' is unused"]);
    expect(second.image!.code).toEqual(first.image!.code);
    // literals are rebuilt with this runtime's atom table
    const tuple = second.image!.literals.find((l) => l instanceof Tuple) as Tuple;
    expect(tuple.elements[1]).toBe(atom('hello'));
  });

  test('a different text or file name is a different entry', () => {
    compileCached(SOURCE, 'cached.erl');
    compileCached(SOURCE.replace('hello', 'bye'), 'cached.erl');
    compileCached(SOURCE, 'other/cached.erl');
    expect(entries()).toHaveLength(3);
  });

  test('sources with -include and MINIERL_CACHE=0 are not cached', () => {
    compileCached('-module(inc).\n-include("nothere.hrl").\n', 'inc.erl');
    process.env.MINIERL_CACHE = '0';
    compileCached(SOURCE, 'cached.erl');
    expect(readdirSync(dir)).toHaveLength(0);
  });
});
