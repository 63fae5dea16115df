// ETS tables and the per-runtime table registry: options, ownership, access rules, the heir, and
// what happens to a table when its owner exits (the runtime's exit hook calls ownerExited). Tables
// hold their objects off any process heap; their size in words is computed on demand
// (etsMemoryWords, for erlang:memory(ets) and ets:info(T, memory)).

import { atom, Atom } from '../../../vm/terms/atom.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { Pid, Ref } from '../../../vm/terms/pid.js';
import { Cons } from '../../../vm/terms/list.js';
import { ErlFloat } from '../../../vm/terms/float.js';
import { ErlMap } from '../../../vm/terms/map.js';
import { Bin } from '../../../vm/terms/binary.js';
import { Fun } from '../../../vm/terms/fun.js';
import type { Process } from '../../../vm/process.js';
import type { Runtime } from '../../../vm/runtime.js';
import { HashStore, OrderedStore, type Store } from './store.js';

export type TableType = 'set' | 'ordered_set' | 'bag' | 'duplicate_bag';
export type Protection = 'public' | 'protected' | 'private';

export class Table {
  owner: Process;
  heir: Pid | null = null;
  heirData: unknown = null;
  deleted = false;
  /** ets:safe_fixtable counts by process, and when the first fix was made (for info/2). */
  readonly fixes = new Map<Process, number>();
  fixedAt: unknown = null;

  constructor(
    readonly ref: Ref,
    public name: Atom,
    readonly named: boolean,
    readonly type: TableType,
    readonly keypos: number,
    public protection: Protection,
    readonly flags: { read: boolean; write: unknown; decentralized: boolean; compressed: boolean },
    owner: Process,
    readonly store: Store,
  ) {
    this.owner = owner;
  }

  /** What ets:new returned and what messages about the table carry: the name if named. */
  get id(): Atom | Ref {
    return this.named ? this.name : this.ref;
  }

  canRead(p: Process): boolean {
    return this.protection !== 'private' || p === this.owner;
  }

  canWrite(p: Process): boolean {
    return this.protection === 'public' || p === this.owner;
  }

  keyOf(obj: Tuple): unknown {
    return obj.elements[this.keypos - 1];
  }
}

export function newStore(type: TableType): Store {
  return type === 'ordered_set' ? new OrderedStore() : new HashStore(type);
}

const refKey = (r: Ref): string => `${r.a}.${r.b}.${r.c}`;

/** Every live table of one runtime. */
export class Registry {
  readonly byRef = new Map<string, Table>();
  readonly byName = new Map<Atom, Table>();
  private readonly byOwner = new Map<number, Set<Table>>();
  /** Tables some process has fixed with safe_fixtable: a process's fixes end when it exits. */
  readonly fixed = new Set<Table>();

  constructor(private readonly runtime: Runtime) {
    runtime.exitHooks.push((p) => this.ownerExited(p));
  }

  /** Tables by the Ref object itself: a tid is usually the very object ets:new returned. */
  private readonly byRefObject = new WeakMap<Ref, Table>();

  find(t: unknown): Table | undefined {
    if (t instanceof Atom) return this.byName.get(t);
    if (!(t instanceof Ref)) return undefined;
    let tab = this.byRefObject.get(t);
    if (tab !== undefined) return tab.deleted ? undefined : tab;
    tab = this.byRef.get(refKey(t));
    if (tab !== undefined) this.byRefObject.set(t, tab);
    return tab;
  }

  add(t: Table): void {
    this.byRef.set(refKey(t.ref), t);
    if (t.named) this.byName.set(t.name, t);
    this.own(t, t.owner);
  }

  remove(t: Table): void {
    t.deleted = true;
    this.fixed.delete(t);
    t.store.clear();
    this.byRef.delete(refKey(t.ref));
    if (t.named && this.byName.get(t.name) === t) this.byName.delete(t.name);
    this.byOwner.get(t.owner.pid.id)?.delete(t);
  }

  rename(t: Table, name: Atom): void {
    if (t.named) {
      this.byName.delete(t.name);
      this.byName.set(name, t);
    }
    t.name = name;
  }

