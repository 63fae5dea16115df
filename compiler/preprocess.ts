// The preprocessor, following epp: it takes the scanner's forms one by one, runs the directives
// (-define/-undef, -ifdef/-ifndef/-if/-elif/-else/-endif, -include/-include_lib, -file, -error,
// -warning) and expands macros in every other form. It emits token forms for the parser and
// never looks inside a form beyond what epp does. Errors use epp's wording and positions.
// Entering and leaving an include file emits `-file(Name, Line).` forms, exactly as epp does.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TokenType } from './chevrotain.js';
import type { Diagnostic } from './diagnostics.js';
import { FormScanner, makeToken, scan, writeAtom, writeString, type RawForm, type Token } from './lexer.js';
import { getParser } from './parser.js';
import { ErlSyntaxError } from './syntax.js';
import {
  at, bindArgs, countArgs, headArity, isName, isType, macroRefs, moveTo, NONE, PpError, substitute, symbolText,
  type MacroRef,
} from './macros.js';
import { evalIfCondition, formatTerm, IfConditionError, literalTerm } from './pp-eval.js';
import * as T from './tokens.js';

export interface PreprocessOptions {
  includePaths?: string[];
  /** Macros defined before the first line, as erlc -D: name -> replacement text ('' means true). */
  defines?: Record<string, string>;
}

/** A form ready for the parser, with the file its tokens came from (for diagnostics). */
export interface PpForm {
  file: string;
  tokens: Token[];
}

const MAX_INCLUDE_DEPTH = 8;
const OTP_RELEASE = 25;

interface MacroDef { params: string[] | null; body: Token[] }
type Macro =
  | { kind: 'user'; defs: Map<number, MacroDef> }
  /** Predefined; `body` null while undefined (MODULE before -module). */
  | { kind: 'predef'; body: Token[] | null };


type CondKind = 'ifdef' | 'ifndef' | 'if' | 'else' | 'elif';

interface FileCtx {
  /** The file actually read. */
  realName: string;
  /** The name in diagnostics and ?FILE (changed by -file). */
  name: string;
  source: string;
  /** Include search path; its head is this file's directory. */
  path: string[];
  conds: CondKind[];
  lineDelta: number;
  depth: number;
}

/** ?FUNCTION_NAME state of the form being expanded (epp's fname). */
interface FunState { raw: Token[]; value: { name: string; arity: number } | null; leaveAlone: boolean }

/**
 * Preprocesses a module, handing each resulting form to `emit` as soon as it is complete (so the
 * caller can parse it while the rest is still unscanned). Errors go to `diags`.
 */
export function preprocess(
  source: string, file: string, opts: PreprocessOptions, diags: Diagnostic[], emit: (form: PpForm) => void,
): void {
  new Preprocessor(file, opts, diags, emit).run(source);
}

/**
 * One run over a module and its includes. Macros live in one table for the whole run (an include
 * sees and changes the includer's macros); conditionals are per file, as in epp.
 */
class Preprocessor {
  /** epp's in_prefix: no form but -module (and directives) yet; -feature is only allowed here. */
  private inPrefix = true;
  private readonly macros = new Map<string, Macro>();
  /** For each macro and arity, the macros its replacement refers to (for circularity checks). */
  private readonly uses = new Map<string, Array<{ arity: number; refs: MacroRef[] }>>();

  constructor(
    private readonly mainFile: string, private readonly opts: PreprocessOptions, private readonly diags: Diagnostic[],
    private readonly emit: (form: PpForm) => void,
  ) {
    this.definePredefined(mainFile);
  }

  run(source: string): void {
    const path = [dirname(this.mainFile), ...(this.opts.includePaths ?? [])];
    this.processFile({ realName: this.mainFile, name: this.mainFile, source, path, conds: [], lineDelta: 0, depth: 0 });
  }

