// The ets module's BIFs: creating and deleting tables, reading and writing objects, traversal,
// info, ownership. Storage is in store.ts, tables and their registry in table.ts, match
// specifications in match-spec.ts, select/match and their continuations in select.ts. Objects are
// copied into a table (copyTerm) and handed out as they are: terms are immutable, so sharing them
// with the reader cannot be observed. foldl/foldr are Erlang, in stdlib/lib/ets.erl.

import { atom, Atom, FALSE, TRUE, UNDEFINED, bool } from '../../../vm/terms/atom.js';
import { Cons, NIL, listFromArray } from '../../../vm/terms/list.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { Pid, Ref } from '../../../vm/terms/pid.js';
import { copyTerm } from '../../../vm/terms/copy.js';
import { isInt, normInt, toBig, type Int } from '../../../vm/terms/integer.js';
import { badarg, type Fail } from '../../bif.js';
import type { BifTable } from '../../registry.js';
import type { Process } from '../../../vm/process.js';
import { MISSING, NONE } from './store.js';
import { newStore, registryOf, Table, tableWords, type Protection, type TableType } from './table.js';

export const END_OF_TABLE = atom('$end_of_table');

/** The table `t` names if `p` may read it (write: may write it), else undefined. */
export function readable(p: Process, t: unknown): Table | undefined {
  const tab = registryOf(p.runtime).find(t);
  return tab !== undefined && tab.canRead(p) ? tab : undefined;
}

export function writable(p: Process, t: unknown): Table | undefined {
  const tab = registryOf(p.runtime).find(t);
  return tab !== undefined && tab.canWrite(p) ? tab : undefined;
}

// ---- creating and deleting tables ----

const TYPES = new Set(['set', 'ordered_set', 'bag', 'duplicate_bag']);
const PROTECTIONS = new Set(['public', 'protected', 'private']);

function new_2(p: Process, name: unknown, opts: unknown): unknown {
  if (!(name instanceof Atom)) return badarg(p);
  let type: TableType = 'set';
  let prot: Protection = 'protected';
  let named = false;
  let keypos = 1;
  let heir: [Pid, unknown] | null = null;
  const flags = { read: false, write: FALSE as unknown, decentralized: false, compressed: false };
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (o instanceof Atom) {
      if (TYPES.has(o.name)) type = o.name as TableType;
      else if (PROTECTIONS.has(o.name)) prot = o.name as Protection;
      else if (o.name === 'named_table') named = true;
      else if (o.name === 'compressed') flags.compressed = true;
      else return badarg(p);
      continue;
    }
    if (!(o instanceof Tuple)) return badarg(p);
    const [k, v, d] = o.elements;
    const n = o.elements.length;
    if (k === KEYPOS && n === 2 && typeof v === 'number' && v >= 1) keypos = v;
    else if (k === HEIR && n === 2 && v === NONE_ATOM) heir = null;
    else if (k === HEIR && n === 3 && v instanceof Pid) heir = [v, d];
    else if (k === WRITE_CONCURRENCY && n === 2 && (v === TRUE || v === FALSE || v === AUTO)) flags.write = v;
    else if (k === READ_CONCURRENCY && n === 2 && (v === TRUE || v === FALSE)) flags.read = v === TRUE;
    else if (k === DECENTRALIZED && n === 2 && (v === TRUE || v === FALSE)) flags.decentralized = v === TRUE;
    else return badarg(p);
  }
  if (l !== NIL) return badarg(p);
  const reg = registryOf(p.runtime);
  if (named && reg.byName.has(name)) return badarg(p);
  const t = new Table(p.runtime.makeRef(), name, named, type, keypos, prot, flags, p, newStore(type));
  if (heir !== null) [t.heir, t.heirData] = [heir[0], copyTerm(heir[1])];
  reg.add(t);
  return t.id;
}

function delete_1(p: Process, t: unknown): unknown {
  const tab = writable(p, t);
  if (tab === undefined) return badarg(p);
  registryOf(p.runtime).remove(tab);
  return TRUE;
}

