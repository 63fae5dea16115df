// Process identifiers and references. Printed as <0.N.0> and #Ref<0.A.B.C>, as on a local BEAM node.

export class Pid {
  constructor(
    readonly id: number,
    readonly serial: number,
  ) {}
}

export class Ref {
  constructor(
    readonly a: number,
    readonly b: number,
    readonly c: number,
  ) {}
}

export class Port {
  constructor(readonly id: number) {}
}
