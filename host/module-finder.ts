// Finding a module that is called but not loaded: the standard library comes precompiled from
// dist/lib (it cannot be shadowed, like OTP's sticky directories); otherwise `NAME.mbeam` or
// `NAME.erl` in the code path (the script's directory, then -pa directories), compiled on the spot. Compile errors in an autoloaded module are printed and the module stays undefined.

import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCached } from './compile-cache.js';
import { renderReport } from '../compiler/diagnostics.js';
import type { ModuleImage } from '../vm/isa/image.js';
import { deserializeImage, IMAGE_EXTENSION } from '../vm/isa/image-file.js';

/**
 * Where `npm run build` puts the compiled standard library and OTP modules: dist/lib, beside this
 * file's dist/ folder when running built code, or under dist/ when running the TypeScript sources.
 */
export const LIB_DIR = ((): string => {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, '..', 'lib');
  return existsSync(built) ? built : join(here, '..', 'dist', 'lib');
})();

export function makeFinder(codePath: string[], report: (text: string) => void): (module: string) => ModuleImage | null {
  return (module) => {
    const lib = join(LIB_DIR, module + IMAGE_EXTENSION);
    if (existsSync(lib)) return deserializeImage(readFileSync(lib, 'utf8'));
    for (const dir of codePath) {
      const compiled = join(dir, module + IMAGE_EXTENSION);
      if (existsSync(compiled)) return deserializeImage(readFileSync(compiled, 'utf8'));
      const src = join(dir, module + '.erl');
      if (existsSync(src)) {
        const { image, diagnostics } = compileCached(readFileSync(src, 'utf8'), src);
        if (diagnostics.length) report(renderReport(diagnostics, readFileSync(src, 'utf8')));
        if (image !== null) return image;
        return null;
      }
    }
    return null;
  };
}
