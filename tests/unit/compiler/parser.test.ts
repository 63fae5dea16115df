// The parser: operator precedence and associativity as in erl_parse.yrl, every expression and form,
// attribute values, and the positions (`loc`) that later passes report errors at.

import { describe, expect, it } from 'vitest';
import type { Expr, FunctionForm, MatchExpr } from '../../../compiler/ast.js';
import { buildValidatedParser, getParser } from '../../../compiler/parser.js';
import { body, errors, expr, forms, parse } from './helpers.js';

describe('operator precedence and associativity', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['1 * 2 + 3', '(+ (* 1 2) 3)'],
    ['1 - 2 - 3', '(- (- 1 2) 3)'],
    ['8 / 4 / 2', '(/ (/ 8 4) 2)'],
    ['A + B * C - D / E rem F', '(- (+ A (* B C)) (rem (/ D E) F))'],
    ['A band B bor C', '(bor (band A B) C)'],
    ['A bsl 1 + 2', '(+ (bsl A 1) 2)'],
    ['a = b = c', "(= 'a' (= 'b' 'c'))"],
    ['X ! Y ! Z', '(! X (! Y Z))'],
    ['A ! B = C', '(! A (= B C))'],
    ['A = B ! C', '(= A (! B C))'],
    ['A andalso B orelse C', '(orelse (andalso A B) C)'],
    ['A orelse B andalso C', '(orelse A (andalso B C))'],
    ['A andalso B andalso C', '(andalso A (andalso B C))'],
    ['A == B andalso C /= D', '(andalso (== A B) (/= C D))'],
    ['A ++ B ++ C', '(++ A (++ B C))'],
    ['A -- B ++ C', '(-- A (++ B C))'],
    ['A ++ B == C', '(== (++ A B) C)'],
    ['X = A + 1 < B', '(= X (< (+ A 1) B))'],
    ['- - 1', '(- (- 1))'],
    ['-1 + 2', '(+ (- 1) 2)'],
    ['- X * Y', '(* (- X) Y)'],
    ['bnot X + 1', '(+ (bnot X) 1)'],
    ['not A == B', '(== (not A) B)'],
    ['not A andalso B', '(andalso (not A) B)'],
    ['catch 1 + 2', '(catch (+ 1 2))'],
    ['X = catch 1 + 2', '(= X (catch (+ 1 2)))'],
    ['1 + catch 2 * 3', '(+ 1 (catch (* 2 3)))'],
    ['- catch 1', '(- (catch 1))'],
    ['X = [H | T] = L', '(= X (= (cons H T) L))'],
    ['-X#r.a', '(- (field X r a))'],
    ['- m:f(1)', "(- (call 'm':'f' 1))"],
  ])('%s', (src, tree) => {
    expect(body(src)).toBe(tree);
  });

  it('rejects chained comparisons (they do not associate)', () => {
    expect(errors('f() -> 1 < 2 < 3.')).toEqual(["t.erl:1:14: syntax error before: '<'"]);
    expect(errors('f() -> 1 == 2 + 3 =:= 4.')).toEqual(["t.erl:1:19: syntax error before: '=:='"]);
    expect(body('1 < 2 andalso 2 < 3')).toBe('(andalso (< 1 2) (< 2 3))');
    expect(body('1 < catch 2 < 3')).toBe('(< 1 (catch (< 2 3)))');
  });
});

describe('primaries', () => {
  it.each([
    ['42', '42'],
    ['1.5e3', '1500.0'],
    ['$a', '97'],
    ["'a b'", "'a b'"],
    ['"a" "b" "c"', '"abc"'],
    ['[]', '[]'],
    ['[1, 2 | T]', '(cons 1 (cons 2 T))'],
    ['[1, 2]', '(cons 1 (cons 2 []))'],
    ['{}', '{}'],
    ['{a, {b}}', "{'a' {'b'}}"],
    ['begin a, b end', "(begin 'a', 'b')"],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
  ])('%s', (src, tree) => {
    expect(body(src)).toBe(tree);
  });
});

