// BIFs of the erlang module that touch the running system: exceptions, apply, processes and
// messages, the process dictionary, halt, time, and module information. Pure data BIFs live in
// erlang-data.ts, erlang-convert.ts and friends.

import { atom, Atom, BADARG, ERROR, EXIT, NOPROC, THROW, TRUE, UNDEFINED, bool } from '../../vm/terms/atom.js';
import { Cons, NIL, arrayFromList, listFromArray, stringToList } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Fun, FUN_EXPORT } from '../../vm/terms/fun.js';
import { Pid, Ref } from '../../vm/terms/pid.js';
import { mapKey } from '../../vm/terms/key.js';
import { eqExact } from '../../vm/terms/compare.js';
import { FAIL, TRAP, badarg, error, raise, type Fail } from '../bif.js';
import type { BifTable } from '../registry.js';
import { ownDict, type Process } from '../../vm/process.js';
import { HaltRequest } from '../../vm/runtime.js';
import * as links from '../../vm/links.js';
import { sendToAlias, type AliasMode } from '../../vm/aliases.js';

const DOWN = atom('DOWN');

// ---- exceptions ----

function error_1(p: Process, reason: unknown): Fail {
  return error(p, reason);
}

/** error/2: the arguments replace the arity in the top frame of the stacktrace. */
function error_2(p: Process, reason: unknown, args: unknown): Fail {
  error(p, reason);
  const list = arrayFromList(args);
  if (list !== undefined) p.excArgs = list;
  return FAIL;
}

function throw_1(p: Process, reason: unknown): Fail {
  return raise(p, THROW, reason);
}

function exit_1(p: Process, reason: unknown): Fail {
  return raise(p, EXIT, reason);
}

/** erlang:raise/3: a bad class or stacktrace makes it *return* the atom badarg, as OTP's does. */
function raise_3(p: Process, cls: unknown, reason: unknown, stack: unknown): unknown {
  if (cls !== ERROR && cls !== EXIT && cls !== THROW) return BADARG;
  if (arrayFromList(stack) === undefined) return BADARG;
  raise(p, cls as Atom, reason);
  p.excStack = stack;
  return FAIL;
}

// ---- apply ----

function apply_3(p: Process, m: unknown, f: unknown, args: unknown): unknown {
  const list = arrayFromList(args);
  if (!(m instanceof Atom) || !(f instanceof Atom) || list === undefined) return badarg(p);
  p.trapTarget = p.runtime.codeServer.getExport(m, f, list.length);
  p.trapArgs = list;
  return TRAP;
}

function apply_2(p: Process, fun: unknown, args: unknown): unknown {
  const list = arrayFromList(args);
  if (list === undefined) return badarg(p);
  p.trapTarget = fun;
  p.trapArgs = list;
  return TRAP;
}

function make_fun_3(p: Process, m: unknown, f: unknown, a: unknown): unknown {
  if (!(m instanceof Atom) || !(f instanceof Atom) || typeof a !== 'number' || a < 0 || a > 255) return badarg(p);
  const e = p.runtime.codeServer.getExport(m, f, a);
  return new Fun(FUN_EXPORT, m, f, a, -1, 0, [], e);
}

// ---- processes and messages ----

function self_0(p: Process): unknown {
  return p.pid;
}

/** Resolves a send destination: a pid (dead ones swallow the message) or a registered name. */
function send_2(p: Process, to: unknown, msg: unknown): unknown {
  const rt = p.runtime;
  if (to instanceof Pid) {
    const target = rt.processOf(to);
    if (target !== undefined) rt.deliver(target, msg);
    return msg;
  }
  if (to instanceof Atom) {
    const target = rt.registered.get(to);
    if (target === undefined) return badarg(p);
    rt.deliver(target, msg);
    return msg;
  }
  if (to instanceof Ref) {
    sendToAlias(rt, to, msg);
    return msg;
  }
  if (to instanceof Tuple && to.elements.length === 2 && to.elements[0] instanceof Atom && to.elements[1] instanceof Atom) {
    // {Name, Node}: unlike a bare name, an unregistered {Name, node()} swallows the message.
    const target = to.elements[1] === NONODE ? rt.registered.get(to.elements[0]) : undefined;
    if (target !== undefined) rt.deliver(target, msg);
    return msg;
  }
  return badarg(p);
}

