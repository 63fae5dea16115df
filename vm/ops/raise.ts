// Raising from inside the interpreter: record the exception, build its stacktrace at the faulting
// instruction (unless a rethrow supplied one), and hand control to the innermost handler.

import { ERROR } from '../terms/atom.js';
import type { Atom } from '../terms/atom.js';
import { buildStacktrace, exitReasonOf, unwind } from '../exceptions.js';
import type { LoadedModule } from '../module.js';
import { ProcStatus, type Process } from '../process.js';

export function raiseError(p: Process, reason: unknown): void {
  p.excClass = ERROR;
  p.excReason = reason;
  p.excArgs = null;
}

/** The function a failing BIF frame names: any BIF entry qualifies. */
export interface BifFrameName {
  readonly module: Atom;
  readonly name: Atom;
}

/**
 * Raises the exception recorded in `p` at (code, pc) in the frame at `base`. `bif` adds a frame for
 * the BIF that failed; `topArgs` replaces the current frame's arity by its arguments
 * (function_clause). Returns true when a handler took over (state is in `p`), false when the
 * process dies (p.exitReason set).
 */
export function throwFrom(
  p: Process,
  code: LoadedModule,
  pc: number,
  base: number,
  bif: [BifFrameName, unknown[]] | null,
  topArgs: unknown[] | null = null,
): boolean {
  if (p.excStack === null) {
    p.excStack = buildStacktrace(p, code, pc, base, topArgs ?? p.excArgs, bif === null ? null : [bif[0].module, bif[0].name, bif[1], true]);
  }
  if (unwind(p)) {
    p.excStack = null;
    return true;
  }
  p.exitReason = exitReasonOf(p.excClass, p.excReason, p.excStack);
  p.crashed = true;
  p.status = ProcStatus.Exited;
  return false;
}