describe('calls and funs', () => {
  it.each([
    ['f(1, 2)', "(call 'f' 1 2)"],
    ['lists:map(F, L)', "(call 'lists':'map' F L)"],
    ['M:F(1)', '(call M:F 1)'],
    ['(F)(1)', '(call F 1)'],
    ['(m):(f)()', "(call 'm':'f')"],
    ['fun(X) -> X end(1)', '(call (fun [X -> X]) 1)'],
    ['(fun f/1)(1)', "(call (fun 'f'/1) 1)"],
    ['fun f/1', "(fun 'f'/1)"],
    ['fun m:f/1', "(fun 'm':'f'/1)"],
    ['fun M:F/A', '(fun M:F/A)'],
    ['fun (X) when X > 0; X < -1 -> a; (_) -> b end', "(fun [X when (> X 0); (< X (- 1)) -> 'a'] [_ -> 'b'])"],
    ['fun Loop(0) -> ok; Loop(N) -> Loop(N-1) end', "(fun Loop [0 -> 'ok'] [N -> (call Loop (- N 1))])"],
    ['fun() -> ok end', "(fun [ -> 'ok'])"],
  ])('%s', (src, tree) => {
    expect(body(src)).toBe(tree);
  });

  it('does not call the result of a call', () => {
    expect(errors('f() -> g(1)(2).')).toEqual(["t.erl:1:12: syntax error before: '('"]);
  });

  it('reports a remote without a call as erl_lint does', () => {
    expect(errors('f() -> m:f.')).toEqual(['t.erl:1:8: illegal expression']);
  });
});

describe('records and maps', () => {
  it.each([
    ['#r{}', '(record r)'],
    ['#r{a = 1, b = X}', '(record r (a 1) (b X))'],
    ['R#r{a = 1, _ = 2}', '(record R r (a 1) (_ 2))'],
    ['#r.a', '(index r a)'],
    ['X#r.a', '(field X r a)'],
    ['X#r.a#r.b', '(field (field X r a) r b)'],
    ['#r{a = 1}#r.a', '(field (record r (a 1)) r a)'],
    ['X#r.a#r{a = 2}', '(record (field X r a) r (a 2))'],
    ['#{}', '(map)'],
    ['#{a => 1, b => 2}', "(map ('a' => 1) ('b' => 2))"],
    ['M#{a := 1}', "(map M ('a' := 1))"],
    ['M#{a => 1}#{b => 2}', "(map (map M ('a' => 1)) ('b' => 2))"],
    ["#{a => 1}#{a := 2}", "(map (map ('a' => 1)) ('a' := 2))"],
  ])('%s', (src, tree) => {
    expect(body(src)).toBe(tree);
  });

  it('does not mix record and map suffixes', () => {
    expect(errors('f(M) -> M#{a => 1}#r.a.')).toEqual(['t.erl:1:20: syntax error before: r']);
    expect(errors("f(R) -> R#r.a#{b => 2}.")).toEqual(["t.erl:1:15: syntax error before: '{'"]);
  });

  it('reports variables as record field names', () => {
    expect(errors('f(X) -> #r{X = 1}.')).toEqual(["t.erl:1:12: field 'X' is not an atom or _ in record r"]);
  });
});

describe('binaries', () => {
  it('parses the full bit syntax', () => {
    expect(body('<<X:8/integer-unit:1-signed-little, B/binary, F/float, (N+1):16, "abc", <<"x">>/binary, $a/utf8>>')).toBe(
      '(bin (X 8 integer-unit:1-signed-little) (B _ binary) (F _ float) ((+ N 1) 16 _) ("abc" _ _) ((bin ("x" _ _)) _ binary) (97 _ utf8))',
    );
    expect(body('<<>>')).toBe('(bin)');
    expect(body('<<-1:8, +X>>')).toBe('(bin ((- 1) 8 _) ((+ X) _ _))');
  });

  it('takes primary expressions as value and size', () => {
    expect(errors('f(X) -> <<X+1:8>>.')).toEqual(["t.erl:1:12: syntax error before: '+'"]);
    expect(errors('f(X) -> <<X:N+1>>.')).toEqual(["t.erl:1:14: syntax error before: '+'"]);
  });
});

