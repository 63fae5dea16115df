// The interactive shell end to end, through a pseudo-terminal (tests/shell/pty-driver.py, which
// needs python3's pty module: present on stock Debian/Ubuntu CI images). Proves the line editor:
// history recalled from an earlier run, tab completion, Ctrl-C stopping a runaway evaluation while
// the bindings survive, Ctrl-D leaving. Skipped, with the reason, where python3 is missing.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DRIVER = path.join(ROOT, 'tests', 'shell', 'pty-driver.py');
const MINIERL = path.join(ROOT, 'bin', 'minierl');

const python = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' });
const hasPty = python.status === 0;
if (!hasPty) console.warn('tests/shell/pty.test.ts skipped: python3 with the pty module is not available');

type Step = { send: string } | { expect: string; timeout?: number };

function drive(steps: Step[], env: Record<string, string>): { status: number | null; out: string; err: string } {
  const r = spawnSync('python3', [DRIVER, JSON.stringify(steps), process.execPath, MINIERL], {
    encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000,
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(!hasPty)('interactive shell through a pty', () => {
  test('history, completion, Ctrl-C and Ctrl-D', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'minierl-pty-'));
    const history = path.join(dir, 'history');
    writeFileSync(history, 'atom_from_last_run.\n');
    const r = drive([
      { expect: '1> ' },
      { send: '\u001b[A' }, // up: the line typed in an earlier session
      { expect: 'atom_from_last_run' },
      { send: '\r' },
      { expect: 'atom_from_last_run\\s+.*2> ' },
      { send: 'X = 21 * 2.\r' },
      { expect: '42' },
      { send: 'lists:rev\t' },
      { expect: 'lists:reverse\\(' },
      { send: '[1,2]).\r' },
      { expect: '\\[2,1\\]' },
      { send: 'Loop = fun L() -> L() end, Loop().\r' },
      { expect: 'Loop\\(\\)\\.' },
      { send: '\u0003' },
      { expect: '\\*\\* exception exit: killed' },
      { send: 'X + 1.\r' },
      { expect: '43' },
      { send: '\u0004' },
    ], { MINIERL_HISTORY: history });
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const saved = readFileSync(history, 'utf8');
    expect(saved).toContain('X = 21 * 2.');
    expect(saved).toContain('lists:reverse([1,2]).');
  }, 70_000);
});