const SEND_OPTS = [atom('nosuspend'), atom('noconnect')];

/** erlang:send/3: like send/2 with options nosuspend and noconnect; returns ok. */
function send_3(p: Process, to: unknown, msg: unknown, opts: unknown): unknown {
  const list = arrayFromList(opts);
  if (list === undefined || list.some((o) => !SEND_OPTS.includes(o as Atom))) return badarg(p);
  return send_2(p, to, msg) === FAIL ? FAIL : atom('ok');
}

function link_1(p: Process, pid: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  if (pid.id === p.pid.id) return TRUE;
  const other = p.runtime.processOf(pid);
  if (other === undefined) {
    if (!p.trapExit) return error(p, NOPROC);
    p.runtime.deliver(p, new Tuple([atom('EXIT'), pid, NOPROC]));
    return TRUE;
  }
  links.link(p, other);
  return TRUE;
}

function unlink_1(p: Process, pid: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  links.unlink(p.runtime, p, pid);
  return TRUE;
}

/** monitor(process, Pid | Name | {Name, Node}); the 'DOWN' message names what was monitored. */
function monitor_2(p: Process, type: unknown, item: unknown): unknown {
  return monitorWith(p, type, item, DOWN, null);
}

/** monitor/2, and monitor/3 with its {tag, Tag} and {alias, Mode} options (erlang-alias.ts). */
export function monitorWith(p: Process, type: unknown, item: unknown, tag: unknown, alias: AliasMode | null): unknown {
  if (type !== atom('process')) return badarg(p);
  const rt = p.runtime;
  if (item instanceof Pid) return links.monitor(rt, p, rt.processOf(item), item, item, tag, alias);
  if (item instanceof Atom) {
    return links.monitor(rt, p, rt.registered.get(item), null, new Tuple([item, NONODE]), tag, alias);
  }
  if (item instanceof Tuple && item.elements.length === 2 && item.elements[0] instanceof Atom && item.elements[1] instanceof Atom) {
    return links.monitor(rt, p, rt.registered.get(item.elements[0]), null, item, tag, alias);
  }
  return badarg(p);
}

function demonitor_1(p: Process, ref: unknown): unknown {
  if (!(ref instanceof Ref)) return badarg(p);
  links.demonitor(p.runtime, p, ref);
  return TRUE;
}

const FLUSH = atom('flush');
const INFO = atom('info');

/** demonitor/2 with [flush] (drop a 'DOWN' already received) and [info] (was it active?). */
function demonitor_2(p: Process, ref: unknown, opts: unknown): unknown {
  const list = arrayFromList(opts);
  if (!(ref instanceof Ref) || list === undefined || list.some((o) => o !== FLUSH && o !== INFO)) return badarg(p);
  const active = links.demonitor(p.runtime, p, ref);
  if (list.includes(atom('flush'))) {
    // OTP's flush drops one {_, Ref, _, _, _}, whatever monitor/3's tag was.
    const i = p.mailbox.findIndex((m) => m instanceof Tuple && m.elements.length === 5 && m.elements[1] === ref);
    if (i >= 0) p.mailbox.removeAt(i);
  }
  if (list.includes(atom('info'))) return bool(active);
  return TRUE;
}

/** exit(Pid, Reason): an exit signal; a process that kills itself stops right here. */
function exit_2(p: Process, pid: unknown, reason: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  const rt = p.runtime;
  const target = rt.processOf(pid);
  if (target !== undefined && links.sendExitSignal(rt, p.pid, target, reason, false)) rt.killProcess(target);
  if (p.exitPending) throw new links.SelfExit(p.exitReason);
  return TRUE;
}

function pid_to_list_1(p: Process, pid: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  return stringToList(`<0.${pid.id}.${pid.serial}>`);
}

function list_to_pid_1(p: Process, l: unknown): unknown {
  const chars = arrayFromList(l);
  if (chars === undefined || !chars.every((c) => typeof c === 'number')) return badarg(p);
  const m = /^<0\.(\d+)\.(\d+)>$/.exec(String.fromCodePoint(...(chars as number[])));
  if (m === null) return badarg(p);
  return new Pid(Number(m[1]), Number(m[2]));
}