describe('comprehensions', () => {
  it.each([
    ['[X || X <- L, X > 1]', '(lc X (X <- L) (> X 1))'],
    ['[X || <<X>> <= B]', '(lc X ((bin (X _ _)) <= B))'],
    ['<< X || <<X>> <= Bin >>', '(bc X ((bin (X _ _)) <= Bin))'],
    ['<< <<(X+1)>> || X <- L >>', '(bc (bin ((+ X 1) _ _)) (X <- L))'],
    ['[{X, Y} || X <- L, Y <- M, X =/= Y]', '(lc {X Y} (X <- L) (Y <- M) (=/= X Y))'],
  ])('%s', (src, tree) => {
    expect(body(src)).toBe(tree);
  });

  it('wants a binary pattern before <= and a primary template in <<...||...>>', () => {
    expect(errors('v() -> [X || <<X>> + 1 <= <<>>].')).toEqual(["t.erl:1:24: syntax error before: '<='"]);
    expect(errors('u() -> << X+1 || X <- [1] >>.')).toEqual(["t.erl:1:12: syntax error before: '+'"]);
  });
});

describe('control expressions', () => {
  it.each([
    ['case X of {a, B} when B > 0, B < 10; B == -1 -> B; _ -> none end',
      "(case X [{'a' B} when (> B 0), (< B 10); (== B (- 1)) -> B] [_ -> 'none'])"],
    ['if X > 0 -> pos; true -> neg end', "(if [ when (> X 0) -> 'pos'] [ when 'true' -> 'neg'])"],
    ['receive {msg, M} -> M after 100 -> timeout end', "(receive [{'msg' M} -> M] (after 100 'timeout'))"],
    ['receive after 0 -> ok end', "(receive (after 0 'ok'))"],
    ['try f() of ok -> 1; _ -> 2 catch throw:T -> T; error:R:S when is_atom(R) -> S; C:R -> {C, R} after done end',
      "(try (call 'f') (of ['ok' -> 1] [_ -> 2]) (catch ['throw':T:_ -> T] ['error':R:S when (call 'is_atom' R) -> S] [C:R:_ -> {C R}]) (after 'done'))"],
    ['try f() catch _ -> x end', "(try (call 'f') (catch [_:_:_ -> 'x']))"],
    ['try f() after g() end', "(try (call 'f') (after (call 'g')))"],
    ['try a, b catch error:{badmatch, _} = E -> E end', "(try 'a', 'b' (catch ['error':(= {'badmatch' _} E):_ -> E]))"],
  ])('%s', (src, tree) => {
    expect(body(src)).toBe(tree);
  });

  it('needs receive clauses or an after part', () => {
    expect(errors('t() -> receive end.')).toEqual(["t.erl:1:16: syntax error before: 'end'"]);
  });

  it('only takes a bare atom or variable as a catch class', () => {
    expect(errors('f() -> try a catch (error):X -> X end.')).toEqual(["t.erl:1:27: syntax error before: ':'"]);
  });
});

