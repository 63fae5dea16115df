// erlang type-test BIFs against results recorded from OTP 25 (tests/unit/stdlib/oracle.escript),
// plus the guard flags of every pure-data erlang BIF against erl_internal:guard_bif/2.

import { describe, expect, it } from 'vitest';
import { bifs } from '../../../stdlib/bifs/erlang-types.js';
import { bifs as dataBifs } from '../../../stdlib/bifs/erlang-data.js';
import { bifs as arithBifs } from '../../../stdlib/bifs/erlang-arith.js';
import { bifs as convertBifs } from '../../../stdlib/bifs/erlang-convert.js';
import type { BifTable } from '../../../stdlib/registry.js';
import { atom } from '../../../vm/terms/atom.js';
import { Fun, FUN_EXPORT, FUN_LOCAL } from '../../../vm/terms/fun.js';
import { Pid, Port, Ref } from '../../../vm/terms/pid.js';
import { newProc, runCases, type Case } from './run-cases.js';

const cases: Case[] = [
  ['erlang:is_boolean(true)', 'true'],
  ['erlang:is_boolean(false)', 'true'],
  ['erlang:is_boolean(ok)', 'false'],
  ['erlang:is_bitstring(<<1:1>>)', 'true'],
  ['erlang:is_binary(<<1:1>>)', 'false'],
  ['erlang:is_binary(<<1>>)', 'true'],
  ['erlang:is_number(1.0)', 'true'],
  ['erlang:is_record({a,1}, a)', 'true'],
  ['erlang:is_record({a,1}, b)', 'false'],
  ['erlang:is_record({a,1}, 1)', 'error:badarg'],
  ['erlang:is_record({a,1}, a, 2)', 'true'],
  ['erlang:is_record({a,1}, a, 3)', 'false'],
  ['erlang:is_record({a,1}, a, x)', 'error:badarg'],
  ['erlang:is_record({a,1}, 1, 2)', 'error:badarg'],
  ['erlang:is_record(x, a, 2)', 'false'],
  ['erlang:is_record({}, a)', 'false'],
  ['erlang:is_record({}, a, 0)', 'false'],
  ['erlang:is_record({a}, a, 1)', 'true'],
  ['erlang:is_record(x, 1)', 'error:badarg'],
  ['erlang:is_record({a}, a, -1)', 'false'],
  ['erlang:is_record({a}, a, 18446744073709551616)', 'error:badarg'],
  ['erlang:is_record({a}, a, 0)', 'false'],
  ['erlang:is_record({a}, "a", 1)', 'error:badarg'],
  ['erlang:is_function(a, 0)', 'false'],
  ['erlang:is_function(a, -18446744073709551616)', 'error:badarg'],
  ['erlang:is_atom(true)', 'true'],
  ['erlang:is_atom("a")', 'false'],
  ['erlang:is_integer(18446744073709551616)', 'true'],
  ['erlang:is_integer(1.0)', 'false'],
  ['erlang:is_float(1.0)', 'true'],
  ['erlang:is_float(1)', 'false'],
  ['erlang:is_number(a)', 'false'],
  ['erlang:is_list([])', 'true'],
  ['erlang:is_list([a|b])', 'true'],
  ['erlang:is_list({})', 'false'],
  ['erlang:is_tuple({})', 'true'],
  ['erlang:is_map(#{})', 'true'],
  ['erlang:is_binary(<<>>)', 'true'],
  ['erlang:is_bitstring(a)', 'false'],
  ['erlang:is_pid(a)', 'false'],
  ['erlang:is_reference(a)', 'false'],
  ['erlang:is_port(a)', 'false'],
  ['erlang:is_function(a)', 'false'],
];

describe('erlang type tests', () => runCases(bifs, cases));

function call(key: string, ...args: unknown[]): unknown {
  const d = bifs[key];
  const fn = typeof d === 'function' ? d : d.fn;
  return fn(newProc(), ...args);
}

describe('type tests on process-made terms', () => {
  const local = new Fun(FUN_LOCAL, atom('m'), atom('-f/0-fun-0-'), 1, 0, 0, [42], {});
  const ext = new Fun(FUN_EXPORT, atom('lists'), atom('map'), 2, -1, 0, [], {});
  it('is_function', () => {
    expect(call('erlang:is_function/1', local)).toBe(atom('true'));
    expect(call('erlang:is_function/2', local, 1)).toBe(atom('true'));
    expect(call('erlang:is_function/2', local, 2)).toBe(atom('false'));
    expect(call('erlang:is_function/2', ext, 2)).toBe(atom('true'));
    expect(call('erlang:is_function/2', ext, 256)).toBe(atom('false'));
    expect(call('erlang:is_function/2', ext, 18446744073709551616n)).toBe(atom('false'));
  });
  it('pids, references and ports', () => {
    expect(call('erlang:is_pid/1', new Pid(1, 0))).toBe(atom('true'));
    expect(call('erlang:is_reference/1', new Ref(1, 2, 3))).toBe(atom('true'));
    expect(call('erlang:is_port/1', new Port(3))).toBe(atom('true'));
    expect(call('erlang:is_pid/1', new Port(3))).toBe(atom('false'));
    expect(call('erlang:is_reference/1', new Pid(1, 0))).toBe(atom('false'));
  });
});

// erl_internal:guard_bif/2 in OTP 25, restricted to the BIFs of these files.
const GUARD_BIFS = [
  'is_map_key/2', 'map_get/2', 'ceil/1', 'floor/1', 'map_size/1', 'is_map/1', 'binary_part/3',
  'binary_part/2', 'bit_size/1', 'byte_size/1', 'tuple_size/1', 'is_bitstring/1', 'is_boolean/1',
  'is_record/3', 'is_record/2', 'is_function/2', 'is_function/1', 'is_binary/1', 'is_reference/1',
  'is_port/1', 'is_pid/1', 'is_number/1', 'is_integer/1', 'is_float/1', 'is_tuple/1', 'is_list/1',
  'is_atom/1', 'trunc/1', 'tl/1', 'size/1', 'round/1', 'length/1', 'hd/1', 'float/1', 'element/2', 'abs/1',
];
// Operators allowed in guards: arithmetic, boolean and comparison (not ++ and --).
const GUARD_OPS = [
  '+/1', '-/1', 'bnot/1', 'bsr/2', 'bsl/2', 'bxor/2', 'band/2', 'bor/2', 'rem/2', 'div/2', '//2', '*/2',
  '-/2', '+/2', '/=/2', '=/=/2', '==/2', '=:=/2', '=</2', '</2', '>=/2', '>/2', 'not/1', 'xor/2', 'or/2', 'and/2',
];

describe('guard flags', () => {
  const tables: BifTable[] = [bifs, dataBifs, arithBifs, convertBifs];
  const expected = new Set([...GUARD_BIFS, ...GUARD_OPS].map((k) => 'erlang:' + k));
  for (const t of tables) {
    for (const [key, d] of Object.entries(t)) {
      it(key, () => {
        const guard = typeof d === 'function' ? false : d.guard ?? false;
        expect(guard).toBe(expected.has(key));
      });
    }
  }
});
