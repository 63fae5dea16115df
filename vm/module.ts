// A module version as the interpreter sees it, and the export entries calls go through.
// An Export is the indirection that makes hot code loading work: remote calls hold the entry, the
// code server repoints it at the current version (or at a BIF), and local calls never look at it.
// Invariant: a LoadedModule stays runnable until it is purged, and purging first kills every
// process that has it in a frame (vm/code-purge.ts); funs of a purged version raise badfun.

import type { FunctionInfo, LambdaInfo, ModuleImage } from './isa/image.js';
import type { BifEntry } from '../stdlib/registry.js';
import type { Atom } from './terms/atom.js';
import type { LambdaTarget } from './ops/funs.js';
import type { JitModule } from './jit/jit-module.js';

export class Export {
  /** The version to enter, or null when the function is not loaded (undef, or autoload). */
  code: LoadedModule | null = null;
  pc = 0;
  /** Set when the function is implemented in TypeScript. */
  bif: BifEntry | null = null;

  constructor(
    readonly module: Atom,
    readonly name: Atom,
    readonly arity: number,
  ) {}
}

export class LoadedModule {
  /** Becomes true when a newer version is loaded or the module is deleted (this is "old" code). */
  old = false;
  /** Becomes true when the code server drops this version; its funs then raise badfun. */
  purged = false;
  /** Loaded from the standard library, which code:load_file and friends must not replace. */
  sticky = false;
  /** Set on a purged version found identical to this later version (CodeServer.liveLambda). */
  sameCodeAs: LoadedModule | null = null;
  /** Wall-clock time of loading, to tell whether its file changed since (code:modified_modules). */
  loadedMs = 0;
  /** One per lambda, filled by the loader right after construction. */
  readonly lambdaTargets: LambdaTarget[] = [];
  /** The compiled tier's functions for this version (null when the JIT is off). */
  jit: JitModule | null = null;

  constructor(
    readonly name: Atom,
    readonly image: ModuleImage,
    readonly code: Int32Array,
    readonly lits: unknown[],
    readonly imports: Export[],
    readonly bifs: BifEntry[],
    readonly lambdas: LambdaInfo[],
    readonly functions: FunctionInfo[],
    readonly lines: Int32Array,
    readonly maxFrame: number,
  ) {}

  /** The function containing `pc` (functions are sorted by entry pc). */
  functionAt(pc: number): FunctionInfo | undefined {
    const fs = this.functions;
    let lo = 0;
    let hi = fs.length - 1;
    let found: FunctionInfo | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fs[mid].pc <= pc) {
        found = fs[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Source line of the instruction at `pc`, 0 when unknown. */
  lineAt(pc: number): number {
    const ls = this.lines;
    let lo = 0;
    let hi = (ls.length >> 1) - 1;
    let line = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ls[mid * 2] <= pc) {
        line = ls[mid * 2 + 1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return line;
  }
}
