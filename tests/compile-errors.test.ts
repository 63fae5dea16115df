// One test per tests/compile-errors/*.erl: runs `node bin/minierl compile-check <file>` in the
// file's folder and compares what it prints and its exit status with erlc's own, as recorded by
// `npm run golden` (diagnostics as `name.erl:L:C: message`, with erlc's source excerpts).
// MINIERL_BIN swaps in another front end.

import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  createLimiter,
  describeAbnormalExit,
  findRepoRoot,
  listCompileErrorCases,
  readExpected,
  runCaptured,
} from '../tools/golden-files.js';

const ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
const MINIERL = process.env.MINIERL_BIN ?? path.join(ROOT, 'bin', 'minierl');
const CHECK_TIMEOUT_MS = 60_000;
// One child process per core at a time; see tests/conformance.test.ts.
const runSlot = createLimiter(Math.max(1, os.availableParallelism()));
const TEST_TIMEOUT_MS = 10 * CHECK_TIMEOUT_MS;

const cases = listCompileErrorCases(ROOT);

describe.concurrent('compile errors', () => {
  test('the suite is not empty', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    test(c.id, async () => {
      const expected = readExpected(c);
      if (!expected) throw new Error(`${c.id}: nothing recorded; run \`npm run golden\` where Erlang/OTP is installed`);
      const r = await runSlot(() =>
        runCaptured(process.execPath, [MINIERL, 'compile-check', c.fileName], {
          cwd: c.dir,
          timeoutMs: CHECK_TIMEOUT_MS,
          env: process.env,
        }),
      );
      const abnormal = describeAbnormalExit(r, CHECK_TIMEOUT_MS);
      const context = `minierl ${abnormal ?? `exited with ${r.exitCode}`}; stderr:\n${r.stderr.toString('utf8')}`;
      expect(r.stdout.toString('latin1'), context).toBe(expected.stdout.toString('latin1'));
      expect(abnormal, context).toBeUndefined();
      expect(r.exitCode, context).toBe(expected.exitCode);
    }, TEST_TIMEOUT_MS);
  }
});
