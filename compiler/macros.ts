// epp's macro mechanics on token lists: finding a call's arguments (with its bracket matching),
// counting and binding them, substituting them into a replacement (`??Arg` included), and the
// references a replacement makes. Argument scanning works on a reversed token stack, the
// preprocessor's input representation (the next token is at the end). No macro table here.

import type { TokenType } from './chevrotain.js';
import { formatFloat, makeToken, moveToken, writeAtom, writeChar, writeString, type Token } from './lexer.js';
import * as T from './tokens.js';

/** Macro arity key for a macro defined without an argument list (`-define(M, ...)`). */
export const NONE = -1;

/** A macro reference in a definition: name and arity (NONE without parentheses). */
export type MacroRef = [string, number];

/** An error found while handling one form; the form is dropped. */
export class PpError {
  constructor(readonly line: number, readonly col: number, readonly message: string) {}
}

export const at = (tok: Token, message: string): PpError => new PpError(tok.startLine!, tok.startColumn!, message);
export const isType = (tok: Token | undefined, type: TokenType): boolean => tok !== undefined && tok.tokenType === type;
export const isName = (tok: Token | undefined): boolean => isType(tok, T.Atom) || isType(tok, T.Var);

/** epp's macro_ref: the macros a replacement refers to (`??X` excluded). */
export function macroRefs(body: Token[]): MacroRef[] {
  const refs: MacroRef[] = [];
  for (let i = 0; i < body.length; i++) {
    if (!isType(body[i], T.Question)) continue;
    if (isType(body[i + 1], T.Question)) {
      i++;
      continue;
    }
    const name = body[i + 1];
    if (!isName(name)) continue;
    const rest = body.slice(i + 2).reverse();
    const ref: MacroRef = [name.payload as string, countArgs(rest, name, name.payload as string)];
    if (!refs.some((r) => r[0] === ref[0] && r[1] === ref[1])) refs.push(ref);
  }
  return refs;
}

const CLOSERS = new Map<TokenType, TokenType>([
  [T.LParen, T.RParen], [T.BinOpen, T.BinClose], [T.LBracket, T.RBracket], [T.LBrace, T.RBrace],
  [T.Begin, T.End], [T.If, T.End], [T.Case, T.End], [T.Receive, T.End], [T.Try, T.End], [T.Cond, T.End],
]);

/**
 * epp's macro_arg over a reversed token stack: the index just past one argument, i.e. of the
 * `,` or `)` that ends it (-1 if the tokens run out). `i` is the index of the argument's first token.
 */
export function argEnd(stack: Token[], i: number): number {
  const closers: TokenType[] = [];
  for (; i >= 0; i--) {
    const t = stack[i];
    const type = t.tokenType;
    if (closers.length === 0 && (type === T.Comma || type === T.RParen)) return i;
    if (type === T.Fun && isType(stack[i - 1], T.LParen)) {
      closers.push(T.End);
    } else if (type === T.Fun && isType(stack[i - 1], T.Var) && isType(stack[i - 2], T.LParen)) {
      closers.push(T.End);
      i--;
    } else if (CLOSERS.has(type)) {
      closers.push(CLOSERS.get(type)!);
    } else if (closers.length > 0 && type === closers[closers.length - 1]) {
      closers.pop();
    }
  }
  return -1;
}

/** epp's count_args on a reversed stack: the call's arity, NONE without parentheses. */
export function countArgs(stack: Token[], nameTok: Token, name: string): number {
  let i = stack.length - 1;
  if (!isType(stack[i], T.LParen)) return NONE;
  const badArg = (): PpError => at(nameTok, `badly formed argument for macro '${name}'`);
  if (isType(stack[i - 1], T.RParen)) return 0;
  if (isType(stack[i - 1], T.Comma)) throw badArg();
  i = argEnd(stack, i - 1);
  let n = 1;
  for (;;) {
    if (i < 0) throw badArg();
    if (isType(stack[i], T.RParen)) return n;
    if (isType(stack[i - 1], T.RParen)) throw badArg();
    i = argEnd(stack, i - 1);
    n++;
  }
}

