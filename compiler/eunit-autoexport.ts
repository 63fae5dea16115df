// The effect of OTP's eunit_autoexport parse transform, which eunit.hrl requests with
// -compile({parse_transform, eunit_autoexport}): every *_test/0 and *_test_/0 function is exported,
// and test() -> eunit:test(?MODULE) is added unless the module defines test/0 itself.
// No other parse transform is supported; compile.ts asks this file whether one is requested.

import type { Expr, FunctionForm } from './ast.js';

/** True if a -compile option list contains {parse_transform, eunit_autoexport}. */
export function requestsEunitAutoexport(options: Expr): boolean {
  if (options.kind === 'cons') return requestsEunitAutoexport(options.head) || requestsEunitAutoexport(options.tail);
  if (options.kind !== 'tuple' || options.elements.length !== 2) return false;
  const [k, v] = options.elements;
  return k.kind === 'atom' && k.name === 'parse_transform' && v.kind === 'atom' && v.name === 'eunit_autoexport';
}

/** Names name/arity of the functions to export; adds the generated test/0 to `functions`. */
export function eunitAutoexport(module: string, functions: FunctionForm[]): string[] {
  const out: string[] = [];
  for (const f of functions) {
    if (f.arity === 0 && (f.name.endsWith('_test') || f.name.endsWith('_test_'))) out.push(`${f.name}/0`);
  }
  if (!functions.some((f) => f.name === 'test' && f.arity === 0)) {
    const loc = functions.length > 0 ? functions[functions.length - 1].loc : { line: 0, col: 0 };
    const a = (name: string): Expr => ({ kind: 'atom', loc, name });
    const body: Expr = { kind: 'call', loc, module: a('eunit'), fun: a('test'), args: [a(module)] };
    functions.push({ kind: 'function', loc, name: 'test', arity: 0, clauses: [{ loc, patterns: [], guards: [], body: [body] }] });
    out.push('test/0');
  }
  return out;
}
