// The abstract syntax of an Erlang module after preprocessing: the contract between the parser
// (cst-to-ast.ts) and everything after it. Every node has a `loc`. Patterns use the same node
// types as expressions; which nodes are legal where is checked by the semantic pass, not here.

export interface Loc {
  line: number;
  col: number;
}

export type Expr =
  | IntegerLit
  | FloatLit
  | AtomLit
  | StringLit
  | Var
  | NilLit
  | ConsExpr
  | TupleExpr
  | MapExpr
  | RecordExpr
  | RecordFieldExpr
  | RecordIndexExpr
  | BinExpr
  | BinOpExpr
  | UnOpExpr
  | MatchExpr
  | CallExpr
  | CaseExpr
  | IfExpr
  | ReceiveExpr
  | TryExpr
  | CatchExpr
  | BlockExpr
  | FunExpr
  | FunRefExpr
  | ComprehensionExpr;

export interface IntegerLit { kind: 'integer'; loc: Loc; value: number | bigint }
export interface FloatLit { kind: 'float'; loc: Loc; value: number }
export interface AtomLit { kind: 'atom'; loc: Loc; name: string }
/** A string literal (adjacent strings already joined); `value` holds the characters as a JS string. */
export interface StringLit { kind: 'string'; loc: Loc; value: string }
/** `_` is a Var named '_'. Variables starting with `_` are ordinary variables that never warn. */
export interface Var { kind: 'var'; loc: Loc; name: string }
export interface NilLit { kind: 'nil'; loc: Loc }
export interface ConsExpr { kind: 'cons'; loc: Loc; head: Expr; tail: Expr }
export interface TupleExpr { kind: 'tuple'; loc: Loc; elements: Expr[] }

/** `#{K => V, K := V}` or `Base#{...}`. */
export interface MapExpr { kind: 'map'; loc: Loc; base: Expr | null; fields: MapField[] }
export interface MapField { loc: Loc; op: '=>' | ':='; key: Expr; value: Expr }

/** `#r{f = V}`, `Base#r{f = V}`; a field named '_' is the `_ = V` default for unnamed fields. */
export interface RecordExpr { kind: 'record'; loc: Loc; base: Expr | null; name: string; fields: RecordFieldInit[] }
export interface RecordFieldInit { loc: Loc; name: string; value: Expr }
/** `Expr#r.f`; `loc` is the `#`, `fieldLoc` the field name (where erlc reports an unknown field). */
export interface RecordFieldExpr { kind: 'record_field'; loc: Loc; expr: Expr; record: string; field: string; fieldLoc?: Loc }
/** `#r.f` (the field's tuple position); `fieldLoc` as in RecordFieldExpr. */
export interface RecordIndexExpr { kind: 'record_index'; loc: Loc; record: string; field: string; fieldLoc?: Loc }

/** `<<Seg, ...>>` */
export interface BinExpr { kind: 'bin'; loc: Loc; segments: BinSegment[] }
/** `Value:Size/type-spec-list`; `types` holds the spec words in order, e.g. integer, little, unit:8. */
export interface BinSegment { loc: Loc; value: Expr; size: Expr | null; types: BinTypeSpec[] }
export interface BinTypeSpec { name: string; value: number | null }

export type BinaryOp =
  | '+' | '-' | '*' | '/' | 'div' | 'rem'
  | 'band' | 'bor' | 'bxor' | 'bsl' | 'bsr'
  | 'and' | 'or' | 'xor' | 'andalso' | 'orelse'
  | '==' | '/=' | '=<' | '<' | '>=' | '>' | '=:=' | '=/='
  | '++' | '--' | '!';