function make_ref_0(p: Process): Ref {
  return p.runtime.makeRef();
}

function register_2(p: Process, name: unknown, pid: unknown): unknown {
  if (!(name instanceof Atom) || name === UNDEFINED || !(pid instanceof Pid)) return badarg(p);
  const target = p.runtime.processOf(pid);
  if (target === undefined || target.registeredName !== null || p.runtime.registered.has(name)) return badarg(p);
  p.runtime.register(name, target);
  return TRUE;
}

function unregister_1(p: Process, name: unknown): unknown {
  if (!(name instanceof Atom)) return badarg(p);
  const target = p.runtime.registered.get(name);
  if (target === undefined) return badarg(p);
  p.runtime.registered.delete(name);
  target.registeredName = null;
  return TRUE;
}

function whereis_1(p: Process, name: unknown): unknown {
  if (!(name instanceof Atom)) return badarg(p);
  return p.runtime.registered.get(name)?.pid ?? UNDEFINED;
}

function registered_0(p: Process): unknown {
  return listFromArray([...p.runtime.registered.keys()]);
}

function is_process_alive_1(p: Process, pid: unknown): unknown {
  if (!(pid instanceof Pid)) return badarg(p);
  return bool(p.runtime.processOf(pid) !== undefined);
}

function processes_0(p: Process): unknown {
  return listFromArray([...p.runtime.processes.values()].map((q) => q.pid));
}

// ---- process dictionary ----

function put_2(p: Process, k: unknown, v: unknown): unknown {
  const key = mapKey(k);
  const old = p.dict.get(key);
  ownDict(p).set(key, [k, v]);
  return old === undefined ? UNDEFINED : old[1];
}

function get_1(p: Process, k: unknown): unknown {
  return p.dict.get(mapKey(k))?.[1] ?? UNDEFINED;
}

function get_0(p: Process): unknown {
  return listFromArray([...p.dict.values()].map(([k, v]) => new Tuple([k, v])));
}

function get_keys_0(p: Process): unknown {
  return listFromArray([...p.dict.values()].map(([k]) => k));
}

function get_keys_1(p: Process, value: unknown): unknown {
  const out: unknown[] = [];
  for (const [k, v] of p.dict.values()) if (eqExact(v, value)) out.push(k);
  return listFromArray(out);
}

function erase_1(p: Process, k: unknown): unknown {
  const key = mapKey(k);
  const old = p.dict.get(key);
  p.dict.delete(key);
  return old === undefined ? UNDEFINED : old[1];
}

function erase_0(p: Process): unknown {
  const all = get_0(p);
  p.dict.clear();
  return all;
}

// ---- halting and time ----

function halt_0(): never {
  throw new HaltRequest(0);
}

function halt_1(p: Process, status: unknown): unknown {
  if (typeof status === 'number' && status >= 0) throw new HaltRequest(status);
  if (status === atom('abort')) throw new HaltRequest(134);
  const chars = arrayFromList(status);
  if (chars !== undefined && chars.every((c) => typeof c === 'number')) {
    throw new HaltRequest(String.fromCodePoint(...(chars as number[])));
  }
  return badarg(p);
}

function halt_2(p: Process, status: unknown, _opts: unknown): unknown {
  return halt_1(p, status);
}

const UNITS: Record<string, number> = { second: 1, seconds: 1, millisecond: 1e3, milli_seconds: 1e3, microsecond: 1e6, micro_seconds: 1e6, nanosecond: 1e9, nano_seconds: 1e9, native: 1e9, perf_counter: 1e9 };

function timeIn(p: Process, ms: number, unit: unknown): unknown {
  let perSecond: number | undefined;
  if (unit instanceof Atom) perSecond = UNITS[unit.name];
  else if (typeof unit === 'number' && unit > 0) perSecond = unit;
  if (perSecond === undefined) return badarg(p);
  return Math.floor((ms * perSecond) / 1000);
}

/** Monotonic ms since an arbitrary (negative, as on BEAM) origin. */
function monotonicMs(p: Process): number {
  return p.runtime.monotonicMs();
}

