// Integers are JS numbers while they are safe integers and bigints beyond that. Every arithmetic
// result passes through `normInt`, so a given value always has exactly one representation and
// `===` on small integers stays correct.

export type Int = number | bigint;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const MIN = BigInt(Number.MIN_SAFE_INTEGER);

export function normInt(b: bigint): Int {
  return b >= MIN && b <= MAX ? Number(b) : b;
}

export function isInt(t: unknown): t is Int {
  return (typeof t === 'number') || (typeof t === 'bigint');
}

export function toBig(i: Int): bigint {
  return typeof i === 'bigint' ? i : BigInt(i);
}

/** Result of a number op that may have left the safe range. */
export function fromNumber(n: number): Int {
  return Number.isSafeInteger(n) ? n : normInt(BigInt(n));
}
