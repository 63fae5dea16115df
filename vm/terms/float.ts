// Floats are boxed: `1` and `1.0` are different Erlang terms and a bare JS number cannot say which
// it is. Integers stay unboxed (see integer.ts), so the common case pays nothing.

export class ErlFloat {
  constructor(readonly value: number) {}
}