describe('patterns in clause heads', () => {
  it('accepts the pattern operators', () => {
    const f = forms('f([H | T] = L, {a, _}, <<X:8, Rest/binary>>, #r{a = 1}, #{k := V}, "ab" ++ S, -1, 1 + 2) -> ok.');
    expect(f[0]).toBe(
      "(function f/8 [(= (cons H T) L) {'a' _} (bin (X 8 _) (Rest _ binary)) (record r (a 1)) (map ('k' := V)) (++ \"ab\" S) (- 1) (+ 1 2) -> 'ok'])",
    );
  });

  it('rejects what pat_expr does not allow, at the same token as erlc', () => {
    expect(errors('m(X(1)) -> ok.')).toEqual(["t.erl:1:4: syntax error before: '('"]);
    expect(errors('m(X ! Y) -> ok.')).toEqual(["t.erl:1:5: syntax error before: '!'"]);
    expect(errors('m(catch X) -> ok.')).toEqual(["t.erl:1:3: syntax error before: 'catch'"]);
    expect(errors('m(begin 1 end) -> ok.')).toEqual(["t.erl:1:3: syntax error before: 'begin'"]);
    expect(errors('m(a:b) -> ok.')).toEqual(["t.erl:1:4: syntax error before: ':'"]);
    expect(errors('m(X#r.a) -> ok.')).toEqual(["t.erl:1:4: syntax error before: '#'"]);
    expect(errors('m([X || X <- Y]) -> ok.')).toEqual(["t.erl:1:6: syntax error before: '||'"]);
  });
});

describe('functions', () => {
  it('groups clauses and counts the arity', () => {
    expect(forms('f(0) -> zero; f(N) when N > 0 -> pos.')).toEqual([
      "(function f/1 [0 -> 'zero'] [N when (> N 0) -> 'pos'])",
    ]);
  });

  it('reports clauses with another name or arity as a head mismatch', () => {
    expect(errors('f() -> ok; g() -> ok.')).toEqual(['t.erl:1:12: head mismatch']);
    expect(errors('f() -> ok; f(X) -> X.')).toEqual(['t.erl:1:12: head mismatch']);
    expect(errors('w() -> fun(X) -> X; Y(Z) -> Z end.')).toEqual(['t.erl:1:21: head mismatch']);
    expect(errors('x() -> fun(X) -> X; (X, Y) -> Y end.')).toEqual(['t.erl:1:21: head mismatch']);
  });

  it('goes on with the next form after an error', () => {
    const r = parse('f() -> 1 2.\ng() -> ok.\nh( -> x.\ni() -> ok.\n');
    expect(r.errors).toEqual(['t.erl:1:10: syntax error before: 2', "t.erl:3:4: syntax error before: '->'"]);
    expect(r.forms.map((f) => (f as FunctionForm).name)).toEqual(['g', 'i']);
  });
});

