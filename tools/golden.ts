// `npm run golden`: records what real Erlang/OTP does with the test material. Runs `escript` on
// tests/conformance/**/*.erl and `erlc` on tests/compile-errors/*.erl, writing <name>.expected
// (stdout bytes) and <name>.exit beside each, and the OTP version into tests/conformance/OTP_RELEASE.
// It refuses to run without OTP installed, and never runs minierl.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COMPILE_ERRORS_DIR,
  CONFORMANCE_DIR,
  OTP_RELEASE_FILE,
  type GoldenCase,
  createLimiter,
  describeAbnormalExit,
  exitPath,
  expectedPath,
  findOnPath,
  findRepoRoot,
  formatExitCode,
  listCompileErrorCases,
  listConformanceCases,
  normaliseOutput,
  runCaptured,
} from './golden-files.js';

// Generous: the slowest program takes about a second on BEAM.
const ESCRIPT_TIMEOUT_MS = 120_000;
const ERLC_TIMEOUT_MS = 60_000;

interface Options {
  check: boolean;
  filters: string[];
}

interface Tools {
  escript: string;
  erlc: string;
  erl: string;
}

/** Everything one case produced, or why it could not be recorded. */
type Outcome = { ok: true; stdout: Buffer; exitCode: number } | { ok: false; problem: string };

// npm run golden -- [--check] [filter...]
//   --check   compare instead of writing; exit 1 if any recorded file is stale (or flaky)
//   filter    only cases whose id (e.g. `maps/maps_basic`) contains one of these substrings
function parseArgs(argv: string[]): Options {
  const opts: Options = { check: false, filters: [] };
  for (const a of argv) {
    if (a === '--check') opts.check = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run golden -- [--check] [filter...]');
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else opts.filters.push(a);
  }
  return opts;
}

function fail(message: string): never {
  console.error(`golden: ${message}`);
  process.exit(1);
}

function findTools(): Tools {
  const escript = findOnPath('escript');
  const erlc = findOnPath('erlc');
  const erl = findOnPath('erl');
  if (!escript || !erlc || !erl) {
    const missing = [!escript && 'escript', !erlc && 'erlc', !erl && 'erl'].filter(Boolean).join(', ');
    fail(
      `Erlang/OTP is not installed (${missing} not found on PATH).\n` +
        'Expected outputs are recorded from real OTP; install Erlang/OTP 25 to regenerate them.\n' +
        'CI does not need this: the recorded files are committed.',
    );
  }
  return { escript, erlc, erl };
}

/** A child environment without the variables that would change OTP's behaviour or output. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8' };
  for (const name of ['ERL_FLAGS', 'ERL_AFLAGS', 'ERL_ZFLAGS', 'ERL_LIBS', 'ERL_COMPILER_OPTIONS']) delete env[name];
  return env;
}

/** The full OTP version, e.g. `25.2.3`, read the way `erl` itself reports it. */
async function otpVersion(tools: Tools, root: string): Promise<string> {
  const expr =
    'R = erlang:system_info(otp_release),' +
    'F = filename:join([code:root_dir(), "releases", R, "OTP_VERSION"]),' +
    'V = case file:read_file(F) of {ok, B} -> string:trim(B); _ -> R end,' +
    'io:format("~s", [V]), halt().';
  const r = await runCaptured(tools.erl, ['-noshell', '-eval', expr], { cwd: root, timeoutMs: 60_000, env: cleanEnv() });
  const version = r.stdout.toString('utf8').trim();
  if (r.exitCode !== 0 || !/^\d+(\.\d+)*$/.test(version)) {
    fail(`could not read the OTP version from erl: ${r.stderr.toString('utf8') || version}`);
  }
  return version;
}

async function recordProgram(c: GoldenCase, tools: Tools): Promise<Outcome> {
  const crashDump = path.join(c.dir, 'erl_crash.dump');
  const hadDump = fs.existsSync(crashDump);
  const r = await runCaptured(tools.escript, [c.fileName, ...c.args], {
    cwd: c.dir,
    timeoutMs: ESCRIPT_TIMEOUT_MS,
    env: cleanEnv(),
    ownProcessGroup: true,
  });
  const abnormal = describeAbnormalExit(r, ESCRIPT_TIMEOUT_MS);
  if (abnormal) return { ok: false, problem: abnormal };
  if (!hadDump && fs.existsSync(crashDump)) {
    fs.rmSync(crashDump);
    return { ok: false, problem: 'the VM wrote erl_crash.dump (removed); make the program exit cleanly' };
  }
  // A program that does not compile would record escript's failure instead of a behaviour, except
  // under compile/, whose programs are there to pin down how escript reports compile errors.
  if (!c.id.startsWith('compile/') && r.stderr.toString('utf8').includes('There were compilation errors')) {
    return { ok: false, problem: `does not compile:\n${r.stderr.toString('utf8')}` };
  }
  return { ok: true, stdout: r.stdout, exitCode: r.exitCode ?? 0 };
}

