// Map construction and update instructions (the pairs are read straight from the code stream).

import { atom } from '../terms/atom.js';
import { ErlMap, mapIndex, mapPut } from '../terms/map.js';
import { Tuple } from '../terms/tuple.js';
import { error } from '../../stdlib/bif.js';
import type { Process } from '../process.js';

const BADMAP = atom('badmap');
const BADKEY = atom('badkey');

function read(stack: unknown[], base: number, lits: unknown[], s: number): unknown {
  return s >= 0 ? stack[base + s] : lits[~s];
}

export function putMapAssoc(
  p: Process, m: unknown, stack: unknown[], base: number, lits: unknown[], ops: Int32Array, at: number, n: number,
): unknown {
  if (!(m instanceof ErlMap)) return error(p, new Tuple([BADMAP, m]));
  let out = m;
  for (let i = 0; i < n; i += 2) out = mapPut(out, read(stack, base, lits, ops[at + i]), read(stack, base, lits, ops[at + i + 1]));
  return out;
}

export function putMapExact(
  p: Process, m: unknown, stack: unknown[], base: number, lits: unknown[], ops: Int32Array, at: number, n: number,
): unknown {
  if (!(m instanceof ErlMap)) return error(p, new Tuple([BADMAP, m]));
  let out = m;
  for (let i = 0; i < n; i += 2) {
    const k = read(stack, base, lits, ops[at + i]);
    if (mapIndex(out, k) < 0) return error(p, new Tuple([BADKEY, k]));
    out = mapPut(out, k, read(stack, base, lits, ops[at + i + 1]));
  }
  return out;
}
