// Test helper: prints AST nodes as compact s-expressions, so parser tests can state the expected
// tree in one line, e.g. `1 + 2 * 3` -> `(+ 1 (* 2 3))`. Locations are left out.

import type { Clause, Expr, Form, Guard } from '../../../compiler/ast.js';

export function sexpr(e: Expr): string {
  switch (e.kind) {
    case 'integer': return String(e.value);
    case 'float': return e.value.toString().includes('.') || e.value.toString().includes('e') ? String(e.value) : `${e.value}.0`;
    case 'atom': return `'${e.name}'`;
    case 'string': return JSON.stringify(e.value);
    case 'var': return e.name;
    case 'nil': return '[]';
    case 'cons': return `(cons ${sexpr(e.head)} ${sexpr(e.tail)})`;
    case 'tuple': return `{${e.elements.map(sexpr).join(' ')}}`;
    case 'map':
      return `(map${e.base ? ' ' + sexpr(e.base) : ''}${e.fields.map((f) => ` (${sexpr(f.key)} ${f.op} ${sexpr(f.value)})`).join('')})`;
    case 'record':
      return `(record${e.base ? ' ' + sexpr(e.base) : ''} ${e.name}${e.fields.map((f) => ` (${f.name} ${sexpr(f.value)})`).join('')})`;
    case 'record_field': return `(field ${sexpr(e.expr)} ${e.record} ${e.field})`;
    case 'record_index': return `(index ${e.record} ${e.field})`;
    case 'bin':
      return `(bin${e.segments.map((s) => ` (${sexpr(s.value)} ${s.size ? sexpr(s.size) : '_'} ${s.types.map((t) => (t.value === null ? t.name : `${t.name}:${t.value}`)).join('-') || '_'})`).join('')})`;
    case 'binop': return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'unop': return `(${e.op} ${sexpr(e.operand)})`;
    case 'match': return `(= ${sexpr(e.pattern)} ${sexpr(e.value)})`;
    case 'call':
      return `(call ${e.module ? sexpr(e.module) + ':' : ''}${sexpr(e.fun)}${e.args.map((a) => ' ' + sexpr(a)).join('')})`;
    case 'case': return `(case ${sexpr(e.expr)}${e.clauses.map((c) => ' ' + clause(c)).join('')})`;
    case 'if': return `(if${e.clauses.map((c) => ' ' + clause(c)).join('')})`;
    case 'receive':
      return `(receive${e.clauses.map((c) => ' ' + clause(c)).join('')}${e.after ? ` (after ${sexpr(e.after.timeout)} ${body(e.after.body)})` : ''})`;
    case 'try':
      return `(try ${body(e.body)}${e.ofClauses.length ? ` (of${e.ofClauses.map((c) => ' ' + clause(c)).join('')})` : ''}` +
        `${e.catchClauses.length ? ` (catch${e.catchClauses.map((c) => ` [${c.class ? sexpr(c.class) : '_'}:${sexpr(c.pattern)}:${c.stack ? c.stack.name : '_'}${guard(c.guards)} -> ${body(c.body)}]`).join('')})` : ''}` +
        `${e.after.length ? ` (after ${body(e.after)})` : ''})`;
    case 'catch': return `(catch ${sexpr(e.expr)})`;
    case 'block': return `(begin ${body(e.body)})`;
    case 'fun': return `(fun${e.name ? ' ' + e.name : ''}${e.clauses.map((c) => ' ' + clause(c)).join('')})`;
    case 'fun_ref': return `(fun ${e.module ? sexpr(e.module) + ':' : ''}${sexpr(e.name)}/${sexpr(e.arity)})`;
    case 'lc': case 'bc':
      return `(${e.kind} ${sexpr(e.template)}${e.qualifiers.map((q) => (q.kind === 'filter' ? ` ${sexpr(q.expr)}` : ` (${sexpr(q.pattern)} ${q.kind === 'generate' ? '<-' : '<='} ${sexpr(q.expr)})`)).join('')})`;
  }
}

function body(es: Expr[]): string {
  return es.map(sexpr).join(', ');
}

function guard(g: Guard): string {
  return g.length ? ' when ' + g.map((alt) => alt.map(sexpr).join(', ')).join('; ') : '';
}

export function clause(c: Clause): string {
  return `[${c.patterns.map(sexpr).join(' ')}${guard(c.guards)} -> ${body(c.body)}]`;
}

export function formSexpr(f: Form): string {
  switch (f.kind) {
    case 'module': return `(module ${f.name})`;
    case 'export': return `(export ${f.funs.map((x) => `${x.name}/${x.arity}`).join(' ')})`;
    case 'import': return `(import ${f.module} ${f.funs.map((x) => `${x.name}/${x.arity}`).join(' ')})`;
    case 'compile': return `(compile ${sexpr(f.options)})`;
    case 'record': return `(record ${f.name}${f.fields.map((x) => ` (${x.name}${x.default ? ' ' + sexpr(x.default) : ''})`).join('')})`;
    case 'attribute': return `(attribute ${f.name} ${f.value ? sexpr(f.value) : 'null'})`;
    case 'function': return `(function ${f.name}/${f.arity}${f.clauses.map((c) => ' ' + clause(c)).join('')})`;
  }
}