function monotonic_time_0(p: Process): unknown {
  return timeIn(p, monotonicMs(p), atom('native'));
}
function monotonic_time_1(p: Process, unit: unknown): unknown {
  return timeIn(p, monotonicMs(p), unit);
}
function system_time_0(p: Process): unknown {
  return timeIn(p, Date.now(), atom('native'));
}
function system_time_1(p: Process, unit: unknown): unknown {
  return timeIn(p, Date.now(), unit);
}
function os_system_time_1(p: Process, unit: unknown): unknown {
  return timeIn(p, Date.now(), unit);
}

function timestamp(): Tuple {
  const us = Math.floor(Date.now() * 1000);
  return new Tuple([Math.floor(us / 1e12), Math.floor(us / 1e6) % 1e6, us % 1e6]);
}

function convert_time_unit_3(p: Process, t: unknown, from: unknown, to: unknown): unknown {
  if (typeof t !== 'number' && typeof t !== 'bigint') return badarg(p);
  const f = from instanceof Atom ? UNITS[from.name] : from;
  const g = to instanceof Atom ? UNITS[to.name] : to;
  if (typeof f !== 'number' || typeof g !== 'number' || f <= 0 || g <= 0) return badarg(p);
  if (typeof t === 'number' && Number.isSafeInteger(t * g)) return Math.floor((t * g) / f);
  // Exact floor division for products past 2^53 (nanoseconds since 1970 already are).
  const n = BigInt(t) * BigInt(g);
  const d = BigInt(f);
  let q = n / d;
  if (n % d !== 0n && n < 0n) q -= 1n;
  return Number.isSafeInteger(Number(q)) ? Number(q) : q;
}

// ---- modules ----

function get_module_info_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return badarg(p);
  const keys = ['module', 'exports', 'attributes', 'compile', 'md5'];
  return listFromArray(keys.map((k) => new Tuple([atom(k), get_module_info_2(p, m, atom(k))])));
}

function get_module_info_2(p: Process, m: unknown, what: unknown): unknown {
  if (!(m instanceof Atom) || !(what instanceof Atom)) return badarg(p);
  const lm = p.runtime.codeServer.currentVersion(m);
  if (lm === undefined) return badarg(p);
  switch (what.name) {
    case 'module':
      return m;
    case 'exports':
      return listFromArray(lm.image.exports.map(([f, a]) => new Tuple([atom(f), a])));
    case 'functions':
      return listFromArray(lm.image.functions.filter((f) => !f.name.startsWith('-')).map((f) => new Tuple([atom(f.name), f.arity])));
    case 'attributes':
      return listFromArray(lm.image.attributes.map(([k, v]) => new Tuple([atom(k), v instanceof Cons || v === NIL ? v : listFromArray([v])])));
    case 'compile':
      return listFromArray([new Tuple([atom('source'), stringToList(lm.image.file)])]);
    case 'md5':
      return UNDEFINED;
    default:
      return badarg(p);
  }
}

function function_exported_3(p: Process, m: unknown, f: unknown, a: unknown): unknown {
  if (!(m instanceof Atom) || !(f instanceof Atom) || typeof a !== 'number') return badarg(p);
  const e = p.runtime.codeServer.getExport(m, f, a);
  return bool(e.code !== null || (e.bif !== null && p.runtime.codeServer.isLoaded(m)));
}

function module_loaded_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return badarg(p);
  return bool(p.runtime.codeServer.isLoaded(m));
}

function fun_info_2(p: Process, f: unknown, item: unknown): unknown {
  if (!(f instanceof Fun) || !(item instanceof Atom)) return badarg(p);
  let v: unknown;
  switch (item.name) {
    case 'arity': v = f.arity; break;
    case 'module': v = f.module; break;
    case 'name': v = f.name; break;
    case 'env': v = listFromArray(f.env); break;
    case 'type': v = f.kind === FUN_EXPORT ? atom('external') : atom('local'); break;
    case 'index': v = f.index; break;
    case 'new_index': v = f.index; break;
    case 'uniq': v = f.uniq; break;
    case 'pid': v = UNDEFINED; break;
    default: return badarg(p);
  }
  return new Tuple([item, v]);
}

