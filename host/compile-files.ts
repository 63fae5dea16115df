// `minierl compile FILES -o DIR`: erlc for minierl. Compiles each source file, prints diagnostics
// as erlc does, and writes DIR/NAME.mbeam (docs/module-file-format.md). Exits 1 if any file fails.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getCompiler } from '../stdlib/compiler-loader.js';
import { renderReport } from '../compiler/diagnostics.js';
import { IMAGE_EXTENSION, serializeImage } from '../vm/isa/image-file.js';

export interface CompileFilesOptions {
  outDir: string;
  includePaths: string[];
}

export function compileFiles(files: string[], opts: CompileFilesOptions): number {
  let status = 0;
  mkdirSync(opts.outDir, { recursive: true });
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      process.stdout.write(`${file}: no such file or directory\n`);
      status = 1;
      continue;
    }
    const { image, diagnostics } = getCompiler().compileSource(text, file, { includePaths: opts.includePaths });
    if (diagnostics.length) process.stdout.write(renderReport(diagnostics, text));
    if (image === null) {
      status = 1;
      continue;
    }
    writeFileSync(join(opts.outDir, basename(file, '.erl') + IMAGE_EXTENSION), serializeImage(image));
  }
  return status;
}
