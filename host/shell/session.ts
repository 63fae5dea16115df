// One shell session: bindings, the numbered history of commands and results, records read with
// rr/1, and the evaluation of each read expression sequence, printing what erl prints (the value
// with the shell's ~P, `* L:C: ...` for errors found before evaluation, `** exception ...` for
// errors during it). The shell's own commands (f, b, v, e, h, rr, rl, rf, rd) run here, on the
// host; every other local call goes to the c module in the evaluator.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Expr, RecordAttr } from '../../compiler/ast.js';
import { parseModule } from '../../compiler/parse.js';
import { constTerm } from '../../compiler/constants.js';
import { FormScanner, type Token } from '../../compiler/lexer.js';
import { atom, Atom } from '../../vm/terms/atom.js';
import { arrayFromList, listFromArray, stringToList } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Fun, FUN_LOCAL } from '../../vm/terms/fun.js';
import { prettyTerm } from '../../vm/terms/pretty.js';
import { writeTerm, type Encoding } from '../../vm/terms/format.js';
import type { Runtime } from '../../vm/runtime.js';
import { compileUnit, parseShellExprs, type ShellError } from './compile-expr.js';
import { formatShellException } from './exception.js';
import { Evaluator, type Outcome } from './evaluator.js';
import { ErlPP } from './erl-pp.js';
import { stopHandlers } from '../../stdlib/bifs/c-host.js';

const OK = atom('ok');
/** shell.erl's ?LINEMAX and ?CHAR_MAX. */
const DEPTH = 30;
const LINE_MAX_CHARS = 60;
const HISTORY = 20;

export interface SessionOptions {
  encoding: Encoding;
  /** Terminal width; 80 when output is not a terminal. */
  columns: () => number;
  /** Where rr/1 looks for a module's source, after the current directory. */
  codePath: string[];
}

interface HistoryEntry {
  n: number;
  /** The expressions after expanding e(N), which e(N) of this entry splices in. */
  exprs: Expr[];
  value: unknown;
  /** Has a value: it succeeded, or failed with a recorded {'EXIT', ...} (shell.erl keeps those). */
  ok: boolean;
}

type Unit = { kind: 'command'; name: string; args: Expr[] } | { kind: 'exprs'; exprs: Expr[] };

const COMMANDS = new Set(['f/0', 'f/1', 'b/0', 'v/1', 'h/0', 'rr/1', 'rl/0', 'rl/1', 'rf/0', 'rf/1', 'rd/2']);

export class ShellSession {
  readonly evaluator: Evaluator;
  private readonly bindings = new Map<string, unknown>();
  private readonly history: HistoryEntry[] = [];
  private readonly records = new Map<string, RecordAttr>();
  private shellDefault: Map<string, string> | null = null;
  private moduleCount = 0;
  /** The fun expressions of each $shell_N module by lambda index, for b(). */
  private readonly funSources = new Map<string, Expr[]>();
  /**
   * Set by fail() and printErrors(): the {'EXIT', ...} term shell.erl records for a failed
   * command (v(N) and h() show it): {Reason, Stack}, {{nocatch, Value}, Stack}, {unbound_var, V}.
   */
  private lastFailure: unknown = undefined;
  /** The number in the next prompt. */
  counter = 1;
  /** Set by q(): the front end leaves (status 0) once the command's result is printed. */
  quitRequested = false;

  constructor(readonly rt: Runtime, private readonly out: (text: string) => void, private readonly opts: SessionOptions) {
    this.evaluator = new Evaluator(rt);
    this.evaluator.onIdleDeath = (o) => {
      this.fail(o);
    };
    stopHandlers.set(rt, () => {
      this.quitRequested = true;
    });
  }

  prompt(): string {
    return `${this.counter}> `;
  }

  /** Evaluates one read (the tokens up to the dot) and prints the outcome. */
  async evalTokens(tokens: Token[], text: string): Promise<void> {
    const parsed = parseShellExprs(tokens);
    if ('error' in parsed) {
      // A syntax error is not a command: the prompt number stays.
      this.out(`* ${parsed.error.line}:${parsed.error.col}: ${parsed.error.message}\n`);
      return;
    }
    const expanded = this.expandHistory(parsed.exprs);
    if ('missing' in expanded) {
      // shell.erl's no_command: checked before evaluation, so the prompt number stays too.
      this.out(`* ${expanded.missing}: command not found\n`);
      return;
    }
    const n = this.counter++;
    this.lastFailure = undefined;
    const result = await this.evalExprs(expanded.exprs, n);
    const entry: HistoryEntry = { n, exprs: expanded.exprs, value: this.lastFailure, ok: this.lastFailure !== undefined };
    if (result.kind === 'value') {
      entry.value = result.value;
      entry.ok = true;
      this.out(this.pp(result.value, 1) + '\n');
    }
    this.history.push(entry);
    if (this.history.length > HISTORY) this.history.shift();
  }

