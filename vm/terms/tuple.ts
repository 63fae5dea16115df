// Tuples wrap a JS array that is never mutated after construction (setelement copies).

export class Tuple {
  constructor(readonly elements: unknown[]) {}
}
