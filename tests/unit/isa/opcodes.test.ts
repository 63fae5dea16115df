import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OPCODES, OP_NAMES, instructionLength } from '../../../vm/isa/opcodes.js';
import { Op } from '../../../vm/isa/op.js';
import { Assembler, Label, OperandList } from '../../../compiler/emit.js';
import { disassembleInstruction } from '../../../vm/isa/disasm.js';
import { atom } from '../../../vm/terms/atom.js';

describe('the opcode table', () => {
  const specs = Object.entries(OPCODES);

  it('has unique, dense codes starting at 1', () => {
    const codes = specs.map(([, s]) => s.code).sort((a, b) => a - b);
    expect(codes).toEqual(codes.map((_, i) => i + 1));
  });

  it('agrees with the generated const enum (run tools/gen-op-enum.mjs after editing)', () => {
    for (const [name, spec] of specs) expect((Op as unknown as Record<string, number>)[name], name).toBe(spec.code);
  });

  it('is handled by every case of the interpreter loop', () => {
    const interp = readFileSync(new URL('../../../vm/interp.ts', import.meta.url), 'utf8');
    for (const [name] of specs) expect(interp.includes(`case Op.${name}:`), name).toBe(true);
  });

  it('round-trips through the assembler and the disassembler', () => {
    const asm = new Assembler();
    const l = new Label();
    asm.bind(l);
    asm.emit('move', asm.literal(atom('ok')), 3);
    asm.emit('put_tuple', 4, new OperandList([3, asm.literal(42)]));
    asm.emit('is_eq_exact', l, 4, 3);
    asm.emit('return', 4);
    const image = asm.finish('m', 'm.erl', [], 8, []);
    const text: string[] = [];
    for (let pc = 0; pc < image.code.length; pc += instructionLength(image.code, pc)) text.push(disassembleInstruction(image, pc));
    expect(text).toEqual(['if_end', 'move ok, R3', 'put_tuple R4, [R3, 42]', 'is_eq_exact @1, R4, R3', 'return R4']);
    expect(OP_NAMES[image.code[1]]).toBe('move');
  });

  it('rejects a wrong operand count', () => {
    const asm = new Assembler();
    expect(() => asm.emit('move', 1)).toThrow(/takes 2 operands/);
  });
});