  /**
   * Evaluates `text` (one expression sequence ending in a dot) without printing its value, for
   * `-eval` and `-s`. False when it failed (the error was printed).
   */
  async evalQuiet(text: string): Promise<boolean> {
    const parsed = parseShellExprs(scanTokens(text));
    if ('error' in parsed) {
      this.out(`* ${parsed.error.line}:${parsed.error.col}: ${parsed.error.message}\n`);
      return false;
    }
    return (await this.evalExprs(parsed.exprs, 0)).kind === 'value';
  }

  /** Prints a scan error (the reader found it) as the shell does. */
  scanError(line: number, col: number, message: string): void {
    this.out(`* ${line}:${col}: ${message}\n`);
  }

  pp(t: unknown, column: number): string {
    return prettyTerm(t, {
      column, lineLength: this.opts.columns(), depth: DEPTH, lineMaxChars: LINE_MAX_CHARS, encoding: this.opts.encoding,
      recordFields: this.records.size === 0 ? undefined : this.recordFields,
    });
  }

  /** shell.erl's record_print_fun: records read with rr/rd print as records. */
  private readonly recordFields = (name: Atom, arity: number): string[] | null => {
    const r = this.records.get(name.name);
    return r !== undefined && r.fields.length === arity ? r.fields.map((f) => f.name) : null;
  };

  /** Runs the units of a sequence in turn; the value is the last one's. Errors are printed. */
  private async evalExprs(exprs: Expr[], n: number): Promise<{ kind: 'value'; value: unknown } | { kind: 'failed' }> {
    let value: unknown = OK;
    // A command that fails keeps none of the bindings its earlier expressions made (shell.erl).
    const before = new Map(this.bindings);
    for (const unit of splitUnits(exprs)) {
      const r = unit.kind === 'command' ? await this.command(unit.name, unit.args, n) : await this.evalUnit(unit.exprs);
      if (r.kind === 'failed') {
        this.bindings.clear();
        for (const [k, v] of before) this.bindings.set(k, v);
        return r;
      }
      value = r.value;
    }
    return { kind: 'value', value };
  }

  private async evalUnit(exprs: Expr[]): Promise<{ kind: 'value'; value: unknown } | { kind: 'failed' }> {
    const extra = new Map<string, unknown>();
    const substituted = exprs.map((e) => this.substituteV(e, extra) as Expr);
    if (extra.has('')) return this.fail(extra.get('') as Outcome & { kind: 'exception' });
    const bound = new Set([...this.bindings.keys(), ...extra.keys()]);
    this.moduleCount++;
    const module = `$shell_${this.moduleCount}`;
    const unit = compileUnit(substituted, { module, bound, records: [...this.records.values()], shellDefault: this.commandsModule() });
    if ('errors' in unit) {
      this.printErrors(unit.errors);
      return { kind: 'failed' };
    }
    this.rt.codeServer.load(unit.image);
    if (unit.funSources !== null && unit.funSources.length > 0) this.funSources.set(module, unit.funSources);
    const args = unit.params.map((v) => (extra.has(v) ? extra.get(v) : this.bindings.get(v)));
    const outcome = await this.evaluator.evaluate(module, args);
    if (outcome.kind === 'exception') return this.fail(outcome);
    const [value, vars, partial] = (outcome.value as Tuple).elements;
    unit.newVars.forEach((name, i) => this.bindings.set(name, (vars as Tuple).elements[i]));
    // Bound in the branch that ran: {Value}, or undefined when that branch did not bind it.
    unit.partialVars.forEach((name, i) => {
      const b = (partial as Tuple).elements[i];
      if (b instanceof Tuple) this.bindings.set(name, b.elements[0]);
    });
    return { kind: 'value', value };
  }

