// The preprocessor: macros, conditionals, includes and predefined macros, with epp's error
// messages and positions (expected texts recorded from erlc / epp, OTP 25.2.3).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseModule } from '../../../compiler/parse.js';
import { renderDiagnostic } from '../../../compiler/diagnostics.js';
import { formSexpr } from './sexpr.js';
import { body, errors, forms } from './helpers.js';

describe('macros', () => {
  it('expands macros with and without arguments, overloaded by arity', () => {
    const src = [
      '-define(A, 1).', '-define(B(X), {X, ?A}).', '-define(B(X, Y), [X, Y]).', '-define(EMPTY(), empty).',
      '-define(CALL, foo:bar).', 'f() -> {?A, ?B(2), ?B(3, 4), ?EMPTY(), ?CALL(1)}.',
    ].join('\n');
    expect(forms(src)).toEqual(["(function f/0 [ -> {1 {2 1} (cons 3 (cons 4 [])) 'empty' (call 'foo':'bar' 1)}])"]);
  });

  it('passes arguments containing commas inside brackets and keyword blocks', () => {
    const src = '-define(NEST(F, X), F(X)).\nh(X) -> ?NEST(fun(P) -> {P, [1, 2], begin c end} end, X).';
    expect(forms(src)).toEqual(["(function h/1 [X -> (call (fun [P -> {P (cons 1 (cons 2 [])) (begin 'c')}]) X)])"]);
  });

  it('stringifies arguments with ??', () => {
    const src = '-define(S(X), ??X).\nf() -> {?S(a + b), ?S(foo(1, "a", \'B\', 1.5, $a)), ?S("s" ++ [$c])}.';
    expect(forms(src)).toEqual([
      '(function f/0 [ -> {"a + b" "foo ( 1 , \\"a\\" , \'B\' , 1.5 , $a )" "\\"s\\" ++ [ $c ]"}])',
    ]);
  });

  it('places a replacement at the macro name, as epp does', () => {
    expect(errors('-define(P, 1 2).\ni() -> ?P.')).toEqual(['t.erl:2:9: syntax error before: 2']);
  });

  it('undefines macros', () => {
    expect(errors('-define(A, 1).\n-undef(A).\nf() -> ?A.')).toEqual(["t.erl:3:9: undefined macro 'A'"]);
  });

  it('takes -D style definitions from the options', () => {
    expect(forms('f() -> {?N, ?FLAG}.', { defines: { N: '42', FLAG: '' } })).toEqual(["(function f/0 [ -> {42 'true'}])"]);
  });
});

describe('predefined macros', () => {
  it('knows MODULE, MODULE_STRING, LINE, FILE, FUNCTION_NAME/ARITY, MACHINE and OTP_RELEASE', () => {
    const src = '-module(m).\n-define(L, ?LINE).\nf(A, {B, C}) ->\n  {?MODULE, ?MODULE_STRING, ?LINE, ?L, ?FILE, ?FUNCTION_NAME, ?FUNCTION_ARITY, ?MACHINE, ?OTP_RELEASE, ?BEAM}.';
    expect(forms(src)[1]).toBe("(function f/2 [A {B C} -> {'m' \"m\" 4 4 \"t.erl\" 'f' 2 'BEAM' 25 'true'}])");
  });

  it('reports MODULE before -module and FUNCTION_NAME outside a function', () => {
    expect(errors('f() -> ?MODULE.')).toEqual(["t.erl:1:9: undefined macro 'MODULE'"]);
    expect(errors('-x(?FUNCTION_NAME).')).toEqual(['t.erl:1:5: ?FUNCTION_NAME can only be used within a function']);
  });
});

