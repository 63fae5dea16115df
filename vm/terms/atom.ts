// Interned atoms. One Atom object per name for the life of the VM, so atoms compare by identity
// and `===` is the whole equality test. The table only grows (like BEAM's, atoms are never collected).

export class Atom {
  constructor(
    readonly id: number,
    readonly name: string,
  ) {}
}

const table = new Map<string, Atom>();
const byId: Atom[] = [];

export function atom(name: string): Atom {
  let a = table.get(name);
  if (a === undefined) {
    a = new Atom(byId.length, name);
    table.set(name, a);
    byId.push(a);
  }
  return a;
}

/** The atom if it already exists; `binary_to_existing_atom` and `[safe]` decoding use this. */
export function existingAtom(name: string): Atom | undefined {
  return table.get(name);
}

export function atomCount(): number {
  return byId.length;
}

/** Bytes the atom table holds: names plus a fixed per-entry cost (erlang:memory(atom)). */
export function atomTableBytes(): number {
  let n = 0;
  for (const a of byId) n += 16 + a.name.length;
  return n;
}

export const TRUE = atom('true');
export const FALSE = atom('false');
export const OK = atom('ok');
export const ERROR = atom('error');
export const UNDEFINED = atom('undefined');
export const BADARG = atom('badarg');
export const NORMAL = atom('normal');
export const EXIT = atom('exit');
export const THROW = atom('throw');
export const BADARITH = atom('badarith');
export const UNDEF = atom('undef');
export const FUNCTION_CLAUSE = atom('function_clause');
export const IF_CLAUSE = atom('if_clause');
export const INFINITY = atom('infinity');
export const KILL = atom('kill');
export const KILLED = atom('killed');
export const NOPROC = atom('noproc');

export function bool(b: boolean): Atom {
  return b ? TRUE : FALSE;
}
