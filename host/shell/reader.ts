// Splits the shell's input into expression sequences the way io:parse_erl_exprs does: text is
// buffered until the scanner completes a form (a `.` followed by white space); what follows the
// dot stays buffered for the next prompt, counted again from line 1, column 1. Pure: no I/O.

import { FormScanner, type Token } from '../../compiler/lexer.js';
import * as T from '../../compiler/tokens.js';

/** One complete read: the tokens up to and including the dot, or a scan error. */
export type ReadResult =
  | { kind: 'tokens'; tokens: Token[]; text: string }
  | { kind: 'error'; line: number; col: number; message: string; text: string };

export class ExprReader {
  private buf = '';

  /** Adds input text (one or more lines as typed or piped). */
  feed(text: string): void {
    this.buf += text;
  }

  /** Whether anything other than white space and comments is waiting. */
  hasPending(): boolean {
    return new FormScanner(this.buf).next() !== null;
  }

  /**
   * Removes and returns buffered text up to and including the first newline (all of it when
   * there is none): input read by the evaluated code itself (io:get_line) comes from here first.
   */
  takeLine(): string {
    const nl = this.buf.indexOf('\n');
    const end = nl < 0 ? this.buf.length : nl + 1;
    const line = this.buf.slice(0, end);
    this.buf = this.buf.slice(end);
    return line;
  }

  /** Removes and returns up to n buffered characters. */
  takeChars(n: number): string {
    const s = this.buf.slice(0, n);
    this.buf = this.buf.slice(n);
    return s;
  }

  /** Drops buffered text (Ctrl-C at a continuation line). */
  clear(): void {
    this.buf = '';
  }

  /**
   * The next complete expression sequence, or null when more input is needed. At end of input
   * (`eof`), whatever is buffered is returned as it is (the parser then reports what is missing).
   */
  next(eof = false): ReadResult | null {
    const scanner = new FormScanner(this.buf);
    const form = scanner.next();
    if (form === null) {
      if (eof) this.buf = '';
      return null;
    }
    if (form.error !== null) {
      // An unterminated string or quoted atom may still be closed by a later line.
      if (!eof && /^unterminated/.test(form.error.message)) return null;
      const text = this.buf;
      this.buf = eof ? '' : this.restAfterError();
      return { kind: 'error', line: form.error.line, col: form.error.col, message: form.error.message, text };
    }
    const last = form.tokens[form.tokens.length - 1];
    if (last.tokenType !== T.FormEnd) {
      if (!eof) return null;
      const text = this.buf;
      this.buf = '';
      return { kind: 'tokens', tokens: form.tokens, text };
    }
    // The dot token consumed one white-space character after the `.` (erl_scan's dot).
    const end = Math.min(this.buf.length, last.startOffset + 2);
    const text = this.buf.slice(0, end);
    this.buf = this.buf.slice(end);
    return { kind: 'tokens', tokens: form.tokens, text };
  }

  /** After a scan error erl_scan drops the line's remaining text. */
  private restAfterError(): string {
    const nl = this.buf.indexOf('\n');
    return nl < 0 ? '' : this.buf.slice(nl + 1);
  }
}
