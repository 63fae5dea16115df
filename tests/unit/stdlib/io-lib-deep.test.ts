// io_lib:format/2's deep list (stdlib/bifs/io-lib-deep.ts). The exact structures are checked against
// OTP by tests/conformance/format/io_lib_deep.erl; here: shapes recorded from OTP 25, and that the
// deep list always flattens to the text io:format prints, over the whole recorded format table.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatToChars } from '../../../stdlib/bifs/io-lib-format.js';
import { ioLibFormatDeep } from '../../../stdlib/bifs/io-lib-deep.js';
import { Bin, binFromString } from '../../../vm/terms/binary.js';
import { stringCodePoints, writeTerm } from '../../../vm/terms/format.js';
import { Cons, listFromArray, NIL, stringToList } from '../../../vm/terms/list.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { termFromJson, type TermJson } from '../terms/term-json.js';

const golden = JSON.parse(readFileSync(new URL('./io-lib-format-golden.json', import.meta.url), 'utf8')) as {
  cases: [string, TermJson[], string | null][];
};

function deep(format: string, args: unknown[]): string {
  const r = ioLibFormatDeep(stringToList(format), listFromArray(args));
  return r === null ? 'badarg' : writeTerm(r, {});
}

function flatten(t: unknown, out: number[]): void {
  for (let l = t; l instanceof Cons; l = l.tl) {
    if (typeof l.hd === 'number') out.push(l.hd);
    else flatten(l.hd, out);
  }
}

describe('io_lib:format/2 deep structure (recorded from OTP 25)', () => {
  const s = () => listFromArray([97, listFromArray([98, binFromString('cd')]), binFromString('e')]);
  const cases: [string, unknown[], string][] = [
    ['a~wb~s', [1, stringToList('x')], '[97,[49],98,[120]]'],
    ['~10s|', [new Cons(97, new Cons(listFromArray([98, binFromString('cd')]), binFromString('e')))], '[[[32,[32,32],32,32],97,[98,[99,100]],101],124]'],
    ['~-10.3.xs|', [new Cons(97, new Cons(listFromArray([98, binFromString('cd')]), binFromString('e')))], '[[[97,98,99],120,[120,120,120],120,120,120],124]'],
    ['~3s|', [s()], '[[97,98,99],124]'],
    ['~p', [new Tuple([stringToList('abc'), binFromString('x')])], '[[123,[[34,97,98,99,34],44,[60,60,[34,120,34],62,62]],125]]'],
    ['~s', [stringToList('ab')], '[[97,98]]'],
    ['~tc', [-1], '[-1]'],
    ['~5b|', [3], '[32,32,32,32,51,124]'],
  ];
  it.each(cases)('%s %#', (format, args, expected) => {
    expect(deep(format, args)).toBe(expected);
  });

  it('lays a long list out over lines with indentation lists', () => {
    const l = listFromArray(Array.from({ length: 40 }, (_, i) => i + 1));
    const r = ioLibFormatDeep(stringToList('~p'), listFromArray([l]));
    // [[91,[[49],44,...,44,10,[32],[50,57],...],93]]: the break is $,, $\n, then the indentation list
    expect(writeTerm(r, {})).toContain('44,[50,56],44,10,[32],[50,57]');
  });

  it('keeps badarg where OTP raises it', () => {
    expect(deep('~w', [])).toBe('badarg');
    expect(deep('~s', [listFromArray([256])])).toBe('badarg');
    expect(ioLibFormatDeep(new Bin(new Uint8Array([126]), 7), NIL)).toBeNull();
  });
});

describe('the deep list flattens to the text io:format prints', () => {
  it.each(golden.cases.map((c, i) => [i, ...c] as const))('#%i %j', (_i, format, args) => {
    const as = args.map(termFromJson);
    const flat = formatToChars(stringCodePoints(format), as);
    const r = ioLibFormatDeep(listFromArray(stringCodePoints(format)), listFromArray(as));
    if (flat === null) {
      // Only ~tc of a non-character differs: OTP's io_lib returns it, printing fails.
      if (r !== null) expect(format).toContain('c');
      return;
    }
    const out: number[] = [];
    flatten(r, out);
    expect(out).toEqual(flat);
  });
});