function whereis_1(p: Process, name: unknown): unknown {
  if (!(name instanceof Atom)) return badarg(p);
  return registryOf(p.runtime).byName.get(name)?.ref ?? UNDEFINED;
}

function all_0(p: Process): unknown {
  return listFromArray(registryOf(p.runtime).all().map((t) => t.id));
}

function rename_2(p: Process, t: unknown, name: unknown): unknown {
  const tab = writable(p, t);
  if (tab === undefined || !(name instanceof Atom)) return badarg(p);
  const reg = registryOf(p.runtime);
  if (tab.named && reg.byName.has(name) && reg.byName.get(name) !== tab) return badarg(p);
  reg.rename(tab, name);
  return tab.id;
}

function give_away_3(p: Process, t: unknown, to: unknown, data: unknown): unknown {
  const tab = registryOf(p.runtime).find(t);
  if (tab === undefined || tab.owner !== p || !(to instanceof Pid)) return badarg(p);
  const dest = p.runtime.processOf(to);
  if (dest === undefined || dest === p || p.runtime.isExited(dest)) return badarg(p);
  registryOf(p.runtime).transfer(tab, dest, data);
  return TRUE;
}

function setopts_2(p: Process, t: unknown, opts: unknown): unknown {
  const tab = registryOf(p.runtime).find(t);
  if (tab === undefined || tab.owner !== p) return badarg(p);
  const list = opts instanceof Tuple ? [opts] : listToArray(opts);
  if (list === undefined) return badarg(p);
  for (const o of list) {
    if (!(o instanceof Tuple)) return badarg(p);
    const [k, v, d] = o.elements;
    if (k === HEIR && o.elements.length === 2 && v === NONE_ATOM) tab.heir = null;
    else if (k === HEIR && o.elements.length === 3 && v instanceof Pid) [tab.heir, tab.heirData] = [v, copyTerm(d)];
    else if (k === PROTECTION && o.elements.length === 2 && v instanceof Atom && PROTECTIONS.has(v.name)) tab.protection = v.name as Protection;
    else return badarg(p);
  }
  return TRUE;
}

// ---- writing ----

/** The objects of insert's second argument (one tuple or a proper list of them), or undefined. */
function objectsOf(tab: Table, objs: unknown): Tuple[] | undefined {
  if (objs instanceof Tuple) return objs.elements.length >= tab.keypos ? [objs] : undefined;
  const out: Tuple[] = [];
  let l = objs;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (!(o instanceof Tuple) || o.elements.length < tab.keypos) return undefined;
    out.push(o);
  }
  return l === NIL ? out : undefined;
}

function insert_2(p: Process, t: unknown, objs: unknown): unknown {
  const tab = writable(p, t);
  const list = tab === undefined ? undefined : objectsOf(tab, objs);
  if (tab === undefined || list === undefined) return badarg(p);
  insertAll(tab, list);
  return TRUE;
}

/** OTP inserts a list into a bag from its end: [{k,1},{k,2}] stores {k,2} first. */
function insertAll(tab: Table, list: Tuple[]): void {
  if (tab.type === 'bag') list.reverse();
  for (const o of list) tab.store.insert(tab.keyOf(o), copyTerm(o) as Tuple);
}

function insert_new_2(p: Process, t: unknown, objs: unknown): unknown {
  const tab = writable(p, t);
  const list = tab === undefined ? undefined : objectsOf(tab, objs);
  if (tab === undefined || list === undefined) return badarg(p);
  for (const o of list) if (tab.store.has(tab.keyOf(o))) return FALSE;
  insertAll(tab, list);
  return TRUE;
}

function delete_2(p: Process, t: unknown, key: unknown): unknown {
  const tab = writable(p, t);
  if (tab === undefined) return badarg(p);
  tab.store.remove(key);
  return TRUE;
}

function delete_object_2(p: Process, t: unknown, obj: unknown): unknown {
  const tab = writable(p, t);
  if (tab === undefined || !(obj instanceof Tuple) || obj.elements.length < tab.keypos) return badarg(p);
  tab.store.removeObject(tab.keyOf(obj), obj);
  return TRUE;
}

