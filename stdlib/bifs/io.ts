// The io module's BIFs: output to and input from the VM's standard io (the runtime's stdout and
// stdin devices, encoded as io:setopts says), and group_leader/0,2. A device that is a process (a
// file opened without raw, a group leader set with group_leader/2) is served by io.erl, which
// speaks the io protocol: these BIFs trap to it. io:read on stdin reads here; io:fread is io.erl's.

import { writeSync } from 'node:fs';
import { Atom, OK, TRUE, atom } from '../../vm/terms/atom.js';
import { writeTerm } from '../../vm/terms/format.js';
import { Bin } from '../../vm/terms/binary.js';
import { Pid } from '../../vm/terms/pid.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { FAIL, badarg, error, type Fail } from '../bif.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { binFromBytes } from '../../vm/terms/binary.js';
import { defaultGroupLeader, isDefaultServer, stdioOptions, trap } from './io-devices.js';
import { firstFormLength, readAllTerms } from './term-reader.js';
import type { BifTable } from '../registry.js';
import type { Runtime } from '../../vm/runtime.js';
import type { Process } from '../../vm/process.js';
import { ioLibFormat } from './io-lib-format.js';
import { ioLibFormatDeep } from './io-lib-deep.js';

/** The characters of chardata (lists of characters, binaries as UTF-8, nested), or null. */
export function chardataToChars(d: unknown): number[] | null {
  const out: number[] = [];
  const stack: unknown[] = [d];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'number') {
      if (x < 0 || x > 0x10ffff) return null;
      out.push(x);
    } else if (x instanceof Cons) {
      stack.push(x.tl, x.hd);
    } else if (x === NIL) {
      // nothing
    } else if (x instanceof Bin) {
      if ((x.bitSize & 7) !== 0) return null;
      for (const ch of new TextDecoder().decode(x.bytes.subarray(0, x.bitSize >> 3))) out.push(ch.codePointAt(0)!);
    } else return null;
  }
  return out;
}

// ---- devices ----

const STANDARD_IO = atom('standard_io');
const STANDARD_ERROR = atom('standard_error');
const USER = atom('user');

/**
 * Where output to `dev` goes: the host's stdout ('out'), stderr ('err'), a process that speaks
 * the io protocol (its Pid: the BIF traps to io.erl), null for a name that is not registered
 * ({error, arguments}: badarg), or 'none' for a term that is no device (io:request has no clause).
 */
type Target = 'out' | 'err' | Pid | null | 'none';

function target(p: Process, dev: unknown): Target {
  if (dev === STANDARD_IO) {
    const gl = p.groupLeader;
    return gl === null || isDefaultServer(p, gl) ? 'out' : gl;
  }
  if (dev === STANDARD_ERROR) return 'err';
  if (dev === USER) return 'out';
  if (dev instanceof Pid) return isDefaultServer(p, dev) ? 'out' : dev;
  if (dev instanceof Atom) {
    const proc = p.runtime.registered.get(dev);
    return proc === undefined ? null : target(p, proc.pid);
  }
  return 'none';
}

const FUNCTION_CLAUSE = atom('function_clause');

/** Characters as UTF-8 bytes (each byte a number below 256, for a byte device). */
function utf8(chars: number[]): number[] {
  return Array.from(Buffer.from(String.fromCodePoint(...chars), 'utf8'));
}

function writeOut(p: Process, chars: number[]): void {
  p.runtime.stdout.putChars(stdioOptions(p.runtime).unicode ? utf8(chars) : chars);
}

/** standard_error: written at once, after what is buffered for stdout, like stdout's encoding. */
function writeErr(p: Process, chars: number[]): void {
  p.runtime.stdout.flush();
  const text = stdioOptions(p.runtime).stderrUnicode
    ? String.fromCodePoint(...chars)
    : chars.map((c) => (c < 256 ? String.fromCharCode(c) : `\\x{${c.toString(16).toUpperCase()}}`)).join('');
  writeSync(2, Buffer.from(text, stdioOptions(p.runtime).stderrUnicode ? 'utf8' : 'latin1'));
}

const PUT_CHARS = atom('put_chars');
const UNICODE = atom('unicode');

/**
 * Where output to `dev` goes, or FAIL after raising: function_clause for a term that is no
 * device, badarg for a name that is not registered. No allocation on the way to the host device.
 */