async function recordCompileError(c: GoldenCase, tools: Tools, outDir: string): Promise<Outcome> {
  // -o keeps .beam files of warning-only cases out of the source tree.
  const r = await runCaptured(tools.erlc, ['-o', outDir, c.fileName], {
    cwd: c.dir,
    timeoutMs: ERLC_TIMEOUT_MS,
    env: cleanEnv(),
    ownProcessGroup: true,
  });
  const abnormal = describeAbnormalExit(r, ERLC_TIMEOUT_MS);
  if (abnormal) return { ok: false, problem: abnormal };
  if (r.stderr.length > 0) return { ok: false, problem: `erlc wrote to stderr, which we do not record:\n${r.stderr}` };
  return { ok: true, stdout: r.stdout, exitCode: r.exitCode ?? 0 };
}

/** Writes (or in --check mode compares) one file; returns true when it was or would be changed. */
function syncFile(file: string, content: Buffer, check: boolean, normalise = false): boolean {
  const current = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  if (current !== undefined && current.equals(content)) return false;
  // Report timestamps and pids differ run to run; --check compares what the test suite compares.
  if (check && normalise && current !== undefined && normaliseOutput(current.toString('latin1')) === normaliseOutput(content.toString('latin1'))) return false;
  if (!check) fs.writeFileSync(file, content);
  return true;
}

/** Recorded files whose .erl no longer exists, so they are not silently kept forever. */
function findOrphans(root: string, cases: GoldenCase[]): string[] {
  const stems = new Set(cases.map((c) => c.stem));
  const orphans: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(expected|exit|args)$/.test(entry.name) && !stems.has(full.replace(/\.(expected|exit|args)$/, ''))) {
        orphans.push(path.relative(root, full));
      }
    }
  };
  walk(path.join(root, CONFORMANCE_DIR));
  walk(path.join(root, COMPILE_ERRORS_DIR));
  return orphans;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const tools = findTools();
  const root = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  const matches = (c: GoldenCase): boolean => opts.filters.length === 0 || opts.filters.some((f) => c.id.includes(f));
  const programs = listConformanceCases(root).filter(matches);
  const compileCases = listCompileErrorCases(root).filter(matches);
  const version = await otpVersion(tools, root);
  if (!version.startsWith('25')) console.warn(`golden: warning: recording with OTP ${version}; the project targets OTP 25`);

  const changed: string[] = [];
  const problems: string[] = [];
  const sync = (c: GoldenCase, o: Outcome): void => {
    if (!o.ok) {
      problems.push(`${path.relative(root, c.stem)}.erl: ${o.problem}`);
      return;
    }
    if (syncFile(expectedPath(c), o.stdout, opts.check, true)) changed.push(path.relative(root, expectedPath(c)));
    if (syncFile(exitPath(c), Buffer.from(formatExitCode(o.exitCode)), opts.check)) changed.push(path.relative(root, exitPath(c)));
  };

  const limit = createLimiter(Math.max(1, os.availableParallelism()));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minierl-golden-'));
  try {
    await Promise.all([
      ...programs.map((c) => limit(async () => sync(c, await recordProgram(c, tools)))),
      ...compileCases.map((c) => limit(async () => sync(c, await recordCompileError(c, tools, outDir)))),
    ]);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  if (syncFile(path.join(root, OTP_RELEASE_FILE), Buffer.from(`${version}\n`), opts.check)) changed.push(OTP_RELEASE_FILE);

  changed.sort();
  const verb = opts.check ? 'stale' : 'updated';
  for (const f of changed) console.log(`${verb}: ${f}`);
  for (const f of findOrphans(root, listConformanceCases(root).concat(listCompileErrorCases(root)))) {
    console.warn(`golden: warning: ${f} has no matching .erl`);
  }
  console.log(
    `golden: OTP ${version}; ${programs.length} programs, ${compileCases.length} compile-error cases; ` +
      `${changed.length} file(s) ${verb}`,
  );
  if (problems.length > 0) {
    for (const p of problems) console.error(`golden: ${p}`);
    process.exit(1);
  }
  if (opts.check && changed.length > 0) process.exit(1);
}

main().catch((e: unknown) => fail(e instanceof Error ? (e.stack ?? e.message) : String(e)));