function delete_all_objects_1(p: Process, t: unknown): unknown {
  const tab = writable(p, t);
  if (tab === undefined) return badarg(p);
  tab.store.clear();
  return TRUE;
}

function take_2(p: Process, t: unknown, key: unknown): unknown {
  const tab = writable(p, t);
  if (tab === undefined) return badarg(p);
  const objs = tab.store.remove(key);
  return objs === undefined ? NIL : listFromArray(objs);
}

/** The single object under `key` of a set or ordered_set `tab`, for the update functions. */
function singleObject(tab: Table, key: unknown): Tuple | undefined {
  return tab.store.lookup(key)?.[0];
}

function update_element_3(p: Process, t: unknown, key: unknown, spec: unknown): unknown {
  const tab = writable(p, t);
  if (tab === undefined || (tab.type !== 'set' && tab.type !== 'ordered_set')) return badarg(p);
  const updates = spec instanceof Tuple ? [spec] : listToArray(spec);
  if (updates === undefined) return badarg(p);
  for (const u of updates) {
    if (!(u instanceof Tuple) || u.elements.length !== 2 || typeof u.elements[0] !== 'number') return badarg(p);
  }
  const obj = singleObject(tab, key);
  if (obj === undefined) return FALSE;
  const els = obj.elements.slice();
  for (const u of updates as Tuple[]) {
    const pos = u.elements[0] as number;
    if (pos < 1 || pos > els.length || pos === tab.keypos) return badarg(p);
    els[pos - 1] = copyTerm(u.elements[1]);
  }
  tab.store.insert(key, new Tuple(els));
  return TRUE;
}

/** ets:update_counter/3,4. One op {Pos, Incr[, Threshold, SetValue]} or a list of them. */
function update_counter(p: Process, t: unknown, key: unknown, ops: unknown, dflt: unknown): unknown {
  const tab = writable(p, t);
  if (tab === undefined || (tab.type !== 'set' && tab.type !== 'ordered_set')) return badarg(p);
  const single = !(ops instanceof Cons) && ops !== NIL;
  const list = single ? [ops] : listToArray(ops);
  if (list === undefined) return badarg(p);
  let obj = singleObject(tab, key);
  if (obj === undefined) {
    if (!(dflt instanceof Tuple) || dflt.elements.length < tab.keypos) return badarg(p);
    const els = dflt.elements.slice();
    els[tab.keypos - 1] = key;
    obj = copyTerm(new Tuple(els)) as Tuple;
  }
  const els = obj.elements.slice();
  const results: Int[] = [];
  for (const op of list) {
    const r = applyCounterOp(tab, els, op);
    if (r === undefined) return badarg(p);
    results.push(r);
  }
  tab.store.insert(key, new Tuple(els));
  return single ? results[0] : listFromArray(results);
}

function applyCounterOp(tab: Table, els: unknown[], op: unknown): Int | undefined {
  let pos = tab.keypos + 1;
  let incr: unknown = op;
  let threshold: unknown = null;
  let setValue: unknown = null;
  if (op instanceof Tuple) {
    const e = op.elements;
    if (e.length !== 2 && e.length !== 4) return undefined;
    [pos, incr] = e as [number, unknown];
    if (e.length === 4) [threshold, setValue] = [e[2], e[3]];
    if (e.length === 4 && (!isInt(threshold) || !isInt(setValue))) return undefined;
  }
  if (typeof pos !== 'number' || !isInt(incr) || pos < 1 || pos > els.length || pos === tab.keypos) return undefined;
  const old = els[pos - 1];
  if (!isInt(old)) return undefined;
  let v = addInts(old, incr);
  if (threshold !== null) {
    const c = toBig(v) - toBig(threshold as Int);
    if ((toBig(incr) >= 0n && c > 0n) || (toBig(incr) < 0n && c < 0n)) v = setValue as Int;
  }
  els[pos - 1] = v;
  return v;
}

