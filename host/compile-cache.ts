// Compiled images of source files, cached on disk so that running the same script again starts
// without loading the compiler at all (loading it and building the parser is most of start-up).
// An entry is keyed by the compiler build (dist/bin/compiler.id), the file's path and its exact
// text, and records the diagnostics too, because escript prints warnings on every run. Sources
// that -include other files are not cached (their text alone does not determine the image).
// MINIERL_CACHE=0 turns the cache off; MINIERL_CACHE_DIR moves it (default ~/.cache/minierl).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { CompileOptions, CompileResult } from '../compiler/api.js';
import { deserializeImage, serializeImage } from '../vm/isa/image-file.js';
import { compilerBuildFile, getCompiler } from '../stdlib/compiler-loader.js';

const compilerId = ((): string | null => {
  const file = compilerBuildFile('compiler.id');
  return file === null ? null : readFileSync(file, 'utf8').trim();
})();

/** One folder per compiler build; creating it clears the folders of older builds. */
function cacheDir(): string | null {
  if (process.env.MINIERL_CACHE === '0' || compilerId === null) return null;
  const base = process.env.MINIERL_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'minierl');
  return join(base, compilerId);
}

function createCacheDir(dir: string): void {
  if (existsSync(dir)) return;
  mkdirSync(dir, { recursive: true });
  const base = dirname(dir);
  for (const other of readdirSync(base)) {
    if (other !== basename(dir)) rmSync(join(base, other), { recursive: true, force: true });
  }
}

/** compileSource through the cache. */
export function compileCached(text: string, file: string, opts: CompileOptions = {}): CompileResult {
  const dir = cacheDir();
  const cacheable = dir !== null && !/-\s*include/.test(text);
  const key = cacheable
    ? createHash('sha1').update(`${file}\0${JSON.stringify(opts)}\0`).update(text).digest('hex')
    : '';
  const entry = cacheable ? join(dir, key + '.json') : '';
  if (cacheable) {
    try {
      const saved = JSON.parse(readFileSync(entry, 'utf8')) as { image: string | null; diagnostics: CompileResult['diagnostics'] };
      return { image: saved.image === null ? null : deserializeImage(saved.image), diagnostics: saved.diagnostics };
    } catch {
      // not cached yet, or unreadable: compile
    }
  }
  const result = getCompiler().compileSource(text, file, opts);
  if (cacheable) {
    try {
      createCacheDir(dir);
      const tmp = `${entry}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ image: result.image === null ? null : serializeImage(result.image), diagnostics: result.diagnostics }));
      renameSync(tmp, entry);
    } catch {
      // a read-only home directory only costs speed
    }
  }
  return result;
}
