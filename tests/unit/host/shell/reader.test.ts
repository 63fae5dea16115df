import { describe, expect, test } from 'vitest';
import { ExprReader } from '../../../../host/shell/reader.js';

function texts(r: ExprReader, eof = false): string[] {
  const out: string[] = [];
  for (let x = r.next(eof); x !== null; x = r.next(eof)) out.push(x.kind === 'tokens' ? x.text : `error ${x.line}:${x.col} ${x.message}`);
  return out;
}

describe('ExprReader', () => {
  test('splits several expressions on one line, as erl reads them', () => {
    const r = new ExprReader();
    r.feed('X = 1+2. X*2.\n');
    expect(texts(r)).toEqual(['X = 1+2. ', 'X*2.\n']);
  });

  test('waits for the dot across lines', () => {
    const r = new ExprReader();
    r.feed('{1,\n');
    expect(r.next()).toBeNull();
    expect(r.hasPending()).toBe(true);
    r.feed(' 2}.\n');
    const x = r.next();
    expect(x?.kind).toBe('tokens');
    expect(x?.text).toBe('{1,\n 2}.\n');
    expect(r.hasPending()).toBe(false);
  });

  test('a dot inside a string or a float does not end the expression', () => {
    const r = new ExprReader();
    r.feed('"a. b\n');
    expect(r.next()).toBeNull();
    r.feed('c". 1.5.\n');
    expect(texts(r)).toEqual(['"a. b\nc". ', '1.5.\n']);
  });

  test('the rest of the line starts again at line 1, column 1', () => {
    const r = new ExprReader();
    r.feed('1. Y.\n');
    r.next();
    const y = r.next();
    expect(y?.kind === 'tokens' && y.tokens[0].startLine).toBe(1);
    expect(y?.kind === 'tokens' && y.tokens[0].startColumn).toBe(1);
  });

  test('at end of input an unfinished expression is handed over as it is', () => {
    const r = new ExprReader();
    r.feed('1 +\n');
    expect(r.next()).toBeNull();
    const x = r.next(true);
    expect(x?.kind).toBe('tokens');
    expect(r.next(true)).toBeNull();
  });

  test('comments and blank lines are not an expression', () => {
    const r = new ExprReader();
    r.feed('% nothing here\n\n');
    expect(r.hasPending()).toBe(false);
    expect(r.next(true)).toBeNull();
  });

  test('clear() drops a half-typed expression (Ctrl-C)', () => {
    const r = new ExprReader();
    r.feed('foo(\n');
    r.clear();
    r.feed('ok.\n');
    expect(texts(r)).toEqual(['ok.\n']);
  });
});
