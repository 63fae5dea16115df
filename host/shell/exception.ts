// The shell's exception report, a port of OTP 25's erl_error:format_exception/7 as shell.erl
// calls it: tag "** ", indentation 4, terms printed by the shell's pretty printer (depth 30,
// line_max_chars 60), and the shell's own frames dropped from the bottom of the stack trace.
// The "*** argument N: ..." lines come from bif-errors.ts (OTP reads them from error_info).

import { Atom, atom } from '../../vm/terms/atom.js';
import { arrayFromList, listFromArray } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Fun } from '../../vm/terms/fun.js';
import { writeTerm, charsLength, type Encoding } from '../../vm/terms/format.js';
import { AUTO_IMPORTED } from '../../compiler/bifs.js';
import { writeAtom } from '../../compiler/lexer.js';
import { argumentErrorLines, argumentErrors } from './bif-errors.js';

export type PrettyFn = (t: unknown, column: number) => string;

const TAG = '** ';
const ERROR = atom('error');

const OPS2 = new Set(['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'and', 'or', 'xor',
  '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=', '++', '--', '!']);
const OPS1 = new Set(['+', '-', 'bnot', 'not']);

const spaces = (n: number): string => ' '.repeat(Math.max(0, n));
const countNl = (s: string): number => s.split('\n').length - 1;

function exited(cls: Atom): string {
  return `exception ${cls.name}: `;
}

function isFrame(t: unknown): t is Tuple {
  if (!(t instanceof Tuple) || t.elements.length !== 4) return false;
  const [m, f, a, info] = t.elements;
  return m instanceof Atom && f instanceof Atom && (typeof a === 'number' || arrayFromList(a) !== undefined) && arrayFromList(info) !== undefined;
}

/** The whole report (without the final newline) for an exception that reached the shell. */
export function formatShellException(
  cls: Atom, reason: unknown, stack: unknown, pf: PrettyFn, isShellFrame: (m: Atom) => boolean, enc: Encoding,
): string {
  const f = new ErrorFormatter(pf, enc);
  return TAG + f.formatException(4, cls, reason, stack, isShellFrame);
}

class ErrorFormatter {
  constructor(private readonly pf: PrettyFn, private readonly enc: Encoding) {}

  private size(s: string): number {
    return this.enc === 'latin1' ? s.length : charsLength(s);
  }

  formatException(i: number, cls: Atom, reason: unknown, stack: unknown, isShellFrame: (m: Atom) => boolean): string {
    const s = spaces(i - 1);
    const frames = arrayFromList(stack);
    const isTrace = frames !== undefined && frames.every(isFrame);
    let term = reason;
    let top: Tuple | null = null;
    let trace: unknown[] = isTrace ? frames! : [];
    if (!isTrace) term = new Tuple([reason, stack]);
    else if (cls === ERROR && reason === atom('function_clause') && trace.length === 1 && isShellCommandFrame(trace[0] as Tuple)) {
      // A shell command called with arguments it does not take: f(1).
      const [, f, a] = (trace[0] as Tuple).elements;
      return `${exited(cls)}no function clause matching call to ${writeTerm(f)}/${writeTerm(a)}`;
    } else if (cls === ERROR && trace.length > 0) {
      const first = trace[0] as Tuple;
      const isFc = reason === atom('function_clause') && arrayFromList(first.elements[2]) !== undefined;
      if (isFc || reason === atom('undef')) {
        top = first;
        trace = trace.slice(1);
      }
    }
    // Frames of the shell itself are dropped from the bottom (shell.erl's StackFun).
    let keep = trace.length;
    while (keep > 0 && isShellFrame((trace[keep - 1] as Tuple).elements[0] as Atom)) keep--;
    const st = this.stacktrace('  ' + s, trace.slice(0, keep) as Tuple[], cls === ERROR ? reason : null);
    const expl = exited(cls) + this.explain(term, cls, top, s);
    return st === '' ? expl : expl + '\n' + st;
  }

