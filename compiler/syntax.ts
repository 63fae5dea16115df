// Shared pieces of the parser that are plain functions: syntax errors, the positions erl_parse
// gives to nodes (first_anno), operator precedence and the folding of operator sequences, and the
// head-mismatch check. No chevrotain here, so type-syntax.ts and parse.ts can use them too.

import type { IToken, TokenType } from './chevrotain.js';
import { tokenText } from './lexer.js';
import * as T from './tokens.js';
import type { BinaryOp, Clause, Expr, FunctionForm, Loc } from './ast.js';

/** A syntax error at a position, thrown out of the parser (chevrotain's own errors are separate). */
export class ErlSyntaxError {
  readonly name = 'ErlSyntaxError';
  constructor(readonly loc: Loc, readonly message: string) {}
}

/** An attribute form before parse.ts interprets it: `-name Args.` */
export interface RawAttribute { kind: 'raw_attribute'; loc: Loc; name: string; args: Expr[] }
export type ParsedForm = RawAttribute | FunctionForm;

/** Errors erl_lint would report but that the AST cannot carry (they do not stop the form). */
export interface LintError { loc: Loc; message: string }

export function locOf(tok: IToken): Loc {
  return { line: tok.startLine!, col: tok.startColumn! };
}

/** "syntax error before: X" at `tok`; chevrotain's EOF means the form ran out (see below). */
export function syntaxErrorAt(tok: IToken, tokens: IToken[]): ErlSyntaxError {
  if (tok.tokenType.name === 'EOF' || !(tok.startLine! > 0)) return endOfFormError(tokens);
  return new ErlSyntaxError(locOf(tok), 'syntax error before: ' + tokenText(tok));
}

/**
 * A form that ends without its dot: yecc reports '$end' (printed as nothing) at the last token.
 * (While parsing, chevrotain appends EOF sentinels to the token vector; they have no position.)
 */
export function endOfFormError(tokens: IToken[]): ErlSyntaxError {
  let i = tokens.length - 1;
  while (i >= 0 && !(tokens[i].startLine! > 0)) i--;
  return new ErlSyntaxError(i >= 0 ? locOf(tokens[i]) : { line: 1, col: 1 }, 'syntax error before: ');
}

// ---- erl_parse:first_anno/1 ----
// It walks the annotations of a term in erl_parse's order (a node's own, then its children's,
// left to right) while they do not increase, and returns the last one seen. With tokens in source
// order that is the leftmost token; macro expansion can reorder positions, and then only this
// exact walk gives erlc's answer. The one annotation our AST does not keep, the `:` of a remote
// call, is skipped.

/** Thrown to end the walk early. */
const STOP = { stop: true };

/** The walk's state: one shared instance (the walk never nests), so no allocation per call. */
const walk = {
  acc: { line: 0, col: 0 } as Loc,

  see(l: Loc): void {
    if (l.line < this.acc.line || (l.line === this.acc.line && l.col <= this.acc.col)) this.acc = l;
    else throw STOP;
  },

  exprs(es: Expr[]): void {
    for (const e of es) this.expr(e);
  },

  clauses(cs: Clause[]): void {
    for (const c of cs) {
      this.see(c.loc);
      this.exprs(c.patterns);
      for (const g of c.guards) this.exprs(g);
      this.exprs(c.body);
    }
  },

  expr(e: Expr): void {
    this.see(e.loc);
    switch (e.kind) {
      case 'cons': this.expr(e.head); this.expr(e.tail); return;
      case 'tuple': this.exprs(e.elements); return;
      case 'map':
        if (e.base) this.expr(e.base);
        for (const f of e.fields) {
          this.see(f.loc); this.expr(f.key); this.expr(f.value);
        }
        return;
      case 'record':
        if (e.base) this.expr(e.base);
        for (const f of e.fields) {
          this.see(f.loc); this.see(f.loc); this.expr(f.value);
        }
        return;
      case 'record_field':
        this.expr(e.expr);
        if (e.fieldLoc) this.see(e.fieldLoc);
        return;
      case 'record_index':
        if (e.fieldLoc) this.see(e.fieldLoc);
        return;
      case 'bin':
        for (const s of e.segments) {
          this.see(s.loc); this.expr(s.value);
          if (s.size) this.expr(s.size);
        }
        return;
      case 'binop': this.expr(e.left); this.expr(e.right); return;
      case 'unop': this.expr(e.operand); return;
      case 'match': this.expr(e.pattern); this.expr(e.value); return;
      case 'call':
        if (e.module) this.expr(e.module);
        this.expr(e.fun); this.exprs(e.args);
        return;
      case 'case': this.expr(e.expr); this.clauses(e.clauses); return;
      case 'if': this.clauses(e.clauses); return;
      case 'receive':
        this.clauses(e.clauses);
        if (e.after) {
          this.expr(e.after.timeout); this.exprs(e.after.body);
        }
        return;
      case 'try':
        this.exprs(e.body); this.clauses(e.ofClauses);
        for (const c of e.catchClauses) {
          this.see(c.loc); this.see(c.loc);
          if (c.class) this.expr(c.class);
          else this.see(c.loc);
          this.expr(c.pattern);
          if (c.stack) this.expr(c.stack);
          for (const g of c.guards) this.exprs(g);
          this.exprs(c.body);
        }
        this.exprs(e.after);
        return;
      case 'catch': this.expr(e.expr); return;
      case 'block': this.exprs(e.body); return;
      case 'fun': this.clauses(e.clauses); return;
      case 'fun_ref':
        // `fun f/1` keeps bare name and arity in erl_parse; only the remote form has nodes.
        if (e.module) {
          this.expr(e.module); this.expr(e.name); this.expr(e.arity);
        }
        return;
      case 'lc': case 'bc':
        this.expr(e.template);
        for (const q of e.qualifiers) {
          if (q.kind === 'filter') {
            this.expr(q.expr);
          } else {
            this.see(q.loc); this.expr(q.pattern); this.expr(q.expr);
          }
        }
        return;
      default:
        return;
    }
  },
};