function addInts(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return normInt(toBig(a) + toBig(b));
}

// ---- reading ----

function lookup_2(p: Process, t: unknown, key: unknown): unknown {
  const tab = readable(p, t);
  if (tab === undefined) return badarg(p);
  const objs = tab.store.lookup(key);
  return objs === undefined ? NIL : listFromArray(objs);
}

function lookup_element_3(p: Process, t: unknown, key: unknown, pos: unknown): unknown {
  const tab = readable(p, t);
  if (tab === undefined || typeof pos !== 'number' || pos < 1) return badarg(p);
  const objs = tab.store.lookup(key);
  if (objs === undefined) return badarg(p);
  const out: unknown[] = [];
  for (const o of objs) {
    if (pos > o.elements.length) return badarg(p);
    out.push(o.elements[pos - 1]);
  }
  return tab.type === 'set' || tab.type === 'ordered_set' ? out[0] : listFromArray(out);
}

function member_2(p: Process, t: unknown, key: unknown): unknown {
  const tab = readable(p, t);
  if (tab === undefined) return badarg(p);
  return bool(tab.store.has(key));
}

function tab2list_1(p: Process, t: unknown): unknown {
  const tab = readable(p, t);
  if (tab === undefined) return badarg(p);
  const out: unknown[] = [];
  tab.store.forEach((o) => {
    out.push(o);
    return true;
  });
  return listFromArray(out);
}

function keyResult(k: unknown): unknown {
  return k === NONE ? END_OF_TABLE : k;
}

function first_1(p: Process, t: unknown): unknown {
  const tab = readable(p, t);
  return tab === undefined ? badarg(p) : keyResult(tab.store.first());
}

/** For set, bag and duplicate_bag last/1 is first/1 and prev/2 is next/2, as in OTP. */
function last_1(p: Process, t: unknown): unknown {
  const tab = readable(p, t);
  if (tab === undefined) return badarg(p);
  return keyResult(tab.type === 'ordered_set' ? tab.store.last() : tab.store.first());
}

function next_2(p: Process, t: unknown, key: unknown): unknown | Fail {
  const tab = readable(p, t);
  if (tab === undefined) return badarg(p);
  const k = tab.store.next(key);
  return k === MISSING ? badarg(p) : keyResult(k);
}

function prev_2(p: Process, t: unknown, key: unknown): unknown {
  const tab = readable(p, t);
  if (tab === undefined) return badarg(p);
  const k = tab.type === 'ordered_set' ? tab.store.prev(key) : tab.store.next(key);
  return k === MISSING ? badarg(p) : keyResult(k);
}

// ---- info ----

const INFO_ITEMS = [
  'id', 'decentralized_counters', 'read_concurrency', 'write_concurrency', 'compressed', 'memory',
  'owner', 'heir', 'name', 'size', 'node', 'named_table', 'type', 'keypos', 'protection',
].map(atom);
const EXTRA_ITEMS = new Set(['fixed', 'safe_fixed', 'safe_fixed_monotonic_time']); // stats: TODO(#7)

function infoItem(tab: Table, item: Atom): unknown {
  switch (item.name) {
    case 'id': return tab.ref;
    case 'decentralized_counters': return bool(tab.flags.decentralized);
    case 'read_concurrency': return bool(tab.flags.read);
    case 'write_concurrency': return tab.flags.write;
    case 'compressed': return bool(tab.flags.compressed);
    case 'memory': return tableWords(tab);
    case 'owner': return tab.owner.pid;
    case 'heir': return tab.heir ?? NONE_ATOM;
    case 'name': return tab.name;
    case 'size': return tab.store.size;
    case 'node': return atom('nonode@nohost');
    case 'named_table': return bool(tab.named);
    case 'type': return atom(tab.type);
    case 'keypos': return tab.keypos;
    case 'protection': return atom(tab.protection);
    case 'fixed': return bool(tab.fixes.size > 0);
    case 'safe_fixed':
    case 'safe_fixed_monotonic_time':
      if (tab.fixes.size === 0) return FALSE;
      return new Tuple([(tab.fixedAt as [Tuple, number])[item.name === 'safe_fixed' ? 0 : 1],
        listFromArray([...tab.fixes].map(([proc, n]) => new Tuple([proc.pid, n])))]);
    default: return FALSE; // not reached: info_2 accepts only the items above
  }
}