  /** Makes `to` the owner and sends it {'ETS-TRANSFER', Id, FromPid, Data}. */
  transfer(t: Table, to: Process, data: unknown): void {
    const from = t.owner;
    this.byOwner.get(from.pid.id)?.delete(t);
    t.owner = to;
    this.own(t, to);
    this.runtime.deliver(to, new Tuple([ETS_TRANSFER, t.id, from.pid, data]));
  }

  private own(t: Table, p: Process): void {
    let s = this.byOwner.get(p.pid.id);
    if (s === undefined) this.byOwner.set(p.pid.id, (s = new Set()));
    s.add(t);
  }

  /** Sets or releases one safe_fixtable fixation of `t` by `p`. */
  fix(t: Table, p: Process, on: boolean, timestamp: () => unknown): void {
    const n = (t.fixes.get(p) ?? 0) + (on ? 1 : -1);
    if (n > 0) t.fixes.set(p, n);
    else t.fixes.delete(p);
    if (t.fixes.size > 0 && !this.fixed.has(t)) {
      this.fixed.add(t);
      t.fixedAt = timestamp();
    } else if (t.fixes.size === 0 && this.fixed.has(t)) {
      this.fixed.delete(t);
      t.fixedAt = null;
    }
    if (t.store instanceof HashStore) t.store.setFixed(t.fixes.size > 0);
  }

  /** The owner exited: each of its tables goes to its heir if the heir lives, else is deleted. */
  private ownerExited(p: Process): void {
    for (const t of this.fixed) {
      const n = t.fixes.get(p);
      for (let i = 0; n !== undefined && i < n; i++) this.fix(t, p, false, () => null);
    }
    const tables = this.byOwner.get(p.pid.id);
    if (tables === undefined) return;
    this.byOwner.delete(p.pid.id);
    for (const t of tables) {
      const heir = t.heir === null ? undefined : this.runtime.processOf(t.heir);
      if (heir !== undefined && heir !== p && !this.runtime.isExited(heir)) this.transfer(t, heir, t.heirData);
      else this.remove(t);
    }
  }

  all(): Table[] {
    return [...this.byRef.values()];
  }
}

const ETS_TRANSFER = atom('ETS-TRANSFER');
const registries = new WeakMap<Runtime, Registry>();

export function registryOf(rt: Runtime): Registry {
  let r = registries.get(rt);
  if (r === undefined) registries.set(rt, (r = new Registry(rt)));
  return r;
}

/** Words a table's header takes before any object (about what BEAM reports for an empty table). */
const TABLE_OVERHEAD_WORDS = 300;

/** The size of a table in words: its header plus each object's flat size and a per-object node. */
export function tableWords(t: Table): number {
  let words = TABLE_OVERHEAD_WORDS;
  t.store.forEach((o) => {
    words += 5 + termWords(o);
    return true;
  });
  return words;
}

/** All ETS memory of a runtime, in words (erlang:memory(ets) is this times the word size, 8). */
export function etsMemoryWords(rt: Runtime): number {
  const r = registries.get(rt);
  if (r === undefined) return 0;
  let words = 0;
  for (const t of r.all()) words += tableWords(t);
  return words;
}

/** An estimate of a term's flat size in words, as erts_flat_size counts on a 64-bit machine. */
export function termWords(t: unknown): number {
  let n = 0;
  for (;;) {
    if (typeof t === 'number' || t instanceof Atom || t instanceof Pid) return n;
    if (typeof t === 'bigint') return n + 2 + Math.ceil(t.toString(16).length / 16);
    if (t instanceof Cons) {
      n += 2 + termWords(t.hd);
      t = t.tl;
      continue;
    }
    if (t instanceof Tuple) {
      n += 1 + t.elements.length;
      for (const e of t.elements) n += termWords(e);
      return n;
    }
    if (t instanceof ErlFloat) return n + 2;
    if (t instanceof Bin) return n + (t.bytes.length > 64 ? 6 : 2 + Math.ceil(t.bytes.length / 8));
    if (t instanceof ErlMap) {
      n += 3 + 2 * t.keys.length;
      for (let i = 0; i < t.keys.length; i++) n += termWords(t.keys[i]) + termWords(t.values[i]);
      return n;
    }
    if (t instanceof Ref) return n + 4;
    if (t instanceof Fun) return n + 5 + t.env.reduce((s: number, e) => s + 1 + termWords(e), 0);
    return n;
  }
}
