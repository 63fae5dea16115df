// Token types of Erlang source, as erl_scan produces them. Definitions only: the scanner that
// creates tokens is lexer.ts (hand-written, so positions and errors match erl_scan exactly).
// Categories group tokens for the parser: BinOp (every infix operator, including `=` and `!`),
// PrefixOp, and Literal (one-token primaries). Reserved words get one type each; `maybe` and
// `else` are plain atoms in OTP 25.

import { createToken, Lexer, type TokenType } from './chevrotain.js';

const NA = Lexer.NA;

export const BinOp = createToken({ name: 'BinOp', pattern: NA });
export const PrefixOp = createToken({ name: 'PrefixOp', pattern: NA });
/** Variables, atoms, integers, chars and floats: primaries made of one token. */
export const Literal = createToken({ name: 'Literal', pattern: NA });

function punct(name: string, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern: NA, categories });
}

// Literals. The token's `payload` holds the value (see lexer.ts).
export const Atom = punct('atom', [Literal]);
export const Var = punct('var', [Literal]);
export const Integer = punct('integer', [Literal]);
export const Float = punct('float', [Literal]);
export const Char = punct('char', [Literal]);
export const Str = punct('string');

/** The form terminator: `.` followed by white space, `%` or end of input. */
export const FormEnd = punct('dot');
/** Any other latin-1 punctuation character erl_scan turns into a token (`@`, `\`, `^`, ...). */
export const Misc = punct('misc');

export const LParen = punct('(');
export const RParen = punct(')');
export const LBrace = punct('{');
export const RBrace = punct('}');
export const LBracket = punct('[');
export const RBracket = punct(']');
export const Comma = punct(',');
export const Semicolon = punct(';');
export const Colon = punct(':');
export const ColonColon = punct('::');
export const ColonEq = punct(':=');
export const Arrow = punct('->');
export const LArrow = punct('<-');
export const LDArrow = punct('<=');
export const DArrow = punct('=>');
export const Bar = punct('|');
export const BarBar = punct('||');
export const Hash = punct('#');
export const Question = punct('?');
export const QuestionEq = punct('?=');
export const BinOpen = punct('<<');
export const BinClose = punct('>>');
export const Dot = punct('.');
export const DotDot = punct('..');
export const DotDotDot = punct('...');

// Operators (both categories for + and -).
export const Plus = punct('+', [BinOp, PrefixOp]);
export const Minus = punct('-', [BinOp, PrefixOp]);
export const Star = punct('*', [BinOp]);
export const Slash = punct('/', [BinOp]);
export const EqEq = punct('==', [BinOp]);
export const SlashEq = punct('/=', [BinOp]);
export const EqLt = punct('=<', [BinOp]);
export const Lt = punct('<', [BinOp]);
export const GtEq = punct('>=', [BinOp]);
export const Gt = punct('>', [BinOp]);
export const EqColonEq = punct('=:=', [BinOp]);
export const EqSlashEq = punct('=/=', [BinOp]);
export const PlusPlus = punct('++', [BinOp]);
export const MinusMinus = punct('--', [BinOp]);
export const Match = punct('=', [BinOp]);
export const Bang = punct('!', [BinOp]);

// Reserved words (erl_scan:f_reserved_word/1).
export const After = punct('after');
export const And = punct('and', [BinOp]);
export const Andalso = punct('andalso', [BinOp]);
export const Band = punct('band', [BinOp]);
export const Begin = punct('begin');
export const Bnot = punct('bnot', [PrefixOp]);
export const Bor = punct('bor', [BinOp]);
export const Bsl = punct('bsl', [BinOp]);
export const Bsr = punct('bsr', [BinOp]);
export const Bxor = punct('bxor', [BinOp]);
export const Case = punct('case');
export const Catch = punct('catch');
export const Cond = punct('cond');
export const Div = punct('div', [BinOp]);
export const End = punct('end');
export const Fun = punct('fun');
export const If = punct('if');
export const Let = punct('let');
export const Not = punct('not', [PrefixOp]);
export const Of = punct('of');
export const Or = punct('or', [BinOp]);
export const Orelse = punct('orelse', [BinOp]);
export const Receive = punct('receive');
export const Rem = punct('rem', [BinOp]);
export const Try = punct('try');
export const When = punct('when');
export const Xor = punct('xor', [BinOp]);

/** Reserved word spelling -> token type. */
export const RESERVED: ReadonlyMap<string, TokenType> = new Map(
  [After, And, Andalso, Band, Begin, Bnot, Bor, Bsl, Bsr, Bxor, Case, Catch, Cond, Div, End, Fun,
    If, Let, Not, Of, Or, Orelse, Receive, Rem, Try, When, Xor].map((t) => [t.name, t]),
);

/** Every token type, in the order the parser's vocabulary wants them (categories first). */
export const ALL_TOKENS: TokenType[] = [
  BinOp, PrefixOp, Literal, Atom, Var, Integer, Float, Char, Str, FormEnd, Misc,
  LParen, RParen, LBrace, RBrace, LBracket, RBracket, Comma, Semicolon, Colon, ColonColon, ColonEq,
  Arrow, LArrow, LDArrow, DArrow, Bar, BarBar, Hash, Question, QuestionEq, BinOpen, BinClose,
  Dot, DotDot, DotDotDot,
  Plus, Minus, Star, Slash, EqEq, SlashEq, EqLt, Lt, GtEq, Gt, EqColonEq, EqSlashEq, PlusPlus,
  MinusMinus, Match, Bang,
  ...RESERVED.values(),
];
