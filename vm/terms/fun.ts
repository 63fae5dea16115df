// Funs. A local fun (`fun(X) -> ... end`, `fun f/1`) points at a lambda of the module version that
// created it, with its captured environment; an export fun (`fun m:f/1`) names a function and always
// enters the current version. `target` is owned by the loader (vm/terms must not import it).

import type { Atom } from './atom.js';

export const FUN_LOCAL = 0;
export const FUN_EXPORT = 1;

export class Fun {
  constructor(
    readonly kind: number,
    readonly module: Atom,
    readonly name: Atom,
    readonly arity: number,
    /** Lambda index within the module, for #Fun<m.Index.Uniq>; -1 for export funs. */
    readonly index: number,
    readonly uniq: number,
    readonly env: unknown[],
    readonly target: object,
  ) {}
}
