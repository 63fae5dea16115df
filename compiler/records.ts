// Records are tuples tagged with the record name; everything about them is resolved here at compile
// time: creation with defaults, field access and update (checking the tag: {badrecord, V}),
// patterns, #r.f indexes, record_info/2 and is_record/2,3.

import type { Expr, Loc, RecordExpr, RecordFieldExpr, TupleExpr } from './ast.js';
import { Label, OperandList } from './emit.js';
import type { FnCompiler } from './codegen.js';
import type { RecordDef } from './module-context.js';
import { guardValue } from './guards.js';
import { atom } from '../vm/terms/atom.js';
import { listFromArray } from '../vm/terms/list.js';

function lookup(fc: FnCompiler, name: string, loc: Loc): RecordDef | undefined {
  const def = fc.mod.records.get(name);
  if (def === undefined) fc.error(loc, `record ${name} undefined`);
  return def;
}

/**
 * The tuple size is_record/2,3 tests for: the record's, or the literal third argument (which
 * needs no record definition); null when the call is not one the compiler can inline.
 */
export function isRecordSize(fc: FnCompiler, args: Expr[], loc: Loc): number | null {
  if (args.length === 2 && args[1].kind === 'atom') return recordSize(fc, args[1].name, loc);
  if (args.length === 3 && args[1].kind === 'atom' && args[2].kind === 'integer') return Number(args[2].value);
  return null;
}

export function recordSize(fc: FnCompiler, name: string, loc: Loc): number {
  const def = lookup(fc, name, loc);
  return def === undefined ? 0 : def.fields.length + 1;
}

/** 1-based tuple position of a field (the tag is position 1). */
export function fieldIndex(fc: FnCompiler, record: string, field: string, loc: Loc): number {
  const def = lookup(fc, record, loc);
  if (def === undefined) return 0;
  const i = def.fields.findIndex((f) => f.name === field);
  if (i < 0) {
    fc.error(loc, `field ${field} undefined in record ${record}`);
    return 0;
  }
  return i + 2;
}

function checkFields(fc: FnCompiler, def: RecordDef, e: RecordExpr): void {
  const seen = new Set<string>();
  for (const f of e.fields) {
    if (f.name === '_') continue;
    if (!def.fields.some((d) => d.name === f.name)) fc.error(f.loc, `field ${f.name} undefined in record ${def.name}`);
    else if (seen.has(f.name)) fc.error(f.loc, `field ${f.name} already defined in record ${def.name}`);
    seen.add(f.name);
  }
}

export function construct(fc: FnCompiler, e: RecordExpr, dst?: number): number {
  const def = lookup(fc, e.name, e.loc);
  if (def === undefined) return fc.lit(atom('undefined'));
  checkFields(fc, def, e);
  if (e.base !== null) return update(fc, def, e, dst);
  const rest = e.fields.find((f) => f.name === '_');
  const elements: Expr[] = [{ kind: 'atom', loc: e.loc, name: e.name }];
  for (const d of def.fields) {
    const given = e.fields.find((f) => f.name === d.name);
    if (given) elements.push(given.value);
    else if (rest) elements.push(rest.value);
    else if (d.default) elements.push(d.default);
    else elements.push({ kind: 'atom', loc: e.loc, name: 'undefined' });
  }
  return fc.expr({ kind: 'tuple', loc: e.loc, elements }, dst);
}

/** Emits the tag check for a record operation on `src`; a mismatch is {badrecord, Value}. */
function checkRecord(fc: FnCompiler, def: RecordDef, src: number, loc: Loc): void {
  const size = def.fields.length + 1;
  if (fc.guardFail !== null) {
    fc.asm.emit('is_tagged_tuple', fc.guardFail, src, size, fc.lit(atom(def.name)));
    return;
  }
  const bad = new Label();
  fc.asm.emit('is_tagged_tuple', bad, src, size, fc.lit(atom(def.name)));
  fc.cold.push(() => {
    fc.asm.bind(bad);
    fc.asm.line(loc.line);
    fc.asm.emit('badrecord', src);
  });
}

function update(fc: FnCompiler, def: RecordDef, e: RecordExpr, dst?: number): number {
  const save = fc.tmp;
  const src = fc.inReg(fc.expr(e.base!));
  checkRecord(fc, def, src, e.loc);
  const items: number[] = [fc.lit(atom(def.name))];
  def.fields.forEach((d, i) => {
    const given = e.fields.find((f) => f.name === d.name);
    if (given) items.push(fc.expr(given.value));
    else {
      const r = fc.alloc();
      fc.asm.emit('get_tuple_element', src, i + 1, r);
      items.push(r);
    }
  });
  fc.tmp = save;
  const r = dst ?? fc.alloc();
  fc.asm.emit('put_tuple', r, new OperandList(items));
  return r;
}

export function access(fc: FnCompiler, e: RecordFieldExpr, dst?: number): number {
  const def = lookup(fc, e.record, e.loc);
  if (def === undefined) return fc.lit(atom('undefined'));
  const index = fieldIndex(fc, e.record, e.field, e.fieldLoc ?? e.loc);
  const save = fc.tmp;
  const src = fc.inReg(fc.expr(e.expr));
  fc.asm.line(e.loc.line);
  checkRecord(fc, def, src, e.loc);
  fc.tmp = save;
  const r = dst ?? fc.alloc();
  if (index > 0) fc.asm.emit('get_tuple_element', src, index - 1, r);
  return r;
}

/** A record pattern as the equivalent tuple pattern (unnamed fields are `_` or the `_ = P` default). */
export function patternAsTuple(fc: FnCompiler, p: RecordExpr): TupleExpr {
  const def = lookup(fc, p.name, p.loc);
  const elements: Expr[] = [{ kind: 'atom', loc: p.loc, name: p.name }];
  if (def !== undefined) {
    checkFields(fc, def, p);
    const rest = p.fields.find((f) => f.name === '_');
    for (const d of def.fields) {
      const given = p.fields.find((f) => f.name === d.name);
      elements.push(given ? given.value : rest ? rest.value : { kind: 'var', loc: p.loc, name: '_' });
    }
  }
  return { kind: 'tuple', loc: p.loc, elements };
}

/** record_info/2 and is_record/2,3 with a literal record name; undefined for any other call. */
export function specialCall(fc: FnCompiler, name: string, args: Expr[], loc: Loc, dst?: number): number | undefined {
  if (name === 'record_info' && args.length === 2 && args[0].kind === 'atom' && args[1].kind === 'atom') {
    const def = lookup(fc, args[1].name, loc);
    if (def === undefined) return fc.lit(atom('undefined'));
    if (args[0].name === 'fields') return fc.lit(listFromArray(def.fields.map((f) => atom(f.name))));
    if (args[0].name === 'size') return fc.lit(def.fields.length + 1);
    fc.error(loc, 'illegal record info');
    return fc.lit(atom('undefined'));
  }
  if (name === 'is_record' && args[1]?.kind === 'atom') {
    const size = isRecordSize(fc, args, loc);
    if (size === null) return undefined;
    const r = dst ?? fc.alloc();
    const value = fc.guardFail !== null ? guardValue(fc, args[0], fc.guardFail) : fc.expr(args[0]);
    const no = new Label();
    const done = new Label();
    fc.asm.emit('is_tagged_tuple', no, value, size, fc.lit(atom(args[1].name)));
    fc.asm.emit('move', fc.lit(atom('true')), r);
    fc.asm.emit('jump', done);
    fc.asm.bind(no);
    fc.asm.emit('move', fc.lit(atom('false')), r);
    fc.asm.bind(done);
    return r;
  }
  return undefined;
}
