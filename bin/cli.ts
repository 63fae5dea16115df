// The minierl command line: a thin commander front end. Each command hands its arguments to the
// host/ module that implements it and exits with the status that returns.

import { Command } from 'commander';
import { runEscript } from '../host/escript.js';
import { disassembleFile } from '../host/disasm-file.js';
import { compileCheck } from '../host/compile-check.js';
import { runEunit } from '../host/eunit-run.js';
import { compileFiles } from '../host/compile-files.js';
import { runDemo } from '../host/demo.js';

const program = new Command();
program
  .name('minierl')
  .description("Erlang's process model in TypeScript. With no command: the erl-like shell; erl's flags -noshell, -pa DIR, -eval EXPRS, -s MOD [FUN [ARGS]] also work")
  .version('0.1.0')
  .enablePositionalOptions();

program
  .command('run')
  .description('run FILE.erl like escript: call its main/1 with ARGS as strings')
  .argument('<file>', 'an escript-style module with an exported main/1')
  .argument('[args...]', 'arguments passed to main/1')
  .option('--pa <dir>', 'add a directory to the code path (also -pa, as erl spells it)', collect, [])
  .passThroughOptions()
  .action(async (file: string, args: string[], opts: { pa: string[] }) => {
    process.exitCode = await runEscript(file, args, { codePath: opts.pa });
  });

program
  .command('disasm')
  .description('compile FILE.erl and print its bytecode')
  .argument('<file>')
  .action((file: string) => {
    process.exitCode = disassembleFile(file);
  });

program
  .command('compile-check')
  .description('compile FILE.erl and print diagnostics the way erlc does (no output file)')
  .argument('<file>')
  .action((file: string) => {
    process.exitCode = compileCheck(file);
  });

program
  .command('eunit')
  .description('compile the .erl files given (or found in each DIR) and run their EUnit tests; exit 1 on failure')
  .argument('<paths...>', 'directories (src/, test/) or .erl files')
  .option('-v, --verbose', 'print every test, as eunit:test(M, [verbose])')
  .action(async (paths: string[], opts: { verbose?: boolean }) => {
    process.exitCode = await runEunit(paths, { verbose: opts.verbose === true });
  });

program
  .command('compile')
  .description('compile Erlang source files into DIR/NAME.mbeam, printing diagnostics like erlc')
  .argument('<files...>')
  .option('-o, --out <dir>', 'output directory', '.')
  .option('-I, --include <dir>', 'add a directory to the include path', collect, [])
  .action((files: string[], opts: { out: string; include: string[] }) => {
    process.exitCode = compileFiles(files, { outDir: opts.out, includePaths: opts.include });
  });

program
  .command('demo')
  .description('run a demo from examples/ (hot-upgrade: a server upgraded twice under load)')
  .argument('<name>')
  .action(async (name: string) => {
    process.exitCode = await runDemo(name);
  });

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** erl spells it -pa; commander's short options are one letter. Only before the script name. */
function erlFlags(argv: string[]): string[] {
  const out = argv.slice(0, 2);
  let inOptions = true;
  for (const a of argv.slice(2)) {
    if (inOptions && a.endsWith('.erl')) inOptions = false;
    out.push(inOptions && a === '-pa' ? '--pa' : a);
  }
  return out;
}

/** No command, or erl's own flags (-noshell, -eval, -s, -pa): the shell, as `erl`. */
function isErlInvocation(argv: string[]): boolean {
  const first = argv[2];
  return first === undefined || (first.startsWith('-') && !['-h', '--help', '-V', '--version'].includes(first));
}

if (isErlInvocation(process.argv)) {
  // The shell needs the parser at hand, so it is not in this bundle (which must start fast without
  // the compiler): it loads from dist/host/shell/ with its own copy of the runtime.
  const { runErl } = await import('../host/shell/noshell.js');
  process.exit(await runErl(process.argv.slice(2)));
}
else await program.parseAsync(erlFlags(process.argv));
