// erlang:phash/2 and phash2/1,2 against values recorded from OTP 25 (erl on x86_64).
import { describe, expect, it } from 'vitest';
import { makeHash, makeHash2, atomHash } from '../../../stdlib/bifs/term-hash.js';
import { atom } from '../../../vm/terms/atom.js';
import { ErlFloat } from '../../../vm/terms/float.js';
import { NIL, listFromArray, stringToList } from '../../../vm/terms/list.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { binFromBytes, Bin } from '../../../vm/terms/binary.js';
import { EMPTY_MAP, mapPut } from '../../../vm/terms/map.js';

const phash2 = (t: unknown) => makeHash2(t) & 0x7ffffff;
const phash = (t: unknown) => (makeHash(t) % 2 ** 32) + 1;

describe('term hashes', () => {
  it('atoms use hashpjw with the latin1 clutch', () => {
    expect(atomHash(atom('a'))).toBe(97);
    expect(phash2(atom('hello world'))).toBe(18131988);
    expect(phash2(atom('åäö'))).toBe(62518);
    expect(phash2(atom('ĀĂ'))).toBe(838850);
  });

  it('phash2 matches OTP for each kind of term', () => {
    const cases: [unknown, number][] = [
      [NIL, 113427502],
      [listFromArray([NIL]), 96416884],
      [new Tuple([]), 87486268],
      [0, 88723725],
      [1, 2614250],
      [-1, 44071773],
      [134217727, 112602999],
      [134217728, 12354923],
      [-134217729, 76739502],
      [2 ** 32, 95057355],
      [1n << 64n, 103122609],
      [-(1n << 70n), 20532417],
      [new ErlFloat(1.0), 77147068],
      [new ErlFloat(-0.0), 20875736],
      [binFromBytes(new Uint8Array(0)), 13708901],
      [binFromBytes(new Uint8Array([1, 2, 3])), 6479071],
      [new Bin(new Uint8Array([0x20]), 3), 73037028],
      [stringToList('abc'), 117343302],
      [listFromArray([atom('a')], atom('b')), 74710280],
      [EMPTY_MAP, 39679005],
      [mapPut(EMPTY_MAP, atom('a'), 1), 59617982],
      [new Tuple([atom('a'), atom('b')]), 101277806],
    ];
    for (const [t, h] of cases) expect(phash2(t)).toBe(h);
  });

  it('phash matches OTP', () => {
    expect(phash(atom('a'))).toBe(98);
    expect(phash(listFromArray([NIL]))).toBe(2952798237);
    expect(phash(1)).toBe(2788898428);
    expect(phash(1n << 60n)).toBe(49);
    expect(phash(new ErlFloat(1.0))).toBe(1072693249);
    expect(phash(binFromBytes(new Uint8Array([1, 2, 3])))).toBe(687692590);
    expect(phash(stringToList('abc'))).toBe(3654580166);
    expect(phash(mapPut(EMPTY_MAP, atom('a'), 1))).toBe(1670235874);
  });
});