  private definePredefined(file: string): void {
    const tok = (type: TokenType, payload: Token['payload'], image: string): Token[] =>
      [makeToken(type, image, -1, 1, 1, payload)];
    const predef = (name: string, body: Token[] | null): void => { this.macros.set(name, { kind: 'predef', body }); };
    predef('FILE', tok(T.Str, file, writeString(file)));
    predef('LINE', tok(T.Integer, 1, '1'));
    for (const m of ['FUNCTION_NAME', 'FUNCTION_ARITY', 'MODULE', 'MODULE_STRING', 'BASE_MODULE', 'BASE_MODULE_STRING']) {
      predef(m, null);
    }
    predef('MACHINE', tok(T.Atom, 'BEAM', "'BEAM'"));
    predef('BEAM', tok(T.Atom, 'true', 'true'));
    predef('OTP_RELEASE', tok(T.Integer, OTP_RELEASE, String(OTP_RELEASE)));
    // ((X) == maybe_expr) and false, as epp's ftr_macro builds them for OTP 25.
    const available = scan('((X) == maybe_expr).').forms[0].tokens!.slice(0, -1);
    this.macros.set('FEATURE_AVAILABLE', { kind: 'user', defs: new Map([[1, { params: ['X'], body: available }]]) });
    this.macros.set('FEATURE_ENABLED', { kind: 'user', defs: new Map([[1, { params: ['X'], body: tok(T.Atom, 'false', 'false') }]]) });
    for (const [name, text] of Object.entries(this.opts.defines ?? {})) {
      const scanned = scan((text === '' ? 'true' : text) + ' .').forms[0];
      const body = scanned && scanned.tokens ? scanned.tokens.slice(0, -1) : tok(T.Atom, 'true', 'true');
      this.macros.set(name, { kind: 'user', defs: new Map([[NONE, { params: null, body }]]) });
    }
  }

  private error(ctx: FileCtx, e: PpError | { line: number; col: number; message: string }, severity: 'error' | 'warning' = 'error'): void {
    this.diags.push({ file: ctx.name, line: e.line, col: e.col, severity, message: e.message });
  }

  /**
   * Runs a whole file. `skipping` is epp's skip stack while in a false branch (innermost last):
   * only conditional directives are looked at then, and scan errors are ignored.
   */
  private processFile(ctx: FileCtx): void {
    const scanner = new FormScanner(ctx.source);
    let skipping: CondKind[] | null = null;
    for (let raw = scanner.next(); raw !== null; raw = scanner.next()) {
      this.shiftLines(raw, ctx.lineDelta);
      if (skipping !== null) {
        skipping = this.skipForm(raw, skipping, ctx);
      } else if (raw.error !== null) {
        this.error(ctx, raw.error);
      } else {
        try {
          skipping = this.scanForm(raw.tokens, ctx);
        } catch (e) {
          if (!(e instanceof PpError)) throw e;
          this.error(ctx, e);
        }
      }
    }
    // Unterminated conditionals, innermost first (while skipping, epp only knows the skip stack).
    const open = skipping ?? [...ctx.conds].reverse();
    const eof = { line: scanner.eofLine + ctx.lineDelta, col: scanner.eofCol };
    for (const c of open) this.error(ctx, { ...eof, message: `unterminated '-${c}'` });
  }

  /** Applies a -file directive's line shift to a form (tokens are fresh from the scanner). */
  private shiftLines(raw: RawForm, delta: number): void {
    if (delta === 0) return;
    if (raw.error) raw.error.line += delta;
    else for (const t of raw.tokens) t.startLine! += delta;
  }

