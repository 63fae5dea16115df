// Finds the golden-file test material (conformance programs and compile-error cases) and
// runs one child process with a time limit, capturing its output byte for byte.
// Shared by tools/golden.ts, which records real Erlang/OTP, and the vitest files, which replay it
// against minierl. It knows command lines and file layout only, never how either runtime works.

import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CONFORMANCE_DIR = path.join('tests', 'conformance');
export const COMPILE_ERRORS_DIR = path.join('tests', 'compile-errors');
export const OTP_RELEASE_FILE = path.join(CONFORMANCE_DIR, 'OTP_RELEASE');

/** One `.erl` file plus its recorded outcome: `<stem>.expected` (stdout) and `<stem>.exit`. */
export interface GoldenCase {
  /** Path relative to its suite folder without `.erl`, with `/` separators: `maps/maps_basic`. */
  id: string;
  /** Absolute directory of the file; programs run with this as their working directory. */
  dir: string;
  /** File name only (`maps_basic.erl`), so `?FILE`, stack traces and diagnostics show no path. */
  fileName: string;
  /** Absolute path without the `.erl` suffix; the sidecar files hang off it. */
  stem: string;
  /** Command line arguments from the optional `<stem>.args` sidecar. */
  args: string[];
}

export interface Expected {
  stdout: Buffer;
  exitCode: number;
}

/** Walks up from `start` to the directory holding package.json. */
export function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

/** Every `.erl` below tests/conformance (any depth), sorted by id so runs are reproducible. */
export function listConformanceCases(root: string): GoldenCase[] {
  return listCases(path.join(root, CONFORMANCE_DIR), true);
}

/** Every `.erl` directly in tests/compile-errors, sorted. */
export function listCompileErrorCases(root: string): GoldenCase[] {
  return listCases(path.join(root, COMPILE_ERRORS_DIR), false);
}

function listCases(suiteDir: string, recursive: boolean): GoldenCase[] {
  if (!fs.existsSync(suiteDir)) return [];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // A folder named `modules` holds helper modules that the programs beside it load: not programs.
      if (entry.isDirectory() && recursive && entry.name !== 'modules') walk(full);
      else if (entry.isFile() && entry.name.endsWith('.erl')) files.push(full);
    }
  };
  walk(suiteDir);
  return files
    .map((file) => {
      const stem = file.slice(0, -'.erl'.length);
      return {
        id: path.relative(suiteDir, stem).split(path.sep).join('/'),
        dir: path.dirname(file),
        fileName: path.basename(file),
        stem,
        args: readArgs(`${stem}.args`),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Reads a `.args` sidecar: one argument per line, taken literally (spaces kept, no quoting).
 * A final newline does not add an argument; an empty line in the middle is an empty argument.
 */
export function readArgs(argsPath: string): string[] {
  if (!fs.existsSync(argsPath)) return [];
  const text = fs.readFileSync(argsPath, 'utf8');
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function expectedPath(c: GoldenCase): string {
  return `${c.stem}.expected`;
}

export function exitPath(c: GoldenCase): string {
  return `${c.stem}.exit`;
}

/** The recorded outcome, or undefined when `npm run golden` has not been run for this case. */
export function readExpected(c: GoldenCase): Expected | undefined {
  if (!fs.existsSync(expectedPath(c)) || !fs.existsSync(exitPath(c))) return undefined;
  const exitText = fs.readFileSync(exitPath(c), 'utf8').trim();
  if (!/^\d+$/.test(exitText)) throw new Error(`${exitPath(c)}: not an exit status: ${JSON.stringify(exitText)}`);
  return { stdout: fs.readFileSync(expectedPath(c)), exitCode: Number(exitText) };
}

/** The `.exit` file's exact contents for a status. */
export function formatExitCode(exitCode: number): string {
  return `${exitCode}\n`;
}

export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  /** Stop the child once stdout exceeds this, so a runaway program cannot exhaust memory. */
  maxStdoutBytes?: number;
  /** Start the child in a new process group and kill the whole group on timeout. */
  ownProcessGroup?: boolean;
}

export interface RunResult {
  stdout: Buffer;
  stderr: Buffer;
  /** Null when the child was killed by a signal or could not be started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdoutOverflow: boolean;
  /** Set when the command could not be started at all (ENOENT and friends). */
  spawnError: Error | null;
  durationMs: number;
}

const DEFAULT_MAX_STDOUT_BYTES = 64 * 1024 * 1024;

// With `ownProcessGroup`, a timeout kills everything the child started (escript starts several
// OS processes, and a grandchild holding stdout open would stall us). Without it the child stays in
// our group, so Ctrl-C in a terminal still reaches it; minierl is a single process, so that suffices.
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function killChild(child: ChildProcess, ownGroup: boolean): void {
  if (ownGroup) killGroup(child.pid);
  else child.kill('SIGKILL');
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid);
  });
}
// stderr is only shown in failure messages; keep the first part.
const MAX_STDERR_BYTES = 64 * 1024;

