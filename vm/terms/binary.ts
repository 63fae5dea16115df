// Binaries and bitstrings: a byte view plus a length in bits. The bits of a partial last byte sit in
// its high-order end, as in Erlang's memory layout. `bytes` may be a subarray view into a larger
// buffer (sub-binaries share their parent's memory); it is never written after construction.

export class Bin {
  constructor(
    readonly bytes: Uint8Array,
    readonly bitSize: number,
  ) {}
}

export const EMPTY_BIN = new Bin(new Uint8Array(0), 0);

export function binFromBytes(bytes: Uint8Array): Bin {
  return new Bin(bytes, bytes.length * 8);
}

export function binFromString(s: string): Bin {
  return binFromBytes(new TextEncoder().encode(s));
}

export function isByteAligned(b: Bin): boolean {
  return (b.bitSize & 7) === 0;
}
