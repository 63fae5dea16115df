// The bit syntax in the compiler: segment type specifiers resolved to a packed spec (type, flags,
// unit), construction as one bs_build, and matching as a run of bs_get/bs_skip over a match
// context, ending with a tail check.

import type { BinExpr, BinSegment, Expr } from './ast.js';
import { Label, OperandList } from './emit.js';
import type { FnCompiler } from './codegen.js';
import { constTerm } from './constants.js';
import { matchPattern } from './patterns.js';
import { guardValue } from './guards.js';
import {
  BS_BINARY, BS_BITSTRING, BS_FLOAT, BS_INTEGER, BS_LITTLE, BS_NATIVE, BS_SIGNED, BS_UTF16, BS_UTF32, BS_UTF8,
} from '../vm/isa/opcodes.js';
import { atom } from '../vm/terms/atom.js';

const SIZE_ALL = atom('all');

interface SegSpec {
  type: number;
  flags: number;
  unit: number;
  /** The size expression, or null for the type's default. */
  size: Expr | null;
}

const TYPES: Record<string, number> = {
  integer: BS_INTEGER, float: BS_FLOAT, binary: BS_BINARY, bytes: BS_BINARY, bitstring: BS_BITSTRING,
  bits: BS_BITSTRING, utf8: BS_UTF8, utf16: BS_UTF16, utf32: BS_UTF32,
};

function segSpec(fc: FnCompiler, s: BinSegment): SegSpec {
  let type = BS_INTEGER;
  let flags = 0;
  let unit: number | null = null;
  for (const t of s.types) {
    if (t.name in TYPES) type = TYPES[t.name];
    else if (t.name === 'signed') flags |= BS_SIGNED;
    else if (t.name === 'unsigned') flags &= ~BS_SIGNED;
    else if (t.name === 'little') flags = (flags & ~BS_NATIVE) | BS_LITTLE;
    else if (t.name === 'big') flags &= ~(BS_LITTLE | BS_NATIVE);
    // The host of every supported platform is little-endian.
    else if (t.name === 'native') flags |= BS_NATIVE | BS_LITTLE;
    else if (t.name === 'unit' && t.value !== null) unit = t.value;
    else fc.error(s.loc, `undefined bit type '${t.name}'`);
  }
  if (unit === null) unit = type === BS_BINARY ? 8 : 1;
  return { type, flags, unit, size: s.size };
}

function packSpec(s: SegSpec): number {
  return s.type | s.flags | (s.unit << 8);
}

/** The size operand: explicit, the type's default, or SIZE_ALL. */
function sizeOperand(fc: FnCompiler, s: SegSpec, inGuardFail: Label | null): number {
  if (s.size !== null) {
    const c = constTerm(s.size);
    if (c !== undefined) return fc.lit(c);
    return inGuardFail !== null ? guardValue(fc, s.size, inGuardFail) : fc.expr(s.size);
  }
  switch (s.type) {
    case BS_INTEGER: return fc.lit(8);
    case BS_FLOAT: return fc.lit(64);
    default: return fc.lit(SIZE_ALL);
  }
}

/** A string segment stands for one segment per character with the same specifiers. */
function expandStrings(segments: BinSegment[]): BinSegment[] {
  const out: BinSegment[] = [];
  for (const s of segments) {
    if (s.value.kind === 'string') {
      for (const ch of Array.from(s.value.value)) {
        out.push({ ...s, value: { kind: 'integer', loc: s.loc, value: ch.codePointAt(0)! } });
      }
    } else out.push(s);
  }
  return out;
}

export function compileBinary(fc: FnCompiler, e: BinExpr, dst?: number): number {
  const save = fc.tmp;
  const items: number[] = [];
  for (const seg of expandStrings(e.segments)) {
    const spec = segSpec(fc, seg);
    if (spec.type >= BS_UTF8 && seg.size !== null) fc.error(seg.loc, 'size not allowed for utf8/utf16/utf32');
    items.push(fc.lit(packSpec(spec)), fc.expr(seg.value), sizeOperand(fc, spec, null));
  }
  fc.tmp = save;
  const r = dst ?? fc.alloc();
  fc.asm.line(e.loc.line);
  fc.asm.emit('bs_build', fc.guardFail ?? 0, r, new OperandList(items));
  return r;
}

export function matchBinary(fc: FnCompiler, p: BinExpr, src: number, fail: Label): void {
  const { asm } = fc;
  const ctx = fc.alloc();
  asm.emit('bs_start_match', fail, src, ctx);
  const segments = expandStrings(p.segments);
  let consumedAll = false;
  segments.forEach((seg, i) => {
    const spec = segSpec(fc, seg);
    const size = sizeOperand(fc, spec, fail);
    const isAll = seg.size === null && (spec.type === BS_BINARY || spec.type === BS_BITSTRING);
    if (isAll && i !== segments.length - 1) {
      fc.error(seg.loc, 'a binary field without size is only allowed at the end of a binary pattern');
    }
    if (isAll) consumedAll = true;
    const packed = packSpec(spec);
    const v = seg.value;
    if (v.kind === 'var' && v.name === '_') {
      asm.emit('bs_skip', fail, ctx, packed, size);
      return;
    }
    if (v.kind === 'var' && !fc.bound.has(v.name)) {
      asm.emit('bs_get', fail, ctx, packed, size, fc.bindVar(v));
      return;
    }
    const r = fc.alloc();
    asm.emit('bs_get', fail, ctx, packed, size, r);
    matchPattern(fc, v, r, fail);
  });
  if (!consumedAll) asm.emit('bs_test_tail', fail, ctx, 0);
}
