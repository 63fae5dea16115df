// re BIFs end to end on the host's RegExp: what OTP cannot show (the PCRE features JavaScript lacks
// are refused with a clear error instead of silently matching otherwise), and the compiled-pattern
// term round trip. Behaviour shared with OTP is pinned by tests/conformance/re/.

import { describe } from 'vitest';
import { bifs } from '../../../stdlib/bifs/re.js';
import { runCases, type Case } from './run-cases.js';

const notSupported = (what: string) => `${what} is not supported by minierl (JavaScript RegExp)`;

const cases: Case[] = [
  ['re:compile("a++")', `{error,{"${notSupported('a possessive quantifier')}",2}}`],
  ['re:compile("(?>ab|a)c")', `{error,{"${notSupported('an atomic group (?>...)')}",0}}`],
  ['re:compile("x(?R)?y")', `{error,{"${notSupported('a recursive or subroutine call')}",1}}`],
  ['re:compile("a\\\\Kb")', `{error,{"${notSupported('\\\\K')}",1}}`],
  ['re:compile("(?(1)a|b)")', `{error,{"${notSupported('a conditional group (?(...)...)')}",0}}`],
  ['re:compile("(*UTF8)a")', `{error,{"${notSupported('a backtracking verb (*...)')}",1}}`],
  ['re:compile([233, $(, $?, $>, $a, $)], [unicode])', `{error,{"${notSupported('an atomic group (?>...)')}",2}}`],
  ['re:run("abc", "(?>a)")', 'error:badarg'],
  ['re:run("abc", "(?>a)", [report_errors])', `{error,{compile,{"${notSupported('an atomic group (?>...)')}",0}}}`],
  ['re:run("abc", "b", [{capture, all, list}])', '{match,["b"]}'],
  ['re:run(<<104, 195, 169, 108, 108, 111>>, "l+", [unicode])', '{match,[{3,2}]}'],
  ['re:run("aaa", "a*?", [global, {capture, first, list}])', '{match,[[[]],["a"],[[]],["a"],[[]],["a"],[[]]]}'],
  ['re:inspect({re_pattern, 0, 0, 0, <<"not ours">>}, namelist)', 'error:badarg'],
  ['re:run("abc", {re_pattern, 0, 0, 0, <<"not ours">>})', 'error:badarg'],
  ['re:version()', '<<"8.44 2020-02-12">>'],
];

describe('re', () => runCases(bifs, cases));
