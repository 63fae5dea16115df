// Bob Jenkins' lookup2 hash as erts uses it, shared by erlang:phash2/phash (stdlib/bifs/term-hash.ts)
// and the internal hash that orders big maps (map-order.ts).

/** The golden ratio, lookup2's initial value of a and b. */
export const HCONST = 0x9e3779b9 | 0;

/** lookup2's mix step; returns the new c. */
export function mix(a: number, b: number, c: number): number {
  a = (a - b - c) | 0; a ^= c >>> 13;
  b = (b - c - a) | 0; b ^= a << 8;
  c = (c - a - b) | 0; c ^= b >>> 13;
  a = (a - b - c) | 0; a ^= c >>> 12;
  b = (b - c - a) | 0; b ^= a << 16;
  c = (c - a - b) | 0; c ^= b >>> 5;
  a = (a - b - c) | 0; a ^= c >>> 3;
  b = (b - c - a) | 0; b ^= a << 10;
  c = (c - a - b) | 0; c ^= b >>> 15;
  return c;
}

/** Hashes two 32-bit words into `hash` (erts' UINT32_HASH_2 step), with the constant k. */
export function hashWords(x: number, y: number, k: number, hash: number): number {
  return mix((k + x) | 0, (k + y) | 0, hash);
}

/** The hash of `len` bytes, with `initval` as lookup2's initial c. */
export function blockHash(bytes: Uint8Array, len: number, initval: number): number {
  let a = HCONST;
  let b = HCONST;
  let c = initval;
  let i = 0;
  const word = (j: number) => bytes[j] | (bytes[j + 1] << 8) | (bytes[j + 2] << 16) | (bytes[j + 3] << 24);
  for (; len - i >= 12; i += 12) {
    a = (a + word(i)) | 0;
    b = (b + word(i + 4)) | 0;
    c = (c + word(i + 8)) | 0;
    // MIX updates all three; the C macro mutates a and b too, so inline it here.
    a = (a - b - c) | 0; a ^= c >>> 13;
    b = (b - c - a) | 0; b ^= a << 8;
    c = (c - a - b) | 0; c ^= b >>> 13;
    a = (a - b - c) | 0; a ^= c >>> 12;
    b = (b - c - a) | 0; b ^= a << 16;
    c = (c - a - b) | 0; c ^= b >>> 5;
    a = (a - b - c) | 0; a ^= c >>> 3;
    b = (b - c - a) | 0; b ^= a << 10;
    c = (c - a - b) | 0; c ^= b >>> 15;
  }
  c = (c + len) | 0;
  const rest = len - i;
  // the first byte of c is reserved for the length
  if (rest >= 11) c = (c + (bytes[i + 10] << 24)) | 0;
  if (rest >= 10) c = (c + (bytes[i + 9] << 16)) | 0;
  if (rest >= 9) c = (c + (bytes[i + 8] << 8)) | 0;
  if (rest >= 8) b = (b + (bytes[i + 7] << 24)) | 0;
  if (rest >= 7) b = (b + (bytes[i + 6] << 16)) | 0;
  if (rest >= 6) b = (b + (bytes[i + 5] << 8)) | 0;
  if (rest >= 5) b = (b + bytes[i + 4]) | 0;
  if (rest >= 4) a = (a + (bytes[i + 3] << 24)) | 0;
  if (rest >= 3) a = (a + (bytes[i + 2] << 16)) | 0;
  if (rest >= 2) a = (a + (bytes[i + 1] << 8)) | 0;
  if (rest >= 1) a = (a + bytes[i]) | 0;
  return mix(a, b, c);
}
