// OTP's iteration order for maps over 32 keys (orders recorded from OTP 25's maps:keys/1, which
// lists the reverse of the iteration order).
import { describe, expect, it } from 'vitest';
import { atom } from '../../../vm/terms/atom.js';
import { EMPTY_MAP, mapPut, type ErlMap } from '../../../vm/terms/map.js';
import { iterationOrder, iterationView, listView } from '../../../vm/terms/map-order.js';

function intMap(keys: number[]): ErlMap {
  let m = EMPTY_MAP;
  for (const k of keys) m = mapPut(m, k, atom('x'));
  return m;
}

describe('map iteration order', () => {
  it('keeps term order up to 32 keys', () => {
    expect(iterationOrder(intMap([3, 1, 2]))).toBeNull();
  });

  it('follows the HAMT for 1..40', () => {
    const m = intMap(Array.from({ length: 40 }, (_, i) => i + 1));
    // OTP 25: maps:keys(maps:from_list([{I, x} || I <- lists:seq(1, 40)]))
    const otpKeys = [33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25, 28, 6, 38, 13, 40, 20, 15, 14, 2, 7, 1, 8, 3, 17, 22, 21, 4, 36, 24, 10, 35, 27, 19, 5, 18, 16];
    expect(listView(m).keys).toEqual(otpKeys);
    expect(iterationView(m).keys).toEqual(otpKeys.slice().reverse());
    expect(iterationView(m)).toBe(iterationView(m)); // cached
  });

  it('falls back to term order when a key holds an atom', () => {
    let m = intMap(Array.from({ length: 40 }, (_, i) => i));
    m = mapPut(m, atom('a'), 1);
    expect(iterationOrder(m)).toBeNull();
    expect(listView(m)).toBe(m);
  });
});
