// Finding a module that is called but not loaded: the standard library comes precompiled from
// dist/lib (it cannot be shadowed, like OTP's sticky directories); otherwise each directory of the
// code path in order: `NAME.mbeam` (a compiled module file), or `NAME.erl` compiled on the spot
// when there is no compiled file or the source is newer than it (the compiled file is left as
// is). Compile errors are printed through `report` and the module stays undefined.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCached } from './compile-cache.js';
import { renderReport } from '../compiler/diagnostics.js';
import type { FoundModule, ModuleFinder } from '../vm/code-server.js';
import { BadImageError, deserializeImage, IMAGE_EXTENSION } from '../vm/isa/image-file.js';

/**
 * Where `npm run build` puts the compiled standard library and OTP modules: dist/lib, beside this
 * file's dist/ folder when running built code, or under dist/ when running the TypeScript sources.
 */
export const LIB_DIR = ((): string => {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, '..', 'lib');
  return existsSync(built) ? built : join(here, '..', 'dist', 'lib');
})();

function mtimeMs(file: string): number | null {
  try {
    const st = statSync(file);
    return st.isFile() ? st.mtimeMs : null;
  } catch {
    return null;
  }
}

/** Reads a compiled module file; null if it is missing or damaged. */
export function readCompiled(file: string, sticky = false): FoundModule | null {
  try {
    return { image: deserializeImage(readFileSync(file, 'utf8')), file, sticky };
  } catch (e) {
    if (e instanceof BadImageError || (e as NodeJS.ErrnoException).code !== undefined) return null;
    throw e;
  }
}

/** The file a lookup of `module` in `dir` would load: the compiled file or the source, or null. */
export function candidateIn(dir: string, module: string): { file: string; compiled: boolean } | null {
  const compiled = join(dir, module + IMAGE_EXTENSION);
  const src = join(dir, module + '.erl');
  const compiledMs = mtimeMs(compiled);
  const srcMs = mtimeMs(src);
  if (compiledMs !== null && (srcMs === null || srcMs <= compiledMs)) return { file: compiled, compiled: true };
  if (srcMs !== null) return { file: src, compiled: false };
  return null;
}

export function makeFinder(report: (text: string) => void): ModuleFinder {
  return {
    find(module, path) {
      const lib = join(LIB_DIR, module + IMAGE_EXTENSION);
      if (existsSync(lib)) return readCompiled(lib, true);
      for (const dir of path) {
        const c = candidateIn(dir, module);
        if (c === null) continue;
        if (c.compiled) return readCompiled(resolve(c.file));
        const text = readFileSync(c.file, 'utf8');
        const { image, diagnostics } = compileCached(text, c.file);
        if (diagnostics.length) report(renderReport(diagnostics, text));
        return image === null ? null : { image, file: resolve(c.file), sticky: false };
      }
      return null;
    },
    locate(module, path) {
      const lib = join(LIB_DIR, module + IMAGE_EXTENSION);
      if (existsSync(lib)) return lib;
      for (const dir of path) {
        const c = candidateIn(dir, module);
        if (c !== null) return c.file;
      }
      return null;
    },
  };
}
