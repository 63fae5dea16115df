// The PCRE -> JavaScript RegExp translation (stdlib/bifs/re-translate.ts): what JS regexps come out,
// which PCRE features are refused with a clear error, and PCRE's own compile errors and offsets.
// End-to-end behaviour against OTP is in tests/conformance/re/.

import { describe, expect, it } from 'vitest';
import { translatePcre, type CompileFlags, type Translation } from '../../../stdlib/bifs/re-translate.js';

function flags(over: Partial<CompileFlags> = {}): CompileFlags {
  return {
    caseless: false, multiline: false, dotall: false, extended: false, ungreedy: false, dollarEndonly: false,
    noAutoCapture: false, dupnames: false, unicode: false, ucp: false, nlCr: false, nlCrlf: false, nlAnycrlf: false,
    nlAny: false, bsrAnycrlf: false, notbol: false, noteol: false, ...over,
  };
}

function tr(pattern: string, over: Partial<CompileFlags> = {}) {
  return translatePcre(Array.from(pattern, (c) => c.codePointAt(0)!), flags(over));
}

function ok(pattern: string, over: Partial<CompileFlags> = {}): Translation {
  const t = tr(pattern, over);
  if ('message' in t) throw new Error(`${pattern}: ${t.message} at ${t.pos}`);
  return t;
}

/** The translated pattern's first match in `subject`, as PCRE would report it. */
function first(pattern: string, subject: string, over: Partial<CompileFlags> = {}): string | null {
  const t = ok(pattern, over);
  const m = new RegExp(t.source, 'u' + t.jsFlags).exec(subject);
  return m === null ? null : m[0];
}

describe('PCRE constructs become equivalent JS', () => {
  it('dot excludes only \\n unless dotall', () => {
    expect(first('a.b', 'a\rb')).toBe('a\rb');
    expect(first('a.b', 'a\nb')).toBeNull();
    expect(first('a.b', 'a\nb', { dotall: true })).toBe('a\nb');
    expect(first('(?s)a.b', 'a\nb')).toBe('a\nb');
  });

  it('$ matches before a final newline; \\z only at the end', () => {
    expect(first('b$', 'ab\n')).toBe('b');
    expect(first('b$', 'ab\n', { dollarEndonly: true })).toBeNull();
    expect(first('b\\z', 'ab\n')).toBeNull();
    expect(first('b\\Z', 'ab\n')).toBe('b');
    expect(first('^b', 'a\nb')).toBeNull();
    expect(first('^b', 'a\nb', { multiline: true })).toBe('b');
  });

  it('notbol and noteol change ^ and $', () => {
    expect(first('^a', 'ab', { notbol: true })).toBeNull();
    expect(first('b$', 'ab', { noteol: true })).toBeNull();
    expect(first('\\Aa', 'ab', { notbol: true })).toBe('a');
  });

  it('\\s is PCRE white space, not JS white space', () => {
    expect(first('\\s', '\u00a0')).toBeNull();
    expect(first('\\s', '\u000b')).toBe('\u000b');
    expect(first('[\\S]', '\u00a0')).toBe('\u00a0');
  });

  it('\\w and \\b use the latin1 tables', () => {
    expect(first('\\w+', 'été')).toBe('été');
    expect(first('\\ba', 'éa')).toBeNull();
    expect(first('\\w', 'α', { unicode: true })).toBeNull();
    expect(first('\\w', 'α', { unicode: true, ucp: true })).toBe('α');
  });

  it('POSIX classes, negated ones included', () => {
    expect(first('[[:alpha:]]+', 'ab12')).toBe('ab');
    expect(first('[[:^alpha:]]+', 'ab12')).toBe('12');
    expect(first('[^[:^digit:]]+', 'ab12')).toBe('12');
    expect(first('[[:xdigit:]]+', 'xfF0g')).toBe('fF0');
  });

  it('escapes: hex, octal, control, \\Q..\\E', () => {
    expect(first('\\x41\\x{42}\\103\\o{104}', 'ABCD')).toBe('ABCD');
    expect(first('\\cA', '\u0001')).toBe('\u0001');
    expect(first('\\Q.*\\E', 'a.*b')).toBe('.*');
    expect(first('[\\Q]\\E]', ']')).toBe(']');
  });

  it('named groups of all three syntaxes are numbered in order and sorted by name', () => {
    const t = ok("(?<b>x)(?P<a>y)(?'c'z)");
    expect(t.groupCount).toBe(3);
    expect(t.names).toEqual([['a', 2], ['b', 1], ['c', 3]]);
    expect(first('(?<p>ab)\\k<p>(?P=p)\\g{p}', 'abababab')).toBe('abababab');
  });

  it('relative and braced back references', () => {
    expect(first('(a)(b)\\g{-1}\\g1', 'abba')).toBe('abba');
    expect(first('(a)\\10', 'a\u0008')).toBe('a\u0008');
  });

  it('inline options are scoped to their group', () => {
    expect(first('a(?i:b)c', 'aBc')).toBe('aBc');
    expect(first('a(?i:b)c', 'aBC')).toBeNull();
    expect(first('(a(?i)b)c', 'aBc')).toBe('aBc');
    expect(first('(?i)a(?-i)b', 'Ab')).toBe('Ab');
    expect(first('(?i)a(?-i)b', 'AB')).toBeNull();
    expect(first('(?i)[a-c]+(?-i)x', 'aBCx')).toBe('aBCx');
  });

  it('caseless for the whole pattern is left to the JS i flag', () => {
    expect(ok('abc', { caseless: true }).jsFlags).toBe('i');
    expect(ok('(?i)abc').jsFlags).toBe('i');
    expect(ok('(?i)a(?-i)bc').jsFlags).toBe('');
  });

  it('extended mode skips white space and comments, not in classes', () => {
    expect(first('a b # c\n c', 'abc', { extended: true })).toBe('abc');
    expect(first('[ ]', ' ', { extended: true })).toBe(' ');
  });

  it('ungreedy swaps greediness', () => {
    expect(first('a+', 'aaa', { ungreedy: true })).toBe('a');
    expect(first('a+?', 'aaa', { ungreedy: true })).toBe('aaa');
  });

  it('a { that starts no quantifier is literal', () => {
    expect(first('a{,3}', 'a{,3}')).toBe('a{,3}');
    expect(first('x{y}', 'x{y}')).toBe('x{y}');
  });

  it('properties and scripts', () => {
    expect(first('\\p{Greek}+', 'xαβ', { unicode: true })).toBe('αβ');
    expect(first('\\pL+', 'ab1', { unicode: true })).toBe('ab');
    expect(first('\\p{^L}', 'ab1', { unicode: true })).toBe('1');
    expect(first('\\p{L&}+', 'aB1', { unicode: true })).toBe('aB');
  });

  it('code points above the BMP are one character in unicode mode', () => {
    expect(first('^.$', '\u{1F600}', { unicode: true })).toBe('\u{1F600}');
    expect(first('\\x{1F600}', 'a\u{1F600}', { unicode: true })).toBe('\u{1F600}');
  });
});