  /** Handles one form outside skipped regions; returns a skip stack when a region starts. */
  private scanForm(toks: Token[], ctx: FileCtx): CondKind[] | null {
    const d = toks[1];
    if (isType(toks[0], T.Minus) && (isType(d, T.Atom) || isType(d, T.If))) {
      const name = isType(d, T.If) ? 'if' : d.payload as string;
      switch (name) {
        case 'define': this.define(toks, d); return null;
        case 'undef': this.inPrefix = false; this.undef(toks, d); return null;
        case 'include': case 'include_lib': this.include(toks, d, ctx, name === 'include_lib'); return null;
        case 'ifdef': case 'ifndef': return this.ifdef(toks, d, ctx, name);
        case 'else': return this.else(toks, d, ctx);
        case 'if': return this.ifDirective(toks, d, ctx);
        case 'elif': return this.elif(d, ctx);
        case 'endif': this.endif(toks, d, ctx); return null;
        case 'error': case 'warning': this.inPrefix = false; this.errorDirective(toks, d, ctx, name); return null;
        case 'file': this.fileDirective(toks, d, ctx); return null;
        case 'feature': this.feature(toks, d, ctx); return null;
      }
    }
    const expanded = this.expandForm(toks);
    this.emit({ file: ctx.name, tokens: expanded });
    this.inPrefix &&= isType(expanded[0], T.Minus) && isType(expanded[1], T.Atom) && expanded[1].payload === 'module';
    this.noteModule(expanded);
    return null;
  }

  /** epp's skip_toks: follows nesting in a skipped region; returns null when it ends. */
  private skipForm(raw: RawForm, stack: CondKind[], ctx: FileCtx): CondKind[] | null {
    const toks = raw.tokens;
    if (toks === null || !isType(toks[0], T.Minus)) return stack;
    const d = toks[1];
    const name = isType(d, T.If) ? 'if' : isType(d, T.Atom) ? d.payload as string : '';
    const top = stack[stack.length - 1];
    switch (name) {
      case 'ifdef': case 'ifndef': case 'if':
        return [...stack, name];
      case 'else':
        if (top === 'else') {
          this.error(ctx, at(d, "repeated '-else'"));
          return stack;
        }
        if (top === 'elif') return [...stack.slice(0, -1), 'else'];
        if (stack.length === 1) {
          ctx.conds.push('else');
          return null;
        }
        return stack;
      case 'elif':
        if (top === 'else') {
          this.error(ctx, at(d, "'elif' following 'else'"));
          return stack;
        }
        if (stack.length === 1) return this.ifDirective(toks, d, ctx);
        return stack;
      case 'endif':
        return stack.length === 1 ? null : stack.slice(0, -1);
      default:
        return stack;
    }
  }

  // ---- Directives ----

  /**
   * `-define(M, Body).` or `-define(M(P, ...), Body).`: checks the shape in epp's order (its error
   * positions), refuses redefinition of an existing arity, and records the macros Body uses.
   */
  private define(toks: Token[], def: Token): void {
    const mac = toks[3];
    if (!isType(toks[2], T.LParen) || !isName(mac)) {
      throw at(findMismatch([T.LParen, 'name'], toks, 2, def), "badly formed 'define'");
    }
    const name = mac.payload as string;
    let params: string[] | null = null;
    let bodyStart: number;
    if (isType(toks[4], T.Comma)) {
      bodyStart = 5;
    } else if (isType(toks[4], T.LParen)) {
      params = [];
      let i = 5;
      if (isType(toks[i], T.Var)) {
        params.push(toks[i].payload as string);
        i++;
        while (isType(toks[i], T.Comma) && isType(toks[i + 1], T.Var)) {
          const v = toks[i + 1].payload as string;
          if (params.includes(v)) throw at(toks[i + 1], `argument '${v}' already used`);
          params.push(v);
          i += 2;
        }
      }
      if (!isType(toks[i], T.RParen)) throw at(toks[i] ?? toks[i - 1], "badly formed 'define'");
      if (!isType(toks[i + 1], T.Comma)) throw at(toks[i + 1] ?? toks[i], 'badly formed define: missing comma');
      bodyStart = i + 2;
    } else {
      throw at(toks[4] ?? def, "badly formed 'define'");
    }
    const body = defineBody(toks, bodyStart);
    const arity = params === null ? NONE : params.length;
    const existing = this.macros.get(name);
    if (existing?.kind === 'predef') throw at(mac, `redefining predefined macro '${name}'`);
    if (existing?.kind === 'user' && existing.defs.has(arity)) throw at(mac, `redefining macro '${name}'`);
    const refs = macroRefs(body);
    const defs = existing?.kind === 'user' ? existing.defs : new Map<number, MacroDef>();
    defs.set(arity, { params, body });
    this.macros.set(name, { kind: 'user', defs });
    const uses = this.uses.get(name) ?? [];
    uses.unshift({ arity, refs });
    this.uses.set(name, uses);
  }

