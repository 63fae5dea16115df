// persistent_term: one global key-value store per runtime, keys compared with =:= (mapKey).
// Values are copied in on put and shared on get (terms are immutable). OTP's global GC on
// erase/update has no counterpart here: nothing can observe it.

import { atom, FALSE, OK, TRUE } from '../../vm/terms/atom.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { listFromArray } from '../../vm/terms/list.js';
import { mapFromPairs } from '../../vm/terms/map.js';
import { mapKey } from '../../vm/terms/key.js';
import { copyTerm } from '../../vm/terms/copy.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import type { Runtime } from '../../vm/runtime.js';
import { termWords } from './ets/table.js';

const stores = new WeakMap<Runtime, Map<unknown, [unknown, unknown]>>();

function storeOf(p: Process): Map<unknown, [unknown, unknown]> {
  let s = stores.get(p.runtime);
  if (s === undefined) stores.set(p.runtime, (s = new Map()));
  return s;
}

function put_2(p: Process, key: unknown, value: unknown): unknown {
  storeOf(p).set(mapKey(key), [copyTerm(key), copyTerm(value)]);
  return OK;
}

function get_1(p: Process, key: unknown): unknown {
  const e = storeOf(p).get(mapKey(key));
  return e === undefined ? badarg(p) : e[1];
}

function get_2(p: Process, key: unknown, dflt: unknown): unknown {
  const e = storeOf(p).get(mapKey(key));
  return e === undefined ? dflt : e[1];
}

function get_0(p: Process): unknown {
  return listFromArray([...storeOf(p).values()].map(([k, v]) => new Tuple([k, v])));
}

function erase_1(p: Process, key: unknown): unknown {
  return storeOf(p).delete(mapKey(key)) ? TRUE : FALSE;
}

/** #{count => N, memory => Bytes}: bytes of the stored keys and values, 8 per word. */
function info_0(p: Process): unknown {
  const s = storeOf(p);
  let words = 0;
  for (const [k, v] of s.values()) words += 3 + termWords(k) + termWords(v);
  return mapFromPairs([[atom('count'), s.size], [atom('memory'), words * 8]]);
}

export const bifs: BifTable = {
  'persistent_term:put/2': put_2,
  'persistent_term:get/1': get_1,
  'persistent_term:get/2': get_2,
  'persistent_term:get/0': get_0,
  'persistent_term:erase/1': erase_1,
  'persistent_term:info/0': info_0,
};