describe('PCRE features JavaScript lacks are refused clearly', () => {
  const refused: [string, number][] = [
    ['a++', 2], ['a*+', 2], ['a{2}+', 4], ['(?>a)', 0], ['(?|(a)|(b))', 0], ['(a)(?1)', 3], ['(?R)', 0],
    ['(?&n)', 0], ['(?P>n)', 0], ['a\\Kb', 1], ['(?(1)a|b)', 0], ['(?C1)a', 0], ['(*FAIL)', 1], ['\\X', 0],
    ['a\\G', 1], ['\\g<1>', 0],
  ];
  for (const [pattern, pos] of refused) {
    it(pattern, () => {
      const t = tr(pattern);
      expect('message' in t && t.message).toMatch(/not supported by minierl/);
      expect('pos' in t && t.pos).toBe(pos);
    });
  }

  it('\\G at the start makes the pattern sticky', () => {
    expect(ok('\\Gab').sticky).toBe(true);
  });
});

describe("PCRE's compile errors", () => {
  const errors: [string, string, number, Partial<CompileFlags>?][] = [
    ['(', 'missing )', 1],
    ['a)', 'unmatched parentheses', 1],
    ['*a', 'nothing to repeat', 0],
    ['a|*', 'nothing to repeat', 2],
    ['[a', 'missing terminating ] for character class', 2],
    ['a{2,1}', 'numbers out of order in {} quantifier', 5],
    ['x{99999}', 'number too big in {} quantifier', 7],
    ['(?<n>a)(?<n>b)', 'two named subpatterns have the same name', 11],
    ['\\', '\\ at end of pattern', 1],
    ['(?z)', 'unrecognized character after (? or (?-', 2],
    ['(?<=a+)b', 'lookbehind assertion is not fixed length', 6],
    ['(a)\\2', 'reference to non-existent subpattern', 5],
    ['\\k<zz>', 'reference to non-existent subpattern', 5],
    ['[z-a]', 'range out of order in character class', 3],
    ['[[:foo:]]', 'unknown POSIX class name', 3],
    ['\\p{Foo}', 'unknown property name after \\P or \\p', 6, { unicode: true }],
    ['(?#abc', 'missing ) after comment', 6],
    ['\\x{100}', 'character value in \\x{} or \\o{} is too large', 6],
  ];
  for (const [pattern, message, pos, over] of errors) {
    it(pattern, () => expect(tr(pattern, over)).toEqual({ message, pos }));
  }

  it('accepts duplicate names with dupnames and forward references', () => {
    expect(ok('(?<n>a)|(?<n>b)', { dupnames: true }).names).toEqual([['n', 1]]);
    expect(ok('\\1(a)').groupCount).toBe(1);
  });
});
