// `minierl compile-check FILE.erl`: erlc's diagnostics and exit status, without writing a file.

import { readFileSync } from 'node:fs';
import { getCompiler } from '../stdlib/compiler-loader.js';
import { renderReport } from '../compiler/diagnostics.js';

export function compileCheck(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stdout.write(`${file}: no such file or directory\n`);
    return 1;
  }
  const { image, diagnostics } = getCompiler().compileSource(text, file);
  if (diagnostics.length) process.stdout.write(renderReport(diagnostics, text));
  return image === null ? 1 : 0;
}
