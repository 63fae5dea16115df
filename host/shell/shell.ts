// `minierl` with no arguments: the erl-like shell. With a terminal it is a line editor (node's
// readline: history in ~/.minierl_history, tab completion, Ctrl-C interrupts the evaluation or
// drops the line being typed, Ctrl-D leaves); with piped input it prints erl's transcript (each
// prompt, then what evaluating the next expression printed), ending with erl's "Terminating" line.

import { readdirSync, existsSync, readFileSync, appendFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as readline from 'node:readline';
import { atom } from '../../vm/terms/atom.js';
import { Runtime, type InputDevice, type OutputDevice } from '../../vm/runtime.js';
import { registerAllBifs } from '../../stdlib/index.js';
import { crashReport } from '../../stdlib/crash-report.js';
import { allBifKeys, parseBifKey } from '../../stdlib/registry.js';
import { Latin1Stdout } from '../stdout.js';
import { SyncStdin } from '../stdin.js';
import { LIB_DIR, makeFinder } from '../module-finder.js';
import { ExprReader, type ReadResult } from './reader.js';
import { ShellSession } from './session.js';
import { complete, type CompletionSource } from './completion.js';

export const VERSION = '0.1.0';
const HISTORY_LINES = 1000;

export interface ShellOptions {
  codePath: string[];
}

/** The text to print for a process's characters: latin1 in piped mode, as erl's standard_io. */
function chars(text: string): number[] {
  return Array.from(text, (c) => c.codePointAt(0)!);
}

export function setUp(out: OutputDevice, codePath: string[]): Runtime {
  registerAllBifs();
  const rt = new Runtime(out);
  rt.codeServer.finder = makeFinder((msg) => out.putChars(chars(msg)));
  rt.codeServer.path = ['.', ...codePath, LIB_DIR];
  rt.onExit = (p) => {
    const report = crashReport(p);
    if (report !== null) out.putChars(chars(report));
  };
  return rt;
}

export async function runShell(opts: ShellOptions): Promise<number> {
  if (process.stdin.isTTY && process.stdout.isTTY) return runInteractive(opts);
  return runPiped(opts);
}

function haltStatus(rt: Runtime): number {
  const s = rt.halted!.status;
  if (typeof s === 'number') return s;
  process.stderr.write(s + '\n');
  return 1;
}

async function runPiped(opts: ShellOptions): Promise<number> {
  const out = new Latin1Stdout();
  const rt = setUp(out, opts.codePath);
  const session = new ShellSession(rt, (t) => out.putChars(chars(t)), { encoding: 'latin1', columns: () => 80, codePath: opts.codePath });
  const halted = new Promise<number>((resolve) => {
    session.evaluator.onHalt = () => resolve(haltStatus(rt));
  });
  out.putChars(chars(banner()));
  const reader = new ExprReader();
  // Piped input is read synchronously, like escript's standard_io: the shell's reads and the
  // evaluated code's own reads (io:get_line) take from the same stream, in order.
  const stdin = new SyncStdin();
  rt.stdin = new SharedInput(reader, stdin);
  let eof = false;
  const work = (async (): Promise<number> => {
    for (;;) {
      out.putChars(chars(session.prompt()));
      out.flush();
      let r: ReadResult | null = reader.next(eof);
      while (r === null && !eof) {
        const line = stdin.getLine();
        if (line === null) eof = true;
        else reader.feed(Buffer.from(line).toString('latin1'));
        r = reader.next(eof);
      }
      if (r === null) {
        out.putChars(chars('*** Terminating erlang (nonode@nohost)\n'));
        out.flush();
        return 0;
      }
      await evalRead(session, r);
      if (session.quitRequested) return 0;
    }
  })();
  const status = await Promise.race([work, halted]);
  out.flush();
  return status;
}

/** The evaluated code's standard input in piped mode: what the shell has buffered, then stdin. */
class SharedInput implements InputDevice {
  /** What io:read or io:fread gave back, read before anything else. */
  private pushedBack: number[] = [];

  constructor(private readonly reader: ExprReader, private readonly stdin: SyncStdin) {}

  unread(cs: number[]): void {
    this.pushedBack = [...cs, ...this.pushedBack];
  }

  getLine(): number[] | null {
    if (this.pushedBack.length > 0) {
      const nl = this.pushedBack.indexOf(10);
      if (nl >= 0) return this.pushedBack.splice(0, nl + 1);
      const head = this.pushedBack;
      this.pushedBack = [];
      return [...head, ...(this.getLine() ?? [])];
    }
    const buffered = this.reader.takeLine();
    if (buffered.endsWith('\n')) return chars(buffered);
    const more = this.stdin.getLine();
    if (more === null) return buffered === '' ? null : chars(buffered);
    return [...chars(buffered), ...more];
  }

  getChars(n: number): number[] | null {
    if (this.pushedBack.length > 0) {
      const head = this.pushedBack.splice(0, n);
      if (head.length === n) return head;
      return [...head, ...(this.getChars(n - head.length) ?? [])];
    }
    const buffered = chars(this.reader.takeChars(n));
    if (buffered.length === n) return buffered;
    const more = this.stdin.getChars(n - buffered.length);
    if (more === null) return buffered.length === 0 ? null : buffered;
    return [...buffered, ...more];
  }
}

async function evalRead(session: ShellSession, r: ReadResult): Promise<void> {
  if (r.kind === 'error') session.scanError(r.line, r.col, r.message);
  else await session.evalTokens(r.tokens, r.text);
}

export function banner(): string {
  return `Eshell minierl ${VERSION}  (Ctrl-C interrupts, q(). or Ctrl-D quits)\n`;
}

/** A UTF-8 terminal device: erl prints unicode to a terminal in a UTF-8 locale. */
class TerminalOut implements OutputDevice {
  private text = '';
  putChars(cs: ArrayLike<number>): void {
    for (let i = 0; i < cs.length; i++) this.text += String.fromCodePoint(cs[i]);
  }
  hasPending(): boolean {
    return this.text !== '';
  }

  flush(): void {
    if (this.text === '') return;
    process.stdout.write(this.text);
    this.text = '';
  }
}

export function historyFile(): string {
  return process.env.MINIERL_HISTORY ?? join(homedir(), '.minierl_history');
}

function loadHistory(file: string): string[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const kept = lines.slice(-HISTORY_LINES);
  if (kept.length < lines.length) writeFileSync(file, kept.join('\n') + '\n');
  return kept.reverse();
}

function completionSource(rt: Runtime, codePath: string[]): CompletionSource {
  const filesIn = (dir: string, ext: string) => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length));
    } catch {
      return [];
    }
  };
  return {
    modules: () => [
      ...rt.codeServer.loadedModules().map((m) => m.name).filter((m) => !m.startsWith('$')),
      ...filesIn(LIB_DIR, '.mbeam'),
      ...['.', ...codePath].flatMap((d) => [...filesIn(d, '.erl'), ...filesIn(d, '.mbeam')]),
      'erlang',
    ],
    exports: (m) => {
      // Functions implemented as BIFs are not in the module's image: the registry has them.
      const bifs = bifExports(m);
      const a = atom(m);
      if (!rt.codeServer.ensureLoaded(a)) return bifs.length > 0 ? bifs : null;
      return [...rt.codeServer.currentVersion(a)!.image.exports.map(([f, ar]) => [f, ar] as [string, number]), ...bifs];
    },
  };
}