function outputTarget(p: Process, dev: unknown): 'out' | 'err' | Pid | Fail {
  const t = target(p, dev);
  if (t === 'none') return error(p, FUNCTION_CLAUSE);
  if (t === null) return badarg(p);
  return t;
}

/** Writes characters to the host's stdout or stderr; badarg when they are not characters. */
function emit(p: Process, t: 'out' | 'err', cs: number[] | null): unknown {
  if (cs === null) return badarg(p);
  if (t === 'out') {
    writeOut(p, cs);
    // As OTP's user server does: output while a read waits for input is followed by its prompt again.
    const pending = pendingPrompts.get(p.runtime);
    if (pending !== undefined) writeOut(p, pending);
  } else writeErr(p, cs);
  return OK;
}

/** An output request to an io server process on behalf of io:Func(Args...): io:'$o_request'/4. */
function toServer(p: Process, pid: Pid, req: Tuple, func: string, args: unknown[]): unknown {
  return trap(p, 'io', '$o_request', [pid, req, atom(func), listFromArray(args)]);
}

/** io:format/Arity; to a process it sends the format itself, as OTP does: the server formats. */
function format(p: Process, dev: unknown, fmt: unknown, args: unknown, func: string, arity: number): unknown {
  const t = outputTarget(p, dev);
  if (t === FAIL) return t;
  if (t instanceof Pid) {
    const req = new Tuple([PUT_CHARS, UNICODE, atom('io_lib'), atom('format'), listFromArray([fmt, args])]);
    return toServer(p, t, req, func, arity === 3 ? [dev, fmt, args] : arity === 2 ? [fmt, args] : [fmt]);
  }
  return emit(p, t, ioLibFormat(fmt, args));
}

function put_chars(p: Process, dev: unknown, chars: unknown, explicitDev: boolean): unknown {
  const t = outputTarget(p, dev);
  if (t === FAIL) return t;
  if (t instanceof Pid) return toServer(p, t, new Tuple([PUT_CHARS, UNICODE, chars]), 'put_chars', explicitDev ? [dev, chars] : [chars]);
  return emit(p, t, chardataToChars(chars));
}

const NL = listFromArray([10]);

function nl(p: Process, dev: unknown, explicitDev: boolean): unknown {
  const t = outputTarget(p, dev);
  if (t === FAIL) return t;
  if (t instanceof Pid) return toServer(p, t, new Tuple([PUT_CHARS, UNICODE, NL]), 'nl', explicitDev ? [dev] : []);
  return emit(p, t, [10]);
}

function write(p: Process, dev: unknown, term: unknown, explicitDev: boolean): unknown {
  const t = outputTarget(p, dev);
  if (t === FAIL) return t;
  const text = Array.from(writeTerm(term), (c) => c.codePointAt(0)!);
  if (t instanceof Pid) return toServer(p, t, new Tuple([PUT_CHARS, UNICODE, listFromArray(text)]), 'write', explicitDev ? [dev, term] : [term]);
  return emit(p, t, text);
}

const EOF = atom('eof');

/** Prints a get_line/get_chars prompt (chardata, an atom's name, or any other term as ~w); returns it. */
function prompt(p: Process, pr: unknown): number[] {
  const chars = (pr instanceof Atom ? Array.from(pr.name, (c) => c.codePointAt(0)!) : chardataToChars(pr)) ?? Array.from(writeTerm(pr), (c) => c.codePointAt(0)!);
  writeOut(p, chars);
  return chars;
}

/** The prompt of a read of the host's stdin that waits for input, per runtime. */
const pendingPrompts = new WeakMap<Runtime, number[]>();

/** Input from the host's stdin as the reader gets it: its bytes as a list, or a binary in binary mode. */
function inputData(p: Process, bytes: number[]): unknown {
  return stdioOptions(p.runtime).binary ? binFromBytes(Uint8Array.from(bytes)) : listFromArray(bytes);
}

/** An input request: answered from the host's stdin, or by the io server process through io:request/2. */
function input(p: Process, dev: unknown, req: () => Tuple, local: () => unknown): unknown {
  const t = target(p, dev);
  if (t === 'none') return error(p, FUNCTION_CLAUSE);
  if (t === null) return new Tuple([atom('error'), atom('arguments')]);
  if (t instanceof Pid) return trap(p, 'io', 'request', [t, req()]);
  return local();
}

/**
 * No input yet on an asynchronous stdin: the process waits in io:'$stdin_wait'/2 (other processes
 * run meanwhile), which then calls io:F(Args) to try again (the prompt is not printed again).
 */
