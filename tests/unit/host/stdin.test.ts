import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../../bin/minierl', import.meta.url));
const script = fileURLToPath(new URL('./get_line.erl', import.meta.url));

function run(input: Buffer): Buffer {
  const r = spawnSync(process.execPath, [bin, 'run', script], { input });
  expect(r.status).toBe(0);
  return r.stdout;
}

// Expected bytes recorded from `printf 'h\xe9llo\nsecond' | escript get_line.erl` (OTP 25).
describe('io:get_line and io:get_chars on standard input', () => {
  it('read lines as latin1 characters, prompts first, then eof', () => {
    const out = run(Buffer.from('h\xe9llo\nsecond', 'latin1'));
    expect(out.toString('latin1')).toBe('name> x"h\xe9llo\\n" "second" eof\neof\n');
  });
  it('return eof on empty input', () => {
    expect(run(Buffer.alloc(0)).toString('latin1')).toBe('name> xeof eof eof\neof\n');
  });
});
