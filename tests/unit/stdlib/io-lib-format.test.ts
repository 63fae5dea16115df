// io_lib:format/2 against a table recorded from real OTP 25 by tools/format-golden.escript
// (regenerate: escript tools/format-golden.escript tests/unit). null expected = badarg.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatToChars, ioLibFormat } from '../../../stdlib/bifs/io-lib-format.js';
import { atom } from '../../../vm/terms/atom.js';
import { Bin, binFromString } from '../../../vm/terms/binary.js';
import { stringCodePoints } from '../../../vm/terms/format.js';
import { listFromArray, stringToList } from '../../../vm/terms/list.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { termFromJson, type TermJson } from '../terms/term-json.js';

const golden = JSON.parse(readFileSync(new URL('./io-lib-format-golden.json', import.meta.url), 'utf8')) as {
  cases: [string, TermJson[], string | null][];
};

function fmt(format: string, args: unknown[]): string | null {
  const r = formatToChars(stringCodePoints(format), args);
  return r === null ? null : String.fromCodePoint(...r);
}

describe('io_lib:format/2 golden table', () => {
  it.each(golden.cases.map((c, i) => [i, ...c] as const))('#%i %j', (_i, format, args, expected) => {
    expect(fmt(format, args.map(termFromJson))).toBe(expected);
  });
});

describe('~tp on a node started with +pc unicode', () => {
  // Recorded with `escript` under `%%! +pc unicode` (OTP 25), as code point lists.
  const bin = (s: string) => binFromString(s);
  const cases: [string, unknown[], number[]][] = [
    ['~tp', [listFromArray([1000, 1001])], [34, 1000, 1001, 34]],
    ['~p', [listFromArray([1000, 1001])], [91, 49, 48, 48, 48, 44, 49, 48, 48, 49, 93]],
    ['~tp', [bin('привет')], [60, 60, 34, 1087, 1088, 1080, 1074, 1077, 1090, 34, 47, 117, 116, 102, 56, 62, 62]],
    ['~tp', [listFromArray([stringToList('héllo'), stringToList('привет'), listFromArray([0x1f600])])],
      [91, 34, 104, 233, 108, 108, 111, 34, 44, 34, 1087, 1088, 1080, 1074, 1077, 1090, 34, 44, 34, 128512, 34, 93]],
    ['~tp', [listFromArray([0xd800])], [91, 53, 53, 50, 57, 54, 93]],
    ['~tP', [bin('привет мир'), 3], [60, 60, 34, 1087, 1088, 1080, 1074, 1077, 1090, 32, 1084, 34, 47, 117, 116, 102, 56, 46, 46, 46, 62, 62]],
    ['~tp', [new Bin(Uint8Array.from([208, 159, 1]), 24)], [60, 60, 50, 48, 56, 44, 49, 53, 57, 44, 49, 62, 62]],
  ];
  it.each(cases)('%s %#', (format, args, expected) => {
    expect(formatToChars(stringCodePoints(format), args, { printableRange: 'unicode' })).toEqual(expected);
  });
});

describe('io_lib:format/2 on terms', () => {
  const args = listFromArray([atom('x'), 42]);
  it('accepts a string, binary or atom format', () => {
    expect(String.fromCodePoint(...ioLibFormat(stringToList('~w ~p'), args)!)).toBe('x 42');
    expect(String.fromCodePoint(...ioLibFormat(binFromString('~w ~p'), args)!)).toBe('x 42');
    expect(String.fromCodePoint(...ioLibFormat(atom('~w ~p'), args)!)).toBe('x 42');
  });

  it('rejects improper argument lists and non-format terms', () => {
    expect(ioLibFormat(stringToList('~w'), atom('x'))).toBeNull();
    expect(ioLibFormat(new Tuple([]), listFromArray([]))).toBeNull();
  });

  it('passes chardata elements of a format list through literally', () => {
    const f = listFromArray([97, stringToList('b~n'), 126, 110]);
    expect(String.fromCodePoint(...ioLibFormat(f, listFromArray([]))!)).toBe('ab~n\n');
  });

  it('formats a long list quickly', () => {
    const l = listFromArray(Array.from({ length: 100_000 }, (_, i) => i));
    const t0 = performance.now();
    const out = formatToChars(stringCodePoints('~p~n'), [l])!;
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(out.length).toBeGreaterThan(500_000);
  });
});
