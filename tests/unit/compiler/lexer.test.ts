// The scanner: every literal form, positions as erl_scan counts them, and scanner errors with
// erlc's wording (expected texts recorded from erlc, OTP 25.2.3).

import { describe, expect, it } from 'vitest';
import { formatFloat, scan, tokenText, writeAtom, type Token } from '../../../compiler/lexer.js';

/** Tokens of a source holding a single form, without the final dot. */
function toks(src: string): Token[] {
  const r = scan(src + ' .');
  expect(r.forms.length).toBe(1);
  const f = r.forms[0];
  if (f.tokens === null) throw new Error(f.error.message);
  return f.tokens.slice(0, -1);
}

/** `kind:value` for each token. */
function show(src: string): string[] {
  return toks(src).map((t) => `${t.tokenType.name}:${typeof t.payload === 'bigint' ? t.payload + 'n' : t.payload ?? t.image}`);
}

function value(src: string): unknown {
  const ts = toks(src);
  expect(ts.length).toBe(1);
  return ts[0].payload;
}

describe('integers', () => {
  it('reads decimal, based and separated integers', () => {
    expect(value('42')).toBe(42);
    expect(value('16#ff')).toBe(255);
    expect(value('16#FF')).toBe(255);
    expect(value('2#1010')).toBe(10);
    expect(value('36#zz')).toBe(1295);
    expect(value('8#777')).toBe(511);
    expect(value('1_000_000')).toBe(1000000);
    expect(value('16#ff_ff')).toBe(65535);
  });

  it('switches to bigint beyond the safe range', () => {
    expect(value('9007199254740991')).toBe(9007199254740991);
    expect(value('9007199254740993')).toBe(9007199254740993n);
    expect(value('123456789012345678901234567890')).toBe(123456789012345678901234567890n);
    expect(value('16#ffffffffffffffffffff')).toBe(0xffffffffffffffffffffn);
  });

  it('ends an integer where erl_scan does', () => {
    expect(show('1_')).toEqual(['integer:1', 'var:_']);
    expect(show('1__2')).toEqual(['integer:1', 'var:__2']);
    expect(show('2#102')).toEqual(['integer:2', 'integer:2']);
    expect(show('1.foo')).toEqual(['integer:1', '.:.', 'atom:foo']);
    expect(show('[1..2]')).toEqual(['[:[', 'integer:1', '..:..', 'integer:2', ']:]']);
  });
});

describe('floats', () => {
  it('reads fractions and exponents', () => {
    expect(value('1.5')).toBe(1.5);
    expect(value('1.0e-3')).toBe(0.001);
    expect(value('2.5E10')).toBe(2.5e10);
    expect(value('1.0e+2')).toBe(100);
    expect(value('1_0.2_5')).toBe(10.25);
  });

  it('is not a float without digits after the point', () => {
    expect(show('1e5')).toEqual(['integer:1', 'atom:e5']);
  });
});

describe('characters', () => {
  it('reads every form of $c', () => {
    expect(value('$a')).toBe(97);
    expect(value('$\\n')).toBe(10);
    expect(value('$\\\\')).toBe(92);
    expect(value('$\\x{41}')).toBe(65);
    expect(value('$\\x41')).toBe(65);
    expect(value('$\\101')).toBe(65);
    expect(value('$\\7')).toBe(7);
    expect(value('$\\^A')).toBe(1);
    expect(value('$\\^a')).toBe(1);
    expect(value('$ ')).toBe(32);
    expect(value('$\\s')).toBe(32);
    expect(value('$\\e')).toBe(27);
    expect(value('$\\d')).toBe(127);
    expect(value("$\\'")).toBe(39);
    expect(value('$\\z')).toBe(122);
    expect(value('$λ')).toBe(955);
    expect(value('$\\x{1F600}')).toBe(0x1f600);
  });

  it('reads a newline after $ as a character', () => {
    const ts = toks('[$\n, a]');
    expect(ts[1].payload).toBe(10);
    expect(ts[3].startLine).toBe(2);
  });
});

