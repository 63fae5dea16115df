// The two storage structures behind ETS tables. HashStore (set, bag, duplicate_bag) is a JS Map
// keyed by vm/terms/key.ts's mapKey (so keys match with =:=) whose entries also form a doubly linked
// list in insertion order, which gives first/next/last/prev in O(1). OrderedStore (ordered_set) keeps
// entries sorted by key (term order, keys equal with ==) in blocks of at most BLOCK entries, found by
// binary search: O(log n) lookups, inserts moving at most BLOCK entries. Stores know nothing about
// access rules or Erlang errors; they only hold objects (tuples), never copy them.

import { mapKey } from '../../../vm/terms/key.js';
import { compareTerms, eqExact } from '../../../vm/terms/compare.js';
import type { Tuple } from '../../../vm/terms/tuple.js';

/** What an ETS table needs from its storage. Keys are compared per table type (see above). */
export interface Store {
  readonly size: number;
  lookup(key: unknown): readonly Tuple[] | undefined;
  /** set: replace; bag: append unless an =:= object exists; duplicate_bag: append. */
  insert(key: unknown, obj: Tuple): void;
  has(key: unknown): boolean;
  /** Removes every object with `key`; returns them (undefined when none). */
  remove(key: unknown): readonly Tuple[] | undefined;
  /** Removes the objects =:= `obj` stored under `key`; returns how many. */
  removeObject(key: unknown, obj: Tuple): number;
  clear(): void;
  first(): unknown;
  last(): unknown;
  /** The key after `key`, NONE at the end; MISSING when `key` is not in a hash table. */
  next(key: unknown): unknown;
  prev(key: unknown): unknown;
  /** Calls `f` on every object in table order until it returns false. */
  forEach(f: (obj: Tuple) => boolean): void;
  /** Like forEach but starting after `key` (or at the start when `key` is NONE). */
  forEachAfter(key: unknown, f: (obj: Tuple) => boolean): void;
  forEachReverse(f: (obj: Tuple) => boolean): void;
}

/** Returned by first/next/... when there is no such key. */
export const NONE = Symbol('none');
/** Returned by HashStore.next/prev when the given key is not in the table. */
export const MISSING = Symbol('missing');

class HashEntry {
  prev: HashEntry | null = null;
  next: HashEntry | null = null;
  constructor(
    readonly key: unknown,
    public objs: Tuple[],
  ) {}
}

export class HashStore implements Store {
  private readonly map = new Map<unknown, HashEntry>();
  private head: HashEntry | null = null;
  private tail: HashEntry | null = null;
  size = 0;
  /**
   * While the table is fixed (ets:safe_fixtable), deleted entries stay here with their links, so
   * next/2 from a deleted key still finds the following live entry (a deleted entry's `next`
   * chain always leads to a live entry or to the end).
   */
  private tombstones: Map<unknown, HashEntry> | null = null;

  /** ets:safe_fixtable: true keeps deleted keys usable by next/2 until set back to false. */
  setFixed(fixed: boolean): void {
    this.tombstones = fixed ? (this.tombstones ?? new Map()) : null;
  }

  constructor(private readonly kind: 'set' | 'bag' | 'duplicate_bag') {}

  lookup(key: unknown): readonly Tuple[] | undefined {
    return this.map.get(mapKey(key))?.objs;
  }

  has(key: unknown): boolean {
    return this.map.has(mapKey(key));
  }

  insert(key: unknown, obj: Tuple): void {
    const k = mapKey(key);
    const e = this.map.get(k);
    if (e === undefined) {
      const n = new HashEntry(key, [obj]);
      this.map.set(k, n);
      n.prev = this.tail;
      if (this.tail === null) this.head = n;
      else this.tail.next = n;
      this.tail = n;
      this.size++;
      return;
    }
    if (this.kind === 'set') {
      e.objs[0] = obj;
      return;
    }
    if (this.kind === 'bag') for (const o of e.objs) if (eqExact(o, obj)) return;
    e.objs.push(obj);
    this.size++;
  }

  remove(key: unknown): readonly Tuple[] | undefined {
    const k = mapKey(key);
    const e = this.map.get(k);
    if (e === undefined) return undefined;
    this.unlink(k, e);
    return e.objs;
  }

