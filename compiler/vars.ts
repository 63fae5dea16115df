// Variable sets of AST fragments: which variables a pattern binds, and which a piece of code
// references, the way the code generator needs them (fun and comprehension bodies are separate
// functions, so `collectClauseVars` does not look inside them).

import type { Clause, Expr, Qualifier } from './ast.js';

/** Calls `visit` on every variable node in `e` (patterns and expressions alike). */
export function forEachVar(e: Expr, visit: (name: string, e: Expr) => void, intoFuns: boolean): void {
  const stack: unknown[] = [e];
  while (stack.length) {
    const n = stack.pop() as any;
    if (n === null || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      for (const x of n) stack.push(x);
      continue;
    }
    if (n.kind === 'var') {
      if (n.name !== '_') visit(n.name, n);
      continue;
    }
    if (!intoFuns && (n.kind === 'fun' || n.kind === 'lc' || n.kind === 'bc')) continue;
    for (const key in n) {
      if (key === 'loc') continue;
      const v = n[key];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
}

/** Names of all variables in `e`, in first-seen order. */
export function varsOf(e: Expr | Expr[] | Clause | Qualifier, intoFuns = true): string[] {
  const seen = new Set<string>();
  forEachVar(e as Expr, (name) => seen.add(name), intoFuns);
  return [...seen];
}