describe('atoms and variables', () => {
  it('reads plain, quoted and latin-1 atoms', () => {
    expect(show("abc 'quoted atom' 'a\\tb' a@b_1 ça 'λ'")).toEqual([
      'atom:abc', 'atom:quoted atom', 'atom:a\tb', 'atom:a@b_1', 'atom:ça', 'atom:λ',
    ]);
  });

  it('makes reserved words keywords, but not when quoted', () => {
    expect(show("end 'end' andalso")).toEqual(['end:end', 'atom:end', 'andalso:andalso']);
  });

  it('keeps maybe and else as atoms (OTP 25 without the maybe feature)', () => {
    expect(show('maybe else')).toEqual(['atom:maybe', 'atom:else']);
  });

  it('reads variables', () => {
    expect(show('X _ _Y Foo_Bar1 Àb')).toEqual(['var:X', 'var:_', 'var:_Y', 'var:Foo_Bar1', 'var:Àb']);
  });
});

describe('strings', () => {
  it('decodes every escape', () => {
    expect(value('"\\b\\d\\e\\f\\n\\r\\s\\t\\v\\\'\\"\\\\"')).toBe('\b\x7f\x1b\f\n\r \t\v\'"\\');
    expect(value('"\\101\\7\\0"')).toBe('A\x07\x00');
    expect(value('"\\x41\\x{42}\\x{1F600}"')).toBe('AB\u{1F600}');
    expect(value('"\\^A\\^z"')).toBe('\x01\x1a');
    expect(value('"a\\qb"')).toBe('aqb');
  });

  it('keeps adjacent strings as separate tokens (the parser joins them)', () => {
    expect(show('"a" "b"')).toEqual(['string:a', 'string:b']);
  });

  it('allows newlines inside strings', () => {
    const ts = toks('"a\nb" c');
    expect(ts[0].payload).toBe('a\nb');
    expect([ts[1].startLine, ts[1].startColumn]).toEqual([2, 4]);
  });
});

describe('punctuation and operators', () => {
  it('reads every operator, longest match first', () => {
    const ops = '( ) { } [ ] , ; : :: := -> <- <= => | || # ? ?= << >> .. ... + - * / == /= =< < >= > =:= =/= ++ -- = !';
    expect(toks(ops).map((t) => t.image)).toEqual(ops.split(' '));
    expect(toks('a=:=b').map((t) => t.image)).toEqual(['a', '=:=', 'b']);
    expect(toks('A=<B').map((t) => t.image)).toEqual(['A', '=<', 'B']);
    expect(toks('<<X>>').map((t) => t.image)).toEqual(['<<', 'X', '>>']);
  });

  it('turns other latin-1 characters into tokens of their own', () => {
    expect(toks('@ \\ ^ ` ~ & ¡').map((t) => t.tokenType.name)).toEqual(Array(7).fill('misc'));
  });
});

describe('forms and positions', () => {
  it('ends a form at a dot followed by white space, % or end of input', () => {
    const r = scan('a. b.%c\nc.\td.');
    expect(r.forms.map((f) => f.tokens!.map((t) => t.image).join(' '))).toEqual(['a .', 'b .', 'c .', 'd .']);
  });

  it('keeps a last form without its dot', () => {
    const r = scan('a. b');
    expect(r.forms.map((f) => f.tokens!.length)).toEqual([2, 1]);
  });

  it('counts columns from 1 in code points, a tab as one column', () => {
    const ts = toks('f() ->\n\t"λ𝄞" ++ X % comment λ\n  Y');
    const pos = ts.map((t) => `${t.image}@${t.startLine}:${t.startColumn}`);
    expect(pos).toEqual(['f@1:1', '(@1:2', ')@1:3', '->@1:5', '"λ𝄞"@2:2', '++@2:7', 'X@2:10', 'Y@3:3']);
  });

  it('skips comments', () => {
    expect(show('a % b c\nd')).toEqual(['atom:a', 'atom:d']);
  });
});

