// The erlang module's code-loading BIFs: load_module/2, delete_module/1, purge_module/1,
// and check_process_code/2,3, with OTP 25's results and errors.

import { atom, Atom, FALSE, TRUE, UNDEFINED, bool } from '../../vm/terms/atom.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Bin } from '../../vm/terms/binary.js';
import { Pid } from '../../vm/terms/pid.js';
import { arrayFromList } from '../../vm/terms/list.js';
import { purgeOld, stopIfKilled } from '../../vm/code-purge.js';
import type { Process } from '../../vm/process.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import { imageOfBinary, loadImage } from './code.js';

const ASYNC = atom('async');
const ALLOW_GC = atom('allow_gc');
const CHECK_PROCESS_CODE = atom('check_process_code');

function load_module_2(p: Process, m: unknown, b: unknown): unknown {
  if (!(m instanceof Atom) || !(b instanceof Bin)) return badarg(p);
  return loadImage(p, m, imageOfBinary(b), null);
}

/** true, or undefined when not loaded; badarg while old code exists (OTP also logs that). */
function delete_module_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return badarg(p);
  const r = p.runtime.codeServer.deleteModule(m);
  if (r === 'undefined') return UNDEFINED;
  if (r === 'ok') return TRUE;
  return badarg(p);
}

/** Purges old code, killing the processes that use it; badarg if there is none. */
function purge_module_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return badarg(p);
  const r = purgeOld(p.runtime, p, m, true);
  stopIfKilled(p);
  return r.hadOld ? TRUE : badarg(p);
}

function usesOld(p: Process, pid: Pid, m: Atom): boolean {
  const rt = p.runtime;
  const q = rt.processOf(pid);
  const lm = rt.codeServer.oldVersion(m);
  return q !== undefined && !rt.isExited(q) && lm !== undefined && rt.codeServer.processUses(q, lm);
}

function check_process_code_2(p: Process, pid: unknown, m: unknown): unknown {
  if (!(pid instanceof Pid) || !(m instanceof Atom)) return badarg(p);
  return bool(usesOld(p, pid, m));
}

/** Options: {allow_gc, boolean()} (no effect here) and {async, RequestId} (reply by message). */
function check_process_code_3(p: Process, pid: unknown, m: unknown, opts: unknown): unknown {
  if (!(pid instanceof Pid) || !(m instanceof Atom)) return badarg(p);
  const items = arrayFromList(opts);
  if (items === undefined) return badarg(p);
  let asyncId: unknown = null;
  for (const o of items) {
    if (!(o instanceof Tuple) || o.elements.length !== 2) return badarg(p);
    const [k, v] = o.elements;
    if (k === ASYNC) asyncId = v;
    else if (k !== ALLOW_GC || (v !== TRUE && v !== FALSE)) return badarg(p);
  }
  const result = bool(usesOld(p, pid, m));
  if (asyncId === null) return result;
  p.runtime.deliver(p, new Tuple([CHECK_PROCESS_CODE, asyncId, result]));
  return ASYNC;
}

function check_old_code_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return badarg(p);
  return bool(p.runtime.codeServer.oldVersion(m) !== undefined);
}

export const bifs: BifTable = {
  'erlang:check_old_code/1': check_old_code_1,
  'erlang:load_module/2': load_module_2,
  'erlang:delete_module/1': delete_module_1,
  'erlang:purge_module/1': purge_module_1,
  'erlang:check_process_code/2': check_process_code_2,
  'erlang:check_process_code/3': check_process_code_3,
};
