// Slow paths of the inline arithmetic instructions: anything but two small integers with a small
// result goes to the erlang:+/2 and erlang:-/2 BIFs, which own the full semantics.

import { lookupBif } from '../../stdlib/registry.js';
import type { BifFn } from '../../stdlib/bif.js';
import type { Process } from '../process.js';

let plus: BifFn | null = null;
let minus: BifFn | null = null;

export function addSlow(p: Process, a: unknown, b: unknown): unknown {
  if (plus === null) plus = lookupBif('erlang:+/2')!.fn;
  return plus(p, a, b);
}

export function subSlow(p: Process, a: unknown, b: unknown): unknown {
  if (minus === null) minus = lookupBif('erlang:-/2')!.fn;
  return minus(p, a, b);
}