/** Runs a command with stdin closed, collecting raw stdout/stderr bytes; never rejects. */
export function runCaptured(command: string, args: readonly string[], opts: RunOptions): Promise<RunResult> {
  const maxStdout = opts.maxStdoutBytes ?? DEFAULT_MAX_STDOUT_BYTES;
  const ownGroup = opts.ownProcessGroup ?? false;
  const started = Date.now();
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let timedOut = false;
    let stdoutOverflow = false;
    let spawnError: Error | null = null;
    if (ownGroup) installExitHook();
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: ownGroup,
    });
    if (ownGroup && child.pid !== undefined) liveGroups.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      killChild(child, ownGroup);
    }, opts.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxStdout) {
        if (!stdoutOverflow) killChild(child, ownGroup);
        stdoutOverflow = true;
        return;
      }
      out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (errBytes < MAX_STDERR_BYTES) err.push(chunk);
      errBytes += chunk.length;
    });
    child.on('error', (e) => {
      spawnError = e;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) liveGroups.delete(child.pid);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err),
        exitCode: code,
        signal,
        timedOut,
        stdoutOverflow,
        spawnError,
        durationMs: Date.now() - started,
      });
    });
  });
}

/** Describes why a run did not produce a normal exit status, or undefined if it did. */
export function describeAbnormalExit(r: RunResult, timeoutMs: number): string | undefined {
  if (r.spawnError) return `could not start: ${r.spawnError.message}`;
  if (r.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  if (r.stdoutOverflow) return 'stdout exceeded the size limit';
  if (r.exitCode === null) return `killed by ${r.signal ?? 'unknown signal'}`;
  return undefined;
}

/** A semaphore: at most `slots` tasks run at once, the rest wait in FIFO order. */
export function createLimiter(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finishing task hands its slot straight to the next waiter, so `active` never overshoots.
    if (active < slots) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Finds an executable on PATH, like `which`. */
export function findOnPath(name: string, envPath: string | undefined = process.env.PATH): string | undefined {
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/**
 * What a comparison ignores, applied alike to recorded and actual stdout so that logger reports
 * are still compared byte for byte in their layout:
 * - the timestamp in a report header (`=ERROR REPORT==== 22-Nov-2026::05:40:00.123456 ===`);
 * - pids (`<0.85.0>` becomes `<0.PID.0>`): escript's own processes shift the numbering;
 * - in crash reports, the values of heap_size, stack_size and reductions, and the stack frames
 *   inside OTP's own modules (gen_server, proc_lib, ...), whose function names and line numbers
 *   are implementation details of each runtime's OTP. Frames in the program's own code stay.
 * Programs without reports or pids are unaffected.
 */
export function normaliseOutput(text: string): string {
  if (!text.includes('<0.') && !text.includes(' REPORT==== ')) return text;
  return text
    .replace(/^(=[A-Z ]+ REPORT==== )\d\d-[A-Z][a-z][a-z]-\d{4}::\d\d:\d\d:\d\d\.\d{6}( ===)$/gm, '$1DATE$2')
    .replace(/<0\.\d+\.0>/g, '<0.PID.0>')
    .replace(/^( {4}(?:heap_size|stack_size|reductions): )\d+$/gm, '$1N')
    .replace(/^ +in (?:function |call from) (?:gen|gen_server|gen_statem|gen_event|proc_lib|supervisor|sys|timer|application|application_master) ?:.*\n/gm, '');
}