  removeObject(key: unknown, obj: Tuple): number {
    const k = mapKey(key);
    const e = this.map.get(k);
    if (e === undefined) return 0;
    const kept = e.objs.filter((o) => !eqExact(o, obj));
    const n = e.objs.length - kept.length;
    if (kept.length === 0) this.unlink(k, e);
    else {
      e.objs = kept;
      this.size -= n;
    }
    return n;
  }

  private unlink(k: unknown, e: HashEntry): void {
    this.map.delete(k);
    if (this.tombstones !== null) this.tombstones.set(k, e);
    if (e.prev === null) this.head = e.next;
    else e.prev.next = e.next;
    if (e.next === null) this.tail = e.prev;
    else e.next.prev = e.prev;
    this.size -= e.objs.length;
  }

  clear(): void {
    if (this.tombstones !== null) for (const [k, e] of this.map) this.tombstones.set(k, e);
    this.map.clear();
    this.head = this.tail = null;
    this.size = 0;
  }

  first(): unknown {
    return this.head === null ? NONE : this.head.key;
  }

  last(): unknown {
    return this.tail === null ? NONE : this.tail.key;
  }

  next(key: unknown): unknown {
    const k = mapKey(key);
    const e = this.map.get(k) ?? this.tombstones?.get(k);
    if (e === undefined) return MISSING;
    let n = e.next;
    // Unfixed, a live entry's neighbours are live; fixed, skip the tombstones.
    if (this.tombstones !== null) while (n !== null && this.map.get(mapKey(n.key)) !== n) n = n.next;
    return n === null ? NONE : n.key;
  }

  prev(key: unknown): unknown {
    const e = this.map.get(mapKey(key));
    if (e === undefined) return MISSING;
    return e.prev === null ? NONE : e.prev.key;
  }

  forEach(f: (obj: Tuple) => boolean): void {
    this.walk(this.head, f);
  }

  forEachAfter(key: unknown, f: (obj: Tuple) => boolean): void {
    if (key === NONE) return this.walk(this.head, f);
    const e = this.map.get(mapKey(key));
    if (e !== undefined) this.walk(e.next, f);
  }

  private walk(from: HashEntry | null, f: (obj: Tuple) => boolean): void {
    for (let e = from; e !== null; e = e.next) {
      for (const o of e.objs) if (!f(o)) return;
    }
  }

  forEachReverse(f: (obj: Tuple) => boolean): void {
    for (let e = this.tail; e !== null; e = e.prev) {
      for (let i = e.objs.length - 1; i >= 0; i--) if (!f(e.objs[i])) return;
    }
  }
}

/** Entries per block of an OrderedStore; a full block splits in two. */
const BLOCK = 512;

class Block {
  constructor(
    public keys: unknown[],
    public objs: Tuple[],
  ) {}
}

/** Term order, with the integer-against-integer case inline (bench/ets_bench: most keys are). */
function cmp(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return compareTerms(a, b);
}

export class OrderedStore implements Store {
  private blocks: Block[] = [new Block([], [])];
  size = 0;
  /** Where the last locate() ended: block and position (kept in fields: no array per call). */
  private bi = 0;
  private i = 0;

