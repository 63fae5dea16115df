// Copying a term into another process's heap on send: a deep copy, so no tuple, list or map is ever
// shared between two processes. Large binaries (over 64 bytes) are the exception: they are shared,
// as BEAM shares refc binaries. Lists are copied iteratively along their tails.

import { Bin } from './binary.js';
import { ErlFloat } from './float.js';
import { Fun } from './fun.js';
import { Cons, NIL } from './list.js';
import { ErlMap } from './map.js';
import { Tuple } from './tuple.js';

export const HEAP_BINARY_LIMIT_BYTES = 64;

/** Cells (conses and tuple elements) copied since the last takeCopiedCells(): what a send costs. */
let copiedCells = 0;

export function takeCopiedCells(): number {
  const n = copiedCells;
  copiedCells = 0;
  return n;
}

export function copyTerm(t: unknown): unknown {
  if (typeof t !== 'object') return t;
  if (t instanceof Cons) return copyList(t);
  if (t instanceof Tuple) {
    const src = t.elements;
    const out = new Array(src.length);
    copiedCells += src.length;
    for (let i = 0; i < src.length; i++) out[i] = copyTerm(src[i]);
    return new Tuple(out);
  }
  if (t instanceof ErlFloat) return new ErlFloat(t.value);
  if (t instanceof ErlMap) return new ErlMap(t.keys.map(copyTerm), t.values.map(copyTerm));
  if (t instanceof Bin) {
    if (t.bytes.length > HEAP_BINARY_LIMIT_BYTES) return t;
    return new Bin(t.bytes.slice(), t.bitSize);
  }
  if (t instanceof Fun) {
    return new Fun(t.kind, t.module, t.name, t.arity, t.index, t.uniq, t.env.map(copyTerm), t.target);
  }
  return t; // atoms, pids, refs, ports and [] are immutable values without a heap part
}

/** Copies a list front to back: each new cell's tail is patched once the next cell exists. */
function copyList(l: Cons): unknown {
  const first = new Cons(copyTerm(l.hd), NIL);
  let last = first;
  let cur: unknown = l.tl;
  while (cur instanceof Cons) {
    copiedCells++;
    const c = new Cons(copyTerm(cur.hd), NIL);
    // The only write to a Cons after construction: the cell is not yet visible to anyone.
    (last as { tl: unknown }).tl = c;
    last = c;
    cur = cur.tl;
  }
  if (cur !== NIL) (last as { tl: unknown }).tl = copyTerm(cur);
  return first;
}
