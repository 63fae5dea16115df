// Shell expressions printed back as erl_pp:exprs/1 prints them, for h(): operators with spaces
// and the parentheses precedence needs, clause constructs (case, if, receive, fun, try) broken
// over lines with erl_pp's indentation (4 per level, `fun` clauses after the keyword), bodies of
// several expressions one per line, andalso/orelse one operand per line.
//
// Not erl_pp's full layout: lines longer than erl_pp's 72 columns are not broken (erl_pp breaks
// long calls, lists and tuples); everything else follows it.

import type { CatchClause, Clause, Expr, Qualifier } from '../../compiler/ast.js';
import { atom } from '../../vm/terms/atom.js';
import { writeAtom, writeString, writeTerm, type Encoding } from '../../vm/terms/format.js';
import { ErlFloat } from '../../vm/terms/float.js';

const LINE_WIDTH = 72;

/** erl_parse's inop_prec: [left, operator, right]. */
const INFIX: Record<string, [number, number, number]> = {
  '=': [150, 100, 100], '!': [150, 100, 100], orelse: [160, 150, 150], andalso: [200, 160, 160],
  '==': [300, 200, 300], '/=': [300, 200, 300], '=<': [300, 200, 300], '<': [300, 200, 300],
  '>=': [300, 200, 300], '>': [300, 200, 300], '=:=': [300, 200, 300], '=/=': [300, 200, 300],
  '++': [400, 300, 300], '--': [400, 300, 300],
  '+': [400, 400, 500], '-': [400, 400, 500], bor: [400, 400, 500], bxor: [400, 400, 500],
  bsl: [400, 400, 500], bsr: [400, 400, 500], or: [400, 400, 500], xor: [400, 400, 500],
  '*': [500, 500, 600], '/': [500, 500, 600], div: [500, 500, 600], rem: [500, 500, 600],
  band: [500, 500, 600], and: [500, 500, 600],
};

const pad = (n: number): string => ' '.repeat(Math.max(0, n));
const multi = (s: string): boolean => s.includes('\n');

export class ErlPP {
  constructor(private readonly enc: Encoding) {}

  /** A command's expressions starting at column `col`: on one line when they fit, else one a line. */
  exprs(es: Expr[], col: number): string {
    const parts = es.map((e) => this.expr(e, col, 0));
    const line = parts.join(', ');
    if (!parts.some(multi) && col + line.length <= LINE_WIDTH) return line;
    return parts.join(',\n' + pad(col));
  }

  private paren(s: string, p: number, prec: number): string {
    return p < prec ? `(${s})` : s;
  }

  private atom(name: string): string {
    return writeAtom(atom(name), this.enc);
  }

  private list(es: Expr[], col: number): string {
    const out: string[] = [];
    let c = col;
    for (const e of es) {
      const s = this.expr(e, c, 0);
      out.push(s);
      c += s.length + 2;
    }
    return out.join(', ');
  }

  /** A body: one expression inline, several one a line (erl_pp's prefer_nl). */
  private body(es: Expr[], col: number): string {
    return es.map((e) => this.expr(e, col, 0)).join(',\n' + pad(col));
  }

  private guard(g: Expr[][], col: number): string {
    return g.map((alt) => alt.map((t) => this.expr(t, col, 0)).join(', ')).join('; ');
  }

  /** `Head ->` then the body on the next line, 4 further in. */
  private clause(head: string, guards: Expr[][], body: Expr[], col: number): string {
    const g = guards.length === 0 ? '' : ' when ' + this.guard(guards, col + head.length + 6);
    return `${head}${g} ->\n${pad(col + 4)}${this.body(body, col + 4)}`;
  }

  private crClauses(cs: Clause[], col: number): string {
    return cs.map((c) => this.clause(this.expr(c.patterns[0], col, 0), c.guards, c.body, col)).join(';\n' + pad(col));
  }

  private ifClauses(cs: Clause[], col: number): string {
    return cs.map((c) => this.clause(this.guard(c.guards, col), [], c.body, col)).join(';\n' + pad(col));
  }

