// Human-readable exceptions in erl_error's words, as escript and the shell print them:
//   exception error: no match of right hand side value 3
//     in function  st:main/1 (st.erl, line 12)
// TODO(#5): the extended BIF explanations ("*** argument 1: not a tuple") and the shell's exact
// line breaking; today the reasons OTP explains in one line are covered.

import { Atom, atom } from '../vm/terms/atom.js';
import { Cons, NIL, arrayFromList } from '../vm/terms/list.js';
import { Tuple } from '../vm/terms/tuple.js';
import { Fun } from '../vm/terms/fun.js';
import { prettyTerm, writeTerm } from '../vm/terms/format.js';

const ERROR = atom('error');

function pretty(t: unknown, indent: number): string {
  return prettyTerm(t, { column: indent, depth: 50 });
}

function isFrame(t: unknown): t is Tuple {
  return t instanceof Tuple && t.elements.length === 4 && t.elements[0] instanceof Atom && t.elements[1] instanceof Atom;
}

function explain(reason: unknown, cls: Atom, top: Tuple | null, indent: number): string {
  const v = (prefix: string, x: unknown) => prefix + pretty(x, indent + prefix.length);
  if (cls !== ERROR) return pretty(reason, indent);
  if (reason instanceof Atom) {
    switch (reason.name) {
      case 'badarg': return 'bad argument';
      case 'badarith': return 'an error occurred when evaluating an arithmetic expression';
      case 'if_clause': return 'no true branch found when evaluating an if expression';
      case 'noproc': return 'no such process or port';
      case 'notalive': return 'the node cannot be part of a distributed system';
      case 'system_limit': return 'a system limit has been reached';
      case 'timeout_value': return 'bad receive timeout value';
      case 'function_clause':
        if (top !== null) {
          const [m, f, args] = top.elements as [Atom, Atom, unknown];
          return `no function clause matching ${callText(m, f, args, indent)}`;
        }
        return 'no function clause matching';
      case 'undef':
        if (top !== null) {
          const [m, f, args] = top.elements as [Atom, Atom, unknown];
          const n = arrayFromList(args)?.length ?? args;
          return `undefined function ${writeTerm(m)}:${writeTerm(f)}/${n}`;
        }
        return 'undefined function';
    }
  }
  if (reason instanceof Tuple && reason.elements.length === 2 && reason.elements[0] instanceof Atom) {
    const [tag, x] = reason.elements as [Atom, unknown];
    switch (tag.name) {
      case 'badmatch': return v('no match of right hand side value ', x);
      case 'case_clause': return v('no case clause matching ', x);
      case 'try_clause': return v('no try clause matching ', x);
      case 'badarg': return v('bad argument: ', x);
      case 'badkey': return v('bad key: ', x);
      case 'badmap': return v('bad map: ', x);
      case 'badfun': return v('bad function ', x);
      case 'badrecord': return v('bad record ', x);
      case 'badarity':
        if (x instanceof Tuple && x.elements[0] instanceof Fun) {
          const n = arrayFromList(x.elements[1])?.length ?? 0;
          return `${writeTerm(x.elements[0])} called with ${n} argument${n === 1 ? '' : 's'}`;
        }
    }
  }
  return pretty(reason, indent);
}

function callText(m: Atom, f: Atom, args: unknown, indent: number): string {
  const list = arrayFromList(args);
  if (list === undefined) return `${writeTerm(m)}:${writeTerm(f)}/${writeTerm(args)}`;
  const inner = pretty(args, indent).slice(1, -1);
  return `${writeTerm(m)}:${writeTerm(f)}(${inner})`;
}

function location(loc: unknown): string {
  const items = arrayFromList(loc) ?? [];
  let file: string | null = null;
  let line: number | null = null;
  for (const it of items) {
    if (it instanceof Tuple && it.elements[0] === atom('file')) file = String.fromCodePoint(...((arrayFromList(it.elements[1]) ?? []) as number[]));
    if (it instanceof Tuple && it.elements[0] === atom('line')) line = it.elements[1] as number;
  }
  if (file !== null && line !== null) return ` (${file}, line ${line})`;
  return '';
}

/**
 * The text erl_error:format_exception(Column, ...) produces: "exception Class: Explanation" followed
 * by "  in function  M:F/A (File, line N)" and "  in call from ..." lines, the latter indented by
 * Column - 1 (proc_lib's crash reports use column 5).
 */
export function formatException(cls: Atom, reason: unknown, stacktrace: unknown, column = 1): string {
  const pad = ' '.repeat(column - 1);
  const frames = arrayFromList(stacktrace);
  const isTrace = frames !== undefined && frames.every(isFrame);
  let top: Tuple | null = null;
  let rest: unknown[] = isTrace ? frames! : [];
  if (isTrace && cls === ERROR && (reason === atom('function_clause') || reason === atom('undef')) && rest.length > 0) {
    const f = rest[0] as Tuple;
    if (f.elements[2] instanceof Cons || f.elements[2] === NIL) {
      top = f;
      rest = rest.slice(1);
    }
  }
  const head = `exception ${cls.name}: `;
  let out = head + explain(isTrace ? reason : new Tuple([reason, stacktrace]), cls, top, column - 1 + head.length);
  if (top !== null) out += location(top.elements[3]);
  rest.forEach((fr, i) => {
    const [m, f, a, loc] = (fr as Tuple).elements;
    const arity = arrayFromList(a) !== undefined ? `(${pretty(a, 0).slice(1, -1)})` : `/${writeTerm(a)}`;
    out += `\n${pad}  ${i === 0 ? 'in function ' : 'in call from'} ${writeTerm(m)}:${writeTerm(f)}${arity}${location(loc)}`;
  });
  return out;
}
