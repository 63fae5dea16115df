import { describe, expect, it } from 'vitest';
import { levelEnabled } from '../../../stdlib/bifs/otp-support.js';
import { reportHeader } from '../../../stdlib/crash-report.js';
import { normaliseOutput } from '../../../tools/golden-files.js';

describe('logger levels for OTP reports', () => {
  it('lets an event through when it is at least as severe as the primary level', () => {
    expect(levelEnabled('notice', 'error')).toBe(true);
    expect(levelEnabled('notice', 'notice')).toBe(true);
    expect(levelEnabled('notice', 'info')).toBe(false);
    expect(levelEnabled('error', 'warning')).toBe(false);
    expect(levelEnabled('all', 'debug')).toBe(true);
    expect(levelEnabled('none', 'emergency')).toBe(false);
    expect(levelEnabled('notice', 'bogus')).toBe(false);
  });
});

describe('report headers and their normalisation', () => {
  it('prints the legacy header with local time and microseconds', () => {
    const us = Date.UTC(2026, 10, 22, 5, 40, 0) * 1000 + 123456;
    expect(reportHeader('CRASH REPORT', us)).toMatch(/^=CRASH REPORT==== 22-Nov-2026::\d\d:40:00\.123456 ===\n$/);
  });
  it('masks dates, pids, sizes and OTP-internal frames, and nothing else', () => {
    const a = '=ERROR REPORT==== 22-Nov-2026::05:40:00.123456 ===\n** Generic server <0.80.0> terminating \n' +
      '    exception exit: bad\n      in function  gen_server:terminate/9 (otp/gen_server.erl, line 320)\n' +
      '      in call from m:f/1 (m.erl, line 3)\n    heap_size: 233\n    reductions: 20\n';
    const b = '=ERROR REPORT==== 21-Oct-2025::01:02:03.000001 ===\n** Generic server <0.9.0> terminating \n' +
      '    exception exit: bad\n      in function  gen_server:handle_common_reply/8 (gen_server.erl, line 1241)\n' +
      '      in call from m:f/1 (m.erl, line 3)\n    heap_size: 1598\n    reductions: 3053\n';
    expect(normaliseOutput(a)).toBe(normaliseOutput(b));
    expect(normaliseOutput(a)).toContain('in call from m:f/1 (m.erl, line 3)');
    expect(normaliseOutput('no reports here 1.0.0\n')).toBe('no reports here 1.0.0\n');
  });
});
