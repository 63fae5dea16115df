// Checks the syntax of type notation (erl_parse's top_type, type_sigs and friends) in -spec,
// -callback, -type, -opaque and typed record fields, reporting erl_parse's "syntax error before"
// at the same token. It builds nothing: types reach the AST as null. Hand-written recursive
// descent rather than chevrotain rules, so the grammar analysed at startup stays small.

import type { Token } from './lexer.js';
import { endOfFormError, ErlSyntaxError, locOf } from './syntax.js';
import { tokenText } from './lexer.js';
import * as T from './tokens.js';
import type { TokenType } from './chevrotain.js';

// Binary operators inside types, with erl_parse's precedences ('..' does not associate).
const TYPE_PREC = new Map<TokenType, number>([
  [T.DotDot, 200],
  [T.Plus, 400], [T.Minus, 400], [T.Bor, 400], [T.Bxor, 400], [T.Bsl, 400], [T.Bsr, 400], [T.Or, 400], [T.Xor, 400],
  [T.Slash, 500], [T.Star, 500], [T.Div, 500], [T.Rem, 500], [T.Band, 500], [T.And, 500],
]);
const PREFIX = new Set<TokenType>([T.Plus, T.Minus, T.Bnot, T.Not]);

/**
 * A cursor over a form's tokens; each method consumes one production or throws ErlSyntaxError at
 * the first token that cannot continue it (the token yecc would report). `pos` is left just after
 * what was consumed, so callers can check what follows.
 */
export class TypeSyntax {
  constructor(private readonly toks: Token[], public pos: number) {}

  private peek(k = 0): Token | undefined {
    return this.toks[this.pos + k];
  }

  private is(type: TokenType, k = 0): boolean {
    return this.toks[this.pos + k]?.tokenType === type;
  }

  fail(): never {
    const t = this.peek();
    if (t === undefined) throw endOfFormError(this.toks);
    throw new ErlSyntaxError(locOf(t), 'syntax error before: ' + tokenText(t));
  }

  expect(type: TokenType): Token {
    if (!this.is(type)) this.fail();
    return this.toks[this.pos++];
  }

  /** `spec_fun type_sigs` or `( spec_fun type_sigs )` (after `-spec` / `-callback`). */
  typeSpec(): void {
    const paren = this.is(T.LParen);
    if (paren) this.pos++;
    this.expect(T.Atom);
    if (this.is(T.Colon)) {
      this.pos++;
      this.expect(T.Atom);
    }
    this.typeSig();
    while (this.is(T.Semicolon)) {
      this.pos++;
      this.typeSig();
    }
    if (paren) this.expect(T.RParen);
  }

  /** `(Args) -> Result` with an optional `when` constraint list. */
  private typeSig(): void {
    this.funType();
    if (!this.is(T.When)) return;
    this.pos++;
    this.typeGuard();
    while (this.is(T.Comma)) {
      this.pos++;
      this.typeGuard();
    }
  }

  /** A constraint: `Var :: Type`, or the old `is_subtype(Var, Type)` form. */
  private typeGuard(): void {
    if (this.is(T.Atom)) {
      this.pos++;
      this.expect(T.LParen);
      this.topTypes();
      this.expect(T.RParen);
    } else {
      this.expect(T.Var);
      this.expect(T.ColonColon);
      this.topType();
    }
  }

  /** `(...) -> T`, `() -> T` or `(Ts) -> T`. */
  private funType(): void {
    this.expect(T.LParen);
    if (this.is(T.DotDotDot)) {
      this.pos++;
      this.expect(T.RParen);
    } else if (this.is(T.RParen)) {
      this.pos++;
    } else {
      this.topTypes();
      this.expect(T.RParen);
    }
    this.expect(T.Arrow);
    this.topType();
  }

  private topTypes(): void {
    this.topType();
    while (this.is(T.Comma)) {
      this.pos++;
      this.topType();
    }
  }

