// Compiler diagnostics are data, rendered the way erlc renders them:
//   src/foo.erl:12:7: variable 'X' is unbound
//   src/foo.erl:3:1: Warning: function bar/0 is unused
// Passes collect every diagnostic they find; `CompileError` carries them out of the compiler.

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  message: string;
  /** 0 for the preprocessor and parser, 1 for later checks: erlc reports them in that order. */
  phase?: number;
}

export function renderDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}: ` : `${d.file}: `;
  return where + (d.severity === 'warning' ? 'Warning: ' : '') + d.message;
}

export class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(renderDiagnostic).join('\n'));
  }
}

export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string, readonly phase = 0) {}

  error(loc: { line: number; col: number }, message: string): void {
    this.items.push({ file: this.file, line: loc.line, col: loc.col, severity: 'error', message, phase: this.phase });
  }

  warning(loc: { line: number; col: number }, message: string): void {
    this.items.push({ file: this.file, line: loc.line, col: loc.col, severity: 'warning', message, phase: this.phase });
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }
}

/**
 * Renders diagnostics as erlc prints them: errors first, then warnings, each sorted by position,
 * each followed by the quoted source line with a caret under the column (when `source` is given).
 */
export function renderReport(diags: Diagnostic[], source: string | null): string {
  const byPos = (a: Diagnostic, b: Diagnostic) =>
    (a.phase ?? 0) - (b.phase ?? 0) || a.line - b.line || a.col - b.col || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
  const errors = diags.filter((d) => d.severity === 'error').sort(byPos);
  const warnings = diags.filter((d) => d.severity === 'warning').sort(byPos);
  const lines = source === null ? null : source.split(/\r?\n/);
  let out = '';
  for (const d of [...errors, ...warnings]) {
    out += renderDiagnostic(d) + '\n';
    if (lines !== null && d.line > 0 && d.line <= lines.length) out += quoteLine(lines[d.line - 1], d.line, d.col);
  }
  return out;
}

function quoteLine(text: string, line: number, col: number): string {
  const num = String(line);
  const width = Math.max(4, num.length);
  let under = '';
  const chars = Array.from(text);
  let n = 1;
  for (; n < col && n <= chars.length; n++) under += chars[n - 1] === '\t' ? '\t' : ' ';
  for (; n < col + 1; n++) under += '^';
  return `% ${num.padStart(width)}| ${text}\n% ${''.padStart(width)}| ${under}\n\n`;
}
