// Diagnostics compared with erlc's own: each source below was compiled by erlc (OTP 25.2.3, via
// epp:parse_file, the passes that report these) and its messages recorded here verbatim, file
// name, line, column and wording. Regenerate them from erlc rather than editing them by hand.

import { describe, expect, it } from 'vitest';
import { renderDiagnostic } from '../../../compiler/diagnostics.js';
import { parseModule } from '../../../compiler/parse.js';

const CASES: Array<[file: string, source: string, erlc: string[]]> = [
  ["attr_bad.erl", "-foo(X).\n", ["attr_bad.erl:1:6: bad attribute"]],
  ["attr_export.erl", "-export([f/x]).\n", ["attr_export.erl:1:12: bad function arity"]],
  ["attr_record.erl", "-record(r, {1}).\n", ["attr_record.erl:1:13: bad record field"]],
  ["attr_spec.erl", "-spec f(X) -> when X :: integer().\n", ["attr_spec.erl:1:15: syntax error before: 'when'"]],
  ["attr_type.erl", "-type t(X, 1) :: X.\n", ["attr_type.erl:1:12: bad type variable"]],
  ["head_arity.erl", "f(X) -> X;\nf(X, Y) -> Y.\n", ["head_arity.erl:2:1: head mismatch"]],
  ["head_mismatch.erl", "f() -> ok;\ng() -> ok.\n", ["head_mismatch.erl:2:1: head mismatch"]],
  ["pp_bad_define.erl", "-define(M 1).\n", ["pp_bad_define.erl:1:11: badly formed 'define'"]],
  ["pp_else.erl", "-else.\n", ["pp_else.erl:1:2: unbalanced '-else'"]],
  ["pp_endif.erl", "-endif.\n", ["pp_endif.erl:1:2: unbalanced '-endif'"]],
  ["pp_error.erl", "-error(bad).\n", ["pp_error.erl:1:2: -error(bad)."]],
  ["pp_include.erl", "-include(\"missing.hrl\").\n", ["pp_include.erl:1:10: can't find include file \"missing.hrl\""]],
  ["pp_include_lib.erl", "-include_lib(\"app/include/missing.hrl\").\n", ["pp_include_lib.erl:1:14: can't find include lib \"app/include/missing.hrl\""]],
  ["pp_mismatch.erl", "-define(M(X), X).\nf() -> ?M(1, 2).\n", ["pp_mismatch.erl:2:9: argument mismatch for macro 'M'"]],
  ["pp_redefine.erl", "-define(M, 1).\n-define(M, 2).\n", ["pp_redefine.erl:2:9: redefining macro 'M'"]],
  ["pp_undefined.erl", "f() -> ?FOO.\n", ["pp_undefined.erl:1:9: undefined macro 'FOO'"]],
  ["pp_undefined_arity.erl", "f() -> ?foo(1).\n", ["pp_undefined_arity.erl:1:9: undefined macro 'foo/1'"]],
  ["pp_unterminated.erl", "-ifdef(X).\nf() -> ok.\n", ["pp_unterminated.erl:3:1: unterminated '-ifdef'"]],
  ["scan_atom.erl", "f() -> 'abc\n", ["scan_atom.erl:1:8: unterminated atom starting with 'abc\\n'"]],
  ["scan_base.erl", "f() -> 37#1.\n", ["scan_base.erl:1:8: illegal base '37'", "scan_base.erl:1:10: syntax error before: '#'"]],
  ["scan_char.erl", "f() -> $", ["scan_char.erl:1:8: unterminated character"]],
  ["scan_escape.erl", "f() -> \"\\x{110000}\".\n", ["scan_escape.erl:1:9: illegal character", "scan_escape.erl:1:19: unterminated string starting with \".\\n\""]],
  ["scan_float.erl", "f() -> 1.0e.\n", ["scan_float.erl:1:8: illegal float", "scan_float.erl:1:12: syntax error before: '.'"]],
  ["scan_illegal.erl", "f() -> 1 \u03bb 2.\ng() -> ok.\n", ["scan_illegal.erl:1:10: illegal character", "scan_illegal.erl:1:12: syntax error before: 2"]],
  ["scan_string.erl", "f() -> \"abc\n\ng() -> ok.\n", ["scan_string.erl:1:8: unterminated string starting with \"abc\\n\\ng() -> ok.\\n\""]],
  ["syntax_arrow.erl", "f() -> X -> Y.\n", ["syntax_arrow.erl:1:10: syntax error before: '->'"]],
  ["syntax_bin.erl", "f() -> <<1:>>.\n", ["syntax_bin.erl:1:12: syntax error before: '>>'"]],
  ["syntax_char.erl", "f() -> $a ).\n", ["syntax_char.erl:1:11: syntax error before: ')'"]],
  ["syntax_cmp.erl", "f() -> 1 < 2 < 3.\n", ["syntax_cmp.erl:1:14: syntax error before: '<'"]],
  ["syntax_comma.erl", "f(,) -> ok.\n", ["syntax_comma.erl:1:3: syntax error before: ','"]],
  ["syntax_dot.erl", "f() -> .\n", ["syntax_dot.erl:1:8: syntax error before: '.'"]],
  ["syntax_end.erl", "f() -> case X of a -> b.\n", ["syntax_end.erl:1:24: syntax error before: '.'"]],
  ["syntax_eof.erl", "f() -> ok", ["syntax_eof.erl:1:8: syntax error before: "]],
  ["syntax_float.erl", "f() -> 1.5 ).\n", ["syntax_float.erl:1:12: syntax error before: ')'"]],
  ["syntax_fun.erl", "f() -> fun(X) X end.\n", ["syntax_fun.erl:1:15: syntax error before: X"]],
  ["syntax_int.erl", "f() -> [1,2 | 3 4].\n", ["syntax_int.erl:1:17: syntax error before: 4"]],
  ["syntax_keyword.erl", "f() -> end.\n", ["syntax_keyword.erl:1:8: syntax error before: 'end'"]],
  ["syntax_map.erl", "f() -> #{a => }.\n", ["syntax_map.erl:1:15: syntax error before: '}'"]],
  ["syntax_misc.erl", "f() -> a ~ b.\n", ["syntax_misc.erl:1:10: syntax error before: '~'"]],
  ["syntax_op.erl", "f() -> 1 + * 2.\n", ["syntax_op.erl:1:12: syntax error before: '*'"]],
  ["syntax_paren.erl", "f() -> g(1)).\n", ["syntax_paren.erl:1:12: syntax error before: ')'"]],
  ["syntax_quoted.erl", "f() -> 'hello world' x.\n", ["syntax_quoted.erl:1:22: syntax error before: x"]],
  ["syntax_receive.erl", "f() -> receive after end.\n", ["syntax_receive.erl:1:22: syntax error before: 'end'"]],
  ["syntax_record.erl", "f() -> #r{a}.\n", ["syntax_record.erl:1:12: syntax error before: '}'"]],
  ["syntax_string.erl", "f() -> \"abc\" ).\n", ["syntax_string.erl:1:14: syntax error before: ')'"]],
  ["syntax_try.erl", "f() -> try x end.\n", ["syntax_try.erl:1:14: syntax error before: 'end'"]],
  ["syntax_unicode.erl", "f() -> \"\u03bb\" x.\n", ["syntax_unicode.erl:1:12: syntax error before: x"]],
  ["syntax_var.erl", "f() -> X Y.\n", ["syntax_var.erl:1:10: syntax error before: Y"]],
  ["syntax_when.erl", "f(X) when -> X.\n", ["syntax_when.erl:1:11: syntax error before: '->'"]],
];

describe('diagnostics match erlc', () => {
  it.each(CASES)('%s', (file, source, erlc) => {
    const { diagnostics } = parseModule(source, file);
    expect(diagnostics.map(renderDiagnostic)).toEqual(erlc);
  });
});