describe('scanner errors', () => {
  function errors(src: string): string[] {
    return scan(src).forms.map((f) => (f.error ? `${f.error.line}:${f.error.col}: ${f.error.message}` : f.tokens!.map((t) => t.image).join(' ')));
  }

  it('reports unterminated strings and atoms with their first 16 characters', () => {
    expect(errors('f() -> "abc\n\ng() -> ok.\n')).toEqual(['1:8: unterminated string starting with "abc\\n\\ng() -> ok.\\n"']);
    expect(errors("f() -> 'abc\ndef\n")).toEqual(["1:8: unterminated atom starting with 'abc\\ndef\\n'"]);
    expect(errors('w() -> "abc\\"\n')).toEqual(['1:8: unterminated string starting with "abc\\"\\n"']);
  });

  it('reports an unterminated character', () => {
    expect(errors('f() -> ok.\ng() -> $')).toEqual(['f ( ) -> ok .', '2:8: unterminated character']);
  });

  it('reports illegal characters and resumes right after them', () => {
    expect(errors('p() -> 1 λ 2.')).toEqual(['1:10: illegal character', '2 .']);
    expect(errors('q() -> $\\x{zz}.')).toEqual(['1:8: illegal character', 'zz } .']);
    expect(errors('s() -> $\\xg.')).toEqual(['1:8: illegal character', 'g .']);
    // After the bad escape the scanner resumes at the closing quote, which opens a new string.
    expect(errors('f() -> "\\x{110000}" ok.')).toEqual(['1:9: illegal character', '1:19: unterminated string starting with " ok."']);
  });

  it('reports bad numbers', () => {
    expect(errors('k() -> 37#1.')).toEqual(["1:8: illegal base '37'", '# 1 .']);
    expect(errors('u() -> 1#0.')).toEqual(["1:8: illegal base '1'", '# 0 .']);
    expect(errors('v() -> 16#.')).toEqual(['1:8: illegal integer', '.']);
    expect(errors('l() -> 1.0e.')).toEqual(['1:8: illegal float', '.']);
    expect(errors('o() -> 0.5e999.')).toEqual(['1:8: illegal float', '.']);
  });

  it('reports atoms longer than 255 characters', () => {
    expect(errors(`a() -> '${'a'.repeat(256)}'. b.`)).toEqual(['1:8: illegal atom', '.', 'b .']);
  });
});

describe('token text in syntax errors', () => {
  it('prints tokens as erl_parse does', () => {
    const text = (src: string): string => tokenText(toks(src)[0]);
    expect(text('foo')).toBe('foo');
    expect(text("'Foo'")).toBe("'Foo'");
    expect(text("'end'")).toBe("'end'");
    expect(text('end')).toBe("'end'");
    expect(text(')')).toBe("')'");
    expect(text('->')).toBe("'->'");
    expect(text('X')).toBe('X');
    expect(text('16#ff')).toBe('255');
    expect(text('"a\\nb"')).toBe('"a\\nb"');
    expect(text('$a')).toBe('$a');
    expect(text('$ ')).toBe('$\\s');
    expect(text('1.0e-3')).toBe('0.001');
  });

  it('formats floats like float_to_list(F, [short])', () => {
    const cases: Array<[number, string]> = [
      [1.0, '1.0'], [0.1, '0.1'], [1.5, '1.5'], [1.0e-3, '0.001'], [1.0e-5, '1.0e-5'], [123456789.0, '123456789.0'],
      [1.0e15, '1.0e15'], [1.0e16, '1.0e16'], [1.0e22, '1.0e22'], [1.234e-7, '1.234e-7'], [5.0e-324, '5.0e-324'],
      [100.0, '100.0'], [0.0001, '0.0001'], [-2.5, '-2.5'],
    ];
    for (const [f, s] of cases) expect(formatFloat(f)).toBe(s);
  });

  it('quotes atoms only when needed', () => {
    expect(['ok', 'a@b', 'Ok', '', 'a b', 'case', 'maybe', 'ça'].map(writeAtom)).toEqual([
      'ok', 'a@b', "'Ok'", "''", "'a b'", "'case'", 'maybe', 'ça',
    ]);
  });
});
