// erl's start-up flags: `-pa DIR...`, `-eval Exprs`, `-s Mod [Fun [Args...]]`, `-run Mod [Fun
// [Args...]]` run in order in the shell's evaluator, then the shell starts unless `-noshell`.
// With -noshell the VM stops when nothing can run any more (erl would wait forever for a halt).
// A failing -eval or -s stops the VM with status 1, as erl's "init terminating in do_boot".

import { writeAtom } from '../../compiler/lexer.js';
import { Latin1Stdout } from '../stdout.js';
import { AsyncStdin } from '../stdin.js';
import { ShellSession } from './session.js';
import { runShell, setUp } from './shell.js';

export interface ErlArgs {
  noshell: boolean;
  codePath: string[];
  /** Expression sequences to evaluate, in command-line order (each ends in a dot). */
  actions: string[];
  /** Flags we do not know, reported and ignored. */
  unknown: string[];
}

/** Parses erl-style flags (every argument when `minierl` is called with a leading `-flag`). */
export function parseErlArgs(argv: string[]): ErlArgs {
  const r: ErlArgs = { noshell: false, codePath: [], actions: [], unknown: [] };
  let i = 0;
  const operands = (): string[] => {
    const xs: string[] = [];
    while (i < argv.length && !argv[i].startsWith('-')) xs.push(argv[i++]);
    return xs;
  };
  while (i < argv.length) {
    const flag = argv[i++];
    switch (flag) {
      case '-noshell': r.noshell = true; break;
      case '-pa': case '--pa': r.codePath.push(...operands()); break;
      case '-eval': r.actions.push(dotted(argv[i++] ?? '')); break;
      case '-s': case '-run': {
        const [mod, fun = 'start', ...args] = operands();
        if (mod === undefined) break;
        if (mod === 'init' && fun === 'stop') {
          // init:stop/0 is not modelled; at this point it means: stop now, status 0.
          r.actions.push('erlang:halt().\n');
          break;
        }
        const list = args.map((a) => (flag === '-s' ? writeAtom(a) : JSON.stringify(a))).join(',');
        r.actions.push(`${writeAtom(mod)}:${writeAtom(fun)}(${args.length > 0 ? `[${list}]` : ''}).\n`);
        break;
      }
      default: r.unknown.push(flag);
    }
  }
  return r;
}

function dotted(exprs: string): string {
  return /\.\s*$/.test(exprs) ? exprs + '\n' : exprs + '.\n';
}

export async function runErl(argv: string[]): Promise<number> {
  const args = parseErlArgs(argv);
  for (const u of args.unknown) process.stderr.write(`minierl: unknown flag ${u} (ignored)\n`);
  if (args.actions.length > 0) {
    const out = new Latin1Stdout();
    const rt = setUp(out, args.codePath);
    rt.stdin = new AsyncStdin();
    const errors: string[] = [];
    const session = new ShellSession(rt, (t) => errors.push(t), { encoding: 'latin1', columns: () => 80, codePath: args.codePath });
    const halt = new Promise<boolean>((resolve) => {
      session.evaluator.onHalt = () => resolve(false);
    });
    for (const action of args.actions) {
      const ok = await Promise.race([session.evalQuiet(action), halt]);
      out.flush();
      if (rt.halted !== null) return haltStatus(rt.halted.status);
      if (session.quitRequested) return 0;
      if (!ok) {
        process.stderr.write(`init terminating in do_boot: ${action.trim()}\n${errors.join('')}`);
        return 1;
      }
    }
    if (args.noshell) {
      await rt.run(() => false);
      out.flush();
      return rt.halted !== null ? haltStatus(rt.halted.status) : 0;
    }
  }
  if (args.noshell) return 0;
  return runShell({ codePath: args.codePath });
}

function haltStatus(s: number | string): number {
  if (typeof s === 'number') return s;
  process.stderr.write(s + '\n');
  return 1;
}
