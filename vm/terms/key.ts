// A canonical string for a term that is equal for exactly-equal (=:=) terms. Used where a JS Map
// needs term keys: literal sharing in the compiler, the process dictionary. Small integers and
// atoms are their own keys (see `mapKey`), so the common cases build no string.

import { Atom } from './atom.js';
import { Bin } from './binary.js';
import { ErlFloat } from './float.js';
import { Fun } from './fun.js';
import { Cons, NIL } from './list.js';
import { ErlMap } from './map.js';
import { Pid, Port, Ref } from './pid.js';
import { Tuple } from './tuple.js';

export function termKey(t: unknown, literal = false): string {
  const out: string[] = [];
  write(t, out, literal);
  return out.join('');
}

/** A JS Map key for `t`: the term itself for numbers and atoms, else its canonical string. */
export function mapKey(t: unknown): unknown {
  return typeof t === 'number' || t instanceof Atom ? t : termKey(t);
}

/**
 * `literal`: also tell -0.0 from 0.0. They are =:= in OTP 25, but a literal table must keep the
 * one the source wrote, since they print differently.
 */
function write(t: unknown, out: string[], literal: boolean): void {
  for (;;) {
    if (typeof t === 'number' || typeof t === 'bigint') { out.push('i', String(t), ';'); return; }
    if (t instanceof Atom) { out.push('a', String(t.name.length), ':', t.name); return; }
    if (t === NIL) { out.push(']'); return; }
    if (t instanceof Cons) {
      out.push('[');
      write(t.hd, out, literal);
      t = t.tl;
      continue;
    }
    if (t instanceof Tuple) {
      out.push('{', String(t.elements.length), ':');
      for (const e of t.elements) write(e, out, literal);
      return;
    }
    if (t instanceof ErlFloat) { out.push('f', literal && Object.is(t.value, -0) ? '-0' : String(t.value), ';'); return; }
    if (t instanceof ErlMap) {
      out.push('#', String(t.keys.length), ':');
      for (let i = 0; i < t.keys.length; i++) { write(t.keys[i], out, literal); write(t.values[i], out, literal); }
      return;
    }
    if (t instanceof Bin) {
      out.push('b', String(t.bitSize), ':');
      for (const b of t.bytes) out.push(String.fromCharCode(b));
      return;
    }
    if (t instanceof Pid) { out.push('p', String(t.id), '.', String(t.serial), ';'); return; }
    if (t instanceof Ref) { out.push('r', String(t.a), '.', String(t.b), '.', String(t.c), ';'); return; }
    if (t instanceof Port) { out.push('o', String(t.id), ';'); return; }
    if (t instanceof Fun) { out.push('F', String(identity(t)), ';'); return; }
    out.push('?');
    return;
  }
}

const ids = new WeakMap<object, number>();
let nextId = 0;
function identity(o: object): number {
  let id = ids.get(o);
  if (id === undefined) { id = nextId++; ids.set(o, id); }
  return id;
}