describe('conditionals', () => {
  it('follows -ifdef, -ifndef, -else and -endif, nested', () => {
    const src = [
      '-define(A, 1).', '-ifdef(A).', 'a() -> yes.', '-ifndef(A).', 'b() -> no.', '-else.', 'c() -> yes.', '-endif.',
      '-else.', 'd() -> no.', '-endif.', '-ifdef(MODULE).', 'e() -> no.', '-endif.',
    ].join('\n');
    expect(forms(src).map((f) => f.split(' ')[1])).toEqual(['a/0', 'c/0']);
  });

  it('evaluates -if and -elif', () => {
    const src = [
      '-define(A, 1).', '-if(?OTP_RELEASE < 25).', 'a() -> old.', '-elif(?OTP_RELEASE >= 25 andalso defined(A)).',
      'b() -> new.', '-else.', 'c() -> never.', '-endif.', '-if(false).', '-if(true).', 'd() -> skipped.', '-endif.',
      '-else.', 'e() -> yes.', '-endif.', '-if(is_atom(x) and not (1 == 2.0)).', 'f() -> yes.', '-endif.',
    ].join('\n');
    expect(forms(src).map((f) => f.split(' ')[1])).toEqual(['b/0', 'e/0', 'f/0']);
  });

  it('skips text that does not even scan', () => {
    expect(forms('-ifdef(NO).\nf() -> 1 λ 2.\ng() -> 16#.\n-endif.\ng() -> ok.\n').map((f) => f.split(' ')[1])).toEqual(['g/0']);
  });

  it('reports unterminated conditionals at the end of the file', () => {
    expect(errors('-ifdef(FOO).\nf() -> ok.\n')).toEqual(["t.erl:3:1: unterminated '-ifdef'"]);
  });
});

describe('preprocessor errors', () => {
  it('reports what epp reports, where it reports it', () => {
    const src = [
      '-module(perr).', '-define(A, ?B).', '-define(B, ?A).', '-define(S(X), ??X).', '-define(F(X), {X, ?LINE}).',
      '-define(P, 1 2).', 'f() -> ?A.', 'g() -> ?S(foo(1, "a", \'B\', 1.5, $a)) ++ ?FUNCTION_NAME.', 'h() -> ?F(x).',
      'i() -> ?P.', '-define(FUNCTION_NAME, x).', 'j() -> ? 1.', 'k() -> ?F(,).', 'l() -> ?F().', 'm() -> ?F(a, b).',
      '-define(Q, 1).', '-define(Q, 2).', '-undef(X, Y).', '-define(X Y).', '-define(Z(A,A), A).', '-include("nope.hrl").',
      '-include_lib("nope/include/x.hrl").', '-else.', '-endif.', '-ifdef(X, Y).', '-endif.', '-if(foo()).', '-endif.',
      '-if(atom_to_list(a)).', '-endif.', '-if(1 +).', '-endif.', '-error("stop here").', '-warning({careful, 1}).',
      '-define(W, 1', 'n() -> ?W.', 'o() -> ?UNDEF(1, 2).', 'p() -> ?MODULE.', '-ifdef(MODULE).', '-else.', '-else.',
      '-endif.', '-elif(true).', 'q() -> ?FUNCTION_ARITY.', '-define(R(X), X).', '?FUNCTION_NAME() -> ok.',
      '-ifdef(NOTDEF).', '-endif',
    ].join('\n');
    expect(parseModule(src, 'perr.erl').diagnostics.map(renderDiagnostic)).toEqual([
      "perr.erl:7:9: circular macro 'A'",
      'perr.erl:10:9: syntax error before: 2',
      "perr.erl:11:9: redefining predefined macro 'FUNCTION_NAME'",
      "perr.erl:12:10: illegal macro call '?1'",
      "perr.erl:13:9: badly formed argument for macro 'F'",
      "perr.erl:14:9: argument mismatch for macro 'F'",
      "perr.erl:15:9: argument mismatch for macro 'F'",
      "perr.erl:17:9: redefining macro 'Q'",
      "perr.erl:18:9: badly formed 'undef'",
      "perr.erl:19:11: badly formed 'define'",
      "perr.erl:20:13: argument 'A' already used",
      'perr.erl:21:10: can\'t find include file "nope.hrl"',
      'perr.erl:22:14: can\'t find include lib "nope/include/x.hrl"',
      "perr.erl:23:2: unbalanced '-else'",
      "perr.erl:24:2: unbalanced '-endif'",
      "perr.erl:25:9: badly formed 'ifdef'",
      "perr.erl:29:2: badly formed 'if'",
      "perr.erl:31:8: syntax error before: ')'",
      'perr.erl:33:2: -error("stop here").',
      'perr.erl:34:2: Warning: -warning({careful,1}).',
      'perr.erl:36:10: badly formed define: missing closing right parenthesis',
      "perr.erl:37:9: undefined macro 'UNDEF/2'",
      "perr.erl:41:2: repeated '-else'",
      "perr.erl:43:2: unbalanced '-elif'",
      'perr.erl:46:2: ?FUNCTION_NAME must not begin a form',
    ]);
  });
});

