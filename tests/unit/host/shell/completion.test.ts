import { describe, expect, test } from 'vitest';
import { complete, type CompletionSource } from '../../../../host/shell/completion.js';

const src: CompletionSource = {
  modules: () => ['lists', 'lists', 'io', 'io_lib', 'gb_trees'],
  exports: (m) =>
    m === 'lists' ? [['reverse', 1], ['reverse', 2], ['seq', 2], ['seq', 3], ['sum', 1], ['module_info', 0]]
      : m === 'io' ? [['nl', 0], ['format', 1], ['format', 2]]
        : null,
};

describe('shell completion', () => {
  test('module names complete with a colon', () => {
    expect(complete('lis', src)).toEqual([['lists:'], 'lis']);
    expect(complete('X = io', src)).toEqual([['io:', 'io_lib:'], 'io']);
  });

  test('a unique function completes with an open parenthesis, or () when it takes none', () => {
    expect(complete('lists:rev', src)).toEqual([['lists:reverse('], 'lists:rev']);
    expect(complete('io:n', src)).toEqual([['io:nl()'], 'io:n']);
  });

  test('several functions: the common prefix, else the list with arities', () => {
    expect(complete('lists:s', src)).toEqual([['lists:seq/2', 'lists:seq/3', 'lists:sum/1'], 'lists:s']);
    expect(complete('lists:', src)[0]).toContain('lists:reverse/2');
    expect(complete('lists:', src)[0]).not.toContain('lists:module_info/0');
  });

  test('nothing for variables, unknown modules or an empty word', () => {
    expect(complete('Lis', src)).toEqual([[], '']);
    expect(complete('nomod:f', src)).toEqual([[], 'nomod:f']);
    expect(complete('', src)).toEqual([[], '']);
  });
});
