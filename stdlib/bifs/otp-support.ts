// What the OTP behaviours in otp/*.erl need from the host: the logger's output (a report printed
// with OTP's legacy header `=ERROR REPORT==== date ===` on the runtime's stdout, obeying the
// primary level) and proc_lib's crash report, which reads the dying process's own state.
// Module `minierl_otp` is internal: only otp/*.erl calls it. Formatting of the report bodies that
// are plain io_lib:format calls in OTP stays in Erlang.

import { Atom, atom, ERROR, EXIT, OK, THROW, UNDEFINED } from '../../vm/terms/atom.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Pid } from '../../vm/terms/pid.js';
import { buildStacktrace } from '../../vm/exceptions.js';
import { mapKey } from '../../vm/terms/key.js';
import { prettyTerm, writeAtom } from '../../vm/terms/format.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import { chardataToChars } from './io.js';
import { formatException } from '../error-format.js';
import { reportHeader } from '../crash-report.js';

const LEVELS = ['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'debug'];

/** Would the primary logger level let an event of `level` through? */
export function levelEnabled(primary: string, level: string): boolean {
  if (primary === 'none') return false;
  if (primary === 'all') return true;
  const want = LEVELS.indexOf(level);
  return want >= 0 && want <= LEVELS.indexOf(primary);
}

function emit(p: Process, title: string, body: string | number[]): void {
  const out = p.runtime.stdout;
  const head = reportHeader(title);
  out.putChars(Array.from(head, (c) => c.codePointAt(0)!));
  out.putChars(typeof body === 'string' ? Array.from(body, (c) => c.codePointAt(0)!) : body);
  out.putChars([10]);
}

/** A logger report from TypeScript (the code server's, for one), when the level allows it. */
export function logReport(p: Process, level: string, title: string, body: string): void {
  if (levelEnabled(p.runtime.loggerLevel, level)) emit(p, title, body);
}

/** minierl_otp:log(Level, Title, Chardata): one report, when the level is enabled. */
function log_3(p: Process, level: unknown, title: unknown, body: unknown): unknown {
  const t = chardataToChars(title);
  const chars = chardataToChars(body);
  if (!(level instanceof Atom) || t === null || chars === null) return badarg(p);
  if (levelEnabled(p.runtime.loggerLevel, level.name)) emit(p, String.fromCodePoint(...t), chars);
  return OK;
}

/** minierl_otp:enabled(Level): lets callers skip building a report nobody will see. */
function enabled_1(p: Process, level: unknown): unknown {
  if (!(level instanceof Atom)) return badarg(p);
  return atom(String(levelEnabled(p.runtime.loggerLevel, level.name)));
}

function dictValue(p: Process, key: string): unknown {
  return p.dict.get(mapKey(atom(key)))?.[1];
}

/** A rough heap size in words of the live terms the process holds (for the report only). */
function termWords(t: unknown, budget: { n: number }): number {
  if (budget.n-- <= 0) return 0;
  if (t instanceof Cons) return 2 + termWords(t.hd, budget) + termWords(t.tl, budget);
  if (t instanceof Tuple) return t.elements.reduce<number>((s, e) => s + termWords(e, budget), 1);
  return typeof t === 'number' ? 0 : 1;
}

/**
 * An estimate of the heap in words: BEAM's minimum heap (233 words) plus what the mailbox and
 * the dictionary hold. We have no per-process heap, so this is only indicative.
 */
function heapWords(q: Process): number {
  const budget = { n: 100_000 };
  let words = 233;
  for (const m of q.mailbox.toArray()) words += termWords(m, budget);
  for (const [k, v] of q.dict.values()) words += 3 + termWords(k, budget) + termWords(v, budget);
  return words;
}

function tag(indent: string, name: string, value: unknown): string {
  const prefix = `${indent}${name}: `;
  return prefix + prettyTerm(value, { column: prefix.length + 1 });
}

/**
 * proc_lib's crash report for the calling process, which is about to exit: the crasher part as
 * OTP lays it out (tags at indent 4, the exception through erl_error's layout at column 5) and
 * the neighbours (linked processes not trapping exits, which the exit will take down too).
 */
function crash_report_3(p: Process, cls: unknown, reason: unknown, stack: unknown): unknown {
  if (!(cls === ERROR || cls === EXIT || cls === THROW)) return badarg(p);
  if (!levelEnabled(p.runtime.loggerLevel, 'error')) return OK;
  const rt = p.runtime;
  const lines: string[] = ['  crasher:'];
  const ind = '    ';
  const ic = dictValue(p, '$initial_call');
  if (ic instanceof Tuple && ic.elements.length === 3 && ic.elements[0] instanceof Atom && ic.elements[1] instanceof Atom && typeof ic.elements[2] === 'number') {
    lines.push(`${ind}initial call: ${writeAtom(ic.elements[0])}:${writeAtom(ic.elements[1])}/${ic.elements[2]}`);
  } else if (p.initialCall !== null) {
    const [m, f, a] = p.initialCall;
    lines.push(`${ind}initial call: ${writeAtom(m)}:${writeAtom(f)}/${a}`);
  }
  lines.push(tag(ind, 'pid', p.pid));
  lines.push(tag(ind, 'registered_name', p.registeredName ?? NIL));
  lines.push(ind + formatException(cls as Atom, reason, stack, 5));
  lines.push(tag(ind, 'ancestors', dictValue(p, '$ancestors') ?? NIL));
  const messages = p.mailbox;
  lines.push(tag(ind, 'message_queue_len', messages.length));
  lines.push(tag(ind, 'messages', listFromArray(messages.toArray())));
  lines.push(tag(ind, 'links', listFromArray([...p.links.values()])));
  const dict = [...p.dict.values()]
    .filter(([k]) => k !== atom('$ancestors') && k !== atom('$initial_call'))
    .map(([k, v]) => new Tuple([k, v]));
  lines.push(tag(ind, 'dictionary', listFromArray(dict)));
  lines.push(tag(ind, 'trap_exit', atom(String(p.trapExit))));
  lines.push(tag(ind, 'status', atom('running')));
  lines.push(tag(ind, 'heap_size', heapWords(p)));
  lines.push(tag(ind, 'stack_size', p.base + 1));
  lines.push(tag(ind, 'reductions', p.reductions));
  const neighbours: string[] = [];
  for (const pid of p.links.values()) {
    const q = rt.processOf(pid);
    if (q === undefined || q.trapExit) continue;
    neighbours.push(neighbourReport(q));
  }
  const body = lines.join('\n') + '\n  neighbours:' + neighbours.join('') + '\n';
  emit(p, 'CRASH REPORT', body);
  return OK;
}

/** A linked process that will die too, in proc_lib's neighbour layout (same keys, same order). */
function neighbourReport(q: Process): string {
  const ind = '      ';
  const stack = q.code === null ? NIL : buildStacktrace(q, q.code, q.pc, q.base, null, null);
  const top = stack instanceof Cons && stack.hd instanceof Tuple ? stack.hd.elements : null;
  const items: string[] = [
    tag(ind, 'pid', q.pid),
    tag(ind, 'registered_name', q.registeredName ?? NIL),
    tag(ind, 'initial_call', q.initialCall === null ? UNDEFINED : new Tuple(q.initialCall)),
    tag(ind, 'current_function', top === null ? UNDEFINED : new Tuple([top[0], top[1], top[2]])),
    tag(ind, 'ancestors', dictValue(q, '$ancestors') ?? NIL),
    tag(ind, 'message_queue_len', q.mailbox.length),
    tag(ind, 'links', listFromArray([...q.links.values()])),
    tag(ind, 'trap_exit', atom(String(q.trapExit))),
    tag(ind, 'status', atom('waiting')),
    tag(ind, 'heap_size', heapWords(q)),
    tag(ind, 'stack_size', q.base + 1),
    tag(ind, 'reductions', q.reductions),
    tag(ind, 'current_stacktrace', stack),
  ];
  return `\n    neighbour:\n${items.join('\n')}`;
}

/** minierl_otp:my_name(): the caller's registered name, else its pid (proc_lib's ancestors). */
function my_name_0(p: Process): unknown {
  return p.registeredName ?? p.pid;
}

/**
 * minierl_otp:current_stacktrace(Pid): {RegisteredNameOrPid, Stacktrace} of a live process (where
 * it waits), or undefined; gen_server's report shows a caller's with it.
 */
function current_stacktrace_1(p: Process, pid: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  const q = p.runtime.processOf(pid);
  if (q === undefined) return UNDEFINED;
  const stack = q === p || q.code === null ? NIL : buildStacktrace(q, q.code, q.pc, q.base, null, null);
  return new Tuple([q.registeredName ?? q.pid, stack]);
}

export const bifs: BifTable = {
  'minierl_otp:log/3': log_3,
  'minierl_otp:enabled/1': enabled_1,
  'minierl_otp:crash_report/3': crash_report_3,
  'minierl_otp:my_name/0': my_name_0,
  'minierl_otp:current_stacktrace/1': current_stacktrace_1,
};
