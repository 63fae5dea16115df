// prim_file:read_file_info/2, read_link_info/2 and write_file_info/3: the #file_info{} record of
// kernel/include/file.hrl (a tuple tagged file_info) from node's fs.statSync, with OTP's time
// formats ({time, local | universal | posix}). Access is what the current user may do.

import * as fs from 'node:fs';
import { Atom, OK, atom } from '../../vm/terms/atom.js';
import { Cons, NIL } from '../../vm/terms/list.js';
import { Tuple } from '../../vm/terms/tuple.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import { err, fileName, posixError } from './prim-file.js';

const FILE_INFO = atom('file_info');
const UNDEFINED = atom('undefined');
type TimeKind = 'local' | 'universal' | 'posix';

/** The {time, T} option of a list of options, or null for a malformed list. */
function timeOption(opts: unknown): TimeKind | null {
  let kind: TimeKind = 'local';
  let l = opts;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (o instanceof Tuple && o.elements.length === 2 && o.elements[0] === atom('time')) {
      const v = o.elements[1];
      if (v === atom('local') || v === atom('universal') || v === atom('posix')) kind = (v as Atom).name as TimeKind;
      else return null;
    }
  }
  return l === NIL ? kind : null;
}

function dateTime(ms: number, kind: TimeKind): unknown {
  const secs = Math.floor(ms / 1000);
  if (kind === 'posix') return secs;
  const d = new Date(secs * 1000);
  const u = kind === 'universal';
  const date = new Tuple([u ? d.getUTCFullYear() : d.getFullYear(), (u ? d.getUTCMonth() : d.getMonth()) + 1, u ? d.getUTCDate() : d.getDate()]);
  const time = new Tuple([u ? d.getUTCHours() : d.getHours(), u ? d.getUTCMinutes() : d.getMinutes(), u ? d.getUTCSeconds() : d.getSeconds()]);
  return new Tuple([date, time]);
}

function fileType(st: fs.Stats): Atom {
  if (st.isFile()) return atom('regular');
  if (st.isDirectory()) return atom('directory');
  if (st.isSymbolicLink()) return atom('symlink');
  if (st.isBlockDevice() || st.isCharacterDevice()) return atom('device');
  return atom('other');
}

function access(path: string): Atom {
  const can = (mode: number): boolean => {
    try {
      fs.accessSync(path, mode);
      return true;
    } catch {
      return false;
    }
  };
  const r = can(fs.constants.R_OK);
  const w = can(fs.constants.W_OK);
  return atom(r && w ? 'read_write' : r ? 'read' : w ? 'write' : 'none');
}

function info(name: unknown, opts: unknown, follow: boolean): unknown {
  const path = fileName(name);
  const kind = timeOption(opts);
  if (path === null || kind === null) return err('badarg');
  let st: fs.Stats;
  try {
    st = follow ? fs.statSync(path) : fs.lstatSync(path);
  } catch (e) {
    return posixError(e);
  }
  const rec = new Tuple([
    FILE_INFO, st.size, fileType(st), access(path),
    dateTime(st.atimeMs, kind), dateTime(st.mtimeMs, kind), dateTime(st.ctimeMs, kind),
    st.mode, st.nlink, st.dev, st.rdev, st.ino, st.uid, st.gid,
  ]);
  return new Tuple([OK, rec]);
}

/** Seconds since the epoch of a time field as write_file_info reads it, or null. */
function toEpochSecs(t: unknown, kind: TimeKind): number | null {
  if (typeof t === 'number') return kind === 'posix' ? t : null;
  if (!(t instanceof Tuple) || t.elements.length !== 2) return null;
  const [d, tm] = t.elements;
  if (!(d instanceof Tuple) || !(tm instanceof Tuple)) return null;
  const [y, mo, da] = d.elements as number[];
  const [h, mi, s] = tm.elements as number[];
  if (![y, mo, da, h, mi, s].every((x) => typeof x === 'number')) return null;
  const ms = kind === 'universal' ? Date.UTC(y, mo - 1, da, h, mi, s) : new Date(y, mo - 1, da, h, mi, s).getTime();
  return ms / 1000;
}

/** write_file_info: mode, uid/gid and the times that are not undefined. */
function write_file_info_3(_p: Process, name: unknown, rec: unknown, opts: unknown): unknown {
  const path = fileName(name);
  const kind = timeOption(opts);
  if (path === null || kind === null || !(rec instanceof Tuple) || rec.elements.length !== 14 || rec.elements[0] !== FILE_INFO) {
    return err('badarg');
  }
  const e = rec.elements;
  try {
    if (typeof e[7] === 'number') fs.chmodSync(path, e[7]);
    if (typeof e[12] === 'number' || typeof e[13] === 'number') {
      const st = fs.statSync(path);
      fs.chownSync(path, typeof e[12] === 'number' ? e[12] : st.uid, typeof e[13] === 'number' ? e[13] : st.gid);
    }
    if (e[4] !== UNDEFINED || e[5] !== UNDEFINED) {
      const st = fs.statSync(path);
      const at = e[4] === UNDEFINED ? st.atimeMs / 1000 : toEpochSecs(e[4], kind);
      const mt = e[5] === UNDEFINED ? st.mtimeMs / 1000 : toEpochSecs(e[5], kind);
      if (at === null || mt === null) return err('badarg');
      fs.utimesSync(path, at, mt);
    }
  } catch (x) {
    return posixError(x);
  }
  return OK;
}

export const bifs: BifTable = {
  'prim_file:read_file_info/2': (_p: Process, n: unknown, o: unknown) => info(n, o, true),
  'prim_file:read_link_info/2': (_p: Process, n: unknown, o: unknown) => info(n, o, false),
  'prim_file:write_file_info/3': write_file_info_3,
};
