// `minierl disasm FILE.erl`: compile and print the bytecode, or the diagnostics when it fails.

import { readFileSync } from 'node:fs';
import { getCompiler } from '../stdlib/compiler-loader.js';
import { renderReport } from '../compiler/diagnostics.js';
import { disassemble } from '../vm/isa/disasm.js';

export function disassembleFile(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`minierl: cannot read ${file}\n`);
    return 1;
  }
  const { image, diagnostics } = getCompiler().compileSource(text, file);
  if (diagnostics.length) process.stdout.write(renderReport(diagnostics, text));
  if (image === null) return 1;
  process.stdout.write(disassemble(image));
  return 0;
}