  /** `-undef(M).` removes every arity of M, predefined ones too. */
  private undef(toks: Token[], undef: Token): void {
    if (!isType(toks[2], T.LParen) || !isName(toks[3]) || !isType(toks[4], T.RParen) || !isType(toks[5], T.FormEnd) || toks.length !== 6) {
      throw at(findMismatch([T.LParen, 'name', T.RParen, T.FormEnd], toks, 2, undef), "badly formed 'undef'");
    }
    const name = toks[3].payload as string;
    this.macros.delete(name);
    this.uses.delete(name);
  }

  /** `-ifdef(M).` / `-ifndef(M).`; a badly formed one is reported and its branch skipped. */
  private ifdef(toks: Token[], d: Token, ctx: FileCtx, kind: 'ifdef' | 'ifndef'): CondKind[] | null {
    if (!isType(toks[2], T.LParen) || !isName(toks[3]) || !isType(toks[4], T.RParen) || !isType(toks[5], T.FormEnd) || toks.length !== 6) {
      this.error(ctx, at(findMismatch([T.LParen, 'name', T.RParen, T.FormEnd], toks, 2, d), `badly formed '${kind}'`));
      return [kind];
    }
    const m = this.macros.get(toks[3].payload as string);
    const defined = m !== undefined && !(m.kind === 'predef' && m.body === null);
    if (defined === (kind === 'ifdef')) {
      ctx.conds.push(kind);
      return null;
    }
    return [kind];
  }

  /** `-else.` reached while scanning: the branch taken ends, the rest up to -endif is skipped. */
  private else(toks: Token[], d: Token, ctx: FileCtx): CondKind[] | null {
    if (toks.length !== 3 || !isType(toks[2], T.FormEnd)) throw at(toks[2] ?? d, "badly formed 'else'");
    const top = ctx.conds.pop();
    if (top === undefined) throw at(d, "unbalanced '-else'");
    if (top === 'else') {
      this.error(ctx, at(d, "repeated '-else'"));
      return ['else'];
    }
    return ['else'];
  }

  /** -if (and an -elif reached while skipping): evaluates the condition. */
  private ifDirective(toks: Token[], d: Token, ctx: FileCtx): CondKind[] | null {
    if (!isType(toks[2], T.LParen)) {
      this.error(ctx, at(toks[2] ?? d, "badly formed 'if'"));
      return ['if'];
    }
    try {
      const exprs = getParser().parseExprs(this.expandForm(toks.slice(2)));
      if (exprs.length !== 1) throw new IfConditionError();
      const value = evalIfCondition(exprs[0], (name) => {
        const m = this.macros.get(name);
        return m !== undefined;
      });
      if (value) {
        ctx.conds.push('if');
        return null;
      }
    } catch (e) {
      if (e instanceof ErlSyntaxError) this.error(ctx, { ...e.loc, message: e.message });
      else if (e instanceof PpError) this.error(ctx, e);
      else if (e instanceof IfConditionError) this.error(ctx, at(d, "badly formed 'if'"));
      else if (!(e instanceof RangeError)) throw e;
    }
    return ['if'];
  }

  /** `-elif(...)` reached while scanning: an earlier branch was taken, so skip to -endif. */
  private elif(d: Token, ctx: FileCtx): CondKind[] | null {
    const top = ctx.conds.pop();
    if (top === undefined) throw at(d, "unbalanced '-elif'");
    if (top === 'else') {
      this.error(ctx, at(d, "unbalanced '-elif'"));
      return ['else'];
    }
    return ['elif'];
  }

  private endif(toks: Token[], d: Token, ctx: FileCtx): void {
    if (toks.length !== 3 || !isType(toks[2], T.FormEnd)) throw at(toks[2] ?? d, "badly formed 'endif'");
    if (ctx.conds.pop() === undefined) throw at(d, "unbalanced '-endif'");
  }

