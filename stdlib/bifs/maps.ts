// The maps module functions that take no funs. Keys match exactly (1 and 1.0 are different keys);
// a non-map argument is error:{badmap,M}, a missing key for get/2 and update/3 is {badkey,K}.
// Iteration order is the map's key order (see vm/terms/map.ts for large maps).

import { ERROR, FALSE, OK, TRUE, atom } from '../../vm/terms/atom.js';
import { compareKeys } from '../../vm/terms/compare.js';
import { Cons, NIL } from '../../vm/terms/list.js';
import { EMPTY_MAP, ErlMap, mapGet, mapIndex, mapPut, mapRemove } from '../../vm/terms/map.js';
import { iterationView, listView } from '../../vm/terms/map-order.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { FAIL, badarg, error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { listFromArray } from './util.js';

const BADMAP = atom('badmap');
const BADKEY = atom('badkey');
const FUNCTION_CLAUSE = atom('function_clause');

function badmap(p: BifContext, m: unknown): typeof FAIL {
  return error(p, new Tuple([BADMAP, m]));
}

function get_2(p: BifContext, k: unknown, m: unknown): unknown {
  if (!(m instanceof ErlMap)) return badmap(p, m);
  const v = mapGet(m, k);
  return v === undefined ? error(p, new Tuple([BADKEY, k])) : v;
}

function get_3(p: BifContext, k: unknown, m: unknown, dflt: unknown): unknown {
  if (!(m instanceof ErlMap)) return badmap(p, m);
  return mapGet(m, k) ?? dflt;
}

function find_2(p: BifContext, k: unknown, m: unknown): unknown {
  if (!(m instanceof ErlMap)) return badmap(p, m);
  const v = mapGet(m, k);
  return v === undefined ? ERROR : new Tuple([OK, v]);
}

function put_3(p: BifContext, k: unknown, v: unknown, m: unknown): unknown {
  return m instanceof ErlMap ? mapPut(m, k, v) : badmap(p, m);
}

function remove_2(p: BifContext, k: unknown, m: unknown): unknown {
  return m instanceof ErlMap ? mapRemove(m, k) : badmap(p, m);
}

function update_3(p: BifContext, k: unknown, v: unknown, m: unknown): unknown {
  if (!(m instanceof ErlMap)) return badmap(p, m);
  return mapIndex(m, k) >= 0 ? mapPut(m, k, v) : error(p, new Tuple([BADKEY, k]));
}

function take_2(p: BifContext, k: unknown, m: unknown): unknown {
  if (!(m instanceof ErlMap)) return badmap(p, m);
  const v = mapGet(m, k);
  return v === undefined ? ERROR : new Tuple([v, mapRemove(m, k)]);
}

function is_key_2(p: BifContext, k: unknown, m: unknown): unknown {
  if (!(m instanceof ErlMap)) return badmap(p, m);
  return mapIndex(m, k) >= 0 ? TRUE : FALSE;
}

// Big maps list in OTP's HAMT order (vm/terms/map-order.ts).
function keys_1(p: BifContext, m: unknown): unknown {
  return m instanceof ErlMap ? listFromArray(listView(m).keys) : badmap(p, m);
}

function values_1(p: BifContext, m: unknown): unknown {
  return m instanceof ErlMap ? listFromArray(listView(m).values) : badmap(p, m);
}

function to_list_1(p: BifContext, map: unknown): unknown {
  if (!(map instanceof ErlMap)) return badmap(p, map);
  const m = listView(map);
  return listFromArray(m.keys.map((k, i) => new Tuple([k, m.values[i]])));
}

/** The pairs in maps:fold/maps:next order, for lib/maps.erl. */
function iteration_list_1(p: BifContext, map: unknown): unknown {
  if (!(map instanceof ErlMap)) return badmap(p, map);
  const m = iterationView(map);
  return listFromArray(m.keys.map((k, i) => new Tuple([k, m.values[i]])));
}

function size_1(p: BifContext, m: unknown): unknown {
  return m instanceof ErlMap ? m.keys.length : badmap(p, m);
}

function new_0(): unknown {
  return EMPTY_MAP;
}

/**
 * A map from entries in any order in O(n log n); among equal keys the last entry wins, key
 * included (0.0 and -0.0 are one key: maps:from_list([{0.0,a},{-0.0,b}]) is #{-0.0 => b}).
 */
