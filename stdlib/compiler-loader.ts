// Loads the compiler on first use (host/ compiles with it; stdlib's term reader uses its scanner). The command line's own bundle leaves the compiler out (esbuild
// marks compiler/ external) and takes it from dist/bin/compiler.cjs, built by tools/bundle-compiler.ts:
// a CommonJS file, so loading it is synchronous and can happen in the middle of a running program
// (the module finder compiles NAME.erl when a call first reaches NAME).

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as CompilerApi from '../compiler/api.js';
import { deserializeImage } from '../vm/isa/image-file.js';

export interface Compiler {
  compileSource: typeof CompilerApi.compileSource;
  /** The scanner and its token types (only compare tokens with these, never with compiler/'s own). */
  scan: typeof CompilerApi.scan;
  tokenText: typeof CompilerApi.tokenText;
  tokens: typeof CompilerApi.tokens;
}

let loaded: Compiler | null = null;

/**
 * A file of the compiler build (compiler.cjs, compiler.id) in dist/bin: beside the command line's
 * bundle, or seen from dist/<folder>/ or from <folder>/ (TypeScript sources under vitest).
 */
export function compilerBuildFile(name: string): string | null {
  for (const rel of [`./${name}`, `../bin/${name}`, `../dist/bin/${name}`]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

export function getCompiler(): Compiler {
  if (loaded === null) {
    const path = compilerBuildFile('compiler.cjs');
    if (path === null) throw new Error('minierl: the compiler bundle dist/bin/compiler.cjs is missing; run `npm run build`');
    const api = createRequire(import.meta.url)(path) as typeof CompilerApi;
    loaded = {
      scan: api.scan,
      tokenText: api.tokenText,
      tokens: api.tokens,
      // The bundle has its own term classes and atom table: rebuild the image's literals in ours.
      compileSource(text, file, opts) {
        const r = api.compileSource(text, file, opts);
        return { ...r, image: r.image === null ? null : deserializeImage(api.serializeImage(r.image)) };
      },
    };
  }
  return loaded;
}
