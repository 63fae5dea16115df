// The assembler: appends instructions to the module's code array, checking each against the opcode
// table, and owns the tables an image carries (literals, imports, BIFs, lambdas, lines). Labels
// are objects resolved when the module is finished, so code can jump forward.

import { OPCODES, ISA_VERSION, type OpName, type OperandKind } from '../vm/isa/opcodes.js';
import type { FunctionInfo, LambdaInfo, ModuleImage } from '../vm/isa/image.js';
import { Atom } from '../vm/terms/atom.js';
import { termKey } from '../vm/terms/key.js';

export class Label {
  pc = -1;
}

/** A list operand: its items are raw code words (sources, or register numbers where the op says so). */
export class OperandList {
  constructor(readonly items: number[]) {}
}

export type Operand = number | Label | OperandList;

export class Assembler {
  readonly code: number[] = [];
  private readonly fixups: [number, Label][] = [];
  private readonly literals: unknown[] = [];
  private readonly literalIndex = new Map<unknown, number>();
  private readonly imports: [string, string, number][] = [];
  private readonly importIndex = new Map<string, number>();
  private readonly bifs: string[] = [];
  private readonly bifIndex = new Map<string, number>();
  readonly lambdas: LambdaInfo[] = [];
  readonly functions: FunctionInfo[] = [];
  private readonly lines: number[] = [];
  private currentLine = 0;

  constructor() {
    // pc 0 is never a jump target, so 0 can mean "raise" in a fail-label position.
    this.emit('if_end');
  }

  emit(name: OpName, ...operands: Operand[]): void {
    const spec = OPCODES[name];
    const kinds: readonly OperandKind[] = spec.operands;
    if (kinds.length !== operands.length) {
      throw new Error(`assembler: ${name} takes ${kinds.length} operands, got ${operands.length}`);
    }
    this.code.push(spec.code);
    for (let i = 0; i < operands.length; i++) {
      const o = operands[i];
      if (kinds[i] === 'list') {
        if (!(o instanceof OperandList)) throw new Error(`assembler: ${name} operand ${i} must be a list`);
        this.code.push(o.items.length, ...o.items);
      } else if (o instanceof Label) {
        if (kinds[i] !== 'l') throw new Error(`assembler: ${name} operand ${i} is not a label`);
        this.fixups.push([this.code.length, o]);
        this.code.push(-1);
      } else if (typeof o === 'number') {
        this.code.push(o);
      } else {
        throw new Error(`assembler: bad operand for ${name}`);
      }
    }
  }

  /** The pc the next instruction will have. */
  get pc(): number {
    return this.code.length;
  }

  bind(label: Label): void {
    label.pc = this.code.length;
  }

  /** Marks the source line of the instructions emitted from here on. */
  line(line: number): void {
    if (line === this.currentLine || line <= 0) return;
    this.currentLine = line;
    const n = this.lines.length;
    if (n >= 2 && this.lines[n - 2] === this.code.length) this.lines[n - 1] = line;
    else this.lines.push(this.code.length, line);
  }

  /** Source operand for a literal term (shared when equal). */
  literal(t: unknown): number {
    const key = typeof t === 'number' || t instanceof Atom ? t : termKey(t, true);
    let i = this.literalIndex.get(key);
    if (i === undefined) {
      i = this.literals.length;
      this.literals.push(t);
      this.literalIndex.set(key, i);
    }
    return ~i;
  }

  importOf(m: string, f: string, arity: number): number {
    const key = `${m}:${f}/${arity}`;
    let i = this.importIndex.get(key);
    if (i === undefined) {
      i = this.imports.length;
      this.imports.push([m, f, arity]);
      this.importIndex.set(key, i);
    }
    return i;
  }

  bifOf(key: string): number {
    let i = this.bifIndex.get(key);
    if (i === undefined) {
      i = this.bifs.length;
      this.bifs.push(key);
      this.bifIndex.set(key, i);
    }
    return i;
  }

  finish(
    module: string,
    file: string,
    exports: [string, number, number][],
    maxFrame: number,
    attributes: [string, unknown][],
  ): ModuleImage {
    for (const [at, label] of this.fixups) {
      if (label.pc < 0) throw new Error('assembler: unbound label');
      this.code[at] = label.pc;
    }
    this.functions.sort((a, b) => a.pc - b.pc);
    return {
      isa: ISA_VERSION,
      module,
      file,
      code: this.code,
      literals: this.literals,
      imports: this.imports,
      exports,
      functions: this.functions,
      lambdas: this.lambdas,
      bifs: this.bifs,
      lines: this.lines,
      maxFrame,
      attributes,
    };
  }
}
