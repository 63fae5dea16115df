// The '$boot' module: where every process starts. It is assembled here from the opcode table
// (the VM must not depend on the compiler) and only tail-calls erlang:apply, so it never shows in a
// stack trace: apply(M, F, Args) at pc 0 and apply(Fun, Args) at pc 4.

import { ISA_VERSION } from './isa/opcodes.js';
import { Op } from './isa/op.js';
import type { ModuleImage } from './isa/image.js';

export const BOOT_MODULE = '$boot';
export const BOOT_APPLY3_PC = 0;
export const BOOT_APPLY2_PC = 4;

export function bootImage(): ModuleImage {
  return {
    isa: ISA_VERSION,
    module: BOOT_MODULE,
    file: '',
    code: [Op.call_ext_last, 0, 3, 0, Op.call_ext_last, 0, 2, 1],
    literals: [],
    imports: [['erlang', 'apply', 3], ['erlang', 'apply', 2]],
    exports: [],
    functions: [{ name: 'apply', arity: 3, pc: 0 }, { name: 'apply', arity: 2, pc: 4 }],
    lambdas: [],
    bifs: [],
    lines: [],
    maxFrame: 8,
    attributes: [],
  };
}