describe('-feature', () => {
  it('accepts maybe_expr at the start of a module and checks the directive as epp does', () => {
    expect(errors('-module(m).\n-feature(maybe_expr, enable).\nf() -> ok.\n')).toEqual([]);
    expect(errors('-module(m).\n-feature(foo, enable).\n-feature(maybe_expr, frob).\n-export([f/0]).\n-feature(maybe_expr, enable).\n-feature(x).\nf() -> ok.\n')).toEqual([
      "t.erl:2:2: the feature 'foo' does not exist.",
      "t.erl:3:9: badly formed 'feature'",
      't.erl:5:2: feature directive not allowed after exports or record definitions',
      "t.erl:6:9: badly formed 'feature'",
    ]);
  });
});

describe('includes', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'minierl-pp-'));
    mkdirSync(join(dir, 'app', 'include'), { recursive: true });
    mkdirSync(join(dir, 'inc'));
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'local.hrl'), '-define(LOCAL, local).\n-record(r, {a = ?LOCAL}).\nlf() -> ?FILE.\n');
    writeFileSync(join(dir, 'app', 'include', 'lib.hrl'), '-define(LIB, ?LINE).\n');
    writeFileSync(join(dir, 'inc', 'path.hrl'), '-include("nested.hrl").\n');
    writeFileSync(join(dir, 'inc', 'nested.hrl'), '-define(NESTED, nested).\n');
    writeFileSync(join(dir, 'other', 'bad.hrl'), 'bad( -> .\n');
    writeFileSync(join(dir, 'other', 'only_here.hrl'), '-define(ONLY, only).\n');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function parseIn(src: string, opts = {}): { forms: string[]; errors: string[] } {
    const file = join(dir, 'main.erl');
    const r = parseModule(src, file, opts);
    return { forms: r.ast.forms.map(formSexpr), errors: r.diagnostics.map(renderDiagnostic) };
  }

  it('finds files next to the source, then along the include path, and marks them with -file', () => {
    const r = parseIn('-include("local.hrl").\n-include("path.hrl").\nf() -> {?LOCAL, ?NESTED}.\n', { includePaths: [join(dir, 'inc')] });
    expect(r.errors).toEqual([]);
    expect(r.forms).toEqual([
      `(attribute file {"${join(dir, 'local.hrl')}" 1})`,
      "(record r (a 'local'))",
      `(function lf/0 [ -> "${join(dir, 'local.hrl')}"])`,
      `(attribute file {"${join(dir, 'main.erl')}" 2})`,
      `(attribute file {"${join(dir, 'inc', 'path.hrl')}" 1})`,
      `(attribute file {"${join(dir, 'inc', 'nested.hrl')}" 1})`,
      `(attribute file {"${join(dir, 'inc', 'path.hrl')}" 2})`,
      `(attribute file {"${join(dir, 'main.erl')}" 3})`,
      "(function f/0 [ -> {'local' 'nested'}])",
    ]);
  });

  it('resolves -include_lib by path, then inside the include directories', () => {
    const r = parseIn('-include_lib("app/include/lib.hrl").\n-include_lib("someapp/include/only_here.hrl").\nf() -> {?LIB, ?ONLY}.\n', {
      includePaths: [join(dir, 'other')],
    });
    expect(r.errors).toEqual([]);
    expect(r.forms[r.forms.length - 1]).toBe("(function f/0 [ -> {3 'only'}])");
  });

  it('reports a missing file as erlc does', () => {
    expect(parseIn('-include("x.hrl").\n').errors).toEqual([`${join(dir, 'main.erl')}:1:10: can't find include file "x.hrl"`]);
    expect(parseIn('-include_lib("a/x.hrl").\n').errors).toEqual([`${join(dir, 'main.erl')}:1:14: can't find include lib "a/x.hrl"`]);
  });

  it('reports errors inside an include against that file', () => {
    const r = parseIn('-include("bad.hrl").\nf() -> ok.\n', { includePaths: [join(dir, 'other')] });
    expect(r.errors).toEqual([`${join(dir, 'other', 'bad.hrl')}:1:6: syntax error before: '->'`]);
    expect(r.forms[r.forms.length - 1]).toBe("(function f/0 [ -> 'ok'])");
  });
});

describe('expressions after expansion', () => {
  it('expands macros inside expressions like any other tokens', () => {
    expect(body('begin ?MACHINE end')).toBe("(begin 'BEAM')");
  });
});
