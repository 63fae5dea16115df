// `npm run shell-golden`: records what real `erl` prints for each tests/shell/transcripts/*.in
// piped into it, without the banner line, as <name>.out beside it. Needs OTP 25 on the PATH.
// tests/shell/transcripts.test.ts replays the inputs against minierl and compares.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TRANSCRIPT_DIR = join('tests', 'shell', 'transcripts');

/** Everything after the first line (the banner differs between erl and minierl by design). */
export function withoutBanner(out: Buffer): Buffer {
  const nl = out.indexOf(10);
  return nl < 0 ? Buffer.alloc(0) : out.subarray(nl + 1);
}

function main(): void {
  const only = process.argv[2];
  // Modules beside the inputs (rr/1 reads their records) are compiled for erl into a scratch
  // directory; minierl compiles them from source on first use.
  const beams = mkdtempSync(join(tmpdir(), 'shell-golden-'));
  const sources = readdirSync(TRANSCRIPT_DIR).filter((n) => n.endsWith('.erl'));
  if (sources.length > 0) {
    const c = spawnSync('erlc', ['-o', beams, ...sources], { cwd: TRANSCRIPT_DIR, stdio: 'inherit' });
    if (c.status !== 0) throw new Error('erlc failed');
  }
  for (const f of readdirSync(TRANSCRIPT_DIR).filter((n) => n.endsWith('.in')).sort()) {
    if (only !== undefined && !f.startsWith(only)) continue;
    const input = readFileSync(join(TRANSCRIPT_DIR, f));
    const r = spawnSync('erl', ['-pa', beams], { input, cwd: TRANSCRIPT_DIR, timeout: 60_000 });
    if (r.error) throw r.error;
    writeFileSync(join(TRANSCRIPT_DIR, f.replace(/\.in$/, '.out')), withoutBanner(r.stdout));
    console.log(`recorded ${f}`);
  }
}

if (process.argv[1]?.endsWith('shell-golden.js')) main();
