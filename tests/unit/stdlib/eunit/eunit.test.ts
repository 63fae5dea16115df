// EUnit: the ?assert/?assertNot error terms (OTP 25's own header makes OTP's compiler warn on
// these, so they are not conformance programs), failure, timeout and setup reports as eunit_tty
// prints them, and `minierl eunit` on a project folder. Expected texts were recorded from OTP 25;
// stack frames are left out where ours differ (see stdlib/lib/eunit.erl).

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runErlang } from '../../vm/run-erlang.js';

const bin = fileURLToPath(new URL('../../../../bin/minierl', import.meta.url));
const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

const HEADER = `-module(t).\n-include_lib("eunit/include/eunit.hrl").\n-export([main/0]).\n`;

describe('?assert and ?assertNot', () => {
  it('raise OTP 25 error terms', async () => {
    const r = await runErlang(HEADER + `
main() ->
    X = list_to_integer("1"),
    Rs = [catch ?assert(X =:= 2), catch ?assert(X), catch ?assertNot(X =:= 1), catch ?assertNot(X, "c"),
          ?assert(X =:= 1), ?assertNot(X =:= 2)],
    [io:format("~p~n", [case R of {'EXIT', {E, _}} -> E; _ -> R end]) || R <- Rs].
`);
    expect(r.output).toBe(
      '{assert,[{module,t},\n         {line,7},\n         {expression,"X =:= 2"},\n         {expected,true},\n         {value,false}]}\n' +
        '{assert,[{module,t},\n         {line,7},\n         {expression,"X"},\n         {expected,true},\n         {not_boolean,1}]}\n' +
        '{assert,[{module,t},\n         {line,7},\n         {expression,"X =:= 1"},\n         {expected,false},\n         {value,true}]}\n' +
        '{assert,[{module,t},\n         {line,7},\n         {comment,"c"},\n         {expression,"X"},\n         {expected,false},\n         {not_boolean,1}]}\n' +
        'ok\nok\n',
    );
  });
});

describe('eunit:test reports', () => {
  it('print a failure like eunit_tty, then the summary', async () => {
    const r = await runErlang(HEADER + `
main() -> eunit:test(t).
ok_test() -> ok.
crash_test() -> erlang:error(boom).
`);
    expect(r.value).toBe('error');
    expect(r.output).toBe(
      't: crash_test...*failed*\nin function t:crash_test/0 (t.erl, line 7)\n' +
        // OTP's own eunit frames (as OTP 25 prints them), cut at the backtrace depth, 8
        "in call from eunit_test:'-mf_wrapper/2-fun-0-'/2 (eunit_test.erl, line 273)\n" +
        'in call from eunit_test:run_testfun/1 (eunit_test.erl, line 71)\n' +
        'in call from eunit_proc:run_test/1 (eunit_proc.erl, line 531)\n' +
        'in call from eunit_proc:with_timeout/3 (eunit_proc.erl, line 356)\n' +
        'in call from eunit_proc:handle_test/2 (eunit_proc.erl, line 514)\n' +
        'in call from eunit_proc:tests_inorder/3 (eunit_proc.erl, line 456)\n' +
        'in call from eunit_proc:with_timeout/3 (eunit_proc.erl, line 346)\n' +
        '**error:boom\n  output:<<"">>\n\n' +
        '=======================================================\n  Failed: 1.  Skipped: 0.  Passed: 1.\n',
    );
  });

  it('verbose: header, module group, one line per test, bar and summary', async () => {
    const r = await runErlang(HEADER + `
main() -> eunit:test(t, [verbose]).
a_test() -> ok.
b_test_() -> {"described", ?_assert(true)}.
`);
    expect(r.value).toBe('ok');
    // Durations depend on the machine: eunit prints "[0.001 s] " before ok for a test that took time.
    expect(r.output.replace(/ *\[done in [0-9.]+ s\]\n/, '').replace(/\[[0-9.]+ s\] /g, '')).toBe(
      '======================== EUnit ========================\nmodule \'t\'\n  t: a_test...ok\n' +
        '  t:7: -b_test_/0-fun-0- (described)...ok\n' +
        '=======================================================\n  2 tests passed.\n',
    );
  });

  it('a test past its timeout is cancelled', async () => {
    const r = await runErlang(HEADER + `
main() -> eunit:test([{timeout, 0.05, ?_test(timer:sleep(2000))}, ?_test(ok)]).
`);
    expect(r.value).toBe('error');
    expect(r.output).toBe(
      't:5: -main/0-fun-0-...*timed out*\nundefined\n=======================================================\n' +
        '  Failed: 0.  Skipped: 0.  Passed: 0.\nOne or more tests were cancelled.\n',
    );
  });

  it('a failing setup cancels its tests; a missing module is reported', async () => {
    const r = await runErlang(HEADER + `
main() -> {eunit:test({setup, fun() -> error(nope) end, [?_test(ok)]}), eunit:test(no_such_mod)}.
`);
    expect(r.value).toBe('{error,error}');
    expect(r.output).toBe(
      "undefined\n*** context setup failed ***\n**in function t:'-main/0-fun-0-'/0 (t.erl, line 5)\n**error:nope\n\n\n" +
        '=======================================================\n  Failed: 0.  Skipped: 0.  Passed: 0.\nOne or more tests were cancelled.\n' +
        'undefined\n*** test module not found ***\n**no_such_mod\n\n' +
        '=======================================================\n  Failed: 0.  Skipped: 0.  Passed: 0.\nOne or more tests were cancelled.\n',
    );
  });
});

describe('minierl eunit', () => {
  it('runs a project: src/ and test/, headers from include/', () => {
    const r = spawnSync(process.execPath, [bin, 'eunit', here('proj/src'), here('proj/test')], { encoding: 'latin1' });
    expect(r.stdout).toBe('  All 5 tests passed.\n');
    expect(r.status).toBe(0);
  });

  it('exits 1 when a test fails', () => {
    const r = spawnSync(process.execPath, [bin, 'eunit', here('failing/broken_tests.erl')], { encoding: 'latin1' });
    expect(r.stdout).toContain('broken_tests: wrong_test...*failed*\n');
    expect(r.stdout).toContain('{expression,"lists : max ( [ 1 , 0 ] )"}');
    expect(r.stdout).toContain('  Failed: 1.  Skipped: 0.  Passed: 1.\n');
    expect(r.status).toBe(1);
  });

  it('exits 2 when there is nothing to test', () => {
    const r = spawnSync(process.execPath, [bin, 'eunit', here('proj/src')], { encoding: 'latin1' });
    expect(r.status).toBe(2);
  });
});
