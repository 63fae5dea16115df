import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../../bin/minierl', import.meta.url));
const script = fileURLToPath(new URL('./stdin_ticks.erl', import.meta.url));

/** Runs the script with `mode`, writing each input chunk after its delay (ms), then closing stdin (unless `close` is false). */
function run(mode: string | string[], chunks: [number, string][], close = true): Promise<{ out: string; err: string; status: number | null; ms: number }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [bin, ...(typeof mode === 'string' ? ['run', script, mode] : mode)], { env: { ...process.env, MINIERL_CACHE: '0' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('latin1')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('latin1')));
    child.stdin.on('error', () => {});
    // The delays count from the program's first output (its prompt), not from a start-up that
    // takes a variable time on a loaded machine.
    child.stdout.once('data', () => {
      let at = 0;
      for (const [delay, text] of chunks) {
        at += delay;
        setTimeout(() => child.stdin.write(text), at);
      }
      if (close) setTimeout(() => child.stdin.end(), at + 10);
    });
    child.on('close', (status) => resolve({ out, err, status, ms: Date.now() - t0 }));
  });
}

describe('asynchronous standard input (minierl run)', () => {
  // Tick counts depend on timing; the shape (and the prompt after each tick) is what escript prints.
  it('lets other processes and timers run while one waits for a line', async () => {
    const r = await run('ticks', [[1000, 'hi\n']]);
    expect(r.status).toBe(0);
    // OTP's user server prints the waiting reader's prompt again after each output; a last tick
    // may come after the read completed (as on OTP: the timer and the line race).
    const m = /^> ((?:tick\n> )+)(?:tick\n)?\ngot "hi\\n", ticked: true\n$/.exec(r.out);
    expect(m, r.out).not.toBeNull();
    expect(m![1].split('\n').length - 1).toBeGreaterThanOrEqual(3);
  }, 20000);

  it('a line typed in two pieces, with timers running in between', async () => {
    const r = await run('quiet', [[800, 'h'], [300, 'i\nrest\n']]);
    expect(r.out).toBe('> got "hi\\n", ticked: true\n');
  }, 20000);

  it('io:read, get_chars and unread across chunks', async () => {
    const r = await run('read', [[600, '{a,\n'], [200, ' "b"}. xyz'], [200, '\n1'], [200, '2.\nlast']]);
    // Recorded from escript (OTP 25) fed the same chunks.
    expect(r.out).toBe('t> {{ok,{a,"b"}},"xyz",{ok,12},"last"}\n');
  }, 20000);

  it('end of input wakes a waiting reader with eof', async () => {
    const r = await run('quiet', [[800, '']]);
    expect(r.out).toBe('> got eof, ticked: true\n');
  }, 20000);

  it('exits when main returns although another process still waits for input', async () => {
    const r = await run('leave', [], false);
    expect(r.out).toBe('bye\n');
    expect(r.status).toBe(0);
    expect(r.ms).toBeLessThan(8000);
  }, 20000);

  it('still reports a deadlock once input has ended', () => {
    const r = spawnSync(process.execPath, [bin, 'run', script, 'forever'], { input: 'x\n' });
    expect(r.stdout.toString()).toBe('"x\\n"\n');
    expect(r.stderr.toString()).toContain('main/1 waits forever');
    expect(r.status).toBe(1);
  });

  it('minierl -noshell -eval reads asynchronously too', async () => {
    const expr = 'Self = self(), spawn(fun() -> Self ! {l, io:get_line("p> ")} end), ' +
      'W = fun W(N) -> receive {l, X} -> {X, N >= 3} after 50 -> W(N + 1) end end, io:format("~p~n", [W(0)]), halt().';
    const r = await run(['-noshell', '-eval', expr], [[800, 'hi\n']]);
    expect(r.out).toBe('p> {"hi\\n",true}\n');
    expect(r.status).toBe(0);
  }, 20000);
});