  private explain(reason: unknown, cls: Atom, top: Tuple | null, s: string): string {
    const value = (v: unknown, text: string) => this.formatValue(v, text, cls, s);
    if (cls === ERROR && top === null) {
      if (reason instanceof Atom) {
        const fixed = FIXED[reason.name];
        if (fixed !== undefined) return fixed;
      }
      if (reason instanceof Tuple && reason.elements[0] instanceof Atom) {
        const [tag, v] = reason.elements;
        const n = reason.elements.length;
        switch (n === 2 ? (tag as Atom).name : n === 4 ? `${(tag as Atom).name}/4` : '') {
          case 'badarg': return value(v, 'bad argument: ');
          case 'badkey': return value(v, 'bad key: ');
          case 'badmap': return value(v, 'bad map: ');
          case 'badfun': return value(v, 'bad function ');
          case 'badmatch': return value(v, 'no match of right hand side value ');
          case 'case_clause': return value(v, 'no case clause matching ');
          case 'try_clause': return value(v, 'no try clause matching ');
          case 'bad_filter': return value(v, 'bad filter ');
          case 'bad_generator': return value(v, 'bad generator ');
          case 'unbound': return `variable ${writeTerm(v)} is unbound`;
          case 'badarity':
            if (v instanceof Tuple && v.elements.length === 2 && v.elements[0] instanceof Fun) {
              const n = arrayFromList(v.elements[1])?.length;
              if (n !== undefined) return `${this.formatFun(v.elements[0])} called with ${argss(n)}`;
            }
            break;
          case 'shell_undef/4': {
            const [, f, a] = reason.elements;
            const n = arrayFromList(a)?.length ?? a;
            return `undefined shell command ${writeAtom((f as Atom).name)}/${writeTerm(n)}`;
          }
        }
      }
    }
    if (cls === ERROR && top !== null) {
      const [m, f, a, loc] = top.elements as [Atom, Atom, unknown, unknown];
      if (reason === atom('undef')) {
        const n = arrayFromList(a)?.length ?? a;
        return `undefined function ${this.mfaToString(m, f, n as number)}`;
      }
      const args = arrayFromList(a)!;
      const pre = s + spaces(exited(cls).length);
      return this.formatCall('no function clause matching ', pre, m, f, args) + ' ' + location(loc);
    }
    return this.pf(reason, s.length + 1 + exited(cls).length);
  }

  private formatValue(v: unknown, errStr: string, cls: Atom, s: string): string {
    const pre1 = exited(cls).length;
    const s1 = this.pf(v, pre1 + s.length + errStr.length + 1);
    const n1 = countNl(s1);
    if (n1 > 1) {
      const s2 = this.pf(v, s.length + 1 + pre1);
      if (countNl(s2) < n1) return errStr + '\n' + s + spaces(pre1) + s2;
    }
    return errStr + s1;
  }

  /** `reason` is set for errors: the first frame's BIF call then gets erl_erts_errors' lines. */
  private stacktrace(s: string, frames: Tuple[], reason: unknown): string {
    const out: string[] = [];
    frames.forEach((fr, idx) => {
      const n = idx + 1;
      const sep = n === 1 ? s : '\n' + s;
      const [m, f, a, loc] = fr.elements as [Atom, Atom, unknown, unknown];
      const args = arrayFromList(a);
      if (args === undefined) {
        out.push(`${sep}${this.origin(n, m, f, a as number)} ${this.mfaToString(m, f, a as number)} ${location(loc)}`);
      } else {
        const calledAs = s + '   called as ';
        const c = this.formatCall('', calledAs, m, f, args);
        const whys = n === 1 && reason !== null ? argumentErrors(m, f, args, reason) : null;
        const extra = whys === null ? '' : argumentErrorLines(whys).map((l) => `\n${s}   ${l}`).join('');
        out.push(`${sep}${this.origin(n, m, f, args.length)} ${this.mfaToString(m, f, args.length)}\n${calledAs}${c}${extra}`);
      }
    });
    return out.join('');
  }

  private origin(n: number, m: Atom, f: Atom, arity: number): string {
    if (n === 1) return isOp(m, f, arity) ? 'in operator ' : 'in function ';
    return 'in call from';
  }