function waitForInput(p: Process, f: string, args: unknown[], pr: number[] | undefined): unknown {
  if (pr !== undefined && pr.length > 0) pendingPrompts.set(p.runtime, pr);
  p.runtime.awaitInput(p);
  return trap(p, 'io', '$stdin_wait', [atom(f), listFromArray(args)]);
}

/** io:'$stdin_get_line'/0: the next line from the host's stdin, waiting for it if need be. */
function stdinLine(p: Process, pr?: number[]): unknown {
  const line = p.runtime.stdin.getLine();
  if (line === undefined) return waitForInput(p, '$stdin_get_line', [], pr);
  pendingPrompts.delete(p.runtime);
  return line === null ? EOF : inputData(p, line);
}

/** io:'$stdin_get_chars'/1. */
function stdinChars(p: Process, n: number, pr?: number[]): unknown {
  const chars = p.runtime.stdin.getChars(n);
  if (chars === undefined) return waitForInput(p, '$stdin_get_chars', [n], pr);
  pendingPrompts.delete(p.runtime);
  return chars === null ? EOF : inputData(p, chars);
}

function get_line(p: Process, dev: unknown, pr: unknown): unknown {
  return input(p, dev, () => new Tuple([atom('get_line'), UNICODE, pr]), () => {
    const shown = prompt(p, pr);
    p.runtime.stdout.flush();
    return stdinLine(p, shown);
  });
}

function get_chars(p: Process, dev: unknown, pr: unknown, n: unknown): unknown {
  if (typeof n !== 'number' || n < 0) return badarg(p);
  return input(p, dev, () => new Tuple([atom('get_chars'), UNICODE, pr, n]), () => {
    const shown = prompt(p, pr);
    p.runtime.stdout.flush();
    return stdinChars(p, n, shown);
  });
}

/**
 * io:read/1,2 on standard input: lines until a complete form (a term and its dot), then the term:
 * {ok, Term}, {error, {Line, erl_parse, Message}} or eof. What follows the form stays unread. A
 * device that is a process is asked with get_until (io.erl).
 */
function read(p: Process, dev: unknown, pr: unknown): unknown {
  const t = target(p, dev);
  if (t === 'none') return error(p, FUNCTION_CLAUSE);
  if (t === null) return new Tuple([atom('error'), atom('arguments')]);
  if (t instanceof Pid) return trap(p, 'io', '$read', [t, pr]);
  const shown = prompt(p, pr);
  p.runtime.stdout.flush();
  return stdinRead(p, '', shown);
}

/** io:read on the host's stdin from `text`, the lines read so far (io:'$stdin_read'/1 after a wait). */
function stdinRead(p: Process, text: string, pr?: number[]): unknown {
  for (;;) {
    const line = p.runtime.stdin.getLine();
    if (line === undefined) return waitForInput(p, '$stdin_read', [listFromArray(Array.from(text, (c) => c.charCodeAt(0)))], pr);
    if (line === null) break;
    text += String.fromCharCode(...line);
    if (firstFormLength(text) !== null) break;
  }
  pendingPrompts.delete(p.runtime);
  const used = firstFormLength(text);
  if (used !== null && used < text.length) p.runtime.stdin.unread(Array.from(text.slice(used), (c) => c.charCodeAt(0)));
  return readTerm(used === null ? text : text.slice(0, used));
}

/** The term of one form's text: {ok, Term}, eof for nothing but white space and comments, or {error, Info}. */
function readTerm(text: string): unknown {
  const r = readAllTerms(text);
  if (r instanceof Tuple && r.elements[0] === OK) {
    const terms = r.elements[1];
    return terms instanceof Cons ? new Tuple([OK, terms.hd]) : EOF;
  }
  return r;
}

/** Text of a list of characters, or null. */
function textOf(l: unknown): string | null {
  const cs = chardataToChars(l);
  return cs === null ? null : String.fromCodePoint(...cs);
}

/** io:fread/2,3: io_lib:fread's continuation loop over lines, in io.erl for both kinds of device. */
function fread(p: Process, dev: unknown, pr: unknown, format: unknown): unknown {
  const t = target(p, dev);
  if (t === 'none') return error(p, FUNCTION_CLAUSE);
  if (t === null) return new Tuple([atom('error'), atom('arguments')]);
  if (t instanceof Pid) return trap(p, 'io', 'request', [t, new Tuple([atom('get_until'), UNICODE, pr, atom('io_lib'), atom('fread'), listFromArray([format])])]);
  return trap(p, 'io', '$stdio_fread', [pr, format]);
}

