// Pure-data BIFs of the erlang module: tuples, list heads and lengths, sizes of binaries and maps,
// number rounding and conversion, min/max. Guard flags follow erl_internal:guard_bif/2 of OTP 25
// (min/2 and max/2 are not guard BIFs before OTP 26).

import { FALSE, TRUE, atom } from '../../vm/terms/atom.js';
import { Bin } from '../../vm/terms/binary.js';
import { compareTerms } from '../../vm/terms/compare.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { Cons, NIL } from '../../vm/terms/list.js';
import { ErlMap, mapGet, mapIndex } from '../../vm/terms/map.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg, error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { arrayFromList, doubleToInt, intToDouble, listFromArray, subBin } from './util.js';
import { chargeCells } from './work.js';

const BADMAP = atom('badmap');
const BADKEY = atom('badkey');

/** Largest tuple OTP can build (make_tuple/2 beyond it is badarg). */
const MAX_TUPLE_SIZE = 16777215;

// ---- tuples ----

function element_2(p: BifContext, n: unknown, t: unknown): unknown {
  if (typeof n === 'number' && t instanceof Tuple && n >= 1 && n <= t.elements.length) return t.elements[n - 1];
  return badarg(p);
}

function setelement_3(p: BifContext, n: unknown, t: unknown, v: unknown): unknown {
  if (typeof n !== 'number' || !(t instanceof Tuple) || n < 1 || n > t.elements.length) return badarg(p);
  const es = t.elements.slice();
  es[n - 1] = v;
  return new Tuple(es);
}

function tuple_size_1(p: BifContext, t: unknown): unknown {
  return t instanceof Tuple ? t.elements.length : badarg(p);
}

function size_1(p: BifContext, t: unknown): unknown {
  if (t instanceof Tuple) return t.elements.length;
  if (t instanceof Bin) return t.bitSize >> 3;
  return badarg(p);
}

function make_tuple_2(p: BifContext, n: unknown, v: unknown): unknown {
  if (typeof n !== 'number' || n < 0 || n > MAX_TUPLE_SIZE) return badarg(p);
  return new Tuple(new Array(n).fill(v));
}

function make_tuple_3(p: BifContext, n: unknown, v: unknown, init: unknown): unknown {
  if (typeof n !== 'number' || n < 0 || n > MAX_TUPLE_SIZE) return badarg(p);
  const es = new Array(n).fill(v);
  let l = init;
  while (l instanceof Cons) {
    const e = l.hd;
    if (!(e instanceof Tuple) || e.elements.length !== 2) return badarg(p);
    const i = e.elements[0];
    if (typeof i !== 'number' || i < 1 || i > n) return badarg(p);
    es[i - 1] = e.elements[1];
    l = l.tl;
  }
  return l === NIL ? new Tuple(es) : badarg(p);
}

function append_element_2(p: BifContext, t: unknown, v: unknown): unknown {
  if (!(t instanceof Tuple) || t.elements.length >= MAX_TUPLE_SIZE) return badarg(p);
  const es = t.elements.slice();
  es.push(v);
  return new Tuple(es);
}

function insert_element_3(p: BifContext, n: unknown, t: unknown, v: unknown): unknown {
  if (typeof n !== 'number' || !(t instanceof Tuple) || n < 1 || n > t.elements.length + 1) return badarg(p);
  const es = t.elements.slice();
  es.splice(n - 1, 0, v);
  return new Tuple(es);
}

function delete_element_2(p: BifContext, n: unknown, t: unknown): unknown {
  if (typeof n !== 'number' || !(t instanceof Tuple) || n < 1 || n > t.elements.length) return badarg(p);
  const es = t.elements.slice();
  es.splice(n - 1, 1);
  return new Tuple(es);
}

function tuple_to_list_1(p: BifContext, t: unknown): unknown {
  if (!(t instanceof Tuple)) return badarg(p);
  chargeCells(p, t.elements.length);
  return listFromArray(t.elements);
}

function list_to_tuple_1(p: BifContext, l: unknown): unknown {
  const es = arrayFromList(l);
  if (es !== undefined) chargeCells(p, es.length);
  return es === undefined || es.length > MAX_TUPLE_SIZE ? badarg(p) : new Tuple(es);
}

// ---- lists ----

function length_1(p: BifContext, l: unknown): unknown {
  let n = 0;
  while (l instanceof Cons) {
    n++;
    l = l.tl;
  }
  chargeCells(p, n);
  return l === NIL ? n : badarg(p);
}

function hd_1(p: BifContext, l: unknown): unknown {
  return l instanceof Cons ? l.hd : badarg(p);
}

function tl_1(p: BifContext, l: unknown): unknown {
  return l instanceof Cons ? l.tl : badarg(p);
}

// ---- binaries ----

function byte_size_1(p: BifContext, b: unknown): unknown {
  return b instanceof Bin ? (b.bitSize + 7) >> 3 : badarg(p);
}

function bit_size_1(p: BifContext, b: unknown): unknown {
  return b instanceof Bin ? b.bitSize : badarg(p);
}

/** Position may be anywhere in the whole bytes; a trailing partial byte travels with the rest. */
function split_binary_2(p: BifContext, b: unknown, n: unknown): unknown {
  if (!(b instanceof Bin) || typeof n !== 'number' || n < 0 || n > b.bitSize >> 3) return badarg(p);
  const rest = new Bin(b.bytes.subarray(n, (b.bitSize + 7) >> 3), b.bitSize - n * 8);
  return new Tuple([subBin(b, 0, n), rest]);
}