  private formatCall(errStr: string, pre1: string, m: Atom, f: Atom, args: unknown[]): string {
    if (isOp(m, f, args.length)) return errStr + this.formatOp(errStr, pre1, f.name, args);
    const mfs = this.mfToString(m, f, args.length);
    const i1 = this.size(pre1 + errStr + mfs);
    const s1 = this.ppArguments(args, i1);
    const s2 = this.ppArguments(args, this.size(pre1 + mfs));
    const s3 = this.ppArguments([atom('a2345'), atom('b2345')], i1);
    const long = countNl(s3) > 0;
    if (long || countNl(s2) < countNl(s1)) return errStr + '\n' + pre1 + mfs + s2;
    return errStr + mfs + s1;
  }

  private formatOp(errStr: string, pre: string, op: string, args: unknown[]): string {
    if (args.length === 1) {
      const opS = op + ' ';
      return opS + this.pf(args[0], this.size(errStr + pre + opS) + 1);
    }
    const i1 = this.size(errStr + pre);
    const s1 = this.pf(args[0], i1 + 1);
    const s2 = this.pf(args[1], i1 + 1);
    const pre1 = '\n' + spaces(i1);
    if (countNl(s1) > 0) return s1 + pre1 + op + pre1 + s2;
    const opS2 = ` ${op} `;
    const size1 = this.size(errStr + pre + opS2);
    const s22 = this.pf(args[1], size1 + this.size(s1) + 1);
    if (countNl(s2) < countNl(s22)) return s1 + pre1 + op + pre1 + s2;
    return s1 + opS2 + s22;
  }

  private ppArguments(args: unknown[], i: number): string {
    const first = args[0];
    let s: string;
    if (typeof first === 'number' && isPrintableLatin1(args)) {
      const l = String(first);
      const s0 = this.pf(listFromArray([atom('a'.repeat(l.length)), ...args.slice(1)]), i + 1);
      s = '[' + l + s0.slice(1 + l.length);
    } else {
      s = this.pf(listFromArray(args), i + 1);
    }
    return '(' + s.slice(1, -1) + ')';
  }

  private mfaToString(m: Atom, f: Atom, arity: number): string {
    return `${this.mfToString(m, f, arity)}/${arity}`;
  }

  private mfToString(m: Atom, f: Atom, arity: number): string {
    if (m.name === 'erlang' && AUTO_IMPORTED.has(`${f.name}/${arity}`)) return writeAtom(f.name);
    // erl_error writes '/' with ~w (quoted), the other operators bare.
    if (isOp(m, f, arity)) return f.name === '/' ? writeAtom(f.name) : f.name;
    return `${writeAtom(m.name)}:${writeAtom(f.name)}`;
  }

  private formatFun(fun: Fun): string {
    return writeTerm(fun);
  }
}

function isShellCommandFrame(t: Tuple): boolean {
  return t.elements[0] === atom('shell') && typeof t.elements[2] === 'number';
}

const FIXED: Record<string, string> = {
  badarg: 'bad argument',
  badarith: 'an error occurred when evaluating an arithmetic expression',
  if_clause: 'no true branch found when evaluating an if expression',
  noproc: 'no such process or port',
  notalive: 'the node cannot be part of a distributed system',
  system_limit: 'a system limit has been reached',
  timeout_value: 'bad receive timeout value',
};

function argss(n: number): string {
  return n === 0 ? 'no arguments' : n === 1 ? 'one argument' : n === 2 ? 'two arguments' : `${n} arguments`;
}

function isOp(m: Atom, f: Atom, arity: number): boolean {
  return m.name === 'erlang' && (arity === 2 ? OPS2.has(f.name) : arity === 1 && OPS1.has(f.name));
}

function isPrintableLatin1(xs: unknown[]): boolean {
  return xs.every((c) => typeof c === 'number' && ((c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= 7 && c <= 13) || c === 27));
}

function location(loc: unknown): string {
  let file: string | null = null;
  let line: number | null = null;
  for (const it of arrayFromList(loc) ?? []) {
    if (!(it instanceof Tuple) || it.elements.length !== 2) continue;
    if (it.elements[0] === atom('file')) {
      const cs = arrayFromList(it.elements[1]);
      if (cs !== undefined) file = String.fromCodePoint(...(cs as number[]));
    }
    if (it.elements[0] === atom('line') && typeof it.elements[1] === 'number') line = it.elements[1];
  }
  return file !== null && line !== null ? `(${file}, line ${line})` : '';
}