  private fail(o: Outcome & { kind: 'exception' }): { kind: 'failed' } {
    const isShell = (m: Atom) => m.name.startsWith('$shell_') || m.name === 'shell_eval' || m.name === '$boot';
    const stack = interpretedFunFrames(o.stack);
    const exit = (r: unknown) => new Tuple([atom('EXIT'), r]);
    if (o.cls === atom('throw')) this.lastFailure = exit(new Tuple([new Tuple([atom('nocatch'), o.reason]), stack]));
    else this.lastFailure = exit(new Tuple([o.reason, stack]));
    this.out(formatShellException(o.cls, o.reason, stack, (t, col) => this.pp(t, col), isShell, this.opts.encoding) + '\n');
    return { kind: 'failed' };
  }

  /** shell.erl's erlang:raise(error, function_clause, [{shell, F, A}]) for a malformed command. */
  private commandClauseError(name: string, arity: number): { kind: 'failed' } {
    const stack = listFromArray([new Tuple([atom('shell'), atom(name), arity, listFromArray([])])]);
    return this.fail({ kind: 'exception', cls: atom('error'), reason: atom('function_clause'), stack });
  }

  private printErrors(errors: ShellError[]): void {
    for (const e of errors) this.out(`* ${e.line}:${e.col}: ${e.message}\n`);
    // erl_eval raises erl_lint's first error; the unbound variable is the one h() shows.
    const unbound = /^variable '(.*)' is unbound$/.exec(errors[0]?.message ?? '');
    if (unbound !== null) this.lastFailure = new Tuple([atom('EXIT'), new Tuple([atom('unbound_var'), atom(unbound[1])])]);
  }

  /**
   * Where local calls go: user_default's exports (looked up on the code path once), then c's
   * (shell_default in OTP), as shell.erl's non_builtin_local_func.
   */
  private commandsModule(): Map<string, string> {
    if (this.shellDefault !== null) return this.shellDefault;
    const table = new Map<string, string>();
    for (const m of ['c', 'user_default']) {
      const a = atom(m);
      if (!this.rt.codeServer.ensureLoaded(a)) continue;
      for (const [f, ar] of this.rt.codeServer.currentVersion(a)!.image.exports) table.set(`${f}/${ar}`, m);
    }
    this.shellDefault = table;
    return table;
  }