function binaryPart(p: BifContext, b: unknown, pos: unknown, len: unknown): unknown {
  if (!(b instanceof Bin) || typeof pos !== 'number' || typeof len !== 'number') return badarg(p);
  let start = pos;
  let n = len;
  if (n < 0) {
    start += n;
    n = -n;
  }
  if (start < 0 || start + n > b.bitSize >> 3) return badarg(p);
  return subBin(b, start, n);
}

function binary_part_2(p: BifContext, b: unknown, spec: unknown): unknown {
  if (!(spec instanceof Tuple) || spec.elements.length !== 2) return badarg(p);
  return binaryPart(p, b, spec.elements[0], spec.elements[1]);
}

function binary_part_3(p: BifContext, b: unknown, pos: unknown, len: unknown): unknown {
  return binaryPart(p, b, pos, len);
}

// ---- numbers ----

/** abs(-0.0) is -0.0 in OTP 25 (only values below zero are negated). */
function abs_1(p: BifContext, x: unknown): unknown {
  if (typeof x === 'number') return x < 0 ? -x : x;
  if (typeof x === 'bigint') return x < 0n ? -x : x;
  if (x instanceof ErlFloat) return x.value < 0 ? new ErlFloat(-x.value) : x;
  return badarg(p);
}

function roundWith(p: BifContext, x: unknown, f: (v: number) => number): unknown {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (x instanceof ErlFloat) return doubleToInt(f(x.value));
  return badarg(p);
}

/** Halves away from zero; `v - trunc(v)` is exact for every double, so there is no rounding slip. */
function roundHalfAway(v: number): number {
  const t = Math.trunc(v);
  const frac = v - t;
  if (frac >= 0.5) return t + 1;
  if (frac <= -0.5) return t - 1;
  return t;
}

function trunc_1(p: BifContext, x: unknown): unknown {
  return roundWith(p, x, Math.trunc);
}

function round_1(p: BifContext, x: unknown): unknown {
  return roundWith(p, x, roundHalfAway);
}

function ceil_1(p: BifContext, x: unknown): unknown {
  return roundWith(p, x, Math.ceil);
}

function floor_1(p: BifContext, x: unknown): unknown {
  return roundWith(p, x, Math.floor);
}

/** Integers too large for a double are badarg here (badarith in arithmetic). */
function float_1(p: BifContext, x: unknown): unknown {
  if (x instanceof ErlFloat) return x;
  if (typeof x === 'number') return new ErlFloat(x);
  if (typeof x === 'bigint') {
    const v = intToDouble(x);
    return Number.isFinite(v) ? new ErlFloat(v) : badarg(p);
  }
  return badarg(p);
}

/** On a tie both return their first argument: min(1, 1.0) is 1, max(1.0, 1) is 1.0. */
function min_2(_p: BifContext, a: unknown, b: unknown): unknown {
  return compareTerms(a, b) <= 0 ? a : b;
}

function max_2(_p: BifContext, a: unknown, b: unknown): unknown {
  return compareTerms(a, b) >= 0 ? a : b;
}

// ---- maps ----

function map_size_1(p: BifContext, m: unknown): unknown {
  return m instanceof ErlMap ? m.keys.length : error(p, new Tuple([BADMAP, m]));
}

function map_get_2(p: BifContext, k: unknown, m: unknown): unknown {
  if (!(m instanceof ErlMap)) return error(p, new Tuple([BADMAP, m]));
  const v = mapGet(m, k);
  return v === undefined ? error(p, new Tuple([BADKEY, k])) : v;
}

function is_map_key_2(p: BifContext, k: unknown, m: unknown): unknown {
  if (!(m instanceof ErlMap)) return error(p, new Tuple([BADMAP, m]));
  return mapIndex(m, k) >= 0 ? TRUE : FALSE;
}

export const bifs: BifTable = {
  'erlang:element/2': { fn: element_2, guard: true },
  'erlang:setelement/3': setelement_3,
  'erlang:tuple_size/1': { fn: tuple_size_1, guard: true },
  'erlang:size/1': { fn: size_1, guard: true },
  'erlang:make_tuple/2': make_tuple_2,
  'erlang:make_tuple/3': make_tuple_3,
  'erlang:append_element/2': append_element_2,
  'erlang:insert_element/3': insert_element_3,
  'erlang:delete_element/2': delete_element_2,
  'erlang:tuple_to_list/1': tuple_to_list_1,
  'erlang:list_to_tuple/1': list_to_tuple_1,
  'erlang:length/1': { fn: length_1, guard: true },
  'erlang:hd/1': { fn: hd_1, guard: true },
  'erlang:tl/1': { fn: tl_1, guard: true },
  'erlang:byte_size/1': { fn: byte_size_1, guard: true },
  'erlang:bit_size/1': { fn: bit_size_1, guard: true },
  'erlang:split_binary/2': split_binary_2,
  'erlang:binary_part/2': { fn: binary_part_2, guard: true },
  'erlang:binary_part/3': { fn: binary_part_3, guard: true },
  'erlang:abs/1': { fn: abs_1, guard: true },
  'erlang:trunc/1': { fn: trunc_1, guard: true },
  'erlang:round/1': { fn: round_1, guard: true },
  'erlang:ceil/1': { fn: ceil_1, guard: true },
  'erlang:floor/1': { fn: floor_1, guard: true },
  'erlang:float/1': { fn: float_1, guard: true },
  'erlang:min/2': min_2,
  'erlang:max/2': max_2,
  'erlang:map_size/1': { fn: map_size_1, guard: true },
  'erlang:map_get/2': { fn: map_get_2, guard: true },
  'erlang:is_map_key/2': { fn: is_map_key_2, guard: true },
};
