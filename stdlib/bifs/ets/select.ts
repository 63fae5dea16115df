// ets:select/match/match_object (all arities, with continuations), select_count, select_delete,
// select_replace and match_delete: running a compiled match specification over a table. A spec
// whose heads all bind the key to the same constant reads only that key. Continuations are tuples
// {'$ets_cont', Kind, Tab, Spec, Limit, LastKey, Done} resuming after the last key returned.

import { atom, Atom, FALSE, TRUE } from '../../../vm/terms/atom.js';
import { Cons, NIL, listFromArray } from '../../../vm/terms/list.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { compareTerms, eqExact } from '../../../vm/terms/compare.js';
import { badarg } from '../../bif.js';
import type { BifTable } from '../../registry.js';
import type { Process } from '../../../vm/process.js';
import { NONE, OrderedStore } from './store.js';
import type { Table } from './table.js';
import { compileMatchSpec, NO_MATCH, Runner, type MatchSpec } from './match-spec.js';
import { END_OF_TABLE, readable, writable } from './ets.js';

const CONT = atom('$ets_cont');
const SELECT = atom('select');
const SELECT_REVERSE = atom('select_reverse');
const MATCH = atom('match');
const MATCH_OBJECT = atom('match_object');
const ALL_VARS = listFromArray([atom('$$')]);
const WHOLE = listFromArray([atom('$_')]);
const TRUE_BODY = listFromArray([TRUE]);

/** The match specification that ets:match (kind match) or match_object means by a pattern. */
function specFor(kind: Atom, pattern: unknown): unknown {
  if (kind === SELECT || kind === SELECT_REVERSE) return pattern;
  return listFromArray([new Tuple([pattern, NIL, kind === MATCH ? ALL_VARS : WHOLE])]);
}

/**
 * Runs `ms` over `tab` from after `after` (NONE: from the start), calling `emit` with each result
 * and its object, stopping once `limit` results are in and a new key starts. Returns the last key
 * visited, or NONE when the whole table was seen.
 */
function scan(
  p: Process, tab: Table, ms: MatchSpec, after: unknown, limit: number, emit: (r: unknown, o: Tuple) => void,
  reverse = false,
): unknown {
  const runner = new Runner(ms, p.pid);
  if (ms.hasKey) {
    for (const o of tab.store.lookup(ms.key) ?? []) {
      const r = runner.run(o);
      if (r !== NO_MATCH) emit(r, o);
    }
    return NONE;
  }
  let n = 0;
  let lastKey: unknown = NONE;
  let stopped = false;
  const sameKey = tab.type === 'ordered_set' ? (a: unknown, b: unknown) => compareTerms(a, b) === 0 : eqExact;
  const visit = (o: Tuple): boolean => {
    const k = tab.keyOf(o);
    if (n >= limit && !sameKey(k, lastKey)) {
      stopped = true;
      return false;
    }
    lastKey = k;
    const r = runner.run(o);
    if (r !== NO_MATCH) {
      emit(r, o);
      n++;
    }
    return true;
  };
  // select_reverse goes backwards through an ordered_set; other tables have no order to reverse.
  if (reverse && tab.store instanceof OrderedStore) tab.store.forEachBefore(after, visit);
  else tab.store.forEachAfter(after, visit);
  return stopped ? lastKey : NONE;
}

function all(p: Process, kind: Atom, t: unknown, pattern: unknown): unknown {
  const tab = readable(p, t);
  const ms = tab === undefined ? null : compileMatchSpec(specFor(kind, pattern), tab.keypos);
  if (tab === undefined || ms === null) return badarg(p);
  const out: unknown[] = [];
  scan(p, tab, ms, NONE, Infinity, (r) => out.push(r), kind === SELECT_REVERSE);
  return listFromArray(out);
}

function chunk(p: Process, kind: Atom, t: unknown, pattern: unknown, limit: unknown, after: unknown): unknown {
  const tab = readable(p, t);
  if (tab === undefined || typeof limit !== 'number' || limit < 1) return badarg(p);
  const ms = compileMatchSpec(specFor(kind, pattern), tab.keypos);
  if (ms === null) return badarg(p);
  const out: unknown[] = [];
  const last = scan(p, tab, ms, after, limit, (r) => out.push(r), kind === SELECT_REVERSE);
  if (out.length === 0) return END_OF_TABLE;
  // A set looked up by its key gives OTP's {Results, '$end_of_table'}.
  if (ms.hasKey && (tab.type === 'set' || tab.type === 'ordered_set')) return new Tuple([listFromArray(out), END_OF_TABLE]);
  const done = last === NONE;
  const cont = new Tuple([CONT, kind, t, pattern, limit, done ? END_OF_TABLE : last, done ? TRUE : FALSE]);
  return new Tuple([listFromArray(out), cont]);
}

