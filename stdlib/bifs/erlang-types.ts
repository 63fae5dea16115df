// Type-test BIFs of the erlang module (is_atom/1 ... is_record/3). All are guard BIFs and none
// allocates. `Fun.arity` is the arity a caller must supply (captured variables excluded).

import { Atom, FALSE, TRUE, bool } from '../../vm/terms/atom.js';
import { Bin } from '../../vm/terms/binary.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { Fun } from '../../vm/terms/fun.js';
import { Cons, NIL } from '../../vm/terms/list.js';
import { ErlMap } from '../../vm/terms/map.js';
import { Pid, Port, Ref } from '../../vm/terms/pid.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';

function is_atom_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof Atom);
}

function is_integer_1(_p: BifContext, t: unknown): Atom {
  return bool(typeof t === 'number' || typeof t === 'bigint');
}

function is_float_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof ErlFloat);
}

function is_number_1(_p: BifContext, t: unknown): Atom {
  return bool(typeof t === 'number' || typeof t === 'bigint' || t instanceof ErlFloat);
}

function is_list_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof Cons || t === NIL);
}

function is_tuple_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof Tuple);
}

function is_map_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof ErlMap);
}

function is_binary_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof Bin && (t.bitSize & 7) === 0);
}

function is_bitstring_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof Bin);
}

function is_boolean_1(_p: BifContext, t: unknown): Atom {
  return bool(t === TRUE || t === FALSE);
}

function is_pid_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof Pid);
}

function is_reference_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof Ref);
}

function is_port_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof Port);
}

function is_function_1(_p: BifContext, t: unknown): Atom {
  return bool(t instanceof Fun);
}

/** A negative or non-integer arity is badarg even when `t` is no fun; a bignum arity is just false. */
function is_function_2(p: BifContext, t: unknown, arity: unknown): unknown {
  if (typeof arity === 'number') {
    if (arity < 0) return badarg(p);
    return bool(t instanceof Fun && t.arity === arity);
  }
  if (typeof arity === 'bigint' && arity > 0n) return FALSE;
  return badarg(p);
}

function is_record_2(p: BifContext, t: unknown, tag: unknown): unknown {
  if (!(tag instanceof Atom)) return badarg(p);
  return bool(t instanceof Tuple && t.elements.length > 0 && t.elements[0] === tag);
}

function is_record_3(p: BifContext, t: unknown, tag: unknown, size: unknown): unknown {
  if (!(tag instanceof Atom) || typeof size !== 'number') return badarg(p);
  return bool(t instanceof Tuple && t.elements.length === size && size > 0 && t.elements[0] === tag);
}

export const bifs: BifTable = {
  'erlang:is_atom/1': { fn: is_atom_1, guard: true },
  'erlang:is_integer/1': { fn: is_integer_1, guard: true },
  'erlang:is_float/1': { fn: is_float_1, guard: true },
  'erlang:is_number/1': { fn: is_number_1, guard: true },
  'erlang:is_list/1': { fn: is_list_1, guard: true },
  'erlang:is_tuple/1': { fn: is_tuple_1, guard: true },
  'erlang:is_map/1': { fn: is_map_1, guard: true },
  'erlang:is_binary/1': { fn: is_binary_1, guard: true },
  'erlang:is_bitstring/1': { fn: is_bitstring_1, guard: true },
  'erlang:is_boolean/1': { fn: is_boolean_1, guard: true },
  'erlang:is_pid/1': { fn: is_pid_1, guard: true },
  'erlang:is_reference/1': { fn: is_reference_1, guard: true },
  'erlang:is_port/1': { fn: is_port_1, guard: true },
  'erlang:is_function/1': { fn: is_function_1, guard: true },
  'erlang:is_function/2': { fn: is_function_2, guard: true },
  'erlang:is_record/2': { fn: is_record_2, guard: true },
  'erlang:is_record/3': { fn: is_record_3, guard: true },
};