describe('attributes', () => {
  it('builds the known attributes', () => {
    expect(forms([
      '-module(m).',
      '-export([f/0, g/2]).',
      '-import(lists, [map/2]).',
      '-compile([export_all, {inline, [f/1]}]).',
      '-record(r, {a, b = 1, c = [] :: list(), d :: integer()}).',
      '-behaviour(gen_server).',
      '-vsn("1.0").',
      '-author(me).',
      '-mode(compile).',
      '-export_type([t/0]).',
      '-dialyzer({nowarn_function, f/0}).',
      '-my_attr(#{k => [1, 2.5, "s", <<"b">>]}).',
      '-on_load(init/0).',
      '-deprecated({f, 0, "use g"}).',
      '-user value.',
    ].join('\n'))).toEqual([
      '(module m)',
      '(export f/0 g/2)',
      '(import lists map/2)',
      "(compile (cons 'export_all' (cons {'inline' (cons {'f' 1} [])} [])))",
      "(record r (a) (b 1) (c []) (d))",
      "(attribute behaviour 'gen_server')",
      '(attribute vsn "1.0")',
      "(attribute author 'me')",
      "(attribute mode 'compile')",
      "(attribute export_type (cons {'t' 0} []))",
      "(attribute dialyzer {'nowarn_function' {'f' 0}})",
      "(attribute my_attr (map ('k' => (cons 1 (cons 2.5 (cons \"s\" (cons (bin (\"b\" _ _)) [])))))))",
      "(attribute on_load {'init' 0})",
      "(attribute deprecated {'f' 0 \"use g\"})",
      "(attribute user 'value')",
    ]);
  });

  it('accepts type notation and gives it no value', () => {
    expect(forms([
      '-type t() :: integer() | {a, b} | [atom()] | #{atom() => term()} | <<_:8, _:_*4>> | fun((...) -> ok) | 1..10.',
      '-opaque o(A) :: {A, -1} | #r{a :: integer()}.',
      '-spec f(X) -> Y when X :: integer(), Y :: m:t(X) | [].',
      '-spec m:g() -> ok; (a) -> b.',
      '-callback init(Args :: term()) -> {ok, State :: term()}.',
      '-type(t2() :: fun(() -> ok)).',
    ].join('\n'))).toEqual([
      '(attribute type null)', '(attribute opaque null)', '(attribute spec null)', '(attribute spec null)',
      '(attribute callback null)', '(attribute type null)',
    ]);
  });

  it('reports bad attribute values in erl_parse words', () => {
    expect(errors([
      '-export([f/a]).', '-export([1/2]).', '-export(foo).', '-export([f/0], x).', '-record(r, {a, 1}).',
      '-record(r2, [a]).', '-foo(X).', '-bar(f/1, g).', '-vsn(1 + 2).', '-module(x, y).',
      '-record(r4, {a :: integer() = 1}).', '-type t :: a.', '-type t(_) :: a.', '-foo(a :: b).',
    ].join('\n'))).toEqual([
      't.erl:1:12: bad function arity', 't.erl:2:10: bad function name', 't.erl:3:9: bad Name/Arity',
      't.erl:4:16: bad export declaration', 't.erl:5:16: bad record field', 't.erl:6:13: bad record declaration',
      't.erl:7:6: bad attribute', 't.erl:8:11: bad attribute', 't.erl:9:6: bad attribute', 't.erl:10:12: bad variable list',
      "t.erl:11:29: syntax error before: '='", 't.erl:12:2: bad type declaration', 't.erl:13:9: bad type variable',
      't.erl:14:2: bad attribute',
    ]);
  });

  it('checks type syntax', () => {
    expect(errors('-spec f(integer() -> ok.')).toEqual(["t.erl:1:19: syntax error before: '->'"]);
    expect(errors('-type t() :: 1..2..3.')).toEqual(["t.erl:1:18: syntax error before: '..'"]);
  });
});

describe('locations', () => {
  const f = parse('f(X) ->\n  A = X + 1,\n  g(A),\n  [A, X].\n').forms[0] as FunctionForm;
  const [match, call, list] = f.clauses[0].body;

  it('puts a match at its pattern and an operator at itself, as erl_parse does', () => {
    expect(match.loc).toEqual({ line: 2, col: 3 });
    expect((match as MatchExpr).value.loc).toEqual({ line: 2, col: 9 });
  });

  it('puts a call at its function and list cells at their elements', () => {
    expect(call.loc).toEqual({ line: 3, col: 3 });
    expect(list.loc).toEqual({ line: 4, col: 3 });
    const tail = (list as Extract<Expr, { kind: 'cons' }>).tail as Extract<Expr, { kind: 'cons' }>;
    expect(tail.loc).toEqual({ line: 4, col: 7 });
    expect(tail.tail.loc).toEqual({ line: 4, col: 8 });
  });

  it('puts a function clause at its name', () => {
    expect(f.loc).toEqual({ line: 1, col: 1 });
    expect(f.clauses[0].loc).toEqual({ line: 1, col: 1 });
  });

  it('puts a record access at the #', () => {
    expect(expr('X#r.a').loc).toEqual({ line: 1, col: 9 });
  });
});

describe('the parser instance', () => {
  it('is built once and reused', () => {
    expect(getParser()).toBe(getParser());
  });

  it('passes chevrotain grammar validation', () => {
    expect(() => buildValidatedParser()).not.toThrow();
  });
});
