// io and io_lib output: formatting happens here, characters go to the process's output device
// (the host's stdout for `minierl run`). The device encodes; these BIFs deal in characters.
// TODO(#8): io:read/fread on standard input, and format to another process's group leader.

import { Atom, OK, atom } from '../../vm/terms/atom.js';
import { writeTerm } from '../../vm/terms/format.js';
import { Bin } from '../../vm/terms/binary.js';
import { Pid } from '../../vm/terms/pid.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import { ioLibFormat } from './io-lib-format.js';

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

function format(p: Process, fmt: unknown, args: unknown): unknown {
  const chars = ioLibFormat(fmt, args);
  if (chars === null) return badarg(p);
  p.runtime.stdout.putChars(chars);
  return OK;
}

function validDevice(dev: unknown): boolean {
  return dev instanceof Atom || dev instanceof Pid;
}

function put_chars(p: Process, chars: unknown): unknown {
  const cs = chardataToChars(chars);
  if (cs === null) return badarg(p);
  p.runtime.stdout.putChars(cs);
  return OK;
}

const EOF = atom('eof');

/** Prints a get_line/get_chars prompt: chardata, an atom's name, or any other term as ~w. */
function prompt(p: Process, pr: unknown): void {
  const chars = pr instanceof Atom ? Array.from(pr.name, (c) => c.codePointAt(0)!) : chardataToChars(pr);
  p.runtime.stdout.putChars(chars ?? Array.from(writeTerm(pr), (c) => c.codePointAt(0)!));
}

function get_line(p: Process, pr: unknown): unknown {
  prompt(p, pr);
  p.runtime.stdout.flush();
  const line = p.runtime.stdin.getLine();
  return line === null ? EOF : listFromArray(line);
}

function get_chars(p: Process, pr: unknown, n: unknown): unknown {
  if (typeof n !== 'number' || n < 0) return badarg(p);
  prompt(p, pr);
  p.runtime.stdout.flush();
  const chars = p.runtime.stdin.getChars(n);
  return chars === null ? EOF : listFromArray(chars);
}

export const bifs: BifTable = {
  'io:get_line/1': get_line,
  'io:get_line/2': (p: Process, dev: unknown, pr: unknown) => (validDevice(dev) ? get_line(p, pr) : badarg(p)),
  'io:get_chars/2': get_chars,
  'io:get_chars/3': (p: Process, dev: unknown, pr: unknown, n: unknown) => (validDevice(dev) ? get_chars(p, pr, n) : badarg(p)),
  'io:format/1': (p: Process, fmt: unknown) => format(p, fmt, NIL),
  'io:format/2': (p: Process, fmt: unknown, args: unknown) => format(p, fmt, args),
  'io:format/3': (p: Process, dev: unknown, fmt: unknown, args: unknown) => (validDevice(dev) ? format(p, fmt, args) : badarg(p)),
  'io:fwrite/1': (p: Process, fmt: unknown) => format(p, fmt, NIL),
  'io:fwrite/2': (p: Process, fmt: unknown, args: unknown) => format(p, fmt, args),
  'io:fwrite/3': (p: Process, dev: unknown, fmt: unknown, args: unknown) => (validDevice(dev) ? format(p, fmt, args) : badarg(p)),
  'io:put_chars/1': put_chars,
  'io:put_chars/2': (p: Process, dev: unknown, chars: unknown) => (validDevice(dev) ? put_chars(p, chars) : badarg(p)),
  'io:nl/0': (p: Process) => put_chars(p, listFromArray([10])),
  'io:nl/1': (p: Process) => put_chars(p, listFromArray([10])),
  'io_lib:format/2': (p: Process, fmt: unknown, args: unknown) => {
    const chars = ioLibFormat(fmt, args);
    return chars === null ? badarg(p) : listFromArray(chars);
  },
  'io_lib:fwrite/2': (p: Process, fmt: unknown, args: unknown) => {
    const chars = ioLibFormat(fmt, args);
    return chars === null ? badarg(p) : listFromArray(chars);
  },
};

