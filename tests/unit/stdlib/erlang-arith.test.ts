// erlang operator BIFs against results recorded from OTP 25 (tests/unit/stdlib/oracle.escript).

import { describe, expect, it } from 'vitest';
import { bifs } from '../../../stdlib/bifs/erlang-arith.js';
import { atom } from '../../../vm/terms/atom.js';
import { ErlFloat } from '../../../vm/terms/float.js';
import { listFromArray } from '../../../vm/terms/list.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { show } from './erl-text.js';
import { newProc, runCases, type Case } from './run-cases.js';

const cases: Case[] = [
  ['erlang:\'+\'(1, 2)', '3'],
  ['erlang:\'+\'(9007199254740991, 1)', '9007199254740992'],
  ['erlang:\'+\'(9007199254740992, -1)', '9007199254740991'],
  ['erlang:\'+\'(1, 2.5)', '3.5'],
  ['erlang:\'+\'(1.0e308, 1.0e308)', 'error:badarith'],
  ['erlang:\'+\'(a, 1)', 'error:badarith'],
  ['erlang:\'+\'(1, "2")', 'error:badarith'],
  ['erlang:\'+\'(18446744073709551616, 0.5)', '1.8446744073709552e19'],
  ['erlang:\'-\'(1, 2)', '-1'],
  ['erlang:\'-\'(-9007199254740991, 2)', '-9007199254740993'],
  ['erlang:\'-\'(1.0, 1)', '0.0'],
  ['erlang:\'-\'(-1.0e308, 1.0e308)', 'error:badarith'],
  ['erlang:\'-\'(a, b)', 'error:badarith'],
  ['erlang:\'*\'(3, 4)', '12'],
  ['erlang:\'*\'(9007199254740991, 9007199254740991)', '81129638414606663681390495662081'],
  ['erlang:\'*\'(1.0e200, 1.0e200)', 'error:badarith'],
  ['erlang:\'*\'(2, 0.5)', '1.0'],
  ['erlang:\'*\'(0, -1.0)', '-0.0'],
  ['erlang:\'*\'(0.0, -1)', '-0.0'],
  ['erlang:\'*\'(179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368, 10.0)', 'error:badarith'],
  ['erlang:\'*\'(1797693134862315708145274237317043567980705675258449965989174768031572607800285387605895586327668781715404589535143824642343213268894641827684675467035375169860499105765512820762454900903893289440758685084551339423045832369032229481658085593321233482747978262041447231687381771809192998812504040261841248583680, 0.0)', 'error:badarith'],
  ['erlang:\'/\'(1, 2)', '0.5'],
  ['erlang:\'/\'(4, 2)', '2.0'],
  ['erlang:\'/\'(1, 0)', 'error:badarith'],
  ['erlang:\'/\'(1, 0.0)', 'error:badarith'],
  ['erlang:\'/\'(0.0, 0.0)', 'error:badarith'],
  ['erlang:\'/\'(1.0e308, 1.0e-308)', 'error:badarith'],
  ['erlang:\'/\'(-1, -0.0)', 'error:badarith'],
  ['erlang:\'/\'(1797693134862315708145274237317043567980705675258449965989174768031572607800285387605895586327668781715404589535143824642343213268894641827684675467035375169860499105765512820762454900903893289440758685084551339423045832369032229481658085593321233482747978262041447231687381771809192998812504040261841248583680, 10)', 'error:badarith'],
  ['erlang:\'/\'(a, 1)', 'error:badarith'],
  ['erlang:\'div\'(7, 2)', '3'],
  ['erlang:\'div\'(-7, 2)', '-3'],
  ['erlang:\'div\'(7, -2)', '-3'],
  ['erlang:\'div\'(-7, -2)', '3'],
  ['erlang:\'div\'(7, 0)', 'error:badarith'],
  ['erlang:\'div\'(7.0, 2)', 'error:badarith'],
  ['erlang:\'div\'(-9223372036854775808, -1)', '9223372036854775808'],
  ['erlang:\'div\'(123456789012345678901234567890, 7)', '17636684144620811271604938270'],
  ['erlang:\'div\'(-123456789012345678901234567890, 7)', '-17636684144620811271604938270'],
  ['erlang:\'rem\'(7, 2)', '1'],
  ['erlang:\'rem\'(-7, 2)', '-1'],
  ['erlang:\'rem\'(7, -2)', '1'],
  ['erlang:\'rem\'(7, 0)', 'error:badarith'],
  ['erlang:\'rem\'(7.0, 2)', 'error:badarith'],
  ['erlang:\'rem\'(-123456789012345678901234567890, 7)', '0'],
  ['erlang:\'band\'(12, 10)', '8'],
  ['erlang:\'band\'(-1, 255)', '255'],
  ['erlang:\'band\'(-123456789012345678901234567890, 4294967295)', '2982212910'],
  ['erlang:\'band\'(1.0, 1)', 'error:badarith'],
  ['erlang:\'bor\'(12, 10)', '14'],
  ['erlang:\'bor\'(-4294967296, 1)', '-4294967295'],
  ['erlang:\'bxor\'(12, 10)', '6'],
  ['erlang:\'bxor\'(-1, 9007199254740991)', '-9007199254740992'],
  ['erlang:\'bsl\'(1, 10)', '1024'],
  ['erlang:\'bsl\'(1, 64)', '18446744073709551616'],
  ['erlang:\'bsl\'(1, -1)', '0'],
  ['erlang:\'bsl\'(-1, -100)', '-1'],
  ['erlang:\'bsl\'(5, -1)', '2'],
  ['erlang:\'bsl\'(-5, -1)', '-3'],
  ['erlang:\'bsl\'(0, 100000000000)', '0'],
  ['erlang:\'bsl\'(1, 100000000000)', 'error:system_limit'],
  ['erlang:\'bsl\'(1, 1.0)', 'error:badarith'],
  ['erlang:\'bsl\'(1, a)', 'error:badarith'],
  ['erlang:\'bsr\'(1024, 3)', '128'],
  ['erlang:\'bsr\'(-1, 10)', '-1'],
  ['erlang:\'bsr\'(-5, 1)', '-3'],
  ['erlang:\'bsr\'(5, -2)', '20'],
  ['erlang:\'bsr\'(5, 100000000000)', '0'],
  ['erlang:\'bsr\'(-5, 100000000000)', '-1'],
  ['erlang:\'bsr\'(-5, 18446744073709551616)', '-1'],
  ['erlang:\'bsl\'(5, -18446744073709551616)', '0'],
  ['erlang:\'bsr\'(5, -18446744073709551616)', 'error:system_limit'],
  ['erlang:\'bsl\'(0, 18446744073709551616)', '0'],
  ['erlang:\'bsl\'(1, 18446744073709551616)', 'error:system_limit'],
  ['erlang:\'bnot\'(5)', '-6'],
  ['erlang:\'bnot\'(-1)', '0'],
  ['erlang:\'bnot\'(9007199254740991)', '-9007199254740992'],
  ['erlang:\'bnot\'(1.0)', 'error:badarith'],
  ['erlang:\'-\'(5)', '-5'],
  ['erlang:\'-\'(-9007199254740992)', '9007199254740992'],
  ['erlang:\'-\'(1.0)', '-1.0'],
  ['erlang:\'-\'(0.0)', '-0.0'],
  ['erlang:\'-\'(a)', 'error:badarith'],
  ['erlang:\'+\'(a)', 'error:badarith'],
  ['erlang:\'+\'(1.0)', '1.0'],
  ['erlang:\'not\'(true)', 'false'],
  ['erlang:\'not\'(false)', 'true'],
  ['erlang:\'not\'(1)', 'error:badarg'],
  ['erlang:\'and\'(true, false)', 'false'],
  ['erlang:\'and\'(true, 1)', 'error:badarg'],
  ['erlang:\'and\'(false, 1)', 'error:badarg'],
  ['erlang:\'or\'(true, 1)', 'error:badarg'],
  ['erlang:\'or\'(false, true)', 'true'],
  ['erlang:\'xor\'(true, true)', 'false'],
  ['erlang:\'xor\'(true, x)', 'error:badarg'],
  ['erlang:\'==\'(1, 1.0)', 'true'],
  ['erlang:\'=:=\'(1, 1.0)', 'false'],
  ['erlang:\'/=\'(1, 1.0)', 'false'],
  ['erlang:\'=/=\'(1, 1.0)', 'true'],
  ['erlang:\'<\'(1, a)', 'true'],
  ['erlang:\'=<\'(1.0, 1)', 'true'],
  ['erlang:\'>\'(b, a)', 'true'],
  ['erlang:\'>=\'({a}, [a])', 'false'],
  ['erlang:\'=:=\'(0.0, -0.0)', 'true'],
  ['erlang:\'==\'(0.0, -0.0)', 'true'],
  ['erlang:\'++\'([1,2], [3])', '[1,2,3]'],
  ['erlang:\'++\'([], a)', 'a'],
  ['erlang:\'++\'([1], a)', '[1|a]'],
  ['erlang:\'++\'(a, [])', 'error:badarg'],
  ['erlang:\'++\'([1|b], [])', 'error:badarg'],
  ['erlang:\'++\'([1|b], [2])', 'error:badarg'],
  ['erlang:\'--\'([1,2,1,3], [1,3])', '[2,1]'],
  ['erlang:\'--\'([1,2], [])', '[1,2]'],
  ['erlang:\'--\'([1,2], a)', 'error:badarg'],
  ['erlang:\'--\'(a, [])', 'error:badarg'],
  ['erlang:\'--\'([1|a], [])', 'error:badarg'],
  ['erlang:\'--\'([1,2], [1|b])', 'error:badarg'],
  ['erlang:\'--\'([1, 1.0], [1.0])', '[1]'],
  ['erlang:\'--\'([], [a|b])', 'error:badarg'],
  ['erlang:\'+\'(-9007199254740991, -1)', '-9007199254740992'],
  ['erlang:\'+\'(-9007199254740992, 1)', '-9007199254740991'],
  ['erlang:\'-\'(0, 0.0)', '0.0'],
  ['erlang:\'-\'(0.0, 0.0)', '0.0'],
  ['erlang:\'+\'(-0.0, 0)', '0.0'],
  ['erlang:\'*\'(-1, 0)', '0'],
  ['erlang:\'div\'(-1, 2)', '0'],
  ['erlang:\'rem\'(-4, 2)', '0'],
  ['erlang:\'div\'(9007199254740991, -1)', '-9007199254740991'],
  ['erlang:\'div\'(18446744073709551616, 18446744073709551616)', '1'],
  ['erlang:\'rem\'(18446744073709551617, 18446744073709551616)', '1'],
  ['erlang:\'div\'(5, 18446744073709551616)', '0'],
  ['erlang:\'div\'(-9007199254740991, 2)', '-4503599627370495'],
  ['erlang:\'rem\'(9007199254740991, 10)', '1'],
  ['erlang:\'band\'(18446744073709551615, -1)', '18446744073709551615'],
  ['erlang:\'bor\'(4294967296, 1)', '4294967297'],
  ['erlang:\'bxor\'(-2147483648, 2147483647)', '-1'],
  ['erlang:\'band\'(a, 1)', 'error:badarith'],
  ['erlang:\'bsl\'(3, 52)', '13510798882111488'],
  ['erlang:\'bsl\'(3, 51)', '6755399441055744'],
  ['erlang:\'bsl\'(-3, 51)', '-6755399441055744'],
  ['erlang:\'bsl\'(18446744073709551616, -60)', '16'],
  ['erlang:\'bsr\'(18446744073709551616, 64)', '1'],
  ['erlang:\'bsr\'(18446744073709551616, 65)', '0'],
  ['erlang:\'bsr\'(-18446744073709551616, 65)', '-1'],
  ['erlang:\'bsr\'(-9007199254740991, 63)', '-1'],
  ['erlang:\'bsr\'(-9007199254740991, 64)', '-1'],
  ['erlang:\'bsr\'(-9007199254740991, 3000)', '-1'],
  ['erlang:\'bsl\'(a, 1)', 'error:badarith'],
  ['erlang:\'bsr\'(1.0, 1)', 'error:badarith'],
  ['erlang:\'bnot\'(-9007199254740992)', '9007199254740991'],
  ['erlang:\'bnot\'(a)', 'error:badarith'],
  ['erlang:\'-\'(9007199254740992)', '-9007199254740992'],
  ['erlang:\'-\'(0)', '0'],
  ['erlang:\'+\'(18446744073709551616)', '18446744073709551616'],
  ['erlang:\'/\'(0, 5)', '0.0'],
  ['erlang:\'/\'(-0.0, 5)', '-0.0'],
  ['erlang:\'/\'(1, 3)', '0.3333333333333333'],
  ['erlang:\'/\'(18446744073709551616, 18446744073709551616)', '1.0'],
  ['erlang:\'/\'(1, 18446744073709551616)', '5.421010862427522e-20'],
  ['erlang:\'*\'(1.5, 18446744073709551616)', '2.7670116110564327e19'],
  ['erlang:\'-\'(36893488147419107329, 0.0)', '3.689348814741911e19'],
  ['erlang:\'+\'(1.0e308, 1.0e292)', '1.0000000000000002e308'],
  ['erlang:\'*\'(5.0e-324, 0.5)', '0.0'],
  ['erlang:\'==\'(18446744073709551616, 1.8446744073709552e19)', 'true'],
  ['erlang:\'=:=\'(18446744073709551616, 18446744073709551616)', 'true'],
  ['erlang:\'<\'(18446744073709551617, 1.8446744073709552e19)', 'false'],
  ['erlang:\'>\'(18446744073709551617, 1.8446744073709552e19)', 'true'],
  ['erlang:\'==\'(9007199254740993, 9.007199254740992e15)', 'false'],
  ['erlang:\'<\'(#{a=>1}, #{a=>1.0})', 'false'],
  ['erlang:\'==\'(#{a=>1}, #{a=>1.0})', 'true'],
  ['erlang:\'<\'(<<1:1>>, <<1>>)', 'false'],
  ['erlang:\'<\'(<<1,2>>, <<1>>)', 'false'],
  ['erlang:\'<\'({}, a)', 'false'],
  ['erlang:\'=<\'([], [])', 'true'],
  ['erlang:\'/=\'([1], [1.0])', 'false'],
  ['erlang:\'=/=\'([1], [1.0])', 'true'],
  ['erlang:\'and\'(1, true)', 'error:badarg'],
  ['erlang:\'or\'(false, false)', 'false'],
  ['erlang:\'xor\'(false, true)', 'true'],
  ['erlang:\'not\'(a)', 'error:badarg'],
  ['erlang:\'++\'([], [])', '[]'],
  ['erlang:\'++\'("ab", "cd")', '[97,98,99,100]'],
  ['erlang:\'++\'([[a]], [b|c])', '[[a],b|c]'],
  ['erlang:\'--\'([a,b,c,a,b], [b,a,x])', '[c,a,b]'],
  ['erlang:\'--\'([{1}, {1.0}], [{1.0}])', '[{1}]'],
  ['erlang:\'--\'([1,2,3], [3,2,1,1])', '[]'],
];