export interface BinOpExpr { kind: 'binop'; loc: Loc; op: BinaryOp; left: Expr; right: Expr }
export interface UnOpExpr { kind: 'unop'; loc: Loc; op: '-' | '+' | 'not' | 'bnot'; operand: Expr }
/** `Pattern = Expr` */
export interface MatchExpr { kind: 'match'; loc: Loc; pattern: Expr; value: Expr }
/** `f(...)`, `m:f(...)`, `F(...)`, `(expr)(...)`: `module` null for a local or fun call. */
export interface CallExpr { kind: 'call'; loc: Loc; module: Expr | null; fun: Expr; args: Expr[] }

export interface Clause { loc: Loc; patterns: Expr[]; guards: Guard; body: Expr[] }
/** Guard sequence: alternatives separated by `;`, each a list of tests separated by `,`. */
export type Guard = Expr[][];

export interface CaseExpr { kind: 'case'; loc: Loc; expr: Expr; clauses: Clause[] }
/** `if` clauses have no patterns. */
export interface IfExpr { kind: 'if'; loc: Loc; clauses: Clause[] }
export interface ReceiveExpr { kind: 'receive'; loc: Loc; clauses: Clause[]; after: AfterClause | null }
export interface AfterClause { loc: Loc; timeout: Expr; body: Expr[] }

export interface TryExpr {
  kind: 'try';
  loc: Loc;
  body: Expr[];
  ofClauses: Clause[];
  catchClauses: CatchClause[];
  after: Expr[];
}
/** `Class:Reason:Stack when G -> Body`; class null means `throw`, stack null when omitted. */
export interface CatchClause { loc: Loc; class: Expr | null; pattern: Expr; stack: Var | null; guards: Guard; body: Expr[] }

export interface CatchExpr { kind: 'catch'; loc: Loc; expr: Expr }
export interface BlockExpr { kind: 'block'; loc: Loc; body: Expr[] }
/** `fun (...) -> ... end`, or a named fun `fun Loop(...) -> ... end` (name is the variable name). */
export interface FunExpr { kind: 'fun'; loc: Loc; name: string | null; clauses: Clause[] }
/** `fun f/1` (module null) or `fun M:F/A` (each may be a variable in the remote form). */
export interface FunRefExpr { kind: 'fun_ref'; loc: Loc; module: Expr | null; name: Expr; arity: Expr }

/** `[T || Q]` (list) or `<< T || Q >>` (binary). */
export interface ComprehensionExpr { kind: 'lc' | 'bc'; loc: Loc; template: Expr; qualifiers: Qualifier[] }
export type Qualifier =
  | { kind: 'generate'; loc: Loc; pattern: Expr; expr: Expr }
  | { kind: 'bgenerate'; loc: Loc; pattern: Expr; expr: Expr }
  | { kind: 'filter'; loc: Loc; expr: Expr };

// ---- Forms ----

export type Form =
  | ModuleAttr
  | ExportAttr
  | ImportAttr
  | CompileAttr
  | RecordAttr
  | GenericAttr
  | FunctionForm;

export interface ModuleAttr { kind: 'module'; loc: Loc; name: string }
export interface ExportAttr { kind: 'export'; loc: Loc; funs: FunName[] }
export interface ImportAttr { kind: 'import'; loc: Loc; module: string; funs: FunName[] }
/** `-compile(Options).` with the options as an expression (a literal term). */
export interface CompileAttr { kind: 'compile'; loc: Loc; options: Expr }
export interface RecordAttr { kind: 'record'; loc: Loc; name: string; fields: RecordFieldDef[] }
export interface RecordFieldDef { loc: Loc; name: string; default: Expr | null }
/**
 * Any other attribute. `value` is the parsed argument for term-like attributes (-behaviour, -vsn,
 * -author, -mode, -export_type, user attributes); null for -spec, -type, -opaque, -callback and
 * friends, whose type syntax is accepted and skipped.
 */
export interface GenericAttr { kind: 'attribute'; loc: Loc; name: string; value: Expr | null }
export interface FunctionForm { kind: 'function'; loc: Loc; name: string; arity: number; clauses: Clause[] }
export interface FunName { name: string; arity: number }

export interface ModuleAst {
  file: string;
  forms: Form[];
}
