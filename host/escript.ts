// `minierl run FILE ARGS`: escript's behaviour on our VM. The first line of the script is dropped
// (escript does so, and numbers the remaining lines from 1); warnings and errors are printed on
// stdout, quoted from the file as escript quotes them; main/1 gets the arguments as strings;
// the run ends when main/1 returns (0), raises (127, message on stderr) or calls halt/1.

import { readFileSync } from 'node:fs';
import { dirname, basename } from 'node:path';
import { compileCached } from './compile-cache.js';
import { renderDiagnostic, renderReport } from '../compiler/diagnostics.js';
import { atom } from '../vm/terms/atom.js';
import { listFromArray, stringToList } from '../vm/terms/list.js';
import { Runtime } from '../vm/runtime.js';
import { formatException } from '../stdlib/error-format.js';
import { crashReport } from '../stdlib/crash-report.js';
import { registerAllBifs } from '../stdlib/index.js';
import { Latin1Stdout } from './stdout.js';
import { AsyncStdin } from './stdin.js';
import { LIB_DIR, makeFinder } from './module-finder.js';
import { escriptFrameImages } from './escript-frames.js';

export interface RunOptions {
  codePath: string[];
}

function writeStderr(text: string): void {
  process.stderr.write(text);
}

/**
 * The source escript compiles, with escript's header rules: a `#!` line (and a `%` comment and a
 * `%%!` line after it) is skipped with line numbers kept; without `#!` the first line is dropped
 * and the second becomes line 1. A script with no -module gets a module named after the file that
 * exports main/1, as escript does (escript adds a timestamp to the name; we do not).
 */
export function scriptBody(text: string, file: string): string {
  const lines = text.split('\n');
  let body: string;
  if (lines[0].startsWith('#!')) {
    let skip = 1;
    if (lines[1]?.startsWith('%%!')) skip = 2;
    else if (lines[1]?.startsWith('%') && lines[2]?.startsWith('%%!')) skip = 3;
    else if (lines[1]?.startsWith('%')) skip = 2;
    body = lines.map((l, i) => (i < skip ? '' : l)).join('\n');
  } else {
    body = lines.slice(1).join('\n');
  }
  if (!/^\s*-\s*module\s*\(/m.test(body)) {
    const name = basename(file).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_@]/g, '_');
    body = `-module('${name}_erl__escript'). -export([main/1]). ` + body;
  }
  return body;
}

export async function runEscript(file: string, args: string[], opts: RunOptions): Promise<number> {
  registerAllBifs();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    writeStderr(`escript: Failed to open file: ${file}\n`);
    return 127;
  }
  const body = scriptBody(text, file);
  const stdout = new Latin1Stdout();
  const { image, diagnostics } = compileCached(body, file);
  // escript reads the forms itself: a syntax error is reported on stderr, unquoted, and ends it.
  const syntaxErrors = diagnostics.filter((d) => d.severity === 'error' && (d.phase ?? 0) === 0);
  if (syntaxErrors.length) {
    writeStderr(syntaxErrors.map((d) => renderDiagnostic(d) + '\n').join('') + 'escript: There were compilation errors.\n');
    return 127;
  }
  if (diagnostics.length) stdout.putChars(Array.from(renderReport(diagnostics, text), (c) => c.codePointAt(0)!));
  if (image === null) {
    stdout.flush();
    writeStderr('escript: There were compilation errors.\n');
    return 127;
  }
  const rt = new Runtime(stdout);
  const stdin = new AsyncStdin();
  rt.stdin = stdin;
  rt.codeServer.finder = makeFinder((msg) => stdout.putChars(Array.from(msg, (c) => c.codePointAt(0)!)));
  rt.codeServer.path = [dirname(file), ...opts.codePath, LIB_DIR];
  rt.codeServer.load(image, file);
  rt.onExit = (p) => {
    if (p === main || rt.loggerLevel === 'none') return;
    const report = crashReport(p);
    if (report !== null) stdout.putChars(Array.from(report, (c) => c.codePointAt(0)!));
  };
  if (!image.exports.some(([f, a]) => f === 'main' && a === 1)) {
    stdout.flush();
    writeStderr(`escript: exception error: undefined function ${image.module}:main/1\n`);
    return 127;
  }
  for (const shim of escriptFrameImages()) rt.codeServer.load(shim);
  const main = rt.spawnApply(atom('init'), atom('do_boot'), [atom(image.module), listFromArray(args.map(stringToList)), listFromArray([])], null);
  await rt.run(() => rt.isExited(main));
  stdin.close();
  stdout.flush();
  if (rt.halted !== null) {
    const s = rt.halted.status;
    if (typeof s === 'number') return s;
    writeStderr(s + '\n');
    return 1;
  }
  if (!rt.isExited(main)) {
    writeStderr(`minierl: ${basename(file)}: main/1 waits forever (no process can run and no timer is pending)\n`);
    return 1;
  }
  if (!main.crashed) return 0;
  writeStderr('escript: ' + formatException(main.excClass, main.excReason, main.excStack) + '\n');
  return 127;
}
