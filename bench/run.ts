// `npm run bench [-- NAME]`: runs each bench/*.erl on minierl and, when escript is on the PATH, on
// BEAM, one at a time, and prints times and the minierl/BEAM ratio. Times come from the program's own
// `time_us: N` line (start-up and compilation excluded); the `checksum:` lines must agree.
// Exits 1 if a run fails or checksums differ. MINIERL_BIN swaps in another front end.

import * as path from 'node:path';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeAbnormalExit, findOnPath, findRepoRoot, runCaptured } from '../tools/golden-files.js';

// Interpreted runs can be slow; this only guards against a hung VM.
const RUN_TIMEOUT_MS = 15 * 60_000;

interface Measurement {
  timeMs: number;
  checksum: string;
}

/** A measurement, or the reason there is none. */
type Outcome = { ok: true; m: Measurement } | { ok: false; error: string };

interface Row {
  name: string;
  minierl: Outcome;
  beam: Outcome | undefined;
}

/** Pulls `checksum: ...` and `time_us: N` out of a program's stdout. */
function parseOutput(stdout: string): Measurement | undefined {
  const checksum = /^checksum: (.*)$/m.exec(stdout);
  const time = /^time_us: (\d+)$/m.exec(stdout);
  if (!checksum || !time) return undefined;
  return { checksum: checksum[1]!, timeMs: Number(time[1]) / 1000 };
}

async function measure(command: string, args: string[], cwd: string): Promise<Outcome> {
  const r = await runCaptured(command, args, { cwd, timeoutMs: RUN_TIMEOUT_MS });
  const abnormal = describeAbnormalExit(r, RUN_TIMEOUT_MS);
  if (abnormal) return { ok: false, error: abnormal };
  const stdout = r.stdout.toString('utf8');
  if (r.exitCode !== 0) return { ok: false, error: `exit ${r.exitCode}: ${firstLine(r.stderr.toString('utf8') || stdout)}` };
  const m = parseOutput(stdout);
  return m ? { ok: true, m } : { ok: false, error: `no checksum/time_us lines in: ${firstLine(stdout)}` };
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0]?.slice(0, 120) ?? '';
}

function cell(o: Outcome | undefined): string {
  if (o === undefined) return '-';
  return o.ok ? o.m.timeMs.toFixed(1) : 'error';
}

function ratio(row: Row): string {
  if (!row.minierl.ok || !row.beam?.ok) return '-';
  return `${(row.minierl.m.timeMs / Math.max(row.beam.m.timeMs, 0.001)).toFixed(1)}x`;
}

function status(row: Row): string {
  if (!row.minierl.ok) return `minierl: ${row.minierl.error}`;
  if (row.beam === undefined) return 'ok (no BEAM to compare)';
  if (!row.beam.ok) return `BEAM: ${row.beam.error}`;
  return row.minierl.m.checksum === row.beam.m.checksum
    ? 'ok'
    : `CHECKSUM MISMATCH: minierl "${row.minierl.m.checksum}" vs BEAM "${row.beam.m.checksum}"`;
}

function printTable(rows: Row[]): void {
  const header = ['benchmark', 'minierl ms', 'BEAM ms', 'ratio', 'status'];
  const body = rows.map((r) => [r.name, cell(r.minierl), cell(r.beam), ratio(r), status(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cols: string[]): string =>
    cols.map((c, i) => (i === 0 || i === cols.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const root = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  const benchDir = path.join(root, 'bench');
  const minierl = process.env.MINIERL_BIN ?? path.join(root, 'bin', 'minierl');
  const escript = findOnPath('escript');
  const names = fs
    .readdirSync(benchDir)
    .filter((f) => f.endsWith('.erl'))
    .map((f) => f.slice(0, -'.erl'.length))
    .filter((n) => filter === undefined || n.includes(filter))
    .sort();
  if (names.length === 0) {
    console.error(`bench: no benchmark matches ${JSON.stringify(filter)}`);
    process.exit(1);
  }
  if (!escript) console.log('bench: escript not on PATH; showing minierl times only\n');

  const rows: Row[] = [];
  // One at a time: concurrent runs would compete for cores and distort the times.
  for (const name of names) {
    const file = `${name}.erl`;
    process.stderr.write(`bench: ${name}...\n`);
    const row: Row = {
      name,
      minierl: await measure(process.execPath, [minierl, 'run', file], benchDir),
      beam: escript ? await measure(escript, [file], benchDir) : undefined,
    };
    rows.push(row);
  }
  printTable(rows);
  if (rows.some((r) => !status(r).startsWith('ok'))) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
