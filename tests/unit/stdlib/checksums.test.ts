import { describe, expect, it } from 'vitest';
import { bifs } from '../../../stdlib/bifs/checksums.js';
import { binFromString } from '../../../vm/terms/binary.js';
import { listFromArray } from '../../../vm/terms/list.js';
import { FAIL } from '../../../stdlib/bif.js';

const call = (key: string, ...args: unknown[]) => {
  const d = bifs[key];
  const fn = typeof d === 'function' ? d : d.fn;
  return fn({ excClass: null, excReason: null, excArgs: null }, ...args);
};

// Expected values recorded from erl (OTP 25):
// [erlang:crc32(<<"hello">>), erlang:crc32(12345,<<"x">>), erlang:adler32(<<"hello">>), erlang:adler32(7,[<<"ab">>,99])]
describe('checksums', () => {
  it('equal OTP values', () => {
    expect(call('erlang:crc32/1', binFromString('hello'))).toBe(907060870);
    expect(call('erlang:crc32/2', 12345, binFromString('x'))).toBe(3554254523);
    expect(call('erlang:adler32/1', binFromString('hello'))).toBe(103547413);
    expect(call('erlang:adler32/2', 7, listFromArray([binFromString('ab'), 99]))).toBe(39780653);
  });
  it('combine like crc32/adler32 of the concatenation', () => {
    const a = binFromString('hello ');
    const b = binFromString('world!!');
    const ab = binFromString('hello world!!');
    expect(call('erlang:crc32_combine/3', call('erlang:crc32/1', a), call('erlang:crc32/1', b), 7)).toBe(call('erlang:crc32/1', ab));
    expect(call('erlang:adler32_combine/3', call('erlang:adler32/1', a), call('erlang:adler32/1', b), 7)).toBe(call('erlang:adler32/1', ab));
    // OTP 25: erlang:crc32_combine(123456, 654321, 1000) and erlang:adler32_combine(123456, 654321, 0)
    expect(call('erlang:crc32_combine/3', 123456, 654321, 1000)).toBe(3547493843);
    expect(call('erlang:adler32_combine/3', 123456, 654321, 0)).toBe(123456);
    expect(call('erlang:crc32_combine/3', 1, 2, 2 ** 32)).toBe(FAIL);
  });
  it('reject what is not iodata', () => {
    expect(call('erlang:crc32/1', 3.5)).toBe(FAIL);
  });
});
