// process_flag/2: trap_exit, priority, max_heap_size and min_heap_size, each returning the old
// value as OTP does, plus the option parsers spawn_opt shares. A max_heap_size is in words;
// 0 means no limit.

import { atom, Atom, TRUE, FALSE, bool } from '../../vm/terms/atom.js';
import { ErlMap, mapFromPairs } from '../../vm/terms/map.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import { PRIORITY_NAMES } from '../../vm/scheduler.js';
import { heapSizeFor } from '../../vm/heap.js';

export interface MaxHeap {
  words: number;
  kill: boolean;
  log: boolean;
}

const SIZE = atom('size');
const KILL = atom('kill');
const ERROR_LOGGER = atom('error_logger');
const PRIORITY_ATOMS = PRIORITY_NAMES.map(atom);

/** The run-queue index of a priority atom, or -1. */
export function parsePriority(v: unknown): number {
  return PRIORITY_ATOMS.indexOf(v as Atom);
}

export function priorityAtom(prio: number): Atom {
  return PRIORITY_ATOMS[prio];
}

/** max_heap_size as an integer or a map (size, kill, error_logger); null when malformed. */
export function parseMaxHeapSize(v: unknown, defaults: MaxHeap): MaxHeap | null {
  const out = { ...defaults };
  if (typeof v === 'number') {
    out.words = v;
  } else if (v instanceof ErlMap) {
    if (!v.keys.includes(SIZE)) return null;
    for (let i = 0; i < v.keys.length; i++) {
      const k = v.keys[i];
      const x = v.values[i];
      if (k === SIZE && typeof x === 'number') out.words = x;
      else if (k === KILL && (x === TRUE || x === FALSE)) out.kill = x === TRUE;
      else if (k === ERROR_LOGGER && (x === TRUE || x === FALSE)) out.log = x === TRUE;
      else return null;
    }
  } else return null;
  if (!Number.isInteger(out.words) || out.words < 0) return null;
  return out;
}

export function maxHeapTerm(p: Process): ErlMap {
  return mapFromPairs([[ERROR_LOGGER, bool(p.maxHeapLog)], [KILL, bool(p.maxHeapKill)], [SIZE, p.maxHeapWords]]);
}

function process_flag_2(p: Process, flag: unknown, value: unknown): unknown {
  switch (flag instanceof Atom ? flag.name : '') {
    case 'trap_exit': {
      if (value !== TRUE && value !== FALSE) return badarg(p);
      const old = bool(p.trapExit);
      p.trapExit = value === TRUE;
      return old;
    }
    case 'priority': {
      const prio = parsePriority(value);
      if (prio < 0) return badarg(p);
      const old = priorityAtom(p.priority);
      p.priority = prio;
      return old;
    }
    case 'max_heap_size': {
      const mh = parseMaxHeapSize(value, { words: 0, kill: true, log: true });
      if (mh === null || (mh.words !== 0 && mh.words < p.minHeapWords)) return badarg(p);
      const old = maxHeapTerm(p);
      p.maxHeapWords = mh.words;
      p.maxHeapKill = mh.kill;
      p.maxHeapLog = mh.log;
      return old;
    }
    case 'min_heap_size': {
      if (typeof value !== 'number' || value < 0) return badarg(p);
      const old = p.minHeapWords;
      p.minHeapWords = heapSizeFor(value);
      return old;
    }
    default:
      return badarg(p);
  }
}

export const bifs: BifTable = {
  'erlang:process_flag/2': process_flag_2,
};