describe('erlang operators', () => runCases(bifs, cases));

function call(key: string, ...args: unknown[]): unknown {
  const d = bifs[key];
  const fn = typeof d === 'function' ? d : d.fn;
  return fn(newProc(), ...args);
}

describe('integer size limit (2^33554368 in OTP 25)', () => {
  it('bsl up to the limit and beyond', () => {
    expect(typeof call('erlang:bsl/2', 1, 33554367)).toBe('bigint');
    const p = newProc();
    const d = bifs['erlang:bsl/2'];
    (typeof d === 'function' ? d : d.fn)(p, 1, 33554368);
    expect(p.excReason).toBe(atom('system_limit'));
  });
  it('sums and products past the limit', () => {
    const x = 1n << 33554367n;
    const p = newProc();
    const d = bifs['erlang:+/2'];
    (typeof d === 'function' ? d : d.fn)(p, x, x);
    expect(p.excReason).toBe(atom('system_limit'));
    expect(call('erlang:+/2', x, x - 1n)).toBe(x + x - 1n);
  });
});

describe('-- on long lists (hashed path) matches the direct path', () => {
  it('removes first occurrences, exactly', () => {
    const mk = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
    const as = mk(300, (i) => (i % 3 === 0 ? new ErlFloat(i % 7) : i % 5 === 0 ? new Tuple([atom('k'), i % 4]) : i % 7));
    const bs = mk(40, (i) => (i % 2 ? i % 7 : new Tuple([atom('k'), i % 4])));
    bs.push(new ErlFloat(3), new ErlFloat(3), new ErlFloat(-0));
    const got = call('erlang:--/2', listFromArray(as), listFromArray(bs));
    const kept = as.slice();
    const eq = (x: unknown, y: unknown) => show(x) === show(y) || (show(x) === '0f' && show(y) === '-0.0f') || (show(x) === '-0.0f' && show(y) === '0f');
    for (const b of bs) {
      const i = kept.findIndex((a) => eq(a, b));
      if (i >= 0) kept.splice(i, 1);
    }
    expect(show(got)).toBe(show(listFromArray(kept)));
  });
});
