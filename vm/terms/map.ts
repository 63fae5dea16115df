// Maps as two parallel arrays, keys sorted in map-key order (term order, integers before floats of
// equal value). Updates copy, so a map term never changes. Lookups are binary searches.
// Maps over 32 keys iterate and print in OTP's HAMT order: map-order.ts computes it on demand.

import { compareKeys } from './compare.js';

export class ErlMap {
  constructor(
    readonly keys: unknown[],
    readonly values: unknown[],
  ) {}
}

export const EMPTY_MAP = new ErlMap([], []);

/** Index of `key`, or -(insertionPoint + 1) when absent. */
export function mapIndex(m: ErlMap, key: unknown): number {
  const ks = m.keys;
  let lo = 0;
  let hi = ks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareKeys(ks[mid], key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}

export function mapGet(m: ErlMap, key: unknown): unknown | undefined {
  const i = mapIndex(m, key);
  return i >= 0 ? m.values[i] : undefined;
}

export function mapPut(m: ErlMap, key: unknown, value: unknown): ErlMap {
  const i = mapIndex(m, key);
  if (i >= 0) {
    if (m.values[i] === value) return m;
    const vs = m.values.slice();
    vs[i] = value;
    return new ErlMap(m.keys, vs);
  }
  const at = -i - 1;
  const ks = m.keys.slice();
  const vs = m.values.slice();
  ks.splice(at, 0, key);
  vs.splice(at, 0, value);
  return new ErlMap(ks, vs);
}

export function mapRemove(m: ErlMap, key: unknown): ErlMap {
  const i = mapIndex(m, key);
  if (i < 0) return m;
  const ks = m.keys.slice();
  const vs = m.values.slice();
  ks.splice(i, 1);
  vs.splice(i, 1);
  return new ErlMap(ks, vs);
}

/** Builds a map from key/value pairs in any order; later duplicates win, as in `#{a=>1, a=>2}`. */
export function mapFromPairs(pairs: [unknown, unknown][]): ErlMap {
  let m = EMPTY_MAP;
  for (const [k, v] of pairs) m = mapPut(m, k, v);
  return m;
}
