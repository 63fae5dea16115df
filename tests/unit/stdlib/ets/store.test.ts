// The ETS storage structures against simple models: random inserts, deletes and traversals on
// OrderedStore (block splits and merges included) and HashStore (insertion-ordered links).

import { describe, expect, it } from 'vitest';
import { HashStore, MISSING, NONE, OrderedStore } from '../../../../stdlib/bifs/ets/store.js';
import { compareTerms } from '../../../../vm/terms/compare.js';
import { ErlFloat } from '../../../../vm/terms/float.js';
import { Tuple } from '../../../../vm/terms/tuple.js';
import { atom } from '../../../../vm/terms/atom.js';

/** A small deterministic PRNG, so a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

function keys(s: OrderedStore | HashStore): unknown[] {
  const out: unknown[] = [];
  s.forEach((o) => (out.push(o.elements[0]), true));
  return out;
}

describe('OrderedStore', () => {
  it('keeps term order through 20,000 random inserts and deletes', () => {
    const r = rng(7);
    const s = new OrderedStore();
    const model = new Map<number, Tuple>();
    for (let i = 0; i < 20000; i++) {
      const k = Math.floor(r() * 3000);
      if (r() < 0.7) {
        const o = new Tuple([k, i]);
        s.insert(k, o);
        model.set(k, o);
      } else {
        expect(s.remove(k) !== undefined).toBe(model.delete(k));
      }
    }
    const sorted = [...model.keys()].sort((a, b) => a - b);
    expect(s.size).toBe(model.size);
    expect(keys(s)).toEqual(sorted);
    const walked: unknown[] = [];
    for (let k = s.first(); k !== NONE; k = s.next(k)) walked.push(k);
    expect(walked).toEqual(sorted);
    const back: unknown[] = [];
    for (let k = s.last(); k !== NONE; k = s.prev(k)) back.push(k);
    expect(back).toEqual(sorted.reverse());
    for (const k of [-1, 1.5, 2999.5, 5000]) {
      const after = [...model.keys()].filter((x) => x > k).sort((a, b) => a - b)[0];
      expect(s.next(k)).toBe(after ?? NONE);
    }
  });

  it('treats 1 and 1.0 as the same key, and orders mixed terms like compareTerms', () => {
    const s = new OrderedStore();
    const ks = [atom('b'), 3, new ErlFloat(1.0), new Tuple([]), 1, atom('a'), -7];
    for (const k of ks) s.insert(k, new Tuple([k]));
    expect(s.size).toBe(6);
    const got = keys(s);
    expect([...got].sort(compareTerms)).toEqual(got);
    expect(s.lookup(new ErlFloat(1.0))?.[0].elements[0]).toBe(1);
  });

  it('walks from after a key, and empties back to one block', () => {
    const s = new OrderedStore();
    for (let i = 0; i < 2000; i++) s.insert(i, new Tuple([i]));
    const seen: unknown[] = [];
    s.forEachAfter(1995, (o) => (seen.push(o.elements[0]), true));
    expect(seen).toEqual([1996, 1997, 1998, 1999]);
    for (let i = 0; i < 2000; i++) s.remove(i);
    expect([s.size, s.first(), s.last()]).toEqual([0, NONE, NONE]);
  });
});

describe('HashStore', () => {
  it('set: replaces, links in insertion order, reports unknown keys to next/prev', () => {
    const s = new HashStore('set');
    for (const k of [5, 3, 9]) s.insert(k, new Tuple([k, 0]));
    s.insert(3, new Tuple([3, 1]));
    expect(keys(s)).toEqual([5, 3, 9]);
    expect(s.lookup(3)?.[0].elements[1]).toBe(1);
    s.remove(3);
    expect([s.first(), s.next(5), s.next(9), s.prev(9), s.next(3)]).toEqual([5, 9, NONE, 5, MISSING]);
  });

  it('bag keeps one copy of equal objects, duplicate_bag keeps all', () => {
    const bag = new HashStore('bag');
    const dup = new HashStore('duplicate_bag');
    for (const st of [bag, dup]) {
      st.insert(1, new Tuple([1, 'a']));
      st.insert(1, new Tuple([1, 'a']));
      st.insert(1, new Tuple([1, 'b']));
    }
    expect([bag.size, dup.size]).toEqual([2, 3]);
    expect(dup.removeObject(1, new Tuple([1, 'a']))).toBe(2);
    expect(dup.size).toBe(1);
  });

  it('matches a model over random operations', () => {
    const r = rng(11);
    const s = new HashStore('set');
    const model = new Map<number, number>();
    for (let i = 0; i < 10000; i++) {
      const k = Math.floor(r() * 500);
      if (r() < 0.6) {
        s.insert(k, new Tuple([k, i]));
        model.set(k, i);
      } else {
        s.remove(k);
        model.delete(k);
      }
    }
    expect(s.size).toBe(model.size);
    expect(keys(s)).toEqual([...model.keys()]);
  });
});
