// Build step (run by `npm run build`): compiles the library modules written in Erlang
// (stdlib/lib/*.erl, otp/*.erl) with our own compiler into dist/lib/*.mbeam, which the module
// finder loads on first use. Fails the build on any compile error.

import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../compiler/compile.js';
import { renderReport } from '../compiler/diagnostics.js';
import { serializeImage, IMAGE_EXTENSION } from '../vm/isa/image-file.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'lib');
mkdirSync(out, { recursive: true });
let failed = false;
let count = 0;
for (const dir of ['stdlib/lib', 'otp']) {
  const abs = join(root, dir);
  if (!existsSync(abs)) continue;
  for (const f of readdirSync(abs).filter((n) => n.endsWith('.erl')).sort()) {
    const file = join(dir, f);
    const text = readFileSync(join(root, file), 'utf8');
    const { image, diagnostics } = compileSource(text, file, { includePaths: [join(root, dir)] });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) process.stderr.write(renderReport(errors, text));
    if (image === null) {
      failed = true;
      continue;
    }
    writeFileSync(join(out, basename(f, '.erl') + IMAGE_EXTENSION), serializeImage(image));
    count++;
  }
}
process.stdout.write(`build-lib: ${count} modules compiled into dist/lib\n`);
if (failed) process.exit(1);