  private funClauses(cs: Clause[], name: string | null, col: number): string {
    return cs
      .map((c) => this.clause(`${name ?? ''}(${this.list(c.patterns, col + (name?.length ?? 0) + 1)})`, c.guards, c.body, col))
      .join(';\n' + pad(col));
  }

  private catchClauses(cs: CatchClause[], col: number): string {
    return cs
      .map((c) => {
        let head = this.expr(c.pattern, col, 0);
        head = `${c.class === null ? 'throw' : this.expr(c.class, col, 0)}:${head}`;
        if (c.stack !== null) head = `${head}:${c.stack.name}`;
        return this.clause(head, c.guards, c.body, col);
      })
      .join(';\n' + pad(col));
  }

  private qualifier(q: Qualifier, col: number): string {
    if (q.kind === 'filter') return this.expr(q.expr, col, 0);
    const p = this.expr(q.pattern, col, 0);
    return `${p} ${q.kind === 'generate' ? '<-' : '<='} ${this.expr(q.expr, col + p.length + 4, 0)}`;
  }

  expr(e: Expr, col: number, prec: number): string {
    switch (e.kind) {
      case 'integer':
        return e.value.toString();
      case 'float':
        return writeTerm(new ErlFloat(e.value));
      case 'atom':
        return this.atom(e.name);
      case 'string':
        return writeString([...e.value].map((c) => c.codePointAt(0)!), this.enc);
      case 'var':
        return e.name;
      case 'nil':
        return '[]';
      case 'cons': {
        const heads: Expr[] = [];
        let t: Expr = e;
        for (; t.kind === 'cons'; t = t.tail) heads.push(t.head);
        const h = this.list(heads, col + 1);
        return t.kind === 'nil' ? `[${h}]` : `[${h} | ${this.expr(t, col + h.length + 4, 0)}]`;
      }
      case 'tuple':
        return `{${this.list(e.elements, col + 1)}}`;
      case 'map': {
        const base = e.base === null ? '' : this.expr(e.base, col, 800);
        const fields = e.fields.map((f) => `${this.expr(f.key, col, 0)} ${f.op} ${this.expr(f.value, col, 0)}`);
        return this.paren(`${base}#{${fields.join(', ')}}`, 800, prec);
      }
      case 'record': {
        const base = e.base === null ? '' : this.expr(e.base, col, 800);
        const fields = e.fields.map((f) => `${this.atom(f.name)} = ${this.expr(f.value, col, 0)}`);
        return this.paren(`${base}#${this.atom(e.name)}{${fields.join(', ')}}`, 800, prec);
      }
      case 'record_field':
        return this.paren(`${this.expr(e.expr, col, 800)}#${this.atom(e.record)}.${this.atom(e.field)}`, 800, prec);
      case 'record_index':
        return this.paren(`#${this.atom(e.record)}.${this.atom(e.field)}`, 700, prec);
      case 'bin':
        return `<<${e.segments
          .map((s) => {
            let out = this.expr(s.value, col, 900);
            if (s.size !== null) out += ':' + this.expr(s.size, col, 900);
            if (s.types.length > 0) out += '/' + s.types.map((t) => (t.value === null ? t.name : `${t.name}:${t.value}`)).join('-');
            return out;
          })
          .join(',')}>>`;
      case 'binop': {
        const [l, p, r] = INFIX[e.op];
        const left = this.expr(e.left, col, l);
        if (e.op === 'andalso' || e.op === 'orelse') {
          return this.paren(`${left}\n${pad(col)}${e.op}\n${pad(col)}${this.expr(e.right, col, r)}`, p, prec);
        }
        const s = `${left} ${e.op} ${this.expr(e.right, col + left.length + e.op.length + 2, r)}`;
        return this.paren(s, p, prec);
      }
      case 'unop': {
        const op = e.op === '-' || e.op === '+' ? e.op : `${e.op} `;
        return this.paren(op + this.expr(e.operand, col + op.length, 700), 600, prec);
      }
      case 'match': {
        const p = this.expr(e.pattern, col, 150);
        const inline = this.expr(e.value, col + p.length + 3, 100);
        let s: string;
        if ((!multi(inline) && col + p.length + 3 + inline.length <= LINE_WIDTH) || p.length + 2 < 4) s = `${p} = ${inline}`;
        else s = `${p} =\n${pad(col + 4)}${this.expr(e.value, col + 4, 100)}`;
        return this.paren(s, 100, prec);
      }
      case 'call': {
        let f: string;
        if (e.module !== null) f = `${this.expr(e.module, col, 900)}:${this.expr(e.fun, col, 900)}`;
        else f = this.expr(e.fun, col, 800);
        return this.paren(`${f}(${this.list(e.args, col + f.length + 1)})`, 800, prec);
      }
      case 'case':
        return `case ${this.expr(e.expr, col + 5, 0)} of\n${pad(col + 4)}${this.crClauses(e.clauses, col + 4)}\n${pad(col)}end`;
      case 'if':
        return `if\n${pad(col + 4)}${this.ifClauses(e.clauses, col + 4)}\n${pad(col)}end`;
      case 'receive': {
        if (e.clauses.length === 0 && e.after !== null) {
          const one = `receive after ${this.expr(e.after.timeout, col, 0)} -> ${this.body(e.after.body, col)} end`;
          if (!multi(one) && col + one.length <= LINE_WIDTH) return one;
        }
        let s = 'receive';
        if (e.clauses.length > 0) s += `\n${pad(col + 4)}${this.crClauses(e.clauses, col + 4)}`;
        if (e.after !== null) s += `\n${pad(col)}after\n${pad(col + 4)}${this.afterClause(e.after.timeout, e.after.body, col + 4)}`;
        return `${s}\n${pad(col)}end`;
      }
      case 'try': {
        let s: string;
        const single = e.body.length === 1 ? this.expr(e.body[0], col + 4, 0) : null;
        if (single !== null && !multi(single)) s = `try ${single}`;
        else s = `try\n${pad(col + 4)}${this.body(e.body, col + 4)}`;
        if (e.ofClauses.length > 0) {
          s = single !== null && !multi(single) ? `${s} of` : `${s}\n${pad(col)}of`;
          s += `\n${pad(col + 4)}${this.crClauses(e.ofClauses, col + 4)}`;
        }
        if (e.catchClauses.length > 0) s += `\n${pad(col)}catch\n${pad(col + 4)}${this.catchClauses(e.catchClauses, col + 4)}`;
        if (e.after.length > 0) s += `\n${pad(col)}after\n${pad(col + 4)}${this.body(e.after, col + 4)}`;
        return `${s}\n${pad(col)}end`;
      }
      case 'catch':
        return this.paren(`catch ${this.expr(e.expr, col + 6, 100)}`, 700, prec);
      case 'block': {
        if (e.body.length === 1) {
          const one = `begin ${this.expr(e.body[0], col + 6, 0)} end`;
          if (!multi(one) && col + one.length <= LINE_WIDTH) return one;
        }
        return `begin\n${pad(col + 4)}${this.body(e.body, col + 4)}\n${pad(col)}end`;
      }
      case 'fun': {
        const kw = e.name === null ? 'fun' : 'fun ';
        return `${kw}${this.funClauses(e.clauses, e.name, col + kw.length)}\n${pad(col)}end`;
      }
      case 'fun_ref': {
        const fa = `${this.expr(e.name, col, 0)}/${this.expr(e.arity, col, 0)}`;
        return e.module === null ? `fun ${fa}` : `fun ${this.expr(e.module, col, 0)}:${fa}`;
      }
      case 'lc':
      case 'bc': {
        const [open, close] = e.kind === 'lc' ? ['[', ']'] : ['<<', '>>'];
        const t = this.expr(e.template, col + open.length, 0);
        const qs = e.qualifiers.map((q) => this.qualifier(q, col + open.length + 4));
        return `${open} \n${pad(col + 1)}${t} ||\n${pad(col + 5)}${qs.join(',\n' + pad(col + 5))}\n${pad(col)}${close}`;
      }
    }
  }

  private afterClause(timeout: Expr, body: Expr[], col: number): string {
    const t = this.expr(timeout, col, 0);
    const one = `${t} -> ${this.body(body, col + t.length + 4)}`;
    if (body.length === 1 && !multi(one) && col + one.length <= LINE_WIDTH) return one;
    return `${t} ->\n${pad(col + 4)}${this.body(body, col + 4)}`;
  }
}
