// The grammar of erl_parse.yrl as one reusable chevrotain parser; it parses one preprocessed form
// at a time and builds AST nodes directly with embedded actions. Embedded actions rather than a
// CST and a visitor: one pass, no CST allocation, and the grammar reads next to what it builds.
// Binary operators are parsed as a flat operand/operator sequence and folded by precedence climbing
// (climb()), which keeps the grammar (and performSelfAnalysis) small. Attribute forms are only
// split into name and arguments here; parse.ts turns them into attribute nodes.
//
// Error positions must match erl_parse's, so every decision is LL(1) (see ll1.ts) and what yecc
// expresses as separate productions or precedence (pattern heads, chained record/map updates,
// nonassoc comparisons) is checked in code, failing at the token where yecc fails. One class, one
// file: chevrotain rules are fields of the parser class, so the grammar cannot be split sensibly.

import { EmbeddedActionsParser, type IOrAlt, type IToken, type TokenType } from './chevrotain.js';
import * as T from './tokens.js';
import type { Token } from './lexer.js';
import { LazyLL1Strategy } from './ll1.js';
import {
  checkHeads, climb, COMPARISON, ErlSyntaxError, firstAnno, firstLoc, locOf, NOT_IN_PATTERNS, PREC,
  syntaxErrorAt, unop, type LintError, type RawAttribute, type ParsedForm,
} from './syntax.js';
import type {
  AfterClause, BinSegment, BinTypeSpec, CatchClause, Clause, Expr, FunctionForm, Guard, Loc, MapField, Qualifier,
  RecordFieldInit, Var,
} from './ast.js';

// What a `#` suffix applies to (record suffixes chain with records, map ones with maps).
const NO_KIND = 0;
const RECORD_KIND = 1;
const MAP_KIND = 2;

// What an operand starts with; only a plain primary takes `:`, `(` or `#` suffixes.
const PRIMARY = 0;
const PREFIX = 1;
const CATCH = 2;
const HASH = 3;
const PREFIX_TYPES = new Set<TokenType>([T.Plus, T.Minus, T.Bnot, T.Not]);

// Constant ARGS objects: SUBRULE allocates nothing for them.
const EXPR_ARGS = { ARGS: [false] as [boolean] };
const PAT_ARGS = { ARGS: [true] as [boolean] };

/** Chevrotain builds message strings eagerly; ours come from the token, so skip that work. */
const quietMessages = {
  buildMismatchTokenMessage: () => '',
  buildNotAllInputParsedMessage: () => '',
  buildNoViableAltMessage: () => '',
  buildEarlyExitMessage: () => '',
};

class ErlParser extends EmbeddedActionsParser {
  lintErrors: LintError[] = [];
  /**
   * The attribute just parsed, kept when the form then fails: yecc reduces the attribute (and
   * runs build_attribute, whose errors win) before it notices a bad token after it.
   */
  lastAttribute: RawAttribute | null = null;

  /** The lookahead strategy (exposed so that tests can check nothing falls back to chevrotain's). */
  readonly lookahead: LazyLL1Strategy;

  constructor(validate: boolean) {
    const lookahead = new LazyLL1Strategy();
    super(T.ALL_TOKENS, {
      maxLookahead: 1, recoveryEnabled: false, skipValidations: !validate, errorMessageProvider: quietMessages,
      lookaheadStrategy: lookahead,
    });
    this.lookahead = lookahead;
    this.performSelfAnalysis();
  }

  // ---- Forms ----

  /** One form: an attribute or a function, then the dot. */
  form = this.RULE('form', (): ParsedForm => {
    const form = this.OR([
      { ALT: () => this.SUBRULE(this.attribute) },
      { ALT: () => this.SUBRULE(this.function) },
    ]);
    this.CONSUME(T.FormEnd);
    return form;
  });