function fun_info_1(p: Process, f: unknown): unknown {
  if (!(f instanceof Fun)) return badarg(p);
  const items = f.kind === FUN_EXPORT ? ['module', 'name', 'arity', 'env', 'type'] : ['pid', 'module', 'new_index', 'new_uniq', 'index', 'uniq', 'name', 'arity', 'env', 'type'];
  return listFromArray(items.map((i) => (i === 'new_uniq' ? new Tuple([atom(i), UNDEFINED]) : fun_info_2(p, f, atom(i)))));
}

function is_record_3(p: Process, t: unknown, tag: unknown, size: unknown): unknown {
  if (!(tag instanceof Atom) || typeof size !== 'number') return badarg(p);
  return bool(t instanceof Tuple && t.elements.length === size && t.elements[0] === tag);
}

function node_0(): unknown {
  return NONODE;
}

function node_1(p: Process, x: unknown): unknown {
  return x instanceof Pid || x instanceof Ref ? NONODE : badarg(p);
}

const NONODE = atom('nonode@nohost');

const LOGGER_LEVELS = ['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'debug', 'all', 'none'];

/** logger:set_primary_config(level, L): crash reports obey it. */
function logger_set_primary_config_2(p: Process, key: unknown, value: unknown): unknown {
  if (key === atom('level') && value instanceof Atom && LOGGER_LEVELS.includes(value.name)) {
    p.runtime.loggerLevel = value.name;
    return atom('ok');
  }
  return new Tuple([atom('error'), new Tuple([atom('invalid_config'), key, value])]);
}

export const bifs: BifTable = {
  'erlang:error/1': { fn: error_1, frame: false },
  'erlang:error/2': { fn: error_2, frame: false },
  'erlang:throw/1': { fn: throw_1, frame: false },
  'erlang:exit/1': { fn: exit_1, frame: false },
  'erlang:raise/3': { fn: raise_3, frame: false },
  'erlang:apply/3': apply_3,
  'erlang:apply/2': apply_2,
  'erlang:make_fun/3': make_fun_3,
  'erlang:self/0': { fn: self_0, guard: true },
  'erlang:send/2': send_2,
  'erlang:!/2': send_2,
  'erlang:send/3': send_3,
  'erlang:make_ref/0': make_ref_0,
  'erlang:link/1': link_1,
  'erlang:unlink/1': unlink_1,
  'erlang:monitor/2': monitor_2,
  'erlang:demonitor/1': demonitor_1,
  'erlang:demonitor/2': demonitor_2,
  'erlang:exit/2': exit_2,
  'erlang:pid_to_list/1': pid_to_list_1,
  'erlang:list_to_pid/1': list_to_pid_1,
  'erlang:register/2': register_2,
  'erlang:unregister/1': unregister_1,
  'erlang:whereis/1': whereis_1,
  'erlang:registered/0': registered_0,
  'erlang:is_process_alive/1': is_process_alive_1,
  'erlang:processes/0': processes_0,
  'erlang:put/2': put_2,
  'erlang:get/1': get_1,
  'erlang:get/0': get_0,
  'erlang:get_keys/0': get_keys_0,
  'erlang:get_keys/1': get_keys_1,
  'erlang:erase/1': erase_1,
  'erlang:erase/0': erase_0,
  'erlang:halt/0': halt_0,
  'erlang:halt/1': halt_1,
  'erlang:halt/2': halt_2,
  'erlang:monotonic_time/0': monotonic_time_0,
  'erlang:monotonic_time/1': monotonic_time_1,
  'erlang:system_time/0': system_time_0,
  'erlang:system_time/1': system_time_1,
  'os:system_time/1': os_system_time_1,
  'erlang:timestamp/0': timestamp,
  'os:timestamp/0': timestamp,
  'erlang:now/0': timestamp,
  'erlang:convert_time_unit/3': convert_time_unit_3,
  'erlang:get_module_info/1': get_module_info_1,
  'erlang:get_module_info/2': get_module_info_2,
  'erlang:function_exported/3': function_exported_3,
  'erlang:module_loaded/1': module_loaded_1,
  'erlang:fun_info/2': fun_info_2,
  'erlang:fun_info/1': fun_info_1,
  'erlang:is_record/3': { fn: is_record_3, guard: true },
  'logger:set_primary_config/2': logger_set_primary_config_2,
  'erlang:node/0': { fn: node_0, guard: true },
  'erlang:node/1': { fn: node_1, guard: true },
};