  /** `-error(Term).` / `-warning(Term).`: a diagnostic quoting the term. */
  private errorDirective(toks: Token[], d: Token, ctx: FileCtx, kind: 'error' | 'warning'): void {
    if (!isType(toks[2], T.LParen)) throw at(toks[2] ?? d, `badly formed '${kind}'`);
    let text: string;
    try {
      const exprs = getParser().parseExprs(this.expandForm(toks.slice(2)));
      const term = exprs.length === 1 ? literalTerm(exprs[0]) : null;
      if (term === null) throw new IfConditionError();
      text = formatTerm(term);
    } catch {
      throw at(d, `badly formed '${kind}'`);
    }
    this.error(ctx, at(d, `-${kind}(${text}).`), kind);
  }

  /**
   * `-feature(Name, enable | disable).`, checked as epp does. OTP 25's only feature, maybe_expr,
   * is accepted but not turned on: `maybe` and `else` stay atoms, so code using it fails to parse.
   */
  private feature(toks: Token[], d: Token, ctx: FileCtx): void {
    const shaped = toks.length === 8 && isType(toks[2], T.LParen) && isType(toks[3], T.Atom) && isType(toks[4], T.Comma) &&
      isType(toks[5], T.Atom) && isType(toks[6], T.RParen) && isType(toks[7], T.FormEnd);
    const how = shaped ? toks[5].payload : null;
    if (shaped && this.inPrefix && (how === 'enable' || how === 'disable')) {
      const name = toks[3].payload as string;
      if (name !== 'maybe_expr') this.error(ctx, at(d, `the feature '${name}' does not exist.`));
      return;
    }
    if (shaped && !this.inPrefix) throw at(d, 'feature directive not allowed after exports or record definitions');
    throw at(toks[2] ?? d, "badly formed 'feature'");
  }

  /** `-file(Name, Line).`: later lines count from Line and diagnostics name Name, as in epp. */
  private fileDirective(toks: Token[], d: Token, ctx: FileCtx): void {
    const t = coalesceStrings(this.expandForm(toks.slice(2)));
    const ok = t.length === 6 && isType(t[0], T.LParen) && isType(t[1], T.Str) && isType(t[2], T.Comma) &&
      isType(t[3], T.Integer) && isType(t[4], T.RParen) && isType(t[5], T.FormEnd);
    if (!ok) throw at(findMismatch([T.LParen, T.Str, T.Comma, T.Integer, T.RParen, T.FormEnd], t, 0, d), "badly formed 'file'");
    const name = t[1].payload as string;
    const line = Number(t[3].payload);
    this.emitFileAttr(name, line, d.startLine!, d.startColumn!);
    ctx.name = name;
    this.macros.set('FILE', { kind: 'predef', body: [makeToken(T.Str, writeString(name), -1, 1, 1, name)] });
    ctx.lineDelta += line - d.startLine!;
  }

  /**
   * `-include("F").` / `-include_lib("App/F").`: finds and processes the file in place, between
   * `-file` forms (entering: the file at line 1; leaving: the includer where scanning resumes).
   */
  private include(toks: Token[], d: Token, ctx: FileCtx, lib: boolean): void {
    const t = coalesceStrings(toks.slice(2));
    const kind = lib ? 'include_lib' : 'include';
    if (t.length !== 4 || !isType(t[0], T.LParen) || !isType(t[1], T.Str) || !isType(t[2], T.RParen) || !isType(t[3], T.FormEnd)) {
      throw at(findMismatch([T.LParen, T.Str, T.RParen, T.FormEnd], t, 0, d), `badly formed '${kind}'`);
    }
    const strTok = t[1];
    if (ctx.depth >= MAX_INCLUDE_DEPTH) throw at(lib ? d : strTok, `${kind} too deep`);
    const name = expandVar(strTok.payload as string);
    const found = findFile(ctx.path, name) ?? (lib ? findLibFile(ctx.path, name) : null);
    if (found === null) throw at(strTok, `can't find include ${lib ? 'lib' : 'file'} "${name}"`);
    let source: string;
    try {
      source = readSource(found);
    } catch {
      throw at(strTok, `can't find include ${lib ? 'lib' : 'file'} "${name}"`);
    }
    const [nextLine, nextCol] = positionAfterDot(ctx.source, t[3]);
    this.emitFileAttr(found, 1, 1, 1);
    this.setFileMacro(found);
    const path = [dirname(found), ...ctx.path.slice(1)];
    this.processFile({ realName: found, name: found, source, path, conds: [], lineDelta: 0, depth: ctx.depth + 1 });
    this.setFileMacro(ctx.name);
    // Back in the real file at its real line; then, after a -file directive, under its name again.
    const realLine = nextLine - ctx.lineDelta;
    this.emitFileAttr(ctx.realName, realLine, realLine, nextCol);
    if (ctx.name !== ctx.realName) this.emitFileAttr(ctx.name, nextLine, realLine, nextCol);
  }

