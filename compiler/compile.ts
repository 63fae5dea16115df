// The compiler's entry point: source text -> parse -> module-level checks -> code generation ->
// a loadable ModuleImage, with every diagnostic collected on the way. Never throws for a bad
// program: errors come back as diagnostics.

import type { Clause, Expr, FunctionForm, ModuleAst } from './ast.js';
import { DiagnosticSink, type Diagnostic } from './diagnostics.js';
import { parseModule } from './parse.js';
import { ModuleContext } from './module-context.js';
import { Label } from './emit.js';
import { FnCompiler } from './codegen.js';
import { constTerm } from './constants.js';
import { eunitAutoexport, requestsEunitAutoexport } from './eunit-autoexport.js';
import type { ModuleImage } from '../vm/isa/image.js';

export interface CompileOptions {
  includePaths?: string[];
  /** Predefined macros, as erlc -D. */
  defines?: Record<string, string>;
}

export interface CompileResult {
  image: ModuleImage | null;
  diagnostics: Diagnostic[];
}

export function compileSource(source: string, file: string, opts: CompileOptions = {}): CompileResult {
  const parsed = parseModule(source, file, { includePaths: opts.includePaths, defines: opts.defines });
  // Like erlc, check what did parse even after a syntax error: that reports exports of functions
  // whose definition failed to parse, unused functions, and the rest.
  const result = compileAst(parsed.ast, file);
  const diagnostics = [...parsed.diagnostics, ...result.diagnostics];
  const failed = parsed.diagnostics.some((d) => d.severity === 'error');
  return { image: failed ? null : result.image, diagnostics };
}

export function compileAst(ast: ModuleAst, file: string): CompileResult {
  const diags = new DiagnosticSink(file, 1);
  const modForm = ast.forms.find((f) => f.kind === 'module');
  if (modForm === undefined || modForm.kind !== 'module') {
    diags.error({ line: 0, col: 0 }, 'no module definition');
    return { image: null, diagnostics: diags.items };
  }
  const mod = new ModuleContext(modForm.name, file, diags);
  const functions: FunctionForm[] = [];
  const exported = new Set<string>();
  const exportLocs = new Map<string, { line: number; col: number }>();
  let exportAll = false;
  let eunit = false;
  const attributes: [string, unknown][] = [];

  for (const f of ast.forms) {
    switch (f.kind) {
      case 'export':
        for (const fn of f.funs) {
          exported.add(`${fn.name}/${fn.arity}`);
          if (!exportLocs.has(`${fn.name}/${fn.arity}`)) exportLocs.set(`${fn.name}/${fn.arity}`, f.loc);
        }
        break;
      case 'import':
        for (const fn of f.funs) mod.imports.set(`${fn.name}/${fn.arity}`, f.module);
        break;
      case 'compile': {
        const flat = flattenOptions(constTerm(f.options));
        if (flat.includes('export_all')) {
          exportAll = true;
          diags.warning(f.loc, 'export_all flag enabled - all functions will be exported');
        }
        for (const na of noAutoImports(f.options)) mod.noAutoImport.add(na);
        if (requestsEunitAutoexport(f.options)) eunit = true;
        break;
      }
      case 'record':
        if (mod.records.has(f.name)) diags.error(f.loc, `record ${f.name} already defined`);
        mod.records.set(f.name, { name: f.name, fields: f.fields, loc: f.loc });
        break;
      case 'attribute':
        if (f.value !== null && ['vsn', 'behaviour', 'behavior', 'author'].includes(f.name)) {
          const v = constTerm(f.value);
          if (v !== undefined) attributes.push([f.name === 'behavior' ? 'behaviour' : f.name, v]);
        }
        break;
      case 'function': {
        const key = `${f.name}/${f.arity}`;
        if (mod.localFuns.has(key)) {
          diags.error(f.loc, `function ${key} already defined`);
          break;
        }
        mod.localFuns.set(key, new Label());
        functions.push(f);
        break;
      }
    }
  }

  if (eunit) {
    for (const key of eunitAutoexport(mod.name, functions)) {
      exported.add(key);
      if (!mod.localFuns.has(key)) mod.localFuns.set(key, new Label());
    }
  }
  // module_info/0,1 are generated for every module, as by erlc.
  for (const f of moduleInfoFunctions(mod.name, modForm.loc)) {
    mod.localFuns.set(`${f.name}/${f.arity}`, new Label());
    functions.push(f);
    exported.add(`${f.name}/${f.arity}`);
  }
  for (const [key, loc] of exportLocs) {
    if (!mod.localFuns.has(key)) diags.error(loc, `function ${key} undefined`);
  }

  for (const f of functions) {
    mod.jobs.push({
      name: f.name, arity: f.arity, label: mod.localFuns.get(`${f.name}/${f.arity}`)!, clauses: f.clauses,
      env: [], selfName: null, lambdaIndex: -1, owner: `${f.name}/${f.arity}`, userVars: null,
    });
  }
  // Jobs grow while compiling: lambdas and comprehension bodies are queued by their parents.
  for (let i = 0; i < mod.jobs.length; i++) {
    const fc = new FnCompiler(mod, mod.jobs[i]);
    fc.compile();
  }
  for (const [index, label] of mod.funRefLabels) mod.asm.lambdas[index].pc = label.pc;

  for (const f of functions) {
    const key = `${f.name}/${f.arity}`;
    if (!exportAll && !exported.has(key) && !mod.calledLocals.has(key)) diags.warning(f.loc, `function ${key} is unused`);
  }
  if (diags.hasErrors()) return { image: null, diagnostics: diags.items };

  const exports: [string, number, number][] = [];
  for (const f of functions) {
    const key = `${f.name}/${f.arity}`;
    if (exportAll || exported.has(key)) exports.push([f.name, f.arity, mod.localFuns.get(key)!.pc]);
  }
  const image = mod.asm.finish(mod.name, file, exports, mod.maxFrame, attributes);
  return { image, diagnostics: diags.items };
}

