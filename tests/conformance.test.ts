// One test per tests/conformance/**/*.erl: runs `node bin/minierl run <file> <args>` in the file's
// folder and compares stdout (byte for byte) and the exit status with what real escript did, as
// recorded by `npm run golden`. Recorded files are never edited by hand.
// MINIERL_REDUCTIONS reaches the VM unchanged (stress mode); MINIERL_BIN swaps in another front end.

import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  createLimiter,
  describeAbnormalExit,
  findRepoRoot,
  listConformanceCases,
  normaliseOutput,
  readExpected,
  runCaptured,
} from '../tools/golden-files.js';

const ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
const MINIERL = process.env.MINIERL_BIN ?? path.join(ROOT, 'bin', 'minierl');
// A guard against hangs, not a speed test: the heaviest program (stdlib-lib/lists_test, about 20 s of
// CPU) must not fail on a loaded machine.
const PROGRAM_TIMEOUT_MS = 180_000;
// Every program is a CPU-bound child process: running more of them than there are cores only
// makes each one slower, so the tests are concurrent but share one slot per core.
const runSlot = createLimiter(Math.max(1, os.availableParallelism()));
// A test may first queue behind the other in-flight tests; the child's own time limit is what
// normally fails a slow program, this is only a backstop.
const TEST_TIMEOUT_MS = 10 * PROGRAM_TIMEOUT_MS;
const STRESS = process.env.MINIERL_REDUCTIONS;

const cases = listConformanceCases(ROOT);

/** Programs known not to pass yet (tests/conformance/known-failures.txt), by topic/name. */
const knownFailures = new Set(
  readFileSync(path.join(ROOT, 'tests', 'conformance', 'known-failures.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split(/\s+/)[0]),
);

describe.concurrent(`conformance${STRESS === undefined ? '' : ` (MINIERL_REDUCTIONS=${STRESS})`}`, () => {
  test('the suite is not empty', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    (knownFailures.has(c.id) ? test.fails : test)(c.id, async () => {
      const expected = readExpected(c);
      if (!expected) throw new Error(`${c.id}: nothing recorded; run \`npm run golden\` where Erlang/OTP is installed`);
      const r = await runSlot(() =>
        runCaptured(process.execPath, [MINIERL, 'run', c.fileName, ...c.args], {
          cwd: c.dir,
          timeoutMs: PROGRAM_TIMEOUT_MS,
          env: process.env,
        }),
      );
      const abnormal = describeAbnormalExit(r, PROGRAM_TIMEOUT_MS);
      const context = `minierl ${abnormal ?? `exited with ${r.exitCode}`}; stderr:\n${r.stderr.toString('utf8')}`;
      // latin1 maps each byte to one character: an exact byte comparison with a readable diff,
      // after normaliseOutput (report timestamps, pids, crash-report sizes and OTP-internal frames).
      expect(normaliseOutput(r.stdout.toString('latin1')), context).toBe(normaliseOutput(expected.stdout.toString('latin1')));
      expect(abnormal, context).toBeUndefined();
      expect(r.exitCode, context).toBe(expected.exitCode);
    }, TEST_TIMEOUT_MS);
  }
});