function mapFromEntries(ks: unknown[], vs: unknown[]): ErlMap {
  if (ks.length === 0) return EMPTY_MAP;
  const order = ks.map((_, i) => i).sort((a, b) => compareKeys(ks[a], ks[b]) || a - b);
  const outK: unknown[] = [];
  const outV: unknown[] = [];
  for (const i of order) {
    const n = outK.length;
    if (n > 0 && compareKeys(outK[n - 1], ks[i]) === 0) {
      outK[n - 1] = ks[i];
      outV[n - 1] = vs[i];
    } else {
      outK.push(ks[i]);
      outV.push(vs[i]);
    }
  }
  return new ErlMap(outK, outV);
}

function from_list_1(p: BifContext, l: unknown): unknown {
  const ks: unknown[] = [];
  const vs: unknown[] = [];
  for (; l instanceof Cons; l = l.tl) {
    const t = l.hd;
    if (!(t instanceof Tuple) || t.elements.length !== 2) return badarg(p);
    ks.push(t.elements[0]);
    vs.push(t.elements[1]);
  }
  return l === NIL ? mapFromEntries(ks, vs) : badarg(p);
}

function from_keys_2(p: BifContext, l: unknown, v: unknown): unknown {
  const ks: unknown[] = [];
  for (; l instanceof Cons; l = l.tl) ks.push(l.hd);
  return l === NIL ? mapFromEntries(ks, ks.map(() => v)) : badarg(p);
}

/** A linear merge of the two sorted key arrays; on equal keys the second map's key and value win. */
function merge_2(p: BifContext, a: unknown, b: unknown): unknown {
  if (!(a instanceof ErlMap)) return badmap(p, a);
  if (!(b instanceof ErlMap)) return badmap(p, b);
  if (a.keys.length === 0) return b;
  if (b.keys.length === 0) return a;
  const ks: unknown[] = [];
  const vs: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < a.keys.length || j < b.keys.length) {
    const c = i === a.keys.length ? 1 : j === b.keys.length ? -1 : compareKeys(a.keys[i], b.keys[j]);
    if (c < 0) {
      ks.push(a.keys[i]);
      vs.push(a.values[i++]);
    } else {
      if (c === 0) i++;
      ks.push(b.keys[j]);
      vs.push(b.values[j++]);
    }
  }
  return new ErlMap(ks, vs);
}

/** with/2 and without/2: a non-map is badmap first, then a non-list is badarg; a bad tail is function_clause. */
function keyList(p: BifContext, ks: unknown, m: unknown): unknown[] | typeof FAIL {
  if (!(m instanceof ErlMap)) return badmap(p, m);
  if (!(ks instanceof Cons) && ks !== NIL) return badarg(p);
  const out: unknown[] = [];
  for (; ks instanceof Cons; ks = ks.tl) out.push(ks.hd);
  return ks === NIL ? out : error(p, FUNCTION_CLAUSE);
}

/** Keeps the map's own key objects; a key listed twice counts once. */
function with_2(p: BifContext, ks: unknown, m: unknown): unknown {
  const keys = keyList(p, ks, m);
  if (keys === FAIL) return FAIL;
  const src = m as ErlMap;
  const keep = new Uint8Array(src.keys.length);
  for (const k of keys) {
    const i = mapIndex(src, k);
    if (i >= 0) keep[i] = 1;
  }
  return new ErlMap(src.keys.filter((_, i) => keep[i]), src.values.filter((_, i) => keep[i]));
}

function without_2(p: BifContext, ks: unknown, m: unknown): unknown {
  const keys = keyList(p, ks, m);
  if (keys === FAIL) return FAIL;
  const src = m as ErlMap;
  const drop = new Uint8Array(src.keys.length);
  let dropped = 0;
  for (const k of keys) {
    const i = mapIndex(src, k);
    if (i >= 0 && !drop[i]) {
      drop[i] = 1;
      dropped++;
    }
  }
  if (dropped === 0) return src;
  return new ErlMap(src.keys.filter((_, i) => !drop[i]), src.values.filter((_, i) => !drop[i]));
}

export const bifs: BifTable = {
  'maps:get/2': get_2,
  'maps:get/3': get_3,
  'maps:find/2': find_2,
  'maps:put/3': put_3,
  'maps:remove/2': remove_2,
  'maps:update/3': update_3,
  'maps:take/2': take_2,
  'maps:is_key/2': is_key_2,
  'maps:keys/1': keys_1,
  'maps:values/1': values_1,
  'maps:to_list/1': to_list_1,
  'erts_internal:map_iteration_list/1': iteration_list_1,
  'maps:size/1': size_1,
  'maps:new/0': new_0,
  'maps:from_list/1': from_list_1,
  'maps:from_keys/2': from_keys_2,
  'maps:merge/2': merge_2,
  'maps:with/2': with_2,
  'maps:without/2': without_2,
};