function resume(p: Process, kind: Atom, cont: unknown): unknown {
  if (cont === END_OF_TABLE) return END_OF_TABLE;
  if (!(cont instanceof Tuple) || cont.elements.length !== 7 || cont.elements[0] !== CONT || cont.elements[1] !== kind) return badarg(p);
  const [, , t, pattern, limit, last, done] = cont.elements;
  if (done === TRUE) return END_OF_TABLE;
  return chunk(p, kind, t, pattern, limit, last);
}

function select_count_2(p: Process, t: unknown, spec: unknown): unknown {
  const tab = readable(p, t);
  const ms = tab === undefined ? null : compileMatchSpec(spec, tab.keypos);
  if (tab === undefined || ms === null) return badarg(p);
  let n = 0;
  scan(p, tab, ms, NONE, Infinity, (r) => {
    if (r === TRUE) n++;
  });
  return n;
}

function deleteMatching(p: Process, t: unknown, spec: unknown): number | undefined {
  const tab = writable(p, t);
  const ms = tab === undefined ? null : compileMatchSpec(spec, tab.keypos);
  if (tab === undefined || ms === null) return undefined;
  const doomed: Tuple[] = [];
  scan(p, tab, ms, NONE, Infinity, (r, o) => {
    if (r === TRUE) doomed.push(o);
  });
  for (const o of doomed) tab.store.removeObject(tab.keyOf(o), o);
  return doomed.length;
}

function select_delete_2(p: Process, t: unknown, spec: unknown): unknown {
  return deleteMatching(p, t, spec) ?? badarg(p);
}

function match_delete_2(p: Process, t: unknown, pattern: unknown): unknown {
  const spec = listFromArray([new Tuple([pattern, NIL, TRUE_BODY])]);
  return deleteMatching(p, t, spec) === undefined ? badarg(p) : TRUE;
}

/** Each matching object is replaced by the body's result, which must keep the object's key. */
function select_replace_2(p: Process, t: unknown, spec: unknown): unknown {
  const tab = writable(p, t);
  const ms = tab === undefined ? null : compileMatchSpec(spec, tab.keypos);
  if (tab === undefined || ms === null) return badarg(p);
  const pairs: [Tuple, Tuple][] = [];
  let bad = false;
  scan(p, tab, ms, NONE, Infinity, (r, o) => {
    if (r instanceof Tuple && r.elements.length >= tab.keypos && eqExact(tab.keyOf(r), tab.keyOf(o))) pairs.push([o, r]);
    else bad = true;
  });
  if (bad) return badarg(p);
  const bag = tab.type === 'bag' || tab.type === 'duplicate_bag';
  for (const [o, r] of pairs) {
    if (bag) tab.store.removeObject(tab.keyOf(o), o);
    tab.store.insert(tab.keyOf(r), r);
  }
  return pairs.length;
}

function isList(l: unknown): boolean {
  return l === NIL || l instanceof Cons;
}

export const bifs: BifTable = {
  'ets:select/2': (p: Process, t: unknown, s: unknown) => (isList(s) ? all(p, SELECT, t, s) : badarg(p)),
  'ets:select/3': (p: Process, t: unknown, s: unknown, n: unknown) => chunk(p, SELECT, t, s, n, NONE),
  'ets:select/1': (p: Process, c: unknown) => resume(p, SELECT, c),
  'ets:select_reverse/2': (p: Process, t: unknown, s: unknown) => (isList(s) ? all(p, SELECT_REVERSE, t, s) : badarg(p)),
  'ets:select_reverse/3': (p: Process, t: unknown, s: unknown, n: unknown) => chunk(p, SELECT_REVERSE, t, s, n, NONE),
  'ets:select_reverse/1': (p: Process, c: unknown) => resume(p, SELECT_REVERSE, c),
  'ets:match/2': (p: Process, t: unknown, pat: unknown) => all(p, MATCH, t, pat),
  'ets:match/3': (p: Process, t: unknown, pat: unknown, n: unknown) => chunk(p, MATCH, t, pat, n, NONE),
  'ets:match/1': (p: Process, c: unknown) => resume(p, MATCH, c),
  'ets:match_object/2': (p: Process, t: unknown, pat: unknown) => all(p, MATCH_OBJECT, t, pat),
  'ets:match_object/3': (p: Process, t: unknown, pat: unknown, n: unknown) => chunk(p, MATCH_OBJECT, t, pat, n, NONE),
  'ets:match_object/1': (p: Process, c: unknown) => resume(p, MATCH_OBJECT, c),
  'ets:select_count/2': select_count_2,
  'ets:select_delete/2': select_delete_2,
  'ets:select_replace/2': select_replace_2,
  'ets:match_delete/2': match_delete_2,
};
