// compile:file/1,2: compiles a source file with our compiler and writes `OUTDIR/NAME.mbeam` (see
// docs/module-file-format.md), or returns the file's bytes with the `binary` option. Options and
// results follow OTP 25's compile: report_errors/report_warnings (`report`) print diagnostics as
// erlc does; return_errors/return_warnings (`return`) return them as [{File, [{Loc, Mod, Desc}]}]
// where Desc is our message text (OTP gives a term for each compiler pass's format_error).

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getCompiler } from '../compiler-loader.js';
import { renderReport, type Diagnostic } from '../../compiler/diagnostics.js';
import { serializeImage, IMAGE_EXTENSION } from '../../vm/isa/image-file.js';
import { atom, Atom, ERROR, OK } from '../../vm/terms/atom.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Cons, NIL, arrayFromList, listFromArray, stringToList } from '../../vm/terms/list.js';
import { binFromBytes } from '../../vm/terms/binary.js';
import { writeTerm } from '../../vm/terms/format.js';
import type { Process } from '../../vm/process.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import { fileName } from './code.js';

interface Options {
  outdir: string;
  binary: boolean;
  reportErrors: boolean;
  reportWarnings: boolean;
  returnErrors: boolean;
  returnWarnings: boolean;
  warningsAsErrors: boolean;
  includePaths: string[];
  defines: Record<string, string>;
}

/** compile:file/1's defaults: [verbose, report_errors, report_warnings]. */
const DEFAULT_OPTIONS = listFromArray([atom('verbose'), atom('report_errors'), atom('report_warnings')]);

function parseOptions(list: unknown): Options | null {
  const items = arrayFromList(list instanceof Cons || list === NIL ? list : listFromArray([list]));
  if (items === undefined) return null;
  const o: Options = {
    outdir: '.', binary: false, reportErrors: false, reportWarnings: false, returnErrors: false,
    returnWarnings: false, warningsAsErrors: false, includePaths: [], defines: {},
  };
  for (const it of items) {
    if (it instanceof Atom) {
      switch (it.name) {
        case 'binary': o.binary = true; break;
        case 'report': o.reportErrors = o.reportWarnings = true; break;
        case 'report_errors': o.reportErrors = true; break;
        case 'report_warnings': o.reportWarnings = true; break;
        case 'return': o.returnErrors = o.returnWarnings = true; break;
        case 'return_errors': o.returnErrors = true; break;
        case 'return_warnings': o.returnWarnings = true; break;
        case 'warnings_as_errors': o.warningsAsErrors = true; break;
        default: break; // OTP ignores options it does not know
      }
    } else if (it instanceof Tuple && it.elements[0] instanceof Atom) {
      const [k, a, b] = it.elements;
      const key = (k as Atom).name;
      if (key === 'outdir' && it.elements.length === 2) {
        const d = fileName(a);
        if (d === null) return null;
        o.outdir = d;
      } else if (key === 'i' && it.elements.length === 2) {
        const d = fileName(a);
        if (d === null) return null;
        o.includePaths.push(d);
      } else if (key === 'd' && a instanceof Atom) {
        o.defines[a.name] = it.elements.length === 3 ? writeTerm(b) : 'true';
      }
    }
  }
  return o;
}

/** [{File, [{{Line, Col}, erl_lint, Message}]}], or [] when there are none. */
function diagnosticsTerm(file: string, ds: Diagnostic[]): unknown {
  if (ds.length === 0) return NIL;
  const infos = ds.map((d) =>
    new Tuple([d.line > 0 ? new Tuple([d.line, d.col]) : atom('none'), atom(d.phase === 0 ? 'erl_parse' : 'erl_lint'), stringToList(d.message)]),
  );
  return listFromArray([new Tuple([stringToList(file), listFromArray(infos)])]);
}

function print(p: Process, text: string): void {
  if (text !== '') p.runtime.stdout.putChars(Array.from(text, (c) => c.codePointAt(0)!));
}

function file_2(p: Process, f: unknown, opts: unknown): unknown {
  const name = fileName(f);
  const o = parseOptions(opts);
  if (name === null || o === null) return badarg(p);
  const file = name.endsWith('.erl') ? name : name + '.erl';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    if (o.reportErrors) print(p, `${file}: no such file or directory\n`);
    if (!o.returnErrors) return ERROR;
    const info = new Tuple([atom('none'), atom('compile'), new Tuple([atom('epp'), atom('enoent')])]);
    return new Tuple([ERROR, listFromArray([new Tuple([stringToList(file), listFromArray([info])])]), NIL]);
  }
  const { image, diagnostics } = getCompiler().compileSource(text, file, { includePaths: o.includePaths, defines: o.defines });
  let errors = diagnostics.filter((d) => d.severity === 'error');
  let warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (o.warningsAsErrors && warnings.length > 0) {
    errors = [...errors, ...warnings.map((w) => ({ ...w, severity: 'error' as const }))];
    warnings = [];
  }
  const reported = [...(o.reportErrors ? errors : []), ...(o.reportWarnings ? warnings : [])];
  print(p, renderReport(reported, text));
  if (image === null || errors.length > 0) {
    return o.returnErrors ? new Tuple([ERROR, diagnosticsTerm(file, errors), diagnosticsTerm(file, warnings)]) : ERROR;
  }
  const mod = atom(image.module);
  const bytes = serializeImage(image);
  let result: unknown[];
  if (o.binary) {
    result = [OK, mod, binFromBytes(new TextEncoder().encode(bytes))];
  } else {
    const out = join(o.outdir, basename(file, '.erl') + IMAGE_EXTENSION);
    try {
      writeFileSync(out, bytes);
    } catch {
      if (o.reportErrors) print(p, `${out}: no such file or directory\n`);
      return o.returnErrors ? new Tuple([ERROR, NIL, NIL]) : ERROR;
    }
    result = [OK, mod];
  }
  if (o.returnWarnings) result.push(diagnosticsTerm(file, warnings));
  return new Tuple(result);
}

export const bifs: BifTable = {
  'compile:file/1': (p: Process, f: unknown) => file_2(p, f, DEFAULT_OPTIONS),
  'compile:file/2': file_2,
};
