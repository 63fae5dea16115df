// Test helper: builds terms from the JSON encoding that tools/format-golden.escript writes next to
// each expected output (["i","42"], ["a","ok"], ["l",[...],Tail], ["b",[bytes],bits], ...).

import { atom } from '../../../vm/terms/atom.js';
import { Bin } from '../../../vm/terms/binary.js';
import { ErlFloat } from '../../../vm/terms/float.js';
import { Fun, FUN_EXPORT, FUN_LOCAL } from '../../../vm/terms/fun.js';
import { normInt } from '../../../vm/terms/integer.js';
import { listFromArray } from '../../../vm/terms/list.js';
import { ErlMap } from '../../../vm/terms/map.js';
import { Pid, Port, Ref } from '../../../vm/terms/pid.js';
import { Tuple } from '../../../vm/terms/tuple.js';

export type TermJson = number | [string, ...unknown[]];

export function floatFromBits(bits: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt(bits));
  return dv.getFloat64(0);
}

export function termFromJson(j: TermJson): unknown {
  if (typeof j === 'number') return j;
  switch (j[0]) {
    case 'i':
      return normInt(BigInt(j[1] as string));
    case 'f':
      return new ErlFloat(floatFromBits(j[1] as string));
    case 'a':
      return atom(j[1] as string);
    case 'nil':
      return listFromArray([]);
    case 'l':
      return listFromArray((j[1] as TermJson[]).map(termFromJson), termFromJson(j[2] as TermJson));
    case 't':
      return new Tuple((j[1] as TermJson[]).map(termFromJson));
    case 'm': {
      // Kept in the order OTP iterated them (maps:to_list/1), so printing order is tested
      // independently of how vm/terms/map.ts sorts keys.
      const pairs = j[1] as [TermJson, TermJson][];
      return new ErlMap(pairs.map(([k]) => termFromJson(k)), pairs.map(([, v]) => termFromJson(v)));
    }
    case 'b':
      return new Bin(Uint8Array.from(j[1] as number[]), j[2] as number);
    case 'pid':
      return new Pid(j[1] as number, j[2] as number);
    case 'ref':
      return new Ref(j[1] as number, j[2] as number, j[3] as number);
    case 'port':
      return new Port(j[1] as number);
    case 'fun':
      return new Fun(FUN_LOCAL, atom(j[1] as string), atom('-fun-'), j[4] as number, j[2] as number, j[3] as number, [], {});
    case 'xfun':
      return new Fun(FUN_EXPORT, atom(j[1] as string), atom(j[2] as string), j[3] as number, -1, 0, [], {});
    default:
      throw new Error(`unknown term encoding ${JSON.stringify(j)}`);
  }
}
