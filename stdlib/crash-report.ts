// The report OTP's logger prints when a process dies of an uncaught error or throw:
//   =ERROR REPORT==== 22-Nov-2026::04:04:25.386769 ===
//   Error in process <0.86.0> with exit value:
//   {badarith,[...]}
// (exit/1 is a normal way to stop and gets no report). Printed unless the logger level is none.

import { ERROR, THROW } from '../vm/terms/atom.js';
import type { Process } from '../vm/process.js';
import { prettyTerm, writePid } from '../vm/terms/format.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function timestamp(d: Date, micros: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}-${MONTHS[d.getMonth()]}-${d.getFullYear()}::${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(micros).padStart(6, '0')}`;
}

/** The logger's legacy header line: `=ERROR REPORT==== 22-Nov-2026::04:04:25.386769 ===`. */
export function reportHeader(title: string, nowUs: number = Math.floor((performance.timeOrigin + performance.now()) * 1000)): string {
  return `=${title}==== ${timestamp(new Date(Math.floor(nowUs / 1000)), nowUs % 1_000_000)} ===\n`;
}

/** The report text for a process that just exited, or null when OTP prints none. */
export function crashReport(p: Process, nowUs?: number): string | null {
  if (!p.crashed || (p.excClass !== ERROR && p.excClass !== THROW)) return null;
  nowUs ??= Math.floor((performance.timeOrigin + performance.now()) * 1000);
  return `${reportHeader('ERROR REPORT', nowUs)}Error in process ${writePid(p.pid)} with exit value:\n${prettyTerm(p.exitReason, { column: 1 })}\n\n`;
}

/** The logger levels in order of severity; a report of level L prints when the level allows L. */
const LEVELS = ['none', 'emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'debug', 'all'];

export function loggerAllows(level: string, reportLevel: string): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(reportLevel);
}

/** The report BEAM's logger prints when a process passes its max_heap_size. */
export function maxHeapReport(p: Process, totalWords: number, gcInfo: unknown, nowUs: number = Math.floor((performance.timeOrigin + performance.now()) * 1000)): string {
  const now = new Date(Math.floor(nowUs / 1000));
  const label = (s: string) => `     ${s.padEnd(20)}`;
  return `=ERROR REPORT==== ${timestamp(now, nowUs % 1_000_000)} ===\n`
    + `${label('Process:')}${writePid(p.pid)} \n`
    + `${label('Context:')}maximum heap size reached\n`
    + `${label('Max Heap Size:')}${p.maxHeapWords}\n`
    + `${label('Total Heap Size:')}${totalWords}\n`
    + `${label('Kill:')}${p.maxHeapKill}\n`
    + `${label('Error Logger:')}${p.maxHeapLog}\n`
    + `${label('Message Queue Len:')}${p.mailbox.length}\n`
    + `${label('GC Info:')}${prettyTerm(gcInfo, { column: 26 })}\n\n`;
}