  private setFileMacro(name: string): void {
    this.macros.set('FILE', { kind: 'predef', body: [makeToken(T.Str, writeString(name), -1, 1, 1, name)] });
  }

  /** `-file("Name", Line).` as epp emits it when entering and leaving a file. */
  private emitFileAttr(name: string, line: number, atLine: number, atCol: number): void {
    const mk = (type: TokenType, image: string, payload: Token['payload'] = null): Token =>
      makeToken(type, image, -1, atLine, atCol, payload);
    const tokens = [
      mk(T.Minus, '-'), mk(T.Atom, 'file', 'file'), mk(T.LParen, '('), mk(T.Str, writeString(name), name),
      mk(T.Comma, ','), mk(T.Integer, String(line), line), mk(T.RParen, ')'), mk(T.FormEnd, '.'),
    ];
    this.emit({ file: name, tokens });
  }

  /** epp's scan_module: -module(M) defines ?MODULE and ?MODULE_STRING. */
  private noteModule(toks: Token[]): void {
    if (!isType(toks[0], T.Minus) || !isType(toks[1], T.Atom) || toks[1].payload !== 'module' || !isType(toks[2], T.LParen)) return;
    const m = toks[3];
    if (!isType(m, T.Atom) || !(isType(toks[4], T.RParen) || isType(toks[4], T.Comma))) return;
    const name = m.payload as string;
    this.macros.set('MODULE', { kind: 'predef', body: [m] });
    this.macros.set('MODULE_STRING', { kind: 'predef', body: [makeToken(T.Str, writeString(name), -1, m.startLine!, m.startColumn!, name)] });
  }

  // ---- Macro expansion ----

  private expandForm(toks: Token[]): Token[] {
    if (!toks.some((t) => t.tokenType === T.Question)) return toks; // most forms use no macro
    return this.expand(toks, { raw: toks, value: null, leaveAlone: false });
  }

  /** Expands every macro call in `toks` (epp's expand_macros/2). */
  private expand(toks: Token[], fn: FunState): Token[] {
    const out: Token[] = [];
    const input = toks.slice().reverse(); // a stack: the next token is at the end
    while (input.length > 0) {
      const t = input.pop()!;
      if (t.tokenType !== T.Question) {
        out.push(t);
        continue;
      }
      const name = input[input.length - 1];
      if (name === undefined) {
        out.push(t);
      } else if (isType(name, T.Var) && (name.payload === 'FUNCTION_NAME' || name.payload === 'FUNCTION_ARITY')) {
        input.pop();
        if (fn.leaveAlone) {
          out.push(t, name);
        } else {
          const f = this.functionName(name, fn);
          out.push(name.payload === 'FUNCTION_NAME'
            ? moveTo(makeToken(T.Atom, writeAtom(f.name), -1, 0, 0, f.name), name)
            : moveTo(makeToken(T.Integer, String(f.arity), -1, 0, 0, f.arity), name));
        }
      } else if (isType(name, T.Var) && name.payload === 'LINE') {
        input.pop();
        out.push(moveTo(makeToken(T.Integer, String(name.startLine), -1, 0, 0, name.startLine!), name));
      } else if (isName(name)) {
        input.pop();
        this.expandCall(name, input, fn);
      } else {
        throw at(name, `illegal macro call '?${symbolText(name)}'`);
      }
    }
    return out;
  }

