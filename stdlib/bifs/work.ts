// Accounting for BIFs whose work grows with their input: the reductions they charge, so a long call
// ends its caller's slice. (BIFs that also yield in chunks trap to stdlib/lib/minierl_trap.erl.)

import { chargeReds, type BifContext } from '../bif.js';

/** One reduction per 4 elements (or bytes >> BYTE_SHIFT) of work, about what BEAM's BIFs charge. */
export const WORK_SHIFT = 2;
/** Bytes of binary work per reduction: copying bytes is much cheaper than walking cells. */
export const BYTE_SHIFT = 6;

/** Charges for `n` list cells of work. */
export function chargeCells(p: BifContext, n: number): void {
  if (n >= 1 << WORK_SHIFT) chargeReds(p, n >> WORK_SHIFT);
}

/** Charges for `n` bytes of work. */
export function chargeBytes(p: BifContext, n: number): void {
  if (n >= 1 << BYTE_SHIFT) chargeReds(p, n >> BYTE_SHIFT);
}
