// erlang:alias/0,1, unalias/1 and monitor/3: the option parsing in front of vm/aliases.ts and
// vm/links.ts. As in OTP 25, a later option overrides an earlier one, and anything else is badarg.

import { atom, bool } from '../../vm/terms/atom.js';
import { arrayFromList } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Ref } from '../../vm/terms/pid.js';
import { AliasMode, makeAlias, unalias } from '../../vm/aliases.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import { monitorWith } from './erlang-proc.js';

const EXPLICIT_UNALIAS = atom('explicit_unalias');
const REPLY = atom('reply');
const ALIAS = atom('alias');
const TAG = atom('tag');
const DEMONITOR = atom('demonitor');
const REPLY_DEMONITOR = atom('reply_demonitor');
const DOWN = atom('DOWN');

function alias_0(p: Process): unknown {
  return makeAlias(p, p.runtime.makeRef(), AliasMode.ExplicitUnalias);
}

/** alias([explicit_unalias | reply]). */
function alias_1(p: Process, opts: unknown): unknown {
  const list = arrayFromList(opts);
  if (list === undefined) return badarg(p);
  let mode = AliasMode.ExplicitUnalias;
  for (const o of list) {
    if (o === EXPLICIT_UNALIAS) mode = AliasMode.ExplicitUnalias;
    else if (o === REPLY) mode = AliasMode.Reply;
    else return badarg(p);
  }
  return makeAlias(p, p.runtime.makeRef(), mode);
}

function unalias_1(p: Process, ref: unknown): unknown {
  if (!(ref instanceof Ref)) return badarg(p);
  return bool(unalias(p, ref));
}

/** The mode of an {alias, Mode} option, or undefined for a bad one. */
function aliasMode(mode: unknown): AliasMode | undefined {
  if (mode === DEMONITOR) return AliasMode.Demonitor;
  if (mode === REPLY_DEMONITOR) return AliasMode.ReplyDemonitor;
  if (mode === EXPLICIT_UNALIAS) return AliasMode.ExplicitUnalias;
  return undefined;
}

/** monitor(process, Item, [{alias, Mode} | {tag, Tag}]). */
function monitor_3(p: Process, type: unknown, item: unknown, opts: unknown): unknown {
  const list = arrayFromList(opts);
  if (list === undefined) return badarg(p);
  let tag: unknown = DOWN;
  let alias: AliasMode | null = null;
  for (const o of list) {
    if (!(o instanceof Tuple) || o.elements.length !== 2) return badarg(p);
    const [key, value] = o.elements;
    if (key === TAG) {
      tag = value;
    } else if (key === ALIAS) {
      const mode = aliasMode(value);
      if (mode === undefined) return badarg(p);
      alias = mode;
    } else {
      return badarg(p);
    }
  }
  return monitorWith(p, type, item, tag, alias);
}

export const bifs: BifTable = {
  'erlang:alias/0': alias_0,
  'erlang:alias/1': alias_1,
  'erlang:unalias/1': unalias_1,
  'erlang:monitor/3': monitor_3,
};
