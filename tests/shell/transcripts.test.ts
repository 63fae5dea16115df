// One test per tests/shell/transcripts/*.in: pipes it into `bin/minierl` (the shell) and compares
// everything after the banner line, byte for byte, with what real `erl` printed for the same
// input (recorded by `npm run shell-golden`; never edit the .out files by hand).

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = path.join(ROOT, 'tests', 'shell', 'transcripts');
const MINIERL = path.join(ROOT, 'bin', 'minierl');

function withoutBanner(out: Buffer): string {
  const nl = out.indexOf(10);
  return (nl < 0 ? Buffer.alloc(0) : out.subarray(nl + 1)).toString('latin1');
}

describe('shell transcripts (piped input, as erl)', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.in')).sort()) {
    test(f.replace(/\.in$/, ''), () => {
      const input = readFileSync(path.join(DIR, f));
      const r = spawnSync(process.execPath, [MINIERL], { input, cwd: DIR, timeout: 60_000 });
      expect(r.status).toBe(0);
      const expected = readFileSync(path.join(DIR, f.replace(/\.in$/, '.out'))).toString('latin1');
      expect(withoutBanner(r.stdout)).toBe(expected);
    }, 70_000);
  }
});
