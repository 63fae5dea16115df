// filelib:is_file/1, is_dir/1, is_regular/1: what c:c/1,2 needs to look for a source file.
// TODO(#8): the rest of filelib (the file-module engineer's); drop these if theirs lands first.

import { FALSE, FUNCTION_CLAUSE, bool } from '../../vm/terms/atom.js';
import { statSync } from 'node:fs';
import type { Process } from '../../vm/process.js';
import { error } from '../bif.js';
import type { BifTable } from '../registry.js';
import { fileName } from './code.js';

function probe(p: Process, f: unknown, test: (s: import('node:fs').Stats) => boolean): unknown {
  const name = fileName(f);
  if (name === null) return error(p, FUNCTION_CLAUSE);
  try {
    return bool(test(statSync(name)));
  } catch {
    return FALSE;
  }
}

export const bifs: BifTable = {
  'filelib:is_file/1': (p: Process, f: unknown) => probe(p, f, (s) => s.isFile() || s.isDirectory()),
  'filelib:is_dir/1': (p: Process, f: unknown) => probe(p, f, (s) => s.isDirectory()),
  'filelib:is_regular/1': (p: Process, f: unknown) => probe(p, f, (s) => s.isFile()),
};
