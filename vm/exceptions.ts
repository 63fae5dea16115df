// Raising and unwinding. An instruction or BIF that fails records class and reason in the process;
// `unwind` builds the stacktrace (at most BACKTRACE_DEPTH frames, like BEAM's default) by walking
// the call links on the process stack, then transfers control to the innermost handler. JS `throw`
// is never used for Erlang exceptions; VmInvariantError is for VM bugs only.

import { atom, Atom, ERROR, EXIT, THROW } from './terms/atom.js';
import { NIL, listFromArray, stringToList } from './terms/list.js';
import { Tuple } from './terms/tuple.js';
import { ErlMap } from './terms/map.js';
import { HANDLER_CATCH, Process } from './process.js';
import type { LoadedModule } from './module.js';

export const BACKTRACE_DEPTH = 8;

export class VmInvariantError extends Error {}

const FILE = atom('file');
const LINE = atom('line');
const ERROR_INFO = atom('error_info');
const MODULE = atom('module');
const ERTS_ERRORS = atom('erl_erts_errors');
const STDLIB_ERRORS = atom('erl_stdlib_errors');
const KERNEL_ERRORS = atom('erl_kernel_errors');
const OS = atom('os');
const ERLANG = atom('erlang');
const EXIT_TAG = atom('EXIT');
const TRAP_MODULE = atom('minierl_trap');

/** Location list of a frame: [{file, F}, {line, L}] when known. */
function location(code: LoadedModule, pc: number): unknown {
  const line = code.lineAt(pc);
  if (line <= 0) return NIL;
  return listFromArray([
    new Tuple([FILE, stringToList(code.image.file)]),
    new Tuple([LINE, line]),
  ]);
}

function frameTerm(code: LoadedModule, pc: number, args: unknown[] | null): unknown {
  const f = code.functionAt(pc);
  if (f === undefined) return new Tuple([code.name, atom('unknown'), 0, NIL]);
  const arityOrArgs = args !== null ? listFromArray(args) : f.arity;
  return new Tuple([code.name, atom(f.name), arityOrArgs, location(code, pc)]);
}

/**
 * The stacktrace of an exception raised at (code, pc) in the frame at `base`. `topMfa` adds a frame
 * for a failing BIF or an undefined function: [Module, Name, Args, isBif].
 */
export function buildStacktrace(
  p: Process,
  code: LoadedModule,
  pc: number,
  base: number,
  topArgs: unknown[] | null,
  topMfa: [Atom, Atom, unknown[], boolean] | null,
): unknown {
  const frames: unknown[] = [];
  if (topMfa !== null) {
    const [m, f, args, isBif] = topMfa;
    // OTP explains erlang's BIFs in erl_erts_errors, os's in erl_kernel_errors, the rest in erl_stdlib_errors.
    const explainer = m === ERLANG ? ERTS_ERRORS : m === OS ? KERNEL_ERRORS : STDLIB_ERRORS;
    const loc = isBif ? listFromArray([new Tuple([ERROR_INFO, new ErlMap([MODULE], [explainer])])]) : NIL;
    frames.push(new Tuple([m, f, listFromArray(args), loc]));
  }
  // A chunked BIF's continuation (stdlib/lib/minierl_trap.erl) is invisible, as a BEAM trap is.
  if (code.name !== TRAP_MODULE) frames.push(frameTerm(code, pc, topArgs));
  const stack = p.stack;
  let b = base;
  while (frames.length < BACKTRACE_DEPTH) {
    const rc = stack[b - 3] as LoadedModule | null;
    if (rc === null || rc === undefined) break;
    const rpc = stack[b - 2] as number;
    frames.push(frameTerm(rc, rpc - 1, null));
    b = stack[b - 1] as number;
  }
  return listFromArray(frames);
}

/** The value `catch Expr` yields for an exception. */
function catchValue(cls: Atom, reason: unknown, stacktrace: unknown): unknown {
  if (cls === THROW) return reason;
  if (cls === EXIT) return new Tuple([EXIT_TAG, reason]);
  return new Tuple([EXIT_TAG, new Tuple([reason, stacktrace])]);
}

/**
 * Transfers control to the innermost handler of `p` for the exception recorded in it (excClass,
 * excReason, excStack, which must already be a term). Returns false when there is none: the process
 * dies with that exception.
 */
export function unwind(p: Process): boolean {
  const h = p.handlers.pop();
  if (h === undefined) return false;
  const regs = p.stack;
  const r = h.base + h.reg;
  if (h.kind === HANDLER_CATCH) {
    regs[r] = catchValue(p.excClass, p.excReason, p.excStack);
  } else {
    regs[r] = p.excClass;
    regs[r + 1] = p.excReason;
    regs[r + 2] = p.excStack;
  }
  p.code = h.code;
  p.pc = h.pc;
  p.base = h.base;
  return true;
}

/** Exit reason of a process that died of an uncaught exception. */
export function exitReasonOf(cls: Atom, reason: unknown, stacktrace: unknown): unknown {
  if (cls === EXIT) return reason;
  if (cls === ERROR) return new Tuple([reason, stacktrace]);
  return new Tuple([atom('nocatch'), reason]);
}