/** epp's bind_args: pops `(A, ...)` off the stack and binds each argument to a parameter. */
export function bindArgs(stack: Token[], nameTok: Token, name: string, params: string[]): Map<string, Token[]> {
  const mismatch = (): PpError => at(nameTok, `argument mismatch for macro '${name}'`);
  const bindings = new Map<string, Token[]>();
  stack.pop(); // (
  if (params.length === 0) {
    if (!isType(stack.pop(), T.RParen)) throw mismatch();
    return bindings;
  }
  for (let p = 0; p < params.length; p++) {
    const end = argEnd(stack, stack.length - 1);
    const arg: Token[] = [];
    while (stack.length - 1 > end) arg.push(stack.pop()!);
    if (arg.length === 0) throw mismatch();
    bindings.set(params[p], arg);
    const sep = stack.pop();
    const last = p === params.length - 1;
    if (sep === undefined || !isType(sep, last ? T.RParen : T.Comma)) throw mismatch();
  }
  return bindings;
}

/**
 * epp's expand_macro: the replacement with arguments substituted. Replacement tokens take the
 * position of the macro name, or after an argument, of that argument's last token.
 */
export function substitute(body: Token[], nameTok: Token, args: Map<string, Token[]> | null): Token[] {
  const out: Token[] = [];
  let line = nameTok.startLine!;
  let col = nameTok.startColumn!;
  for (let i = 0; i < body.length; i++) {
    const t = body[i];
    if (args !== null && t.tokenType === T.Var && args.has(t.payload as string)) {
      const arg = args.get(t.payload as string)!;
      out.push(...arg);
      const lastArg = arg[arg.length - 1];
      line = lastArg.startLine!;
      col = lastArg.startColumn!;
    } else if (t.tokenType === T.Question && isType(body[i + 1], T.Question) && isType(body[i + 2], T.Var)) {
      const v = body[i + 2].payload as string;
      const arg = args?.get(v);
      if (arg !== undefined) {
        const text = arg.map(tokenSource).join(' ');
        out.push(makeToken(T.Str, writeString(text), -1, line, col, text));
      } else {
        out.push(makeToken(T.Var, v, -1, line, col, v));
      }
      i += 2;
    } else {
      out.push(moveToken(t, line, col));
    }
  }
  return out;
}

export function moveTo(tok: Token, where: Token): Token {
  return moveToken(tok, where.startLine!, where.startColumn!);
}

/** epp's token_src, for `??Arg`. */
function tokenSource(t: Token): string {
  switch (t.tokenType) {
    case T.FormEnd: return '.';
    case T.Var: return t.payload as string;
    case T.Char: return writeChar(t.payload as number);
    case T.Str: return writeString(t.payload as string);
    case T.Atom: return writeAtom(t.payload as string);
    case T.Integer: return String(t.payload);
    case T.Float: return formatFloat(t.payload as number);
    default: return t.image;
  }
}

/** How epp prints the token after `?` in "illegal macro call". */
export function symbolText(t: Token): string {
  switch (t.tokenType) {
    case T.FormEnd: return 'dot';
    case T.Char: case T.Integer: return String(t.payload);
    case T.Float: return formatFloat(t.payload as number);
    case T.Str: return writeString(t.payload as string);
    default: return writeAtom(t.image);
  }
}

/** The arity of a function head `name(...)` (epp's update_fun_name_1). */
export function headArity(toks: Token[]): number {
  let depth = 1;
  let arity = 0;
  for (let i = 2; i < toks.length; i++) {
    const type = toks[i].tokenType;
    if (type === T.Comma) {
      if (depth === 1) arity++;
    } else if (type === T.LParen || type === T.LBrace || type === T.LBracket || type === T.BinOpen) {
      depth++;
    } else if (type === T.RParen || type === T.RBrace || type === T.RBracket || type === T.BinClose) {
      if (depth === 1) return arity;
      depth--;
    } else if (arity === 0) {
      arity = 1;
    }
  }
  return arity;
}