  /** Expands `?M` or `?M(Args)`, pushing the result back onto the input stack. */
  private expandCall(nameTok: Token, input: Token[], fn: FunState): void {
    const name = nameTok.payload as string;
    const arity = countArgs(input, nameTok, name);
    const def = this.lookup(name, arity, nameTok);
    if (def.params === null) {
      this.checkUses(name, NONE, nameTok);
      const body = this.expand(substitute(def.body, nameTok, null), fn);
      for (let i = body.length - 1; i >= 0; i--) input.push(body[i]);
    } else {
      this.checkUses(name, def.params.length, nameTok);
      const args = bindArgs(input, nameTok, name, def.params);
      const body = substitute(def.body, nameTok, args);
      for (let i = body.length - 1; i >= 0; i--) input.push(body[i]);
    }
  }

  /**
   * The definition a call uses: a macro with only an argument-less definition takes any call
   * (`?F(1)` expands F, then `(1)` follows), otherwise the arity must match.
   */
  private lookup(name: string, arity: number, nameTok: Token): MacroDef {
    const m = this.macros.get(name);
    const undefinedMacro = (): PpError =>
      at(nameTok, arity === NONE ? `undefined macro '${name}'` : `undefined macro '${name}/${arity}'`);
    if (m === undefined) throw undefinedMacro();
    if (m.kind === 'predef') {
      if (m.body === null) throw undefinedMacro();
      return { params: null, body: m.body };
    }
    const only = m.defs.size === 1 ? m.defs.get(NONE) : undefined;
    const def = only ?? m.defs.get(arity);
    if (def === undefined) throw at(nameTok, `argument mismatch for macro '${name}'`);
    return def;
  }

  /** epp's check_uses: reports a cycle in the (static) graph of macro references. */
  private checkUses(name: string, arity: number, nameTok: Token): void {
    const visit = (ref: MacroRef, ancestors: MacroRef[]): void => {
      if (ancestors.some((a) => a[0] === ref[0] && a[1] === ref[1])) {
        throw at(nameTok, ref[1] === NONE ? `circular macro '${ref[0]}'` : `circular macro '${ref[0]}/${ref[1]}'`);
      }
      const entries = this.uses.get(ref[0]);
      if (entries === undefined) return;
      const entry = entries.find((e) => e.arity === ref[1]) ?? entries.find((e) => e.arity === NONE);
      if (entry === undefined) return;
      const path = [ref, ...ancestors];
      for (const r of entry.refs) visit(r, path);
    };
    visit([name, arity], []);
  }

  /** ?FUNCTION_NAME / ?FUNCTION_ARITY: name and arity from the head of the current form. */
  private functionName(tok: Token, fn: FunState): { name: string; arity: number } {
    if (fn.value !== null) return fn.value;
    let toks: Token[];
    try {
      toks = this.expand(fn.raw, { raw: fn.raw, value: null, leaveAlone: true });
    } catch {
      return (fn.value = { name: '_', arity: 0 });
    }
    if (isType(toks[0], T.Atom) && isType(toks[1], T.LParen)) {
      return (fn.value = { name: toks[0].payload as string, arity: headArity(toks) });
    }
    const macro = tok.payload as string;
    if (isType(toks[0], T.Question)) throw at(tok, `?${macro} must not begin a form`);
    throw at(tok, `?${macro} can only be used within a function`);
  }
}

// ---- Helpers on token lists ----

/** epp's find_mismatch: the first token that does not fit `expected` (or the last that did). */
function findMismatch(expected: Array<TokenType | 'name'>, toks: Token[], from: number, t0: Token): Token {
  let last = t0;
  let i = from;
  for (const tag of expected) {
    const t = toks[i];
    const fits = t !== undefined && (tag === 'name' ? isName(t) : t.tokenType === tag);
    if (!fits) return t ?? last;
    last = t;
    i++;
  }
  return toks[i] ?? last;
}

