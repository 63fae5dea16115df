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
  constructor(readonly file: string) {}

  error(loc: { line: number; col: number }, message: string): void {
    this.items.push({ file: this.file, line: loc.line, col: loc.col, severity: 'error', message });
  }

  warning(loc: { line: number; col: number }, message: string): void {
    this.items.push({ file: this.file, line: loc.line, col: loc.col, severity: 'warning', message });
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