  /** Index of the first block whose last key is >= key (the last block if none). */
  private findBlock(key: unknown): number {
    const bs = this.blocks;
    let lo = 0;
    let hi = bs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const ks = bs[mid].keys;
      if (cmp(ks[ks.length - 1], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Position of the first key >= `key` in block `b`. */
  private static findIn(b: Block, key: unknown): number {
    const ks = b.keys;
    let lo = 0;
    let hi = ks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(ks[mid], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sets this.bi/this.i to the first entry with a key >= `key`; true if it is equal. */
  private locate(key: unknown): boolean {
    const bi = this.findBlock(key);
    const b = this.blocks[bi];
    const i = OrderedStore.findIn(b, key);
    this.bi = bi;
    this.i = i;
    return i < b.keys.length && cmp(b.keys[i], key) === 0;
  }

  lookup(key: unknown): readonly Tuple[] | undefined {
    return this.locate(key) ? [this.blocks[this.bi].objs[this.i]] : undefined;
  }

  has(key: unknown): boolean {
    return this.locate(key);
  }

  insert(key: unknown, obj: Tuple): void {
    const found = this.locate(key);
    const bi = this.bi;
    const i = this.i;
    const b = this.blocks[bi];
    if (found) {
      b.keys[i] = key; // 1.0 replacing 1: the new object's key is the one first/next report
      b.objs[i] = obj;
      return;
    }
    if (i === b.keys.length) {
      b.keys.push(key);
      b.objs.push(obj);
    } else {
      b.keys.splice(i, 0, key);
      b.objs.splice(i, 0, obj);
    }
    this.size++;
    if (b.keys.length > BLOCK) {
      const half = b.keys.length >> 1;
      const right = new Block(b.keys.slice(half), b.objs.slice(half));
      b.keys.length = half;
      b.objs.length = half;
      this.blocks.splice(bi + 1, 0, right);
    }
  }

  remove(key: unknown): readonly Tuple[] | undefined {
    if (!this.locate(key)) return undefined;
    const bi = this.bi;
    const i = this.i;
    const b = this.blocks[bi];
    const obj = b.objs[i];
    b.keys.splice(i, 1);
    b.objs.splice(i, 1);
    if (b.keys.length === 0 && this.blocks.length > 1) this.blocks.splice(bi, 1);
    this.size--;
    return [obj];
  }

  removeObject(key: unknown, obj: Tuple): number {
    if (!this.locate(key) || !eqExact(this.blocks[this.bi].objs[this.i], obj)) return 0;
    this.remove(key);
    return 1;
  }

  clear(): void {
    this.blocks = [new Block([], [])];
    this.size = 0;
  }

  first(): unknown {
    return this.size === 0 ? NONE : this.blocks[0].keys[0];
  }

  last(): unknown {
    if (this.size === 0) return NONE;
    const ks = this.blocks[this.blocks.length - 1].keys;
    return ks[ks.length - 1];
  }

  /** The first key > `key` (ordered_set does not need `key` to be present). */
  next(key: unknown): unknown {
    const found = this.locate(key);
    let bi = this.bi;
    let i = found ? this.i + 1 : this.i;
    for (; bi < this.blocks.length; bi++, i = 0) {
      if (i < this.blocks[bi].keys.length) return this.blocks[bi].keys[i];
    }
    return NONE;
  }

  /** The last key < `key`. */
  prev(key: unknown): unknown {
    this.locate(key);
    let bi = this.bi;
    let i = this.i - 1;
    for (; bi >= 0; bi--) {
      if (i >= 0) return this.blocks[bi].keys[i];
      if (bi > 0) i = this.blocks[bi - 1].keys.length - 1;
    }
    return NONE;
  }

  forEach(f: (obj: Tuple) => boolean): void {
    this.walk(0, 0, f);
  }

  forEachAfter(key: unknown, f: (obj: Tuple) => boolean): void {
    if (key === NONE) return this.walk(0, 0, f);
    const found = this.locate(key);
    this.walk(this.bi, found ? this.i + 1 : this.i, f);
  }

  private walk(bi: number, i: number, f: (obj: Tuple) => boolean): void {
    const bs = this.blocks;
    for (; bi < bs.length; bi++, i = 0) {
      const os = bs[bi].objs;
      for (; i < os.length; i++) if (!f(os[i])) return;
    }
  }

  forEachReverse(f: (obj: Tuple) => boolean): void {
    this.forEachBefore(NONE, f);
  }

  /** Backwards from the last key < `key` (from the end when `key` is NONE). */
  forEachBefore(key: unknown, f: (obj: Tuple) => boolean): void {
    const bs = this.blocks;
    let bi = bs.length - 1;
    let i = bs[bi].objs.length - 1;
    if (key !== NONE) {
      this.locate(key);
      bi = this.bi;
      i = this.i - 1;
    }
    for (; bi >= 0; bi--, i = bi >= 0 ? bs[bi].objs.length - 1 : 0) {
      const os = bs[bi].objs;
      for (; i >= 0; i--) if (!f(os[i])) return;
    }
  }
}
