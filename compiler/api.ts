// The compiler's entry point for everything outside compiler/. The command line loads it only when
// some source actually needs compiling (see host/compiler-loader.ts): building the parser is most of
// minierl's start-up time, and a script whose compiled image is cached never pays for it.

export { compileSource, type CompileOptions, type CompileResult } from './compile.js';
// Images cross from the compiler bundle to the runtime as text: the two bundles each have their own
// copy of the term classes and atom table, so literal terms must be rebuilt on the runtime's side.
export { serializeImage } from '../vm/isa/image-file.js';
// The scanner, for reading terms (file:consult, io:read) without the parser.
export { scan, tokenText } from './lexer.js';
export * as tokens from './tokens.js';
