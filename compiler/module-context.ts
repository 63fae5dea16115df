// What the code generator knows about the module being compiled: its functions and their labels,
// records, imports, the queue of functions still to compile (lambdas and comprehension bodies are
// generated while compiling their parent) and the assembler they all write to.

import type { Clause, Expr, Loc, RecordFieldDef } from './ast.js';
import { Assembler, Label } from './emit.js';
import type { DiagnosticSink } from './diagnostics.js';

export interface RecordDef {
  name: string;
  fields: RecordFieldDef[];
  loc: Loc;
}

/** A function body waiting to be compiled. */
export interface FnJob {
  /** Name in stack traces: the function's own, or a generated '-main/1-fun-0-'. */
  name: string;
  /** Arguments as called, excluding free variables. */
  arity: number;
  label: Label;
  clauses: Clause[];
  /** Free variables of a lambda, received after the arguments. */
  env: string[];
  /** A named fun's own name, which refers to the fun itself inside its body. */
  selfName: string | null;
  /** Index of the lambda this body implements, -1 for plain functions. */
  lambdaIndex: number;
  /** The top-level function this body belongs to, for naming nested lambdas. */
  owner: string;
  /**
   * Generated bodies (comprehensions) warn about unused variables only for these user variables
   * (their generator patterns); null for ordinary functions, which warn about all.
   */
  userVars: Set<string> | null;
}

export class ModuleContext {
  readonly asm = new Assembler();
  readonly localFuns = new Map<string, Label>();
  readonly records = new Map<string, RecordDef>();
  readonly imports = new Map<string, string>();
  readonly noAutoImport = new Set<string>();
  readonly jobs: FnJob[] = [];
  /** Local functions referenced, for "function f/1 is unused" warnings. */
  readonly calledLocals = new Set<string>();
  lambdaCount = 0;
  lcCount = 0;
  maxFrame = 8;

  constructor(
    readonly name: string,
    readonly file: string,
    readonly diags: DiagnosticSink,
  ) {}

  /** Registers a generated local function and queues its body. */
  addGenerated(name: string, arity: number, clauses: Clause[], owner: string, userVars: Set<string>): Label {
    const label = new Label();
    this.localFuns.set(`${name}/${arity}`, label);
    this.jobs.push({ name, arity, label, clauses, env: [], selfName: null, lambdaIndex: -1, owner, userVars });
    return label;
  }

  /** Registers a lambda and queues its body. Returns the lambda index. */
  addLambda(owner: string, arity: number, clauses: Clause[], env: string[], selfName: string | null): number {
    const index = this.lambdaCount++;
    const name = `-${owner}-fun-${index}-`;
    const label = new Label();
    this.asm.lambdas.push({ name, arity, nfree: env.length, pc: -1, index, uniq: uniqOf(this.name, index), ...(selfName !== null ? { named: true } : {}) });
    this.jobs.push({ name, arity, label, clauses, env, selfName, lambdaIndex: index, owner, userVars: null });
    return index;
  }

  /** A lambda that is an existing local function (`fun f/2`). */
  addFunRef(name: string, arity: number, label: Label): number {
    const index = this.lambdaCount++;
    this.asm.lambdas.push({ name, arity, nfree: 0, pc: -1, index, uniq: uniqOf(this.name, index) });
    this.funRefLabels.set(index, label);
    return index;
  }

  readonly funRefLabels = new Map<number, Label>();
}

/** A stable per-module number shown in #Fun<m.I.U>; BEAM uses a hash of the code, we hash the name. */
function uniqOf(module: string, index: number): number {
  let h = 5381;
  for (const c of module) h = ((h * 33) ^ c.charCodeAt(0)) >>> 0;
  return (h + index * 2654435761) % 134217728;
}

export type { Expr };