  /**
   * shell.erl's expand_hist: e(N) at the top of a sequence is replaced by the expressions of
   * command N (elsewhere by a block of them); v(N) must name a command with a value.
   */
  private expandHistory(exprs: Expr[]): { exprs: Expr[] } | { missing: string } {
    let missing: string | null = null;
    const walk = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(walk);
      if (node === null || typeof node !== 'object' || missing !== null) return node;
      const e = node as Expr;
      if (e.kind === 'call' && e.module === null && e.fun.kind === 'atom' && e.args.length === 1 && (e.fun.name === 'e' || e.fun.name === 'v')) {
        const h = this.historyEntry(e.args[0]);
        if ('error' in h || (e.fun.name === 'v' && !h.ok)) {
          missing = commandText(e.args[0]);
          return e;
        }
        if (e.fun.name === 'v') return { ...e, args: [{ kind: 'integer', loc: e.args[0].loc, value: h.n }] };
        return h.exprs.length === 1 ? h.exprs[0] : { kind: 'block', loc: e.loc, body: h.exprs };
      }
      const rec = e as unknown as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const k in rec) out[k] = k === 'loc' ? rec[k] : walk(rec[k]);
      return out;
    };
    const result: Expr[] = [];
    for (const e of exprs) {
      const x = walk(e) as Expr;
      if (missing !== null) return { missing };
      // At the top, e(N) splices N's expressions in, so shell commands among them still run.
      if (x !== e && e.kind === 'call' && e.fun.kind === 'atom' && e.fun.name === 'e' && x.kind === 'block') result.push(...x.body);
      else result.push(x);
    }
    return { exprs: result };
  }

  /** `v(N)` inside an expression: replaced by a variable bound to the value (erl_eval calls it). */
  private substituteV(node: unknown, extra: Map<string, unknown>): unknown {
    if (Array.isArray(node)) return node.map((x) => this.substituteV(x, extra));
    if (node === null || typeof node !== 'object') return node;
    const e = node as Expr;
    if (e.kind === 'call' && e.module === null && e.fun.kind === 'atom' && e.fun.name === 'v' && e.args.length === 1) {
      const r = this.historyValue(e.args[0]);
      if (r.kind === 'failed') {
        extra.set('', r.outcome);
        return e;
      }
      const name = `V@v${extra.size}`;
      extra.set(name, r.value);
      return { kind: 'var', loc: e.loc, name };
    }
    const out: Record<string, unknown> = {};
    const rec = e as unknown as Record<string, unknown>;
    for (const k in rec) out[k] = k === 'loc' ? rec[k] : this.substituteV(rec[k], extra);
    return out;
  }

  private historyEntry(arg: Expr): HistoryEntry | { error: Outcome & { kind: 'exception' } } {
    const n = arg.kind === 'integer' ? Number(arg.value) : arg.kind === 'unop' && arg.op === '-' && arg.operand.kind === 'integer' ? -Number(arg.operand.value) : NaN;
    const target = n > 0 ? n : this.counter + n; // before this command takes its number
    const entry = this.history.find((h) => h.n === target);
    if (Number.isNaN(n) || entry === undefined || !entry.ok) {
      const reason = new Tuple([atom('bad_argument'), Number.isNaN(n) ? atom('undefined') : n]);
      return { error: { kind: 'exception', cls: atom('error'), reason, stack: listFromArray([]) } };
    }
    return entry;
  }

  private historyValue(arg: Expr): { kind: 'value'; value: unknown } | { kind: 'failed'; outcome: Outcome & { kind: 'exception' } } {
    const h = this.historyEntry(arg);
    return 'error' in h ? { kind: 'failed', outcome: h.error } : { kind: 'value', value: h.value };
  }

  private async command(name: string, args: Expr[], n: number): Promise<{ kind: 'value'; value: unknown } | { kind: 'failed' }> {
    const value = (v: unknown) => ({ kind: 'value' as const, value: v });
    switch (`${name}/${args.length}`) {
      case 'f/0':
        this.bindings.clear();
        return value(OK);
      case 'f/1':
        if (args[0].kind !== 'var') return this.commandClauseError('f', 1);
        this.bindings.delete(args[0].name);
        return value(OK);
      case 'b/0':
        for (const k of [...this.bindings.keys()].sort()) this.out(this.bindingText(k, this.bindings.get(k)) + '\n');
        return value(OK);
      case 'v/1': {
        const r = this.historyValue(args[0]);
        return r.kind === 'failed' ? this.fail(r.outcome) : r;
      }
      case 'h/0':
        for (const h of this.history) {
          const prefix = `${h.n}: `;
          this.out(`${prefix}${new ErlPP(this.opts.encoding).exprs(h.exprs, prefix.length)}\n`);
          if (h.ok) this.out(`-> ${this.pp(h.value, 4)}\n`);
        }
        return value(OK);
      case 'rr/1':
        return this.readRecords(args[0]);
      case 'rl/0':
      case 'rl/1': {
        const only = args.length === 0 ? null : recordNames(args[0]);
        const shown = [...this.records.values()].filter((r) => only === null || only.includes(r.name));
        for (const r of shown.sort((a, b) => (a.name < b.name ? -1 : 1))) this.out(recordText(r) + '\n');
        return value(OK);
      }
      case 'rf/0':
        this.records.clear();
        return value(listFromArray([]));
      case 'rf/1':
        if (args[0].kind === 'atom') this.records.delete(args[0].name);
        return value(OK);
      case 'rd/2':
        if (args[0].kind === 'atom' && args[1].kind === 'tuple') {
          const fields = args[1].elements.map((f) => (f.kind === 'atom' ? { loc: f.loc, name: f.name, default: null } : f.kind === 'match' && f.pattern.kind === 'atom' ? { loc: f.loc, name: f.pattern.name, default: f.value } : null));
          if (fields.every((f) => f !== null)) {
            this.records.set(args[0].name, { kind: 'record', loc: args[0].loc, name: args[0].name, fields: fields as RecordAttr['fields'] });
            return value(atom(args[0].name));
          }
        }
        return this.fail({ kind: 'exception', cls: atom('exit'), reason: stringToList('bad record declaration'), stack: listFromArray([]) });
    }
    return value(OK);
  }

  /** `Name = Value` as b() prints it: a fun made at the prompt as its source (shell.erl). */
  private bindingText(name: string, v: unknown): string {
    const source = v instanceof Fun && v.kind === FUN_LOCAL ? this.funSources.get(v.module.name)?.[v.index] : undefined;
    if (source === undefined) return `${name} = ${this.pp(v, name.length + 4)}`;
    const loc = source.loc;
    return new ErlPP(this.opts.encoding).expr({ kind: 'match', loc, pattern: { kind: 'var', loc, name }, value: source }, 0, 0);
  }

  /** rr(Module) or rr("file.hrl"): the records defined in that source. */
  private readRecords(arg: Expr): { kind: 'value'; value: unknown } | { kind: 'failed' } {
    const file = arg.kind === 'atom' ? this.sourceOf(arg.name) : arg.kind === 'string' ? arg.value : null;
    if (file === null || !existsSync(file)) {
      return this.fail({ kind: 'exception', cls: atom('error'), reason: new Tuple([atom('badarg'), constTerm(arg) ?? atom('undefined')]), stack: listFromArray([]) });
    }
    const source = readFileSync(file, 'utf8');
    const wrapped = file.endsWith('.hrl') ? `-module(hrl).\n${source}` : source;
    const names: Atom[] = [];
    for (const f of parseModule(wrapped, file).ast.forms) {
      if (f.kind !== 'record') continue;
      this.records.set(f.name, f);
      names.push(atom(f.name));
    }
    names.sort((a, b) => (a.name < b.name ? -1 : 1));
    return { kind: 'value', value: listFromArray(names) };
  }

  private sourceOf(module: string): string | null {
    for (const dir of ['.', ...this.opts.codePath]) {
      const f = join(dir, `${module}.erl`);
      if (existsSync(f)) return f;
    }
    return null;
  }
}