  /**
   * `-name Expr, ...` or `-name(Expr, ...)` (attr_val). A parenthesised single value may go on as
   * an expression, `-name(a) + b`, as erl_parse's grammar allows.
   */
  attribute = this.RULE('attribute', (): RawAttribute => {
    this.CONSUME(T.Minus);
    const name = this.CONSUME(T.Atom);
    const args: Expr[] = [];
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            const first = this.SUBRULE(this.expr);
            this.OR2([
              {
                ALT: () => {
                  args.push(first);
                  this.AT_LEAST_ONE(() => {
                    this.CONSUME(T.Comma);
                    args.push(this.SUBRULE2(this.expr));
                  });
                  this.CONSUME(T.RParen);
                },
              },
              {
                ALT: () => {
                  this.CONSUME2(T.RParen);
                  args.push(this.SUBRULE(this.exprAfterParen, { ARGS: [first] }));
                  this.MANY(() => {
                    this.CONSUME2(T.Comma);
                    args.push(this.SUBRULE3(this.expr));
                  });
                },
              },
            ]);
          },
        },
        {
          ALT: () => {
            args.push(this.SUBRULE4(this.expr));
            this.MANY2(() => {
              this.CONSUME3(T.Comma);
              args.push(this.SUBRULE5(this.expr));
            });
          },
        },
      ],
    });
    return this.ACTION(() => (this.lastAttribute = { kind: 'raw_attribute', loc: locOf(name), name: name.payload as string, args }));
  });

  /** The rest of an expression whose first primary was the parenthesised `e`. */
  exprAfterParen = this.RULE('exprAfterParen', (e: Expr): Expr => {
    this.pendingBase = e;
    this.pendingKind = PRIMARY;
    const withSuffix = this.OPTION(this.suffixOpt) ?? e;
    this.pendingFirst = withSuffix;
    return this.OPTION2(this.exprTailOpt) ?? withSuffix;
  });

  /** `name(Args) when G -> Body; name(...) -> ...`; build_function's head check runs here. */
  function = this.RULE('function', (): FunctionForm => {
    const clauses: Array<{ name: string; clause: Clause }> = [];
    const first = this.CONSUME(T.Atom);
    clauses.push(this.SUBRULE(this.clauseTail, { ARGS: [first, true] }));
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      const name = this.CONSUME2(T.Atom);
      clauses.push(this.SUBRULE2(this.clauseTail, { ARGS: [name, true] }));
    });
    return this.ACTION(() => {
      checkHeads(clauses);
      return {
        kind: 'function', loc: locOf(first), name: first.payload as string,
        arity: clauses[0].clause.patterns.length, clauses: clauses.map((c) => c.clause),
      };
    });
  });

  /** `(Patterns) when Guard -> Body` after a clause's name; `named` says whose loc the clause takes. */
  clauseTail = this.RULE('clauseTail', (nameTok: IToken | null, named: boolean) => {
    const open = this.LA(1);
    const patterns = this.SUBRULE(this.patArgs);
    const guards = this.SUBRULE(this.guardOpt);
    const body = this.SUBRULE(this.body);
    return this.ACTION(() => ({
      name: nameTok ? (nameTok as Token).payload as string : 'fun',
      clause: { loc: locOf(named && nameTok ? nameTok : open), patterns, guards, body } as Clause,
    }));
  });

  /** `(P1, ..., Pn)`: a clause head (erl_parse's pat_argument_list). */
  patArgs = this.RULE('patArgs', (): Expr[] => {
    const args: Expr[] = [];
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      args.push(this.SUBRULE(this.patExpr));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        args.push(this.SUBRULE2(this.patExpr));
      });
    });
    this.CONSUME(T.RParen);
    return args;
  });

  /** `when G1; G2` where each alternative is `T1, T2`; empty when there is no guard. */
  guardOpt = this.RULE('guardOpt', (): Guard => {
    const guard: Guard = [];
    this.OPTION(() => {
      this.CONSUME(T.When);
      guard.push(this.SUBRULE(this.exprs));
      this.MANY(() => {
        this.CONSUME(T.Semicolon);
        guard.push(this.SUBRULE2(this.exprs));
      });
    });
    return guard;
  });

  body = this.RULE('body', (): Expr[] => {
    this.CONSUME(T.Arrow);
    return this.SUBRULE(this.exprs);
  });

  /** `E1, E2, ...` (bodies, arguments, tuple elements). */
  exprs = this.RULE('exprs', (): Expr[] => {
    const list = [this.SUBRULE(this.expr)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      list.push(this.SUBRULE2(this.expr));
    });
    return list;
  });

  // ---- Expressions ----
  // Hot rules (expr, operand, suffix, patOperand) avoid per-call allocation: their OR alternatives
  // are built once, and values reach cached closures through the `pending*` fields, which an
  // alternative reads before it parses anything. No rule uses GATEs: chevrotain evaluates gated
  // alternatives on a slow linear path; a disallowed alternative throws at its first token instead.

  /** Hand-offs to cached closures (read immediately, so nesting cannot clobber them). */
  private pendingFirst: Expr = undefined as never;
  private pendingBase: Expr = undefined as never;
  private pendingKind = PRIMARY;

  /** An expression: operands and binary operators, folded by precedence. */
  expr = this.RULE('expr', (): Expr => {
    // The first operand is parsed inline (as in `operand`): one rule call less per expression.
    const first = this.operandBody();
    this.pendingFirst = first;
    const folded = this.OPTION2(this.exprTailOpt);
    return folded === undefined ? first : folded;
  });

  private readonly exprTailOpt = (): Expr => this.SUBRULE(this.exprTail);
  exprTail = this.RULE('exprTail', (): Expr => this.binopTail(false, this.operand));

  /** A pattern in a clause head or catch clause (erl_parse's pat_expr). */
  patExpr = this.RULE('patExpr', (): Expr => {
    const first = this.SUBRULE(this.patOperand);
    this.pendingFirst = first;
    const folded = this.OPTION(this.patTailOpt);
    return folded === undefined ? first : folded;
  });

  private readonly patTailOpt = (): Expr => this.SUBRULE(this.patExprTail);
  patExprTail = this.RULE('patExprTail', (): Expr => this.binopTail(true, this.patOperand));

  /** `op operand ...` after `pendingFirst`; checks what yecc's precedence table rejects. */
  private binopTail(pat: boolean, operandRule: (this: ErlParser) => Expr): Expr {
    const operands = [this.pendingFirst];
    const ops: IToken[] = [];
    let comparisonOpen = false; // a comparison since the last operator binding looser than it
    this.AT_LEAST_ONE(() => {
      const op = this.CONSUME(T.BinOp);
      if (!this.RECORDING_PHASE) {
        const p = PREC.get(op.tokenType)!;
        if (pat && NOT_IN_PATTERNS.has(op.tokenType)) throw this.syntaxError(op);
        if (p === COMPARISON) {
          if (comparisonOpen) throw this.syntaxError(op); // comparisons do not associate
          comparisonOpen = true;
        } else if (p < COMPARISON) {
          comparisonOpen = false;
        }
        ops.push(op);
      }
      operands.push(this.SUBRULE(operandRule as never) as Expr);
    });
    return this.RECORDING_PHASE ? (undefined as never) : climb(operands, ops);
  }

  /**
   * An operand: prefix operators, `catch Expr`, a `#` record/map expression or a primary, then
   * the suffixes allowed after it (remote call, call, record/map access and update).
   */
  operand = this.RULE('operand', (): Expr => this.operandBody());

  /** The body of `operand`, also inlined into `expr` (its DSL calls are recorded in both rules). */
  private operandBody(): Expr {
    const t = this.LA(1).tokenType;
    const kind = t === T.Catch ? CATCH : t === T.Hash ? HASH : PREFIX_TYPES.has(t) ? PREFIX : PRIMARY;
    const e = this.OR(this.operandAlts);
    this.pendingBase = e;
    this.pendingKind = kind;
    const withSuffix = this.OPTION(this.suffixOpt);
    return withSuffix === undefined ? e : withSuffix;
  }

  private readonly suffixOpt = (): Expr => this.SUBRULE(this.suffix);

  /** Literals, brackets and keyword expressions: erl_parse's expr_max. */
  private readonly primaryAlts: Array<IOrAlt<Expr>> = [
    { ALT: () => this.token(this.CONSUME(T.Literal)) },
    { ALT: () => this.SUBRULE(this.strings) },
    { ALT: () => this.SUBRULE(this.list, EXPR_ARGS) },
    { ALT: () => this.SUBRULE(this.tuple) },
    { ALT: () => this.SUBRULE(this.binary, EXPR_ARGS) },
    { ALT: () => this.SUBRULE(this.paren) },
    { ALT: () => this.SUBRULE(this.block) },
    { ALT: () => this.SUBRULE(this.ifExpr) },
    { ALT: () => this.SUBRULE(this.caseExpr) },
    { ALT: () => this.SUBRULE(this.receiveExpr) },
    { ALT: () => this.SUBRULE(this.funExpr) },
    { ALT: () => this.SUBRULE(this.tryExpr) },
  ];

  private readonly operandAlts: Array<IOrAlt<Expr>> = [
    {
      ALT: () => {
        const op = this.CONSUME(T.PrefixOp);
        const arg = this.SUBRULE2(this.operand);
        return this.RECORDING_PHASE ? (undefined as never) : unop(op, arg);
      },
    },
    {
      ALT: () => {
        const tok = this.CONSUME(T.Catch);
        const e = this.SUBRULE2(this.expr);
        return this.RECORDING_PHASE ? (undefined as never) : { kind: 'catch', loc: locOf(tok), expr: e };
      },
    },
    {
      ALT: () => {
        const hash = this.CONSUME(T.Hash);
        const e = this.SUBRULE(this.hashTail, { ARGS: [null, NO_KIND, hash] });
        return this.SUBRULE(this.hashChain, { ARGS: [e] });
      },
    },
    ...this.primaryAlts,
  ];

  exprMax = this.RULE('exprMax', (): Expr => this.OR(this.primaryAlts));

  /** erl_parse's pat_expr_max, with the prefix operators and `#` patterns of pat_expr. */
  patOperand = this.RULE('patOperand', (): Expr => this.OR(this.patOperandAlts));

  private readonly patOperandAlts: Array<IOrAlt<Expr>> = [
    {
      ALT: () => {
        const op = this.CONSUME(T.PrefixOp);
        const arg = this.SUBRULE(this.patOperand);
        return this.RECORDING_PHASE ? (undefined as never) : unop(op, arg);
      },
    },
    {
      ALT: () => {
        const hash = this.CONSUME(T.Hash);
        return this.SUBRULE(this.hashTail, { ARGS: [null, NO_KIND, hash] });
      },
    },
    { ALT: () => this.token(this.CONSUME(T.Literal)) },
    { ALT: () => this.SUBRULE(this.strings) },
    { ALT: () => this.SUBRULE(this.list, PAT_ARGS) },
    { ALT: () => this.SUBRULE(this.tuple) },
    { ALT: () => this.SUBRULE(this.binary, PAT_ARGS) },
    {
      ALT: () => {
        this.CONSUME(T.LParen);
        const e = this.SUBRULE(this.patExpr);
        this.CONSUME(T.RParen);
        return e;
      },
    },
  ];

  paren = this.RULE('paren', (): Expr => {
    this.CONSUME(T.LParen);
    const e = this.SUBRULE(this.expr);
    this.CONSUME(T.RParen);
    return e;
  });

  block = this.RULE('block', (): Expr => {
    const tok = this.CONSUME(T.Begin);
    const body = this.SUBRULE(this.exprs);
    this.CONSUME(T.End);
    return this.RECORDING_PHASE ? (undefined as never) : { kind: 'block', loc: locOf(tok), body };
  });

  /** A literal or variable token as an expression. */
  private token(tok: IToken): Expr {
    if (this.RECORDING_PHASE) return undefined as never;
    const loc = locOf(tok);
    const v = (tok as Token).payload;
    switch (tok.tokenType) {
      case T.Var: return { kind: 'var', loc, name: v as string };
      case T.Atom: return { kind: 'atom', loc, name: v as string };
      case T.Float: return { kind: 'float', loc, value: v as number };
      default: return { kind: 'integer', loc, value: v as number | bigint };
    }
  }

  /** Adjacent string literals, joined into one (at the first one's position). */
  strings = this.RULE('strings', (): Expr => {
    const first = this.CONSUME(T.Str);
    let value = first.payload as string;
    this.MANY(() => {
      const next = this.CONSUME2(T.Str);
      value += next.payload as string;
    });
    return this.RECORDING_PHASE ? (undefined as never) : { kind: 'string', loc: locOf(first), value };
  });

  /** What may follow an operand (`pendingBase`, of kind `pendingKind`). */
  suffix = this.RULE('suffix', (): Expr => this.OR(this.suffixAlts));

  private readonly suffixAlts: Array<IOrAlt<Expr>> = [
    {
      ALT: () => {
        const base = this.pendingBase;
        const kind = this.pendingKind;
        const colon = this.CONSUME(T.Colon);
        if (!this.RECORDING_PHASE && kind !== PRIMARY) throw this.syntaxError(colon);
        const fun = this.SUBRULE(this.exprMax);
        const args = this.OPTION(this.callArgsOpt);
        if (this.RECORDING_PHASE) return undefined as never;
        // A remote without a call parses (erl_parse's expr_remote) but is no expression.
        if (args === undefined) this.lintErrors.push({ loc: firstLoc(base), message: 'illegal expression' });
        return { kind: 'call', loc: firstAnno(locOf(colon), base, fun), module: base, fun, args: args ?? [] };
      },
    },
    {
      ALT: () => {
        const base = this.pendingBase;
        const kind = this.pendingKind;
        if (!this.RECORDING_PHASE && kind !== PRIMARY) throw this.syntaxError(this.LA(1));
        const args = this.SUBRULE2(this.callArgs);
        return this.RECORDING_PHASE ? (undefined as never) : { kind: 'call', loc: firstLoc(base), module: null, fun: base, args };
      },
    },
    {
      ALT: () => {
        const base = this.pendingBase;
        const kind = this.pendingKind;
        const hash = this.CONSUME(T.Hash);
        if (!this.RECORDING_PHASE && kind !== PRIMARY) throw this.syntaxError(hash);
        const e = this.SUBRULE(this.hashTail, { ARGS: [base, NO_KIND, hash] });
        return this.SUBRULE(this.hashChain, { ARGS: [e] });
      },
    },
  ];

  private readonly callArgsOpt = (): Expr[] => this.SUBRULE(this.callArgs);

  /** Further `#...` suffixes: records chain with records, maps with maps. */
  hashChain = this.RULE('hashChain', (e: Expr): Expr => {
    let cur = e;
    this.MANY(() => {
      const hash = this.CONSUME(T.Hash);
      const kind = this.RECORDING_PHASE ? NO_KIND : cur.kind === 'map' ? MAP_KIND : RECORD_KIND;
      cur = this.SUBRULE(this.hashTail, { ARGS: [cur, kind, hash] });
    });
    return cur;
  });

  /** What follows `#`: `r.f`, `r{...}` or `{...}`; `kind` forbids mixing record and map suffixes. */
  hashTail = this.RULE('hashTail', (base: Expr | null, kind: number, hash: IToken): Expr => this.OR([
    {
      ALT: () => {
        const name = this.CONSUME(T.Atom);
        if (!this.RECORDING_PHASE && kind === MAP_KIND) throw this.syntaxError(name);
        return this.OR2([
          {
            ALT: () => {
              this.CONSUME(T.Dot);
              const field = this.CONSUME2(T.Atom);
              if (this.RECORDING_PHASE) return undefined as never;
              const record = name.payload as string;
              const f = field.payload as string;
              const fieldLoc = locOf(field);
              return base === null
                ? { kind: 'record_index', loc: locOf(hash), record, field: f, fieldLoc }
                : { kind: 'record_field', loc: locOf(hash), expr: base, record, field: f, fieldLoc };
            },
          },
          {
            ALT: () => {
              const fields = this.SUBRULE(this.recordTuple);
              if (this.RECORDING_PHASE) return undefined as never;
              const record = name.payload as string;
              for (const f of fields) {
                if (f.isVar && f.init.name !== '_') {
                  this.lintErrors.push({ loc: f.init.loc, message: `field '${f.init.name}' is not an atom or _ in record ${record}` });
                }
              }
              return { kind: 'record', loc: locOf(hash), base, name: record, fields: fields.map((f) => f.init) };
            },
          },
        ]);
      },
    },
    {
      ALT: () => {
        if (!this.RECORDING_PHASE && kind === RECORD_KIND) throw this.syntaxError(this.LA(1));
        const fields = this.SUBRULE(this.mapTuple);
        return this.RECORDING_PHASE ? (undefined as never) : { kind: 'map', loc: locOf(hash), base, fields };
      },
    },
  ]));

  /** `{f = E, ...}` of a record expression; variable field names are kept for a lint error. */
  recordTuple = this.RULE('recordTuple', () => {
    const fields: Array<{ init: RecordFieldInit; isVar: boolean }> = [];
    this.CONSUME(T.LBrace);
    this.OPTION(() => {
      fields.push(this.SUBRULE(this.recordField));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        fields.push(this.SUBRULE2(this.recordField));
      });
    });
    this.CONSUME(T.RBrace);
    return fields;
  });

  recordField = this.RULE('recordField', () => {
    const name = this.OR([
      { ALT: () => this.CONSUME(T.Atom) },
      { ALT: () => this.CONSUME(T.Var) },
    ]);
    this.CONSUME(T.Match);
    const value = this.SUBRULE(this.expr);
    return this.ACTION(() => ({
      init: { loc: locOf(name), name: (name as Token).payload as string, value },
      isVar: name.tokenType === T.Var,
    }));
  });

  /** `{K => V, K := V, ...}` of a map expression. */
  mapTuple = this.RULE('mapTuple', (): MapField[] => {
    const fields: MapField[] = [];
    this.CONSUME(T.LBrace);
    this.OPTION(() => {
      fields.push(this.SUBRULE(this.mapField));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        fields.push(this.SUBRULE2(this.mapField));
      });
    });
    this.CONSUME(T.RBrace);
    return fields;
  });

  mapField = this.RULE('mapField', (): MapField => {
    const key = this.SUBRULE(this.expr);
    const op = this.OR([
      { ALT: () => this.CONSUME(T.DArrow) },
      { ALT: () => this.CONSUME(T.ColonEq) },
    ]);
    const value = this.SUBRULE2(this.expr);
    return this.ACTION((): MapField => ({ loc: locOf(op), op: op.tokenType === T.DArrow ? '=>' : ':=', key, value }));
  });

  /** `(A1, ...)` of a call. */
  callArgs = this.RULE('callArgs', (): Expr[] => {
    this.CONSUME(T.LParen);
    const args = this.OPTION(this.exprsOpt);
    this.CONSUME(T.RParen);
    return args ?? [];
  });

  private readonly exprsOpt = (): Expr[] => this.SUBRULE(this.exprs);

  /** `[]`, `[H, ... | T]` or `[E || Qs]`; elements are full expressions even in a pattern. */
  list = this.RULE('list', (pat: boolean): Expr => {
    const open = this.CONSUME(T.LBracket);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.RBracket);
          return this.RECORDING_PHASE ? (undefined as never) : { kind: 'nil', loc: locOf(open) };
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.expr);
          return this.OR2([
            {
              ALT: () => {
                const bars = this.CONSUME(T.BarBar);
                if (!this.RECORDING_PHASE && pat) throw this.syntaxError(bars);
                const qualifiers = this.SUBRULE(this.qualifiers);
                this.CONSUME2(T.RBracket);
                return this.RECORDING_PHASE ? (undefined as never) : { kind: 'lc', loc: locOf(open), template: first, qualifiers };
              },
            },
            {
              ALT: () => {
                const elems = [first];
                let tail: Expr | null = null;
                this.MANY(() => {
                  this.CONSUME(T.Comma);
                  elems.push(this.SUBRULE2(this.expr));
                });
                this.OPTION(() => {
                  this.CONSUME(T.Bar);
                  tail = this.SUBRULE3(this.expr);
                });
                const close = this.CONSUME3(T.RBracket);
                if (this.RECORDING_PHASE) return undefined as never;
                let list: Expr = tail ?? { kind: 'nil', loc: locOf(close) };
                for (let i = elems.length - 1; i >= 0; i--) {
                  const loc = i === 0 ? locOf(open) : firstLoc(elems[i]);
                  list = { kind: 'cons', loc, head: elems[i], tail: list };
                }
                return list;
              },
            },
          ]);
        },
      },
    ]);
  });

  /** `{}` or `{E1, ...}`. */
  tuple = this.RULE('tuple', (): Expr => {
    const open = this.CONSUME(T.LBrace);
    const elements = this.OPTION(this.exprsOpt);
    this.CONSUME(T.RBrace);
    return this.RECORDING_PHASE ? (undefined as never) : { kind: 'tuple', loc: locOf(open), elements: elements ?? [] };
  });

  /** `<<Segments>>` or `<< E || Qs >>` (whose template is an expr_max). */
  binary = this.RULE('binary', (pat: boolean): Expr => {
    const open = this.CONSUME(T.BinOpen);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.BinClose);
          return this.RECORDING_PHASE ? (undefined as never) : { kind: 'bin', loc: locOf(open), segments: [] };
        },
      },
      {
        ALT: () => {
          const prefix = this.OPTION(() => this.CONSUME(T.PrefixOp));
          const value = this.SUBRULE(this.exprMax);
          return this.OR2([
            {
              ALT: () => {
                const bars = this.CONSUME(T.BarBar);
                if (!this.RECORDING_PHASE && (pat || prefix !== undefined)) throw this.syntaxError(bars);
                const qualifiers = this.SUBRULE(this.qualifiers);
                this.CONSUME2(T.BinClose);
                return this.RECORDING_PHASE ? (undefined as never) : { kind: 'bc', loc: locOf(open), template: value, qualifiers };
              },
            },
            {
              ALT: () => {
                const segments = [this.SUBRULE(this.binSegmentTail, { ARGS: [prefix, value] })];
                this.MANY(() => {
                  this.CONSUME(T.Comma);
                  const p = this.OPTION2(() => this.CONSUME2(T.PrefixOp));
                  const v = this.SUBRULE2(this.exprMax);
                  segments.push(this.SUBRULE2(this.binSegmentTail, { ARGS: [p, v] }));
                });
                this.CONSUME3(T.BinClose);
                return this.RECORDING_PHASE ? (undefined as never) : { kind: 'bin', loc: locOf(open), segments };
              },
            },
          ]);
        },
      },
    ]);
  });

  /** `:Size/Types` after a segment's value. */
  binSegmentTail = this.RULE('binSegmentTail', (prefix: IToken | undefined, value: Expr): BinSegment => {
    const size = this.OPTION(() => {
      this.CONSUME(T.Colon);
      return this.SUBRULE(this.exprMax);
    });
    const types: BinTypeSpec[] = [];
    this.OPTION2(() => {
      this.CONSUME(T.Slash);
      types.push(this.SUBRULE(this.bitType));
      this.MANY(() => {
        this.CONSUME(T.Minus);
        types.push(this.SUBRULE2(this.bitType));
      });
    });
    if (this.RECORDING_PHASE) return undefined as never;
    const v = prefix ? unop(prefix, value) : value;
    return { loc: firstLoc(v), value: v, size: size ?? null, types };
  });

  /** One word of a segment's type list: `integer`, `little`, `unit:8`. */
  bitType = this.RULE('bitType', (): BinTypeSpec => {
    const name = this.CONSUME(T.Atom);
    const value = this.OPTION(() => {
      this.CONSUME(T.Colon);
      return this.CONSUME(T.Integer);
    });
    return this.RECORDING_PHASE ? (undefined as never) : { name: name.payload as string, value: value ? Number(value.payload) : null };
  });

  qualifiers = this.RULE('qualifiers', (): Qualifier[] => {
    const list = [this.SUBRULE(this.qualifier)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      list.push(this.SUBRULE2(this.qualifier));
    });
    return list;
  });

  /** A filter, `P <- E`, or `<<...>> <= E` (whose pattern must be a bare binary). */
  qualifier = this.RULE('qualifier', (): Qualifier => {
    const start = this.LA(1);
    const e = this.SUBRULE(this.expr);
    const gen = this.OPTION(() => this.OR([
      {
        ALT: () => {
          const arrow = this.CONSUME(T.LArrow);
          const src = this.SUBRULE2(this.expr);
          return this.ACTION((): Qualifier => ({ kind: 'generate', loc: locOf(arrow), pattern: e, expr: src }));
        },
      },
      {
        ALT: () => {
          const arrow = this.CONSUME(T.LDArrow);
          if (!this.RECORDING_PHASE && (start.tokenType !== T.BinOpen || e.kind !== 'bin')) throw this.syntaxError(arrow);
          const src = this.SUBRULE3(this.expr);
          return this.ACTION((): Qualifier => ({ kind: 'bgenerate', loc: locOf(arrow), pattern: e, expr: src }));
        },
      },
    ]));
    return this.ACTION((): Qualifier => gen ?? { kind: 'filter', loc: firstLoc(e), expr: e });
  });

  /** `if G -> B; ... end`: clauses without patterns. */
  ifExpr = this.RULE('ifExpr', (): Expr => {
    const tok = this.CONSUME(T.If);
    const clauses = [this.SUBRULE(this.ifClause)];
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      clauses.push(this.SUBRULE2(this.ifClause));
    });
    this.CONSUME(T.End);
    return this.ACTION((): Expr => ({ kind: 'if', loc: locOf(tok), clauses }));
  });

  ifClause = this.RULE('ifClause', (): Clause => {
    const guards: Guard = [this.SUBRULE(this.exprs)];
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      guards.push(this.SUBRULE2(this.exprs));
    });
    const body = this.SUBRULE(this.body);
    return this.ACTION(() => ({ loc: firstLoc(guards[0][0]), patterns: [], guards, body }));
  });

  /** `case E of Clauses end`. */
  caseExpr = this.RULE('caseExpr', (): Expr => {
    const tok = this.CONSUME(T.Case);
    const e = this.SUBRULE(this.expr);
    this.CONSUME(T.Of);
    const clauses = this.SUBRULE(this.crClauses);
    this.CONSUME(T.End);
    return this.ACTION((): Expr => ({ kind: 'case', loc: locOf(tok), expr: e, clauses }));
  });

  crClauses = this.RULE('crClauses', (): Clause[] => {
    const clauses = [this.SUBRULE(this.crClause)];
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      clauses.push(this.SUBRULE2(this.crClause));
    });
    return clauses;
  });

  /** A case/receive/try-of clause; its pattern is a full expression, as in erl_parse (cr_clause). */
  crClause = this.RULE('crClause', (): Clause => {
    const pattern = this.SUBRULE(this.expr);
    const guards = this.SUBRULE(this.guardOpt);
    const body = this.SUBRULE(this.body);
    return this.ACTION(() => ({ loc: firstLoc(pattern), patterns: [pattern], guards, body }));
  });

  /** `receive Clauses [after T -> B] end`; at least one of the two parts. */
  receiveExpr = this.RULE('receiveExpr', (): Expr => {
    const tok = this.CONSUME(T.Receive);
    let clauses: Clause[] = [];
    let after: AfterClause | null = null;
    this.OR([
      { ALT: () => { after = this.SUBRULE(this.afterClause); } },
      {
        ALT: () => {
          clauses = this.SUBRULE(this.crClauses);
          this.OPTION(() => { after = this.SUBRULE2(this.afterClause); });
        },
      },
    ]);
    this.CONSUME(T.End);
    return this.ACTION((): Expr => ({ kind: 'receive', loc: locOf(tok), clauses, after }));
  });

  afterClause = this.RULE('afterClause', (): AfterClause => {
    const tok = this.CONSUME(T.After);
    const timeout = this.SUBRULE(this.expr);
    const body = this.SUBRULE(this.body);
    return this.ACTION(() => ({ loc: locOf(tok), timeout, body }));
  });

  /** `fun f/1`, `fun M:F/A`, `fun (...) -> ... end`, `fun Name(...) -> ... end`. */
  funExpr = this.RULE('funExpr', (): Expr => {
    const tok = this.CONSUME(T.Fun);
    const loc = this.ACTION(() => locOf(tok));
    return this.OR([
      {
        ALT: () => {
          const name = this.token(this.CONSUME(T.Atom));
          return this.OR2([
            {
              ALT: () => {
                this.CONSUME(T.Slash);
                const arity = this.token(this.CONSUME(T.Integer));
                return this.ACTION((): Expr => ({ kind: 'fun_ref', loc, module: null, name, arity }));
              },
            },
            { ALT: () => this.SUBRULE(this.remoteFunRef, { ARGS: [loc, name] }) },
          ]);
        },
      },
      {
        ALT: () => {
          const v = this.CONSUME(T.Var);
          return this.OR3([
            { ALT: () => this.SUBRULE2(this.remoteFunRef, { ARGS: [loc, this.token(v)] }) },
            {
              ALT: () => {
                const first = this.SUBRULE(this.clauseTail, { ARGS: [v, true] });
                return this.SUBRULE(this.funClausesTail, { ARGS: [loc, first] });
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE2(this.clauseTail, { ARGS: [null, false] });
          return this.SUBRULE2(this.funClausesTail, { ARGS: [loc, first] });
        },
      },
    ]);
  });

  /** `:F/A` after `fun M`. */
  remoteFunRef = this.RULE('remoteFunRef', (loc: Loc, module: Expr): Expr => {
    this.CONSUME(T.Colon);
    const name = this.OR([
      { ALT: () => this.token(this.CONSUME(T.Atom)) },
      { ALT: () => this.token(this.CONSUME(T.Var)) },
    ]);
    this.CONSUME(T.Slash);
    const arity = this.OR2([
      { ALT: () => this.token(this.CONSUME(T.Integer)) },
      { ALT: () => this.token(this.CONSUME2(T.Var)) },
    ]);
    return this.ACTION((): Expr => ({ kind: 'fun_ref', loc, module, name, arity }));
  });

  /** The clauses after a fun's first one, up to `end`. */
  funClausesTail = this.RULE('funClausesTail', (loc: Loc, first: { name: string; clause: Clause }): Expr => {
    const clauses = [first];
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      clauses.push(this.OR([
        {
          ALT: () => {
            const v = this.CONSUME(T.Var);
            return this.SUBRULE(this.clauseTail, { ARGS: [v, true] });
          },
        },
        { ALT: () => this.SUBRULE2(this.clauseTail, { ARGS: [null, false] }) },
      ]));
    });
    this.CONSUME(T.End);
    return this.ACTION((): Expr => {
      checkHeads(clauses);
      const name = first.name === 'fun' ? null : first.name;
      return { kind: 'fun', loc, name, clauses: clauses.map((c) => c.clause) };
    });
  });

  /** `try Body [of Clauses] catch Clauses [after Body] end` or `try Body [of ...] after Body end`. */
  tryExpr = this.RULE('tryExpr', (): Expr => {
    const tok = this.CONSUME(T.Try);
    const body = this.SUBRULE(this.exprs);
    let ofClauses: Clause[] = [];
    let catchClauses: CatchClause[] = [];
    let after: Expr[] = [];
    this.OPTION(() => {
      this.CONSUME(T.Of);
      ofClauses = this.SUBRULE(this.crClauses);
    });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Catch);
          catchClauses = [this.SUBRULE(this.catchClause)];
          this.MANY(() => {
            this.CONSUME(T.Semicolon);
            catchClauses.push(this.SUBRULE2(this.catchClause));
          });
          this.OPTION2(() => {
            this.CONSUME(T.After);
            after = this.SUBRULE2(this.exprs);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.After);
          after = this.SUBRULE3(this.exprs);
        },
      },
    ]);
    this.CONSUME(T.End);
    return this.ACTION((): Expr => ({ kind: 'try', loc: locOf(tok), body, ofClauses, catchClauses, after }));
  });

  /** `Pattern`, `Class:Pattern` or `Class:Pattern:Stack`, then guard and body. */
  catchClause = this.RULE('catchClause', (): CatchClause => {
    const start = this.LA(1);
    const first = this.SUBRULE(this.patExpr);
    // Only a single atom or variable token may name the class.
    const classLike = this.ACTION(() => this.LA(0) === start && (start.tokenType === T.Atom || start.tokenType === T.Var));
    let cls: Expr | null = null;
    let pattern = first;
    let stack: Var | null = null;
    this.OPTION(() => {
      const colon = this.CONSUME(T.Colon);
      this.ACTION(() => {
        if (!classLike) throw this.syntaxError(colon);
      });
      cls = first;
      pattern = this.SUBRULE2(this.patExpr);
      this.OPTION2(() => {
        this.CONSUME2(T.Colon);
        const v = this.CONSUME(T.Var);
        stack = this.token(v) as Var;
      });
    });
    const guards = this.SUBRULE(this.guardOpt);
    const body = this.SUBRULE(this.body);
    return this.ACTION((): CatchClause => ({
      loc: cls ? (cls as Expr).loc : firstLoc(pattern), class: cls, pattern, stack, guards, body,
    }));
  });

  /** Parses `tokens` (one form, normally ending in a dot). Throws ErlSyntaxError on failure. */
  parseForm(tokens: IToken[]): ParsedForm {
    return this.run(tokens, () => this.form());
  }

  /** Parses `Expr, ... .` as erl_parse:parse_exprs/1 does (used by -if and -error). */
  parseExprs(tokens: IToken[]): Expr[] {
    return this.run(tokens, () => this.exprsDot());
  }

  exprsDot = this.RULE('exprsDot', (): Expr[] => {
    const list = this.SUBRULE(this.exprs);
    this.CONSUME(T.FormEnd);
    return list;
  });

  /** Parses `Expr ::`, the head of a typed attribute such as `-type t(A) :: ...`. */
  parseTypedHead(tokens: IToken[]): Expr {
    return this.run(tokens, () => this.typedHead());
  }

  typedHead = this.RULE('typedHead', (): Expr => {
    const e = this.SUBRULE(this.expr);
    this.CONSUME(T.ColonColon);
    return e;
  });

  private run<R>(tokens: IToken[], start: () => R): R {
    this.input = tokens;
    this.lintErrors = [];
    this.lastAttribute = null;
    const result = start();
    if (this.errors.length > 0) throw this.syntaxError(this.errors[0].token, tokens);
    return result;
  }

  /** "syntax error before: X" at `tok`. */
  syntaxError(tok: IToken, tokens: IToken[] = this.input): ErlSyntaxError {
    return syntaxErrorAt(tok, tokens);
  }
}


let shared: ErlParser | null = null;

/** The parser instance; built on first use (performSelfAnalysis is the startup cost). */
export function getParser(): ErlParser {
  return (shared ??= new ErlParser(false));
}

/** Builds a parser with chevrotain's grammar validations on (tests use it to catch ambiguities). */
export function buildValidatedParser(): ErlParser {
  return new ErlParser(true);
}

export type { ErlParser };
