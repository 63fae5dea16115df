// Creating funs. Each lambda of a loaded module version has one LambdaTarget, made at load time;
// a fun points at it, so it keeps running the version that created it after an upgrade.

import type { Atom } from '../terms/atom.js';
import { Fun, FUN_LOCAL } from '../terms/fun.js';
import type { LoadedModule } from '../module.js';

export class LambdaTarget {
  constructor(
    readonly code: LoadedModule,
    readonly pc: number,
    readonly name: Atom,
    readonly arity: number,
    readonly index: number,
    readonly uniq: number,
    /** Printed text of its funs when not #Fun<m.Index.Uniq> (see LambdaInfo.shownAs). */
    readonly shownAs: string | null = null,
  ) {}
}

export function makeFun(code: LoadedModule, lambda: number, env: unknown[]): Fun {
  const t = code.lambdaTargets[lambda];
  return new Fun(FUN_LOCAL, code.name, t.name, t.arity, t.index, t.uniq, env, t);
}