/** erl_parse's first_anno of an expression. */
export function firstLoc(e: Expr): Loc {
  walk.acc = e.loc;
  try {
    walk.expr(e);
  } catch (x) {
    if (x !== STOP) throw x;
  }
  return walk.acc;
}

/** first_anno of a node at `own` whose children are `a` and `b` (a remote call: `:` and M, F). */
export function firstAnno(own: Loc, a: Expr, b: Expr): Loc {
  walk.acc = own;
  try {
    walk.expr(a);
    walk.expr(b);
  } catch (x) {
    if (x !== STOP) throw x;
  }
  return walk.acc;
}

// ---- Operators ----

/** Binary operator precedences from erl_parse.yrl. Right-associative levels: 100, 150, 160, 300. */
export const PREC = new Map<TokenType, number>([
  [T.Match, 100], [T.Bang, 100], [T.Orelse, 150], [T.Andalso, 160],
  [T.EqEq, 200], [T.SlashEq, 200], [T.EqLt, 200], [T.Lt, 200], [T.GtEq, 200], [T.Gt, 200],
  [T.EqColonEq, 200], [T.EqSlashEq, 200],
  [T.PlusPlus, 300], [T.MinusMinus, 300],
  [T.Plus, 400], [T.Minus, 400], [T.Bor, 400], [T.Bxor, 400], [T.Bsl, 400], [T.Bsr, 400], [T.Or, 400], [T.Xor, 400],
  [T.Slash, 500], [T.Star, 500], [T.Div, 500], [T.Rem, 500], [T.Band, 500], [T.And, 500],
]);
/** The comparison level, which does not associate. */
export const COMPARISON = 200;
const isRightAssoc = (p: number): boolean => p === 100 || p === 150 || p === 160 || p === 300;
/** Operators not allowed between the operands of a pattern (pat_expr). */
export const NOT_IN_PATTERNS = new Set<TokenType>([T.Bang, T.Andalso, T.Orelse]);

export function unop(op: IToken, operand: Expr): Expr {
  return { kind: 'unop', loc: locOf(op), op: op.tokenType.name as '-' | '+' | 'not' | 'bnot', operand };
}

/** Folds `operands[0] ops[0] operands[1] ...` by precedence (the parser already checked them). */
export function climb(operands: Expr[], ops: IToken[]): Expr {
  let i = 0;
  let k = 0;
  const level = (minPrec: number): Expr => {
    let lhs = operands[i++];
    while (k < ops.length) {
      const op = ops[k];
      const p = PREC.get(op.tokenType)!;
      if (p < minPrec) break;
      k++;
      const rhs = level(isRightAssoc(p) ? p : p + 1);
      lhs = op.tokenType === T.Match
        ? { kind: 'match', loc: firstLoc(lhs), pattern: lhs, value: rhs }
        : { kind: 'binop', loc: locOf(op), op: op.tokenType.name as BinaryOp, left: lhs, right: rhs };
    }
    return lhs;
  };
  return level(0);
}

/** erl_parse's check_clauses: every clause has the first one's name and arity. */
export function checkHeads(clauses: Array<{ name: string; clause: Clause }>): void {
  const { name, clause } = clauses[0];
  const arity = clause.patterns.length;
  for (const c of clauses) {
    if (c.name !== name || c.clause.patterns.length !== arity) throw new ErlSyntaxError(c.clause.loc, 'head mismatch');
  }
}
