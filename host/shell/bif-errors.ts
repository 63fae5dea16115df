// The "*** argument N: ..." lines erl prints under a failing BIF call: what OTP 25's
// erl_erts_errors (and erl_stdlib_errors for maps) say about the arguments, for the common BIFs.
// BIFs not listed get no explanation, as a BIF without error_info in OTP.
// TODO(#5): the rest of erl_erts_errors' table (binaries, timers, process flags, ...).

import { Atom } from '../../vm/terms/atom.js';
import { Bin } from '../../vm/terms/binary.js';
import { Cons, NIL } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { ErlMap } from '../../vm/terms/map.js';

type Why = string | null;

const isInt = (t: unknown): boolean => typeof t === 'number' || typeof t === 'bigint';
const isBinary = (t: unknown): boolean => t instanceof Bin && t.bitSize % 8 === 0;

function properLength(t: unknown): number | null {
  let n = 0;
  let x = t;
  while (x instanceof Cons) {
    n++;
    x = x.tl;
  }
  return x === NIL ? n : null;
}

/** must_be_list/2 */
function mustBeList(t: unknown, otherwise: Why): Why {
  if (!(t instanceof Cons) && t !== NIL) return 'not a list';
  return properLength(t) === null ? 'not a proper list' : otherwise;
}

function isFlatCharList(t: unknown): boolean {
  for (let x = t; x !== NIL; x = (x as Cons).tl) {
    if (!(x instanceof Cons)) return false;
    const c = x.hd;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff) return false;
  }
  return true;
}

function elementError(index: unknown, tuple: unknown): Why[] {
  if (!isInt(index)) return ['not an integer', tuple instanceof Tuple ? null : 'not a tuple'];
  if (!(tuple instanceof Tuple)) return [null, 'not a tuple'];
  const i = Number(index);
  return [i <= 0 || i > tuple.elements.length ? 'out of range' : null, null];
}

const ONE_ARG: Record<string, string> = {
  length: 'not a list', list_to_tuple: 'not a list', hd: 'not a nonempty list', tl: 'not a nonempty list',
  atom_to_list: 'not an atom', atom_to_binary: 'not an atom', tuple_size: 'not a tuple', tuple_to_list: 'not a tuple',
  integer_to_list: 'not an integer', integer_to_binary: 'not an integer', binary_to_list: 'not a binary',
  list_to_binary: 'not an iolist term', iolist_to_binary: 'not an iodata term', iolist_size: 'not an iodata term',
  abs: 'not a number', round: 'not a number', trunc: 'not a number', floor: 'not a number', ceil: 'not a number',
  float: 'not a number', byte_size: 'not a bitstring', bit_size: 'not a bitstring', float_to_list: 'not a float',
  float_to_binary: 'not a float', spawn: 'not a fun', spawn_link: 'not a fun', spawn_monitor: 'not a fun',
  size: 'not tuple or binary',
};

/** Per-argument explanations for a failing erlang or maps call, or null when there are none. */
export function argumentErrors(module: Atom, fun: Atom, args: unknown[], reason: unknown): Why[] | null {
  const f = fun.name;
  if (module.name === 'maps') return mapsErrors(f, args, reason);
  if (module.name !== 'erlang') return null;
  if (args.length === 1 && ONE_ARG[f] !== undefined) return [ONE_ARG[f]];
  const [a, b] = args;
  switch (`${f}/${args.length}`) {
    case 'element/2': return elementError(a, b);
    case 'setelement/3': return elementError(a, b);
    case 'list_to_atom/1': return [mustBeList(a, 'not a list of characters')];
    case 'list_to_existing_atom/1': return [isFlatCharList(a) ? 'not an already existing atom' : mustBeList(a, 'not a list of characters')];
    case 'list_to_integer/1': return [properLength(a) === null ? 'not a list' : 'not a textual representation of an integer'];
    case 'list_to_float/1': return [properLength(a) === null ? 'not a list' : 'not a textual representation of a float'];
    case 'binary_to_atom/1':
    case 'binary_to_existing_atom/1': return [isBinary(a) ? null : 'not a binary'];
    case 'send/2': return ['invalid destination'];
    case 'split_binary/2': {
      if (!isBinary(a)) return ['not a binary', isInt(b) && Number(b) >= 0 ? null : 'out of range'];
      if (!isInt(b) || Number(b) < 0) return [null, 'out of range'];
      return Number(b) > (a as Bin).bitSize / 8 ? [null, 'out of range'] : null;
    }
    case 'binary_part/3': {
      const [, pos, len] = args;
      if (!isBinary(a) || !isInt(pos) || !isInt(len)) return [isBinary(a) ? null : 'not a binary', isInt(pos) ? null : 'not an integer', isInt(len) ? null : 'not an integer'];
      const size = (a as Bin).bitSize / 8;
      if (Number(pos) > size) return [null, 'out of range'];
      return [null, null, 'out of range'];
    }
  }
  return null;
}

function mapsErrors(f: string, args: unknown[], reason: unknown): Why[] | null {
  const mapArg = (i: number): Why[] => args.map((x, j) => (j === i && !(x instanceof ErlMap) ? 'not a map' : null));
  switch (`${f}/${args.length}`) {
    case 'get/2':
    case 'update/3':
    case 'take/2':
      if (!(args[1] instanceof ErlMap)) return mapArg(1);
      return reason instanceof Tuple && reason.elements[0] instanceof Atom && reason.elements[0].name === 'badkey' ? ['not present in map'] : null;
    case 'get/3':
    case 'put/3':
    case 'remove/2':
    case 'find/2':
    case 'is_key/2':
      return args[1] instanceof ErlMap ? null : mapArg(1);
    case 'keys/1':
    case 'values/1':
    case 'size/1':
    case 'to_list/1':
      return args[0] instanceof ErlMap ? null : ['not a map'];
    case 'merge/2':
      return args.map((x) => (x instanceof ErlMap ? null : 'not a map'));
  }
  return null;
}

/** "*** argument N: why" lines, in argument order. */
export function argumentErrorLines(whys: Why[]): string[] {
  const out: string[] = [];
  whys.forEach((w, i) => {
    if (w !== null) out.push(`*** argument ${i + 1}: ${w}`);
  });
  return out;
}
