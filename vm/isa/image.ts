// The loadable module image: what the compiler produces and the loader consumes. It lives beside the
// ISA (not in compiler/) because the VM must read it without importing the compiler. Literals are
// real terms in memory; literal-codec.ts turns them into JSON for compiled module files on disk.

export interface LambdaInfo {
  /** Generated function name, e.g. '-main/1-fun-0-'. */
  name: string;
  /** Arity seen by callers (excluding free variables). */
  arity: number;
  nfree: number;
  pc: number;
  index: number;
  uniq: number;
  /** A named fun (`fun F(X) -> ... end`). */
  named?: boolean;
  /** How its funs print instead of #Fun<m.Index.Uniq> (the shell's erl_eval funs). */
  shownAs?: string;
}

export interface FunctionInfo {
  name: string;
  arity: number;
  /** Entry point: the first instruction of the function. */
  pc: number;
}

export interface ModuleImage {
  isa: number;
  module: string;
  file: string;
  code: number[];
  literals: unknown[];
  /** [module, function, arity] */
  imports: [string, string, number][];
  /** [function, arity, pc] */
  exports: [string, number, number][];
  /** Every function and lambda body, sorted by pc; used for stack traces. */
  functions: FunctionInfo[];
  lambdas: LambdaInfo[];
  /** 'module:name/arity' keys into the BIF registry. */
  bifs: string[];
  /** Flat (pc, line) pairs sorted by pc: the line of each instruction from pc up to the next entry. */
  lines: number[];
  /** The largest frame any function of this module uses, link slots of outgoing calls included. */
  maxFrame: number;
  /** Module attributes as terms, [name, value] (value as in module_info(attributes)). */
  attributes: [string, unknown][];
}
