// Stress test: real OTP sources must parse without a single diagnostic. Uses the Erlang/OTP
// installation's stdlib sources when there is one (set ERL_LIB_DIR to point elsewhere); CI
// machines without Erlang skip it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDiagnostic } from '../../../compiler/diagnostics.js';
import { parseModule } from '../../../compiler/parse.js';

const LIB = process.env.ERL_LIB_DIR ?? '/usr/lib/erlang/lib';
const appDir = (app: string): string | null => {
  if (!existsSync(LIB)) return null;
  const dir = readdirSync(LIB).find((d) => d === app || d.startsWith(app + '-'));
  return dir === undefined ? null : join(LIB, dir);
};
const stdlib = appDir('stdlib');
const kernel = appDir('kernel');
const src = stdlib === null ? null : join(stdlib, 'src');
const includePaths = [stdlib, kernel].filter((d): d is string => d !== null).map((d) => join(d, 'include'));

const NAMED = [
  'lists', 'dict', 'gb_trees', 'gb_sets', 'io_lib_format', 'io_lib', 'orddict', 'ordsets', 'queue', 'sets',
  'string', 'proplists', 'maps', 'array', 'digraph', 'calendar', 'base64', 'rand', 'supervisor', 'gen_server',
  'epp', 'erl_scan', 'erl_lint', 'sofs', 'zip', 'unicode', 'filename', 'timer', 'ets', 'binary',
];

function errorsIn(file: string): string[] {
  const r = parseModule(readFileSync(file, 'utf8'), file, { includePaths });
  return r.diagnostics.filter((d) => d.severity === 'error').map(renderDiagnostic);
}

describe.skipIf(src === null)('OTP stdlib sources', () => {
  it.each(NAMED)('%s.erl parses cleanly', (name) => {
    expect(errorsIn(join(src!, `${name}.erl`))).toEqual([]);
  });

  it('every stdlib source parses cleanly', () => {
    const files = readdirSync(src!).filter((f) => f.endsWith('.erl'));
    expect(files.length).toBeGreaterThan(50);
    const failures = files.flatMap((f) => errorsIn(join(src!, f)));
    expect(failures).toEqual([]);
  });
});
