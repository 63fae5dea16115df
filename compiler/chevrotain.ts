// Loads chevrotain from its single-file bundle instead of the package entry point.
// The entry point (lib/src/api.js) pulls in several hundred lodash-es modules: measured with
// `node -e "await import('chevrotain')"` on Node 20 it costs ~380 ms, the bundle ~11 ms, and
// `minierl run` must start in well under 150 ms. Both files ship in the same package version.
// Types still come from the package's own declarations.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type Chevrotain = typeof import('chevrotain');

// import.meta.resolve is the cheaper lookup (~1 ms against ~3 ms for createRequire); fall back
// where a loader does not provide it.
const entry = typeof import.meta.resolve === 'function'
  ? import.meta.resolve('chevrotain')
  : pathToFileURL(createRequire(import.meta.url).resolve('chevrotain')).href;
const bundle = new URL('../chevrotain.min.mjs', entry).href;

const chevrotain: Chevrotain = await import(bundle);

export const {
  createToken, EmbeddedActionsParser, Lexer, EOF, LLkLookaheadStrategy,
  Alternation, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionWithSeparator, Terminal,
} = chevrotain;
export type {
  ILookaheadStrategy, IOrAlt, IProduction, IToken, OptionalProductionType, Rule, TokenType,
} from 'chevrotain';
