// io:getopts/setopts/columns/rows on the VM's standard io, recorded from escript (standard_io is
// not a terminal there), and on a device that is a process (the BIF traps to io.erl).

import { describe, expect, it } from 'vitest';
import { FAIL, TRAP } from '../../../stdlib/bif.js';
import { bifs } from '../../../stdlib/bifs/io-devices.js';
import { atom } from '../../../vm/terms/atom.js';
import { NIL, listFromArray } from '../../../vm/terms/list.js';
import { Pid } from '../../../vm/terms/pid.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { parseTerm, show } from './erl-text.js';
import { newProc } from './run-cases.js';

function call(key: string, p: object, ...args: unknown[]): unknown {
  const d = bifs[key];
  return (typeof d === 'function' ? d : d.fn)(p, ...args);
}

describe('io device queries', () => {
  const self = new Pid(90, 0);
  const other = new Pid(91, 0);
  const dead = new Pid(92, 0);
  const registered = new Map([[atom('some_server'), { pid: other }]]);
  const exportOf = (m: unknown, f: unknown, a: number) => ({ m, f, a });
  const makeRuntime = () => ({ registered, processOf: (pid: Pid) => (pid === other ? {} : undefined), codeServer: { getExport: exportOf } });
  const proc = (runtime = makeRuntime()) => ({ ...newProc(), pid: self, groupLeader: null, runtime, trapTarget: null as unknown, trapArgs: [] as unknown[] });
  const io = (key: string, ...args: unknown[]) => {
    const p = proc();
    const r = call(key, p, ...args);
    return r === FAIL ? `${p.excClass.name}:${show(p.excReason)}` : show(r);
  };
  const t = (s: string) => show(parseTerm(s));
  const rows: [string, unknown[], string][] = [
    ['io:getopts/0', [], '[{binary,false},{encoding,latin1}]'],
    ['io:getopts/1', [atom('standard_io')], '[{binary,false},{encoding,latin1}]'],
    ['io:getopts/1', [atom('user')], '[{binary,false},{encoding,latin1}]'],
    ['io:getopts/1', [atom('standard_error')], '[{encoding,latin1}]'],
    ['io:getopts/1', [atom('foo')], '{error,arguments}'],
    ['io:getopts/1', [self], '{error,calling_self}'],
    ['io:getopts/1', [dead], '{error,terminated}'],
    ['io:getopts/1', [123], 'error:function_clause'],
    ['io:getopts/1', [NIL], 'error:function_clause'],
    ['io:setopts/1', [listFromArray([atom('bogus')])], '{error,enotsup}'],
    ['io:setopts/2', [atom('foo'), NIL], '{error,arguments}'],
    ['io:setopts/2', [123, NIL], 'error:function_clause'],
    ['io:columns/0', [], '{error,enotsup}'],
    ['io:columns/1', [atom('standard_io')], '{error,enotsup}'],
    ['io:columns/1', [atom('standard_error')], '{error,enotsup}'],
    ['io:columns/1', [atom('foo')], '{error,enotsup}'],
    ['io:columns/1', [self], '{error,enotsup}'],
    ['io:columns/1', [dead], '{error,enotsup}'],
    ['io:columns/1', [123], 'error:function_clause'],
    ['io:rows/0', [], '{error,enotsup}'],
    ['io:rows/1', [atom('foo')], '{error,enotsup}'],
    ['io:rows/1', [123], 'error:function_clause'],
    ['io:printable_range/0', [], 'latin1'],
  ];
  for (const [key, args, want] of rows) {
    it(`${key} ${args.map(show).join(',')} -> ${want}`, () => {
      expect(io(key, ...args)).toBe(want.startsWith('error:') ? `error:${t(want.slice(6))}` : t(want));
    });
  }

  it('setopts changes what getopts reports, per runtime', () => {
    const rt = makeRuntime();
    const opts = listFromArray([atom('binary'), new Tuple([atom('encoding'), atom('unicode')])]);
    expect(show(call('io:setopts/1', proc(rt), opts))).toBe(t('ok'));
    expect(show(call('io:getopts/0', proc(rt)))).toBe(t('[{binary,true},{encoding,unicode}]'));
    expect(show(call('io:getopts/0', proc()))).toBe(t('[{binary,false},{encoding,latin1}]'));
  });

  it('asks a live process with the io protocol', () => {
    const p = proc();
    expect(call('io:getopts/1', p, atom('some_server'))).toBe(TRAP);
    expect(p.trapTarget).toEqual({ m: atom('io'), f: atom('request'), a: 2 });
    expect(p.trapArgs).toEqual([other, atom('getopts')]);
    const q = proc();
    expect(call('io:columns/1', q, other)).toBe(TRAP);
    expect(q.trapArgs).toEqual([other, atom('columns')]);
  });
});
