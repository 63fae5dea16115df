// Loads chevrotain from its single-file bundle instead of the package entry point.
// The entry point (lib/src/api.js) pulls in several hundred lodash-es modules: measured with
// `node -e "await import('chevrotain')"` on Node 20 it costs ~380 ms, the bundle ~11 ms, and
// `minierl run` must start in well under 150 ms. Both files ship in the same package version.
// Types still come from the package's own declarations.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Chevrotain = typeof import('chevrotain');

const entry = createRequire(import.meta.url).resolve('chevrotain');
const bundle = pathToFileURL(join(dirname(entry), '..', 'chevrotain.min.mjs')).href;

const chevrotain: Chevrotain = await import(bundle);

export const { createToken, EmbeddedActionsParser, Lexer, EOF } = chevrotain;
export type { IOrAlt, IToken, TokenType } from 'chevrotain';
