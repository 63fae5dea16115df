// Term printing against tables recorded from real OTP 25 by tools/format-golden.escript:
// io_lib:write/2 (~w, ~W), io_lib_pretty:print/2 (~p, ~P) and the float formatters.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Cons, NIL, listFromArray, stringToList } from '../../../vm/terms/list.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { atom } from '../../../vm/terms/atom.js';
import { Bin, binFromString } from '../../../vm/terms/binary.js';
import { ErlFloat } from '../../../vm/terms/float.js';
import { mapFromPairs } from '../../../vm/terms/map.js';
import { Pid, Ref } from '../../../vm/terms/pid.js';
import { prettyTerm, writeTerm, type Encoding } from '../../../vm/terms/format.js';
import * as ff from '../../../vm/terms/float-format.js';
import { floatFromBits, termFromJson, type TermJson } from './term-json.js';

const golden = JSON.parse(readFileSync(new URL('./format-golden.json', import.meta.url), 'utf8')) as {
  terms: TermJson[];
  write: [number, number, Encoding, string | null][];
  pretty: [number, number, number, number, Encoding, string | null][];
  floats: [string, (string | null)[], (string | null)[]][];
};
const terms = golden.terms.map(termFromJson);

describe('io_lib:write (~w, ~W)', () => {
  it.each(golden.write.map((c, i) => [i, ...c] as const))('#%i', (_i, t, depth, enc, expected) => {
    expect(writeTerm(terms[t], { depth, encoding: enc })).toBe(expected);
  });
});

describe('io_lib_pretty:print (~p, ~P)', () => {
  it.each(golden.pretty.map((c, i) => [i, ...c] as const))('#%i', (_i, t, column, lineLength, depth, enc, expected) => {
    expect(prettyTerm(terms[t], { column, lineLength, depth, encoding: enc })).toBe(expected);
  });
});

describe('float_to_list/2 and ~f ~e ~g', () => {
  const opts: [string, (v: number) => string | null][] = [
    ['short', ff.formatShortest],
    ['[]', ff.formatFloatDefault],
    ['decimals 0', (v) => ff.formatDecimals(v, 0, false)],
    ['decimals 2', (v) => ff.formatDecimals(v, 2, false)],
    ['decimals 7 compact', (v) => ff.formatDecimals(v, 7, true)],
    ['decimals 20', (v) => ff.formatDecimals(v, 20, false)],
    ['scientific 0', (v) => ff.formatScientific(v, 0)],
    ['scientific 3', (v) => ff.formatScientific(v, 3)],
    ['scientific 15', (v) => ff.formatScientific(v, 15)],
  ];
  const fmts: [string, (v: number) => string | null][] = [
    ['~f', (v) => ff.formatTildeF(v, 6)],
    ['~.2f', (v) => ff.formatTildeF(v, 2)],
    ['~.0e', () => null], // precision below 2: badarg (io-lib-format.ts checks before calling)
    ['~e', (v) => ff.formatTildeE(v, 6)],
    ['~.3e', (v) => ff.formatTildeE(v, 3)],
    ['~g', (v) => ff.formatTildeG(v, 6)],
    ['~.2g', (v) => ff.formatTildeG(v, 2)],
    ['~.12g', (v) => ff.formatTildeG(v, 12)],
  ];
  it.each(golden.floats)('%s', (bits, optOut, fmtOut) => {
    const v = floatFromBits(bits);
    expect(opts.map(([, f]) => f(v))).toEqual(optOut);
    expect(fmts.map(([, f]) => f(v))).toEqual(fmtOut);
  });
});

describe('readable examples (outputs copied from erl)', () => {
  const m = mapFromPairs([[atom('a'), 1], [atom('b'), 2]]);
  it.each([
    [writeTerm(m), '#{a => 1,b => 2}'],
    [writeTerm(m, { depth: 1 }), '#{}'],
    [prettyTerm(m, { depth: 1 }), '#{...}'],
    [writeTerm(m, { depth: 2 }), '#{a => 1,...}'],
    [writeTerm(listFromArray([1, 2, 3, 4, 5]), { depth: 3 }), '[1,2|...]'],
    [writeTerm(stringToList('abc')), '[97,98,99]'],
    [prettyTerm(stringToList('abc')), '"abc"'],
    [writeTerm(binFromString('abc')), '<<97,98,99>>'],
    [prettyTerm(binFromString('abc')), '<<"abc">>'],
    [writeTerm(new Bin(Uint8Array.of(32), 3)), '<<1:3>>'],
    [writeTerm(new Cons(1, 2)), '[1|2]'],
    [writeTerm(listFromArray([atom('end'), atom('hello world'), atom('Abc'), atom('[]'), atom('é')])),
      "['end','hello world','Abc','[]',é]"],
    [writeTerm(atom('привет')), "'\\x{43F}\\x{440}\\x{438}\\x{432}\\x{435}\\x{442}'"],
    [writeTerm(atom('привет'), { encoding: 'unicode' }), "'привет'"],
    [writeTerm(new Pid(80, 0)), '<0.80.0>'],
    [writeTerm(new Ref(1, 2, 3)), '#Ref<0.1.2.3>'],
    [prettyTerm(new Tuple([atom('aaa'), atom('bbbb')]), { lineLength: 5 }), '{aaa,\n bbbb}'],
    [writeTerm(new ErlFloat(1e10)), '1.0e10'],
    [writeTerm(new ErlFloat(123456789)), '123456789.0'],
  ])('%s', (got, expected) => {
    expect(got).toBe(expected);
  });
});

describe('edge cases', () => {
  it('prints long lists in linear time', () => {
    const items: unknown[] = [];
    for (let i = 0; i < 100_000; i++) items.push(new Tuple([i, stringToList('x')]));
    const l = listFromArray(items);
    const t0 = performance.now();
    const p = prettyTerm(l);
    const w = writeTerm(l);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(p.startsWith('[{0,"x"},\n {1,"x"},')).toBe(true);
    expect(w.length).toBeGreaterThan(800_000);
  });

  it('prints a long string and a long integer list', () => {
    const s = stringToList('a'.repeat(100_000));
    expect(prettyTerm(s).length).toBe(100_002);
    let l: unknown = NIL;
    for (let i = 0; i < 100_000; i++) l = new Cons(1000, l);
    expect(prettyTerm(l).split('\n').length).toBeGreaterThan(1000);
  });

  it('depth 0 is "..."', () => {
    expect(writeTerm(NIL, { depth: 0 })).toBe('...');
    expect(prettyTerm(NIL, { depth: 0 })).toBe('...');
  });
});
