// rand_core's 32-bit-halves arithmetic against a BigInt model of the same generators.
import { describe, expect, it } from 'vitest';
import { bifs } from '../../../stdlib/bifs/rand-core.js';
import { Cons } from '../../../vm/terms/list.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { ErlFloat } from '../../../vm/terms/float.js';

const M58 = (1n << 58n) - 1n;
const rotl = (x: bigint, n: bigint) => ((x << n) & M58) | (x >> (58n - n));
const big = (t: unknown) => BigInt(t as number | bigint);
const ctx = { excClass: null, excReason: null, excArgs: null } as never;
const call = (key: string, s: unknown) => (bifs[key] as (p: unknown, s: unknown) => unknown)(ctx, s) as Tuple;

function modelXs(s1: bigint, s0: bigint, star: boolean): [bigint, bigint, bigint] {
  const s1b = (s1 & M58) ^ ((s1 << 24n) & M58);
  const ns1 = s1b ^ s0 ^ (s1b >> 11n) ^ (s0 >> 41n);
  let out: bigint;
  if (star) {
    const va = s0 + ((s0 << 2n) & M58);
    const vb = ((va << 7n) & M58) | ((va >> 51n) & 127n);
    out = (vb + ((vb << 3n) & M58)) & M58;
  } else out = (s0 + ns1) & M58;
  return [out, s0, ns1];
}

function modelExrop(s0: bigint, s1: bigint): [bigint, bigint, bigint] {
  const a = s1 ^ s0;
  return [(s0 + s1) & M58, rotl(s0, 24n) ^ a ^ ((a << 2n) & M58), rotl(a, 35n)];
}

describe('rand_core', () => {
  let seed = 0x1234567n;
  const next58 = () => {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    return seed >> 6n;
  };
  const norm = (x: bigint) => (x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);

  it('exsss and exsp steps equal the BigInt model', () => {
    for (let i = 0; i < 2000; i++) {
      const s1 = next58();
      const s0 = next58();
      for (const [key, star] of [['rand_core:exsss_next/1', true], ['rand_core:exsp_next/1', false]] as const) {
        const r = call(key, new Cons(norm(s1), norm(s0)));
        const [out, a, b] = modelXs(s1, s0, star);
        const st = r.elements[1] as Cons;
        expect([big(r.elements[0]), big(st.hd), big(st.tl)]).toEqual([out, a, b]);
      }
      const f = call('rand_core:exsss_uniform/1', new Cons(norm(s1), norm(s0)));
      expect((f.elements[0] as ErlFloat).value).toBe(Number(modelXs(s1, s0, true)[0] >> 5n) * 2 ** -53);
    }
  });

  it('exrop steps equal the BigInt model', () => {
    for (let i = 0; i < 2000; i++) {
      const s0 = next58();
      const s1 = next58();
      const r = call('rand_core:exrop_next/1', new Cons(norm(s0), norm(s1)));
      const st = r.elements[1] as Cons;
      expect([big(r.elements[0]), big(st.hd), big(st.tl)]).toEqual(modelExrop(s0, s1));
    }
  });
});
