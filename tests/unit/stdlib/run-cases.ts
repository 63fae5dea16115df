// Test helper: runs a table of [call text, OTP result text] rows against a BifTable. A result of the
// form `error:Reason` means the call must fail with that class and reason. Rows are produced by
// running the same call text through real OTP with oracle.escript.

import { expect, it } from 'vitest';
import { FAIL } from '../../../stdlib/bif.js';
import type { BifFn } from '../../../stdlib/bif.js';
import type { BifTable } from '../../../stdlib/registry.js';
import { atom } from '../../../vm/terms/atom.js';
import { parseCall, parseTerm, show } from './erl-text.js';

export type Case = readonly [call: string, result: string];

export function newProc() {
  return { excClass: atom('none'), excReason: null as unknown, excArgs: null as unknown[] | null };
}

function fnOf(table: BifTable, key: string): BifFn {
  const d = table[key];
  if (d === undefined) throw new Error(`no BIF ${key}`);
  return typeof d === 'function' ? d : d.fn;
}

/** Calls a BIF; returns the result, or `class:Reason` shown strictly. */
export function callText(table: BifTable, src: string): string {
  const { key, args } = parseCall(src);
  const p = newProc();
  const r = fnOf(table, key)(p, ...args);
  return r === FAIL ? `${p.excClass.name}:${show(p.excReason)}` : show(r);
}

function expectedText(src: string): string {
  const m = /^(error|exit|throw):(.*)$/s.exec(src);
  return m ? `${m[1]}:${show(parseTerm(m[2]))}` : show(parseTerm(src));
}

export function runCases(table: BifTable, cases: readonly Case[]): void {
  for (const [call, result] of cases) {
    it(`${call} -> ${result}`, () => {
      expect(callText(table, call)).toBe(expectedText(result));
    });
  }
}