function flattenOptions(t: unknown): string[] {
  const out: string[] = [];
  const visit = (x: unknown): void => {
    if (x && typeof x === 'object' && 'name' in x && typeof (x as { name: unknown }).name === 'string') out.push((x as { name: string }).name);
    else if (x && typeof x === 'object' && 'hd' in x && 'tl' in x) {
      visit(x.hd);
      visit(x.tl);
    }
  };
  visit(t);
  return out;
}

/** `-compile({no_auto_import, [f/1]})`: the names listed. */
function noAutoImports(options: Expr): string[] {
  const out: string[] = [];
  const visit = (e: Expr): void => {
    if (e.kind === 'cons') {
      visit(e.head);
      visit(e.tail);
    } else if (e.kind === 'tuple' && e.elements.length === 2 && e.elements[0].kind === 'atom' && e.elements[0].name === 'no_auto_import') {
      const walk = (x: Expr): void => {
        if (x.kind === 'cons') {
          walk(x.head);
          walk(x.tail);
        } else if (x.kind === 'tuple' && x.elements.length === 2 && x.elements[0].kind === 'atom' && x.elements[1].kind === 'integer') {
          // The parser gives `f/1` in an attribute as {f, 1}, as erl_parse does.
          out.push(`${x.elements[0].name}/${x.elements[1].value}`);
        }
      };
      walk(e.elements[1]);
    }
  };
  visit(options);
  return out;
}

function moduleInfoFunctions(module: string, loc: { line: number; col: number }): FunctionForm[] {
  const a = (name: string): Expr => ({ kind: 'atom', loc, name });
  const call = (args: Expr[]): Expr => ({ kind: 'call', loc, module: a('erlang'), fun: a('get_module_info'), args });
  const x: Expr = { kind: 'var', loc, name: 'X' };
  const c0: Clause = { loc, patterns: [], guards: [], body: [call([a(module)])] };
  const c1: Clause = { loc, patterns: [x], guards: [], body: [call([a(module), x])] };
  return [
    { kind: 'function', loc, name: 'module_info', arity: 0, clauses: [c0] },
    { kind: 'function', loc, name: 'module_info', arity: 1, clauses: [c1] },
  ];
}