function bifExports(module: string): Array<[string, number]> {
  return allBifKeys().filter((k) => k.startsWith(module + ':')).map((k) => {
    const [, f, a] = parseBifKey(k);
    return [f, a];
  });
}

async function runInteractive(opts: ShellOptions): Promise<number> {
  const out = new TerminalOut();
  const rt = setUp(out, opts.codePath);
  let busy = false;
  let rl: readline.Interface | null = null;
  // Output of background processes while the user types: printed above the prompt, which is
  // then redrawn with the line being edited.
  const flusher = setInterval(() => {
    if (!out.hasPending()) return;
    if (busy || rl === null) {
      out.flush();
      return;
    }
    readline.clearLine(process.stdout, 0);
    readline.cursorTo(process.stdout, 0);
    out.flush();
    rl.prompt(true);
  }, 30);
  const session = new ShellSession(rt, (t) => out.putChars(chars(t)), {
    encoding: 'unicode', columns: () => process.stdout.columns || 80, codePath: opts.codePath,
  });
  const file = historyFile();
  const src = completionSource(rt, opts.codePath);
  rl = readline.createInterface({
    input: process.stdin, output: process.stdout, terminal: true,
    history: loadHistory(file), historySize: HISTORY_LINES, removeHistoryDuplicates: true,
    completer: (line: string) => complete(line, src),
  });
  const reader = new ExprReader();
  const queue: string[] = [];
  let finish: (status: number) => void = () => {};
  const finished = new Promise<number>((resolve) => {
    finish = resolve;
  });
  session.evaluator.onHalt = () => finish(haltStatus(rt));
  process.stdout.write(banner());
  const prompt = (fresh: boolean) => {
    out.flush();
    rl!.setPrompt(fresh ? session.prompt() : '');
    rl!.prompt();
  };
  const drain = async () => {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      reader.feed(queue.shift()!);
      for (let r = reader.next(); r !== null; r = reader.next()) {
        await evalRead(session, r);
        out.flush();
        if (session.quitRequested) {
          finish(0);
          return;
        }
      }
    }
    busy = false;
    prompt(!reader.hasPending());
  };
  rl.on('line', (line) => {
    if (line.trim() !== '') {
      try {
        appendFileSync(file, line + '\n');
      } catch {
        // A read-only home directory only loses the history.
      }
    }
    queue.push(line + '\n');
    void drain();
  });
  rl.on('SIGINT', () => {
    if (session.evaluator.interrupt()) return;
    reader.clear();
    queue.length = 0;
    process.stdout.write('^C\n');
    prompt(true);
  });
  rl.on('close', () => finish(0));
  prompt(true);
  const status = await finished;
  clearInterval(flusher);
  out.flush();
  rl.close();
  return status;
}