/** The replacement of a -define: tokens up to the `)` before the final dot. */
function defineBody(toks: Token[], start: number): Token[] {
  const n = toks.length;
  const last = toks[n - 1];
  if (!isType(last, T.FormEnd)) throw at(last, 'premature end');
  if (n - 2 < start || !isType(toks[n - 2], T.RParen)) throw at(last, 'badly formed define: missing closing right parenthesis');
  return toks.slice(start, n - 2);
}

/** Joins adjacent string tokens (epp's coalesce_strings). */
function coalesceStrings(toks: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of toks) {
    const prev = out[out.length - 1];
    if (t.tokenType === T.Str && prev !== undefined && prev.tokenType === T.Str) {
      const s = (prev.payload as string) + (t.payload as string);
      out[out.length - 1] = makeToken(T.Str, writeString(s), prev.startOffset, prev.startLine!, prev.startColumn!, s);
    } else {
      out.push(t);
    }
  }
  return out;
}

/** Where scanning continues after a form's dot (epp's location when leaving an include). */
function positionAfterDot(source: string, dot: Token): [number, number] {
  const next = source.charCodeAt(dot.startOffset + 1);
  if (next === 10) return [dot.startLine! + 1, 1];
  if (Number.isNaN(next) || next === 37) return [dot.startLine!, dot.startColumn! + 1];
  return [dot.startLine!, dot.startColumn! + 2];
}

/** `$VAR/rest` -> the environment variable's value joined with rest (epp's expand_var). */
function expandVar(name: string): string {
  if (!name.startsWith('$')) return name;
  const slash = name.indexOf('/');
  const value = process.env[name.slice(1, slash < 0 ? undefined : slash)];
  return value === undefined ? name : slash < 0 ? value : join(value, name.slice(slash + 1));
}

function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}

function findFile(path: string[], name: string): string | null {
  if (isAbsolute(name)) return isFile(name) ? name : null;
  for (const dir of path) {
    const p = join(dir, name);
    if (isFile(p)) return p;
  }
  return null;
}

/**
 * -include_lib fallback. epp asks code:lib_dir(App) for "App/rest"; there is no OTP library tree
 * here, so look for "rest" and then for the bare file name along the include path.
 */
function findLibFile(path: string[], name: string): string | null {
  const parts = name.split('/');
  if (parts.length < 2) return null;
  return findFile(path, parts.slice(1).join('/')) ?? findFile(path, parts[parts.length - 1]) ?? shippedLibFile(name);
}

/**
 * The headers minierl ships for OTP applications (eunit/include/eunit.hrl,
 * stdlib/include/assert.hrl) live in the repository's stdlib/include/ folder, laid out like OTP's
 * lib dir. This file runs from compiler/, dist/compiler/ or the dist/bin bundle: look upwards.
 */
function shippedLibFile(name: string): string | null {
  if (shippedLibDir === undefined) {
    shippedLibDir = null;
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 4; i++, dir = dirname(dir)) {
      const candidate = join(dir, 'stdlib', 'include');
      if (isFile(join(candidate, 'eunit', 'include', 'eunit.hrl'))) {
        shippedLibDir = candidate;
        break;
      }
    }
  }
  return shippedLibDir === null ? null : findFile([shippedLibDir], name);
}
let shippedLibDir: string | null | undefined;

/** Reads an include file: UTF-8 unless a `coding:` comment in its first two lines says latin-1. */
function readSource(p: string): string {
  const bytes = readFileSync(p);
  const head = bytes.subarray(0, 400).toString('latin1').split('\n').slice(0, 2).join('\n');
  const m = /coding\s*[:=]\s*([-a-zA-Z0-9_]+)/.exec(head);
  if (m && /^latin-?1$/i.test(m[1])) return bytes.toString('latin1');
  return bytes.toString('utf8');
}
