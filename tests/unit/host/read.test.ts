import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../../bin/minierl', import.meta.url));
const script = fileURLToPath(new URL('./read_terms.erl', import.meta.url));

function run(input: string): string {
  const r = spawnSync(process.execPath, [bin, 'run', script], { input: Buffer.from(input, 'latin1') });
  expect(r.status).toBe(0);
  return r.stdout.toString('latin1');
}

// Expected text recorded from `printf ... | escript read_terms.erl` (OTP 25).
describe('io:read and io:fread on standard input', () => {
  it('read terms across lines, leave what follows a form or a field for the next reader', () => {
    const input = 'foo. {bar,\n [1,2]}.\n"str" 3.\n12 word atom rest\nafter\n{bad.\nbinline\nabcdef\n77\nx.\n';
    expect(run(input)).toBe(
      't> t2> {ok,foo}\n{ok,{bar,[1,2]}}\n{error,{1,erl_parse,["syntax error before: ","3"]}}\n' +
        'f> {ok,[12,"word"]}\n{ok,[atom]}\n" rest\\n"\n' +
        '{error,{1,erl_parse,["syntax error before: ","\'after\'"]}}\n' +
        '"binline\\n"\n"abc"\n"def\\n"\n{ok,"M"}\n{ok,x}\neof\neof\n',
    );
  });
  it('return eof on input that is only white space', () => {
    expect(run('  \n')).toBe('t> t2> eof\neof\neof\nf> eof\neof\neof\neof\neof\neof\neof\neof\neof\neof\neof\n');
  });
});
