// Literals of a compiled module file as JSON: small integers are JSON numbers, every other term is
// a tagged array. Used by compiled module files on disk (minierl compile, the prebuilt stdlib).

import { atom, Atom } from '../terms/atom.js';
import { Bin } from '../terms/binary.js';
import { ErlFloat } from '../terms/float.js';
import { Cons, NIL } from '../terms/list.js';
import { ErlMap } from '../terms/map.js';
import { Tuple } from '../terms/tuple.js';

export type EncodedTerm = number | unknown[];

export function encodeLiteral(t: unknown): EncodedTerm {
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint') return ['i', t.toString()];
  if (t instanceof Atom) return ['a', t.name];
  if (t === NIL) return ['n'];
  if (t instanceof ErlFloat) return ['f', Object.is(t.value, -0) ? '-0' : t.value];
  if (t instanceof Cons) {
    const items: EncodedTerm[] = [];
    let l: unknown = t;
    while (l instanceof Cons) {
      items.push(encodeLiteral(l.hd));
      l = l.tl;
    }
    return ['l', items, encodeLiteral(l)];
  }
  if (t instanceof Tuple) return ['t', t.elements.map(encodeLiteral)];
  if (t instanceof ErlMap) return ['m', t.keys.map(encodeLiteral), t.values.map(encodeLiteral)];
  if (t instanceof Bin) return ['b', Buffer.from(t.bytes).toString('base64'), t.bitSize];
  throw new Error(`literal-codec: cannot encode ${String(t)}`);
}

export function decodeLiteral(e: EncodedTerm): unknown {
  if (typeof e === 'number') return e;
  switch (e[0]) {
    case 'i': return BigInt(e[1] as string);
    case 'a': return atom(e[1] as string);
    case 'n': return NIL;
    case 'f': return new ErlFloat(e[1] === '-0' ? -0 : (e[1] as number));
    case 'l': {
      const items = e[1] as EncodedTerm[];
      let l = decodeLiteral(e[2] as EncodedTerm);
      for (let i = items.length - 1; i >= 0; i--) l = new Cons(decodeLiteral(items[i]), l);
      return l;
    }
    case 't': return new Tuple((e[1] as EncodedTerm[]).map(decodeLiteral));
    case 'm': return new ErlMap((e[1] as EncodedTerm[]).map(decodeLiteral), (e[2] as EncodedTerm[]).map(decodeLiteral));
    case 'b': return new Bin(new Uint8Array(Buffer.from(e[1] as string, 'base64')), e[2] as number);
  }
  throw new Error(`literal-codec: bad literal ${JSON.stringify(e)}`);
}
