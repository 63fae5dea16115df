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

/** Monitor options ({alias, Mode}, {tag, Tag}) as monitor/3 and spawn_opt's {monitor, Opts} read them. */
export interface MonitorOptions {
  tag: unknown;
  alias: AliasMode | null;
}

/** Parses a monitor option list; null when it is not a proper list of good options (badarg). */
export function parseMonitorOptions(opts: unknown): MonitorOptions | null {
  const list = arrayFromList(opts);
  if (list === undefined) return null;
  const o: MonitorOptions = { tag: DOWN, alias: null };
  for (const opt of list) {
    if (!(opt instanceof Tuple) || opt.elements.length !== 2) return null;
    const [key, value] = opt.elements;
    if (key === TAG) {
      o.tag = value;
    } else if (key === ALIAS) {
      const mode = aliasMode(value);
      if (mode === undefined) return null;
      o.alias = mode;
    } else {
      return null;
    }
  }
  return o;
}

/** monitor(process, Item, [{alias, Mode} | {tag, Tag}]). */
function monitor_3(p: Process, type: unknown, item: unknown, opts: unknown): unknown {
  const o = parseMonitorOptions(opts);
  if (o === null) return badarg(p);
  return monitorWith(p, type, item, o.tag, o.alias);
}

export const bifs: BifTable = {
  'erlang:alias/0': alias_0,
  'erlang:alias/1': alias_1,
  'erlang:unalias/1': unalias_1,
  'erlang:monitor/3': monitor_3,
};
