// Lists: a Cons cell per element and the single NIL object. Improper lists are ordinary Cons chains
// whose last tail is not NIL. Strings are lists of code points, as in Erlang.

export class Nil {
  readonly _nil = true;
}
export const NIL = new Nil();

export class Cons {
  constructor(
    readonly hd: unknown,
    readonly tl: unknown,
  ) {}
}

/** Builds a proper list from a JS array (right to left, no recursion). */
export function listFromArray(items: readonly unknown[], tail: unknown = NIL): unknown {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

/** The elements of a proper list, or undefined for an improper one. */
export function arrayFromList(l: unknown): unknown[] | undefined {
  const out: unknown[] = [];
  while (l instanceof Cons) {
    out.push(l.hd);
    l = l.tl;
  }
  return l === NIL ? out : undefined;
}

/** Length of a proper list, -1 if improper. */
export function listLength(l: unknown): number {
  let n = 0;
  while (l instanceof Cons) {
    n++;
    l = l.tl;
  }
  return l === NIL ? n : -1;
}

export function stringToList(s: string): unknown {
  let l: unknown = NIL;
  const cps = Array.from(s);
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i].codePointAt(0)!, l);
  return l;
}
