// Build step: bundles the compiler and chevrotain into one CommonJS file, dist/bin/compiler.cjs, so
// the command line can load it synchronously, and only when a source needs compiling (the module
// finder compiles in the middle of a running program, where nothing can wait for a promise).
// compiler/chevrotain.ts loads chevrotain with a top-level await; the bundle links the same
// single-file chevrotain build statically instead. Also writes dist/bin/compiler.id, a hash of the
// bundle that keys the compile cache (host/compile-cache.ts), so a rebuilt compiler never reuses
// images the old one made.

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chevrotainBundle = join(dirname(createRequire(import.meta.url).resolve('chevrotain')), '..', 'chevrotain.min.mjs');
const outfile = join(root, 'dist', 'bin', 'compiler.cjs');

await build({
  entryPoints: [join(root, 'dist', 'compiler', 'api.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'warning',
  // import.meta.url does not exist in CommonJS; the preprocessor uses it to find shipped headers.
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': 'importMetaUrl' },
  plugins: [
    {
      name: 'static-chevrotain',
      setup(b) {
        b.onLoad({ filter: /[\\/]compiler[\\/]chevrotain\.js$/ }, () => ({
          contents: `export * from ${JSON.stringify(chevrotainBundle)};`,
          loader: 'js',
        }));
      },
    },
  ],
});
const id = createHash('sha1').update(readFileSync(outfile)).digest('hex');
writeFileSync(join(root, 'dist', 'bin', 'compiler.id'), id + '\n');