  /** `Var :: T`, `T | T ...` or a type. */
  topType(): void {
    if (this.is(T.Var) && this.is(T.ColonColon, 1)) {
      this.pos += 2;
      this.topType();
      return;
    }
    this.type(0);
    if (this.is(T.Bar)) {
      this.pos++;
      this.topType();
    }
  }

  /**
   * A type with binary operators (`1..10`, `-1`, `1 bsl 8`), by precedence climbing; `..` does not
   * associate, so a second one at the same level is the error.
   */
  private type(minPrec: number): void {
    if (PREFIX.has(this.peek()?.tokenType as TokenType)) {
      this.pos++;
      this.type(600);
    } else {
      this.primary();
    }
    let rangeSeen = false;
    for (;;) {
      const op = this.peek();
      const p = op ? TYPE_PREC.get(op.tokenType) : undefined;
      if (p === undefined || p < minPrec) return;
      if (p === 200) {
        if (rangeSeen) this.fail();
        rangeSeen = true;
      }
      this.pos++;
      this.type(p + 1);
    }
  }

  /** Everything erl_parse's `type` rule allows before operators. */
  private primary(): void {
    const t = this.peek();
    switch (t?.tokenType) {
      case T.LParen:
        this.pos++;
        this.topType();
        this.expect(T.RParen);
        return;
      case T.Var: case T.Integer: case T.Char:
        this.pos++;
        return;
      case T.Atom:
        this.pos++;
        if (this.is(T.Colon)) {
          this.pos++;
          this.expect(T.Atom);
          this.argTypes();
        } else if (this.is(T.LParen)) {
          this.argTypes();
        }
        return;
      case T.LBracket:
        this.pos++;
        if (this.is(T.RBracket)) {
          this.pos++;
          return;
        }
        this.topType();
        if (this.is(T.Comma)) {
          this.pos++;
          this.expect(T.DotDotDot);
        }
        this.expect(T.RBracket);
        return;
      case T.Hash:
        this.pos++;
        if (this.is(T.Atom)) {
          this.pos++;
          this.bracedList(() => {
            this.expect(T.Atom);
            this.expect(T.ColonColon);
            this.topType();
          });
        } else {
          this.bracedList(() => {
            this.topType();
            if (this.is(T.DArrow) || this.is(T.ColonEq)) this.pos++;
            else this.fail();
            this.topType();
          });
        }
        return;
      case T.LBrace:
        this.bracedList(() => this.topType());
        return;
      case T.BinOpen:
        this.binaryType();
        return;
      case T.Fun:
        this.pos++;
        this.expect(T.LParen);
        if (this.is(T.RParen)) {
          this.pos++;
          return;
        }
        this.funType();
        this.expect(T.RParen);
        return;
      default:
        this.fail();
    }
  }

  /** `()` or `(Ts)` after a type name. */
  private argTypes(): void {
    this.expect(T.LParen);
    if (this.is(T.RParen)) {
      this.pos++;
      return;
    }
    this.topTypes();
    this.expect(T.RParen);
  }

  /** `{}` or `{X, ...}` with `item` parsing each X. */
  private bracedList(item: () => void): void {
    this.expect(T.LBrace);
    if (this.is(T.RBrace)) {
      this.pos++;
      return;
    }
    item();
    while (this.is(T.Comma)) {
      this.pos++;
      item();
    }
    this.expect(T.RBrace);
  }

  /** `<<>>`, `<<_:M>>`, `<<_:_*N>>`, `<<_:M, _:_*N>>`. */
  private binaryType(): void {
    this.expect(T.BinOpen);
    if (this.is(T.BinClose)) {
      this.pos++;
      return;
    }
    this.expect(T.Var);
    this.expect(T.Colon);
    if (this.is(T.Var) && this.is(T.Star, 1)) {
      this.pos += 2;
      this.type(0);
    } else {
      this.type(0);
      if (this.is(T.Comma)) {
        this.pos++;
        this.expect(T.Var);
        this.expect(T.Colon);
        this.expect(T.Var);
        this.expect(T.Star);
        this.type(0);
      }
    }
    this.expect(T.BinClose);
  }
}