/** io:'$unread'/1: characters (or eof) a reader did not consume go back to standard input. */
function unread(p: Process, chars: unknown): unknown {
  const cs = chardataToChars(chars);
  if (cs !== null && cs.length > 0) p.runtime.stdin.unread(cs);
  return OK;
}

// ---- group leaders ----

function group_leader_0(p: Process): unknown {
  return p.groupLeader ?? defaultGroupLeader(p);
}

function group_leader_2(p: Process, gl: unknown, pid: unknown): unknown {
  if (!(gl instanceof Pid) || !(pid instanceof Pid)) return badarg(p);
  const proc = p.runtime.processOf(pid);
  if (proc === undefined) return badarg(p);
  proc.groupLeader = isDefaultServer(p, gl) ? null : gl;
  return TRUE;
}

export const bifs: BifTable = {
  'io:get_line/1': (p: Process, pr: unknown) => get_line(p, STANDARD_IO, pr),
  'io:get_line/2': get_line,
  'io:get_chars/2': (p: Process, pr: unknown, n: unknown) => get_chars(p, STANDARD_IO, pr, n),
  'io:get_chars/3': get_chars,
  'io:read/1': (p: Process, pr: unknown) => read(p, STANDARD_IO, pr),
  'io:read/2': read,
  'io:fread/2': (p: Process, pr: unknown, f: unknown) => fread(p, STANDARD_IO, pr, f),
  'io:fread/3': fread,
  'io:$unread/1': unread,
  'io:$stdin_get_line/0': stdinLine,
  'io:$stdin_get_chars/1': (p: Process, n: unknown) => (typeof n === 'number' && n >= 0 ? stdinChars(p, n) : badarg(p)),
  'io:$stdin_read/1': (p: Process, l: unknown) => {
    const t = textOf(l);
    return t === null ? badarg(p) : stdinRead(p, t);
  },
  'io:$read_term/1': (p: Process, l: unknown) => {
    const t = textOf(l);
    return t === null ? badarg(p) : readTerm(t);
  },
  'io:$form_length/1': (p: Process, l: unknown) => {
    const t = textOf(l);
    if (t === null) return badarg(p);
    const n = firstFormLength(t);
    return n === null ? atom('incomplete') : Array.from(t.slice(0, n)).length;
  },
  'io:format/1': (p: Process, fmt: unknown) => format(p, STANDARD_IO, fmt, NIL, 'format', 1),
  'io:format/2': (p: Process, fmt: unknown, args: unknown) => format(p, STANDARD_IO, fmt, args, 'format', 2),
  'io:format/3': (p: Process, dev: unknown, fmt: unknown, args: unknown) => format(p, dev, fmt, args, 'format', 3),
  'io:fwrite/1': (p: Process, fmt: unknown) => format(p, STANDARD_IO, fmt, NIL, 'fwrite', 1),
  'io:fwrite/2': (p: Process, fmt: unknown, args: unknown) => format(p, STANDARD_IO, fmt, args, 'fwrite', 2),
  'io:fwrite/3': (p: Process, dev: unknown, fmt: unknown, args: unknown) => format(p, dev, fmt, args, 'fwrite', 3),
  'io:put_chars/1': (p: Process, chars: unknown) => put_chars(p, STANDARD_IO, chars, false),
  'io:put_chars/2': (p: Process, dev: unknown, chars: unknown) => put_chars(p, dev, chars, true),
  'io:nl/0': (p: Process) => nl(p, STANDARD_IO, false),
  'io:nl/1': (p: Process, dev: unknown) => nl(p, dev, true),
  'io:write/1': (p: Process, t: unknown) => write(p, STANDARD_IO, t, false),
  'io:write/2': (p: Process, dev: unknown, t: unknown) => write(p, dev, t, true),
  'erlang:group_leader/0': group_leader_0,
  'erlang:group_leader/2': group_leader_2,
  'io_lib:format/2': (p: Process, fmt: unknown, args: unknown) => {
    const r = ioLibFormatDeep(fmt, args);
    return r === null ? badarg(p) : r;
  },
  'io_lib:fwrite/2': (p: Process, fmt: unknown, args: unknown) => {
    const r = ioLibFormatDeep(fmt, args);
    return r === null ? badarg(p) : r;
  },
};