/** ets:safe_fixtable/2: while fixed, next/2 works from keys deleted during a traversal. */
function safe_fixtable_2(p: Process, t: unknown, on: unknown): unknown {
  const tab = readable(p, t);
  if (tab === undefined || (on !== TRUE && on !== FALSE)) return badarg(p);
  if (on === FALSE && !tab.fixes.has(p)) return TRUE;
  registryOf(p.runtime).fix(tab, p, on === TRUE, () => fixationTime(p));
  return TRUE;
}

/** {Mega, Secs, Micro} as erlang:timestamp() gives, and the monotonic time in native units. */
function fixationTime(p: Process): [Tuple, number] {
  const us = Math.round((performance.timeOrigin + p.runtime.nowMs()) * 1000);
  const mono = Math.round(p.runtime.nowMs() * 1e6);
  return [new Tuple([Math.floor(us / 1e12), Math.floor(us / 1e6) % 1e6, us % 1e6]), mono];
}

function info_1(p: Process, t: unknown): unknown {
  if (!(t instanceof Atom) && !(t instanceof Ref)) return badarg(p);
  const tab = registryOf(p.runtime).find(t);
  if (tab === undefined) return UNDEFINED;
  return listFromArray(INFO_ITEMS.map((i) => new Tuple([i, infoItem(tab, i)])));
}

function info_2(p: Process, t: unknown, item: unknown): unknown {
  const tab = registryOf(p.runtime).find(t);
  if (!(item instanceof Atom)) return badarg(p);
  if (tab === undefined) return UNDEFINED;
  if (!INFO_ITEMS.includes(item) && !EXTRA_ITEMS.has(item.name)) return badarg(p);
  return infoItem(tab, item);
}

// ---- helpers ----

const KEYPOS = atom('keypos');
const HEIR = atom('heir');
const NONE_ATOM = atom('none');
const AUTO = atom('auto');
const PROTECTION = atom('protection');
const WRITE_CONCURRENCY = atom('write_concurrency');
const READ_CONCURRENCY = atom('read_concurrency');
const DECENTRALIZED = atom('decentralized_counters');

function listToArray(l: unknown): unknown[] | undefined {
  const out: unknown[] = [];
  for (; l instanceof Cons; l = l.tl) out.push(l.hd);
  return l === NIL ? out : undefined;
}

export const bifs: BifTable = {
  'ets:new/2': new_2,
  'ets:delete/1': delete_1,
  'ets:delete/2': delete_2,
  'ets:delete_object/2': delete_object_2,
  'ets:delete_all_objects/1': delete_all_objects_1,
  'ets:whereis/1': whereis_1,
  'ets:all/0': all_0,
  'ets:rename/2': rename_2,
  'ets:give_away/3': give_away_3,
  'ets:setopts/2': setopts_2,
  'ets:insert/2': insert_2,
  'ets:insert_new/2': insert_new_2,
  'ets:take/2': take_2,
  'ets:update_element/3': update_element_3,
  'ets:update_counter/3': (p: Process, t: unknown, k: unknown, op: unknown) => update_counter(p, t, k, op, null),
  'ets:update_counter/4': update_counter,
  'ets:lookup/2': lookup_2,
  'ets:lookup_element/3': lookup_element_3,
  'ets:member/2': member_2,
  'ets:tab2list/1': tab2list_1,
  'ets:first/1': first_1,
  'ets:last/1': last_1,
  'ets:next/2': next_2,
  'ets:prev/2': prev_2,
  'ets:info/1': info_1,
  'ets:info/2': info_2,
  'ets:safe_fixtable/2': safe_fixtable_2,
};
