// erlang:crc32/1,2, adler32/1,2 and md5/1 over iodata, with OTP's results.
// TODO(#8): erlang:phash/2 and phash2/1,2 equal to OTP's values.

import { createHash } from 'node:crypto';
import { binFromBytes } from '../../vm/terms/binary.js';
import { badarg } from '../bif.js';
import type { BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { iolistToBytes } from './util.js';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(prev: number, bytes: Uint8Array): number {
  let c = (prev ^ 0xffffffff) >>> 0;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(prev: number, bytes: Uint8Array): number {
  let a = prev & 0xffff;
  let b = (prev >>> 16) & 0xffff;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function isUint32(x: unknown): x is number {
  return typeof x === 'number' && x >= 0 && x <= 0xffffffff;
}

export const bifs: BifTable = {
  'erlang:crc32/1': (p: BifContext, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined ? badarg(p) : crc32(0, bytes);
  },
  'erlang:crc32/2': (p: BifContext, prev: unknown, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined || !isUint32(prev) ? badarg(p) : crc32(prev, bytes);
  },
  'erlang:adler32/1': (p: BifContext, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined ? badarg(p) : adler32(1, bytes);
  },
  'erlang:adler32/2': (p: BifContext, prev: unknown, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined || !isUint32(prev) ? badarg(p) : adler32(prev, bytes);
  },
  'erlang:md5/1': (p: BifContext, d: unknown) => {
    const bytes = iolistToBytes(d);
    return bytes === undefined ? badarg(p) : binFromBytes(new Uint8Array(createHash('md5').update(bytes).digest()));
  },
};
