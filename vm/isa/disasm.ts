// The disassembler: prints instructions from the opcode table's operand kinds, so it can never
// disagree with the emitter or the interpreter. Used by `minierl disasm` and by tests.

import { OP_NAMES, OP_OPERANDS, instructionLength } from './opcodes.js';
import type { ModuleImage } from './image.js';
import { writeTerm } from '../terms/format.js';

function source(s: number, literals: unknown[]): string {
  return s >= 0 ? `R${s}` : writeTerm(literals[~s]);
}

export function disassembleInstruction(image: ModuleImage, pc: number): string {
  const code = image.code;
  const op = code[pc];
  const name = OP_NAMES[op];
  if (name === undefined) return `<bad opcode ${op}>`;
  const parts: string[] = [];
  let at = pc + 1;
  for (const kind of OP_OPERANDS[op]) {
    const v = code[at++];
    switch (kind) {
      case 'r': parts.push(`R${v}`); break;
      case 's': parts.push(source(v, image.literals)); break;
      case 'l': parts.push(v === 0 ? 'raise' : `@${v}`); break;
      case 'n': parts.push(String(v)); break;
      case 'imp': {
        const [m, f, a] = image.imports[v];
        parts.push(`${m}:${f}/${a}`);
        break;
      }
      case 'bif': parts.push(image.bifs[v]); break;
      case 'fun': parts.push(`fun#${v}(${image.lambdas[v]?.name ?? '?'})`); break;
      case 'list': {
        const items = [];
        for (let i = 0; i < v; i++) items.push(source(code[at + i], image.literals));
        at += v;
        parts.push(`[${items.join(', ')}]`);
        break;
      }
    }
  }
  return `${name} ${parts.join(', ')}`.trimEnd();
}

export function disassemble(image: ModuleImage): string {
  const starts = new Map(image.functions.map((f) => [f.pc, `${f.name}/${f.arity}`]));
  const lines: string[] = [`module ${image.module}  (isa ${image.isa}, max frame ${image.maxFrame})`];
  for (let pc = 0; pc < image.code.length; pc += instructionLength(image.code, pc)) {
    const fn = starts.get(pc);
    if (fn !== undefined) lines.push('', `function ${fn}:`);
    lines.push(`  ${String(pc).padStart(5)}  ${disassembleInstruction(image, pc)}`);
  }
  return lines.join('\n') + '\n';
}