/**
 * Each expression of a sequence is checked and evaluated on its own, with the bindings the
 * previous ones made (shell.erl's exprs/7); top-level shell commands run on the host.
 */
function splitUnits(exprs: Expr[]): Unit[] {
  return exprs.map((e) =>
    e.kind === 'call' && e.module === null && e.fun.kind === 'atom' && COMMANDS.has(`${e.fun.name}/${e.args.length}`)
      ? { kind: 'command', name: e.fun.name, args: e.args }
      : { kind: 'exprs', exprs: [e] },
  );
}

/**
 * Funs made at the prompt are erl_eval's interpreted funs in erl: their frames read
 * erl_eval:'-inside-an-interpreted-fun-'(Args) there, so ours (lambdas of a $shell_N module) do too.
 */
function interpretedFunFrames(stack: unknown): unknown {
  const frames = arrayFromList(stack);
  if (frames === undefined) return stack;
  const out: unknown[] = [];
  for (const f of frames) {
    const [m, fn, a] = f instanceof Tuple && f.elements.length === 4 ? f.elements : [];
    if (!(m instanceof Atom) || !m.name.startsWith('$shell_') || !(fn instanceof Atom) || !fn.name.startsWith('-')) out.push(f);
    // Comprehensions are evaluated by erl_eval itself, whose frames the shell does not show.
    else if (!/-(lc|bc)\$/.test(fn.name)) out.push(new Tuple([atom('erl_eval'), atom('-inside-an-interpreted-fun-'), a, listFromArray([])]));
  }
  return listFromArray(out);
}

/** The argument of e(N) or v(N) as erl_pp prints it in "* N: command not found". */
function commandText(e: Expr): string {
  const v = constTerm(e);
  return v === undefined ? '...' : writeTerm(v);
}

/** rl/1's argument: a record name or a list of them ('_' means all). */
function recordNames(e: Expr): string[] | null {
  if (e.kind === 'atom') return e.name === '_' ? null : [e.name];
  const names: string[] = [];
  let x: Expr = e;
  for (; x.kind === 'cons'; x = x.tail) if (x.head.kind === 'atom') names.push(x.head.name);
  return names;
}

function scanTokens(text: string): Token[] {
  const f = new FormScanner(text).next();
  return f === null || f.error !== null ? [] : f.tokens;
}

/** `-record(name,{a,b = 1}).` as rl() prints it (defaults shown when they are literal terms). */
function recordText(r: RecordAttr): string {
  const fields = r.fields.map((f) => {
    if (f.default === null) return writeTerm(atom(f.name));
    const v = constTerm(f.default);
    return `${writeTerm(atom(f.name))} = ${v === undefined ? '...' : writeTerm(v)}`;
  });
  return `-record(${writeTerm(atom(r.name))},{${fields.join(', ')}}).`;
}
