import { describe, expect, test } from 'vitest';
import { formatShellException } from '../../../../host/shell/exception.js';
import { atom } from '../../../../vm/terms/atom.js';
import { listFromArray, stringToList } from '../../../../vm/terms/list.js';
import { Tuple } from '../../../../vm/terms/tuple.js';
import { prettyTerm } from '../../../../vm/terms/pretty.js';

const NILIST = listFromArray([]);
const pf = (t: unknown, col: number) => prettyTerm(t, { column: col, depth: 30, lineMaxChars: 60 });
const noShell = () => false;
const frame = (m: string, f: string, a: unknown, file?: string, line?: number) =>
  new Tuple([atom(m), atom(f), a, listFromArray(file === undefined ? [] : [new Tuple([atom('file'), stringToList(file)]), new Tuple([atom('line'), line])])]);
const fmt = (cls: string, reason: unknown, stack: unknown[], isShell: (m: { name: string }) => boolean = noShell) =>
  formatShellException(atom(cls), reason, listFromArray(stack), pf, isShell, 'latin1');

describe('shell exception reports (erl_error as shell.erl calls it)', () => {
  test('operators show the call', () => {
    expect(fmt('error', atom('badarith'), [frame('erlang', '+', listFromArray([1, atom('a')]))]))
      .toBe('** exception error: an error occurred when evaluating an arithmetic expression\n     in operator  +/2\n        called as 1 + a');
  });

  test('function_clause names the call and its location', () => {
    expect(fmt('error', atom('function_clause'), [frame('m', 'f', listFromArray([0, NILIST]), 'm.erl', 3), frame('m', 'g', 1, 'm.erl', 9)]))
      .toBe('** exception error: no function clause matching m:f(0,[]) (m.erl, line 3)\n     in function  m:g/1 (m.erl, line 9)');
  });

  test("the shell's own frames are dropped from the bottom only", () => {
    const isShell = (m: { name: string }) => m.name === 'sh';
    expect(fmt('error', new Tuple([atom('badmatch'), 2]), [frame('sh', 'e', 0), frame('m', 'g', 1), frame('sh', 'e', 0)], isShell))
      .toBe('** exception error: no match of right hand side value 2\n     in function  sh:e/0 \n     in call from m:g/1 ');
  });

  test('throw and exit, undefined shell commands, printable argument lists', () => {
    expect(fmt('throw', atom('oops'), [])).toBe('** exception throw: oops');
    expect(fmt('exit', stringToList('bye'), [])).toBe('** exception exit: "bye"');
    expect(fmt('error', new Tuple([atom('shell_undef'), atom('frob'), listFromArray([1]), listFromArray([])]), []))
      .toBe('** exception error: undefined shell command frob/1');
    expect(fmt('error', atom('function_clause'), [frame('m', 'f', listFromArray([104, 105]))]))
      .toBe('** exception error: no function clause matching m:f(104,105) ');
  });

  test('a long value moves to its own line when that saves lines', () => {
    const big = listFromArray(Array.from({ length: 40 }, (_, i) => new Tuple([atom('key'), i])));
    const text = fmt('error', new Tuple([atom('badmatch'), big]), []);
    expect(text.startsWith('** exception error: no match of right hand side value [{key,0},')).toBe(true);
    expect(text.split('\n').length).toBeGreaterThan(2);
  });
});
