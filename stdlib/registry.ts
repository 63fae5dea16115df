// The one table of BIFs, keyed 'module:name/arity'. Each bifs/<module>.ts file exports a `bifs`
// record of that module's functions; stdlib/index.ts registers them all. Flags: `guard` marks
// functions legal in guards; `cost` is the reduction charge beyond the call's one; `frame: false`
// keeps the BIF out of stack traces (erlang:error/1, throw/1, exit/1 raise "from" their caller).

import { atom, type Atom } from '../vm/terms/atom.js';
import type { BifFn } from './bif.js';

export interface BifEntry {
  readonly module: Atom;
  readonly name: Atom;
  readonly arity: number;
  readonly fn: BifFn;
  readonly guard: boolean;
  readonly cost: number;
  readonly frame: boolean;
}

export type BifDef = BifFn | { fn: BifFn; guard?: boolean; cost?: number; frame?: boolean };
export type BifTable = Record<string, BifDef>;

const table = new Map<string, BifEntry>();

export function parseBifKey(key: string): [string, string, number] {
  const colon = key.indexOf(':');
  const slash = key.lastIndexOf('/');
  return [key.slice(0, colon), key.slice(colon + 1, slash), Number(key.slice(slash + 1))];
}

export function registerBifs(defs: BifTable): void {
  for (const [key, d] of Object.entries(defs)) {
    const [m, f, a] = parseBifKey(key);
    const spec = typeof d === 'function' ? { fn: d } : d;
    table.set(key, {
      module: atom(m),
      name: atom(f),
      arity: a,
      fn: spec.fn,
      guard: spec.guard ?? false,
      cost: spec.cost ?? 0,
      frame: spec.frame ?? true,
    });
  }
}

export function lookupBif(key: string): BifEntry | undefined {
  return table.get(key);
}

export function allBifKeys(): string[] {
  return [...table.keys()];
}
