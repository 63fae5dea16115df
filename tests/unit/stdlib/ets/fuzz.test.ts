// Every ets and persistent_term BIF called many times with random arguments (tables, keys, match
// specification fragments, junk): each call must return a term or fail with badarg, never throw.

import { describe, expect, it } from 'vitest';
import { FAIL } from '../../../../stdlib/bif.js';
import type { BifFn } from '../../../../stdlib/bif.js';
import { bifs as etsBifs } from '../../../../stdlib/bifs/ets/ets.js';
import { bifs as selectBifs } from '../../../../stdlib/bifs/ets/select.js';
import { bifs as ptBifs } from '../../../../stdlib/bifs/persistent-term.js';
import { registerAllBifs } from '../../../../stdlib/index.js';
import { Runtime } from '../../../../vm/runtime.js';
import { atom, BADARG } from '../../../../vm/terms/atom.js';
import { ErlFloat } from '../../../../vm/terms/float.js';
import { listFromArray, NIL } from '../../../../vm/terms/list.js';
import { mapFromPairs } from '../../../../vm/terms/map.js';
import { Tuple } from '../../../../vm/terms/tuple.js';
import { binFromString } from '../../../../vm/terms/binary.js';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

describe('ets BIFs on random arguments', () => {
  it('return a term or badarg', () => {
    registerAllBifs();
    const rt = new Runtime({ putChars() {}, flush() {} });
    const p = rt.spawnApply(atom('erlang'), atom('self'), [], null);
    const r = rng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const tables: unknown[] = [atom('named')];
    const atoms = ['set', 'ordered_set', 'bag', 'duplicate_bag', 'public', 'private', 'named_table',
      '_', '$1', '$2', '$_', '$$', 'const', 'andalso', 'element', 'is_integer', '>', '+', 'true',
      'size', 'type', 'memory', 'keypos', 'heir', 'none', '$end_of_table', 'node', 'hd', 'abs',
      'map_get', 'tuple_size', 'self', 'orelse', 'not', 'div', 'is_map_key', 'binary_part'].map(atom);
    const term = (depth: number): unknown => {
      const k = Math.floor(r() * (depth > 2 ? 5 : 9));
      switch (k) {
        case 0: return Math.floor(r() * 10) - 2;
        case 1: return pick(atoms);
        case 2: return pick(tables);
        case 3: return new ErlFloat(r() * 4);
        case 4: return NIL;
        case 5: return new Tuple(Array.from({ length: Math.floor(r() * 4) }, () => term(depth + 1)));
        case 6: return listFromArray(Array.from({ length: Math.floor(r() * 4) }, () => term(depth + 1)));
        case 7: return mapFromPairs([[term(depth + 1), term(depth + 1)]]);
        default: return binFromString('x');
      }
    };
    const fns = Object.entries({ ...etsBifs, ...selectBifs, ...ptBifs }).map(([key, d]) => {
      const fn = (typeof d === 'function' ? d : d.fn) as BifFn;
      return { key, fn, arity: Number(key.slice(key.lastIndexOf('/') + 1)) };
    });
    const make = fns.find((f) => f.key === 'ets:new/2')!;
    for (const opts of [[], ['ordered_set'], ['bag'], ['duplicate_bag', 'public'], ['named_table']]) {
      tables.push(make.fn(p, opts.includes('named_table') ? atom('named') : atom('t'), listFromArray(opts.map(atom))));
    }
    let failures = 0;
    for (let i = 0; i < 20000; i++) {
      const f = pick(fns);
      const args = Array.from({ length: f.arity }, (_, j) => (j === 0 && r() < 0.7 ? pick(tables) : term(0)));
      const out = f.fn(p, ...args);
      expect(out, f.key).not.toBe(undefined);
      if (out === FAIL) {
        failures++;
        expect(p.excReason, f.key).toBe(BADARG);
      }
    }
    expect(failures).toBeGreaterThan(100);
  });
});
