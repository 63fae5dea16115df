// prim_file: the host's file system under file.erl, with node's synchronous fs API. Raw file
// handles (#file_descriptor{module = prim_file}) and the path operations (read_file, list_dir,
// read_file_info, ...). Results are OTP's: {ok, _}, ok, eof or {error, Posix} with the errno name
// in lower case. Blocks the VM while the host works (files are local; a read never waits on a user).
// The buffered (non-raw) files of file:open/2 are processes in Erlang: stdlib/lib/file_io_server.erl.

import * as fs from 'node:fs';
import { Atom, OK, atom } from '../../vm/terms/atom.js';
import { Bin, EMPTY_BIN, binFromBytes } from '../../vm/terms/binary.js';
import { Cons, NIL, listFromArray } from '../../vm/terms/list.js';
import { ErlMap, mapFromPairs, mapGet } from '../../vm/terms/map.js';
import { Pid, Ref } from '../../vm/terms/pid.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { FAIL, badarg, error, type Fail } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';
import type { Runtime } from '../../vm/runtime.js';
import { binBytes, bytesToList, iolistToBytes } from './util.js';
import { readAllTerms } from './term-reader.js';

const ERROR = atom('error');
const EOF = atom('eof');
const WRITE = atom('write');
const HANDLE = atom('handle');
const OWNER = atom('owner');
const FILE_DESCRIPTOR = atom('file_descriptor');
const PRIM_FILE = atom('prim_file');

export const err = (reason: string): Tuple => new Tuple([ERROR, atom(reason)]);
const okT = (v: unknown): Tuple => new Tuple([OK, v]);

/** {error, Posix} for a node fs exception ('ENOENT' -> enoent). */
export function posixError(e: unknown): Tuple {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (typeof code !== 'string') throw e;
  return err(code.toLowerCase());
}

// ---- file names ----

/**
 * A file name (file:name_all()): a string or a deep list of characters and atoms, an atom, or a
 * binary (raw bytes, taken as UTF-8). Null for anything else: callers answer {error, badarg}.
 */
export function fileName(t: unknown): string | null {
  if (t instanceof Bin) {
    const bs = binBytes(t);
    return bs === undefined ? null : Buffer.from(bs).toString('utf8');
  }
  if (t instanceof Atom) return t.name;
  let s = '';
  const stack: unknown[] = [];
  let l = t;
  for (;;) {
    if (l instanceof Cons) {
      const h = l.hd;
      if (typeof h === 'number') {
        if (h < 0 || h > 0x10ffff || h === 0) return null;
        s += String.fromCodePoint(h);
      } else if (h instanceof Atom) s += h.name;
      else if (h instanceof Cons || h === NIL) {
        stack.push(l.tl);
        l = h;
        continue;
      } else return null;
      l = l.tl;
    } else if (l === NIL) {
      if (stack.length === 0) return s;
      l = stack.pop();
    } else return null;
  }
}

/** A host name as Erlang sees it: a list of characters (file names are UTF-8 on the host). */
export function nameToList(s: string): unknown {
  return listFromArray(Array.from(s, (c) => c.codePointAt(0)!));
}

// ---- raw file handles ----

/** One open raw file. `pos` is ours: reads and writes say where, so no OS file offset is shared. */
class RawFile {
  pos = 0;
  closed = false;
  constructor(
    readonly fd: number,
    readonly owner: Pid,
    readonly read: boolean,
    readonly write: boolean,
    readonly append: boolean,
    readonly binary: boolean,
  ) {}
}

/** Open raw files per runtime, by their handle ref (refs are unique within one runtime only). */
const openFiles = new WeakMap<Runtime, Map<string, RawFile>>();

function filesOf(rt: Runtime): Map<string, RawFile> {
  let m = openFiles.get(rt);
  if (m === undefined) {
    m = new Map();
    openFiles.set(rt, m);
  }
  return m;
}

const refKey = (r: Ref): string => `${r.a}.${r.b}.${r.c}`;

/** The open file of a handle, an {error, _} for a closed one, FAIL (raised) for another owner, or null. */
function handleOf(p: Process, fd: unknown): RawFile | Tuple | Fail | null {
  if (!(fd instanceof Tuple) || fd.elements.length !== 3 || fd.elements[0] !== FILE_DESCRIPTOR || fd.elements[1] !== PRIM_FILE) return null;
  const data = fd.elements[2];
  if (!(data instanceof ErlMap)) return null;
  const ref = mapGet(data, HANDLE);
  const f = ref instanceof Ref ? filesOf(p.runtime).get(refKey(ref)) : undefined;
  if (f === undefined) return err('einval');
  // OTP raises this one (prim_file:get_fd_data/1) rather than returning it.
  if (f.owner.id !== p.pid.id) return error(p, atom('not_on_controlling_process'));
  if (f.closed) return err('einval');
  return f;
}

interface OpenMode {
  read: boolean;
  write: boolean;
  append: boolean;
  exclusive: boolean;
  binary: boolean;
}

/** The modes of file:open/2 that matter to the host; others (raw, read_ahead, ...) are accepted. */
export function parseModes(modes: unknown): OpenMode | null {
  const m: OpenMode = { read: false, write: false, append: false, exclusive: false, binary: false };
  let l = modes;
  for (; l instanceof Cons; l = l.tl) {
    const o = l.hd;
    if (o instanceof Atom) {
      if (o.name === 'read') m.read = true;
      else if (o.name === 'write') m.write = true;
      else if (o.name === 'append') m.append = true;
      else if (o.name === 'exclusive') m.exclusive = true;
      else if (o.name === 'binary') m.binary = true;
      else if (o.name === 'list') m.binary = false;
    }
  }
  if (l !== NIL) return null;
  if (!m.read && !m.write && !m.append) m.read = true;
  return m;
}

function openFlags(m: OpenMode): number {
  const C = fs.constants;
  let f = m.read && (m.write || m.append) ? C.O_RDWR : m.read ? C.O_RDONLY : C.O_WRONLY;
  if (m.write || m.append) f |= C.O_CREAT;
  if (m.write && !m.read && !m.append) f |= C.O_TRUNC;
  if (m.append) f |= C.O_APPEND;
  if (m.exclusive) f |= C.O_EXCL;
  return f;
}

/** prim_file:open(Name, Modes) -> {ok, #file_descriptor{}} | {error, Posix}. */
function open_2(p: Process, name: unknown, modes: unknown): unknown {
  const path = fileName(name);
  const m = parseModes(modes);
  if (path === null || m === null) return err('badarg');
  let fd: number;
  try {
    fd = fs.openSync(path, openFlags(m), 0o666);
    if (fs.fstatSync(fd).isDirectory()) {
      fs.closeSync(fd);
      return err('eisdir');
    }
  } catch (e) {
    return posixError(e);
  }
  const f = new RawFile(fd, p.pid, m.read, m.write || m.append, m.append, m.binary);
  const ref = p.runtime.makeRef();
  filesOf(p.runtime).set(refKey(ref), f);
  return okT(new Tuple([FILE_DESCRIPTOR, PRIM_FILE, mapFromPairs([[HANDLE, ref], [OWNER, p.pid]])]));
}

function close_1(p: Process, fd: unknown): unknown {
  const f = handleOf(p, fd);
  if (!(f instanceof RawFile)) return f ?? badarg(p);
  f.closed = true;
  const files = filesOf(p.runtime);
  for (const [k, v] of files) if (v === f) files.delete(k);
  try {
    fs.closeSync(f.fd);
  } catch (e) {
    return posixError(e);
  }
  return OK;
}

function data(f: RawFile, bytes: Uint8Array): unknown {
  return f.binary ? binFromBytes(bytes) : bytesToList(bytes);
}

function readAt(f: RawFile, pos: number, n: number): Uint8Array | Tuple {
  const buf = Buffer.alloc(n);
  let got = 0;
  try {
    while (got < n) {
      const k = fs.readSync(f.fd, buf, got, n - got, pos + got);
      if (k === 0) break;
      got += k;
    }
  } catch (e) {
    return posixError(e);
  }
  return buf.subarray(0, got);
}

function read_2(p: Process, fd: unknown, size: unknown): unknown {
  const f = handleOf(p, fd);
  if (typeof size !== 'number' || size < 0) return f instanceof Tuple || f === FAIL ? f : badarg(p);
  if (!(f instanceof RawFile)) return f ?? badarg(p);
  if (!f.read) return err('ebadf');
  const bs = readAt(f, f.pos, size);
  if (bs instanceof Tuple) return bs;
  if (bs.length === 0 && size > 0) return EOF;
  f.pos += bs.length;
  return okT(data(f, bs));
}

/** read_line/1: up to and including the next newline; "\r\n" comes back as "\n", as in OTP. */
function read_line_1(p: Process, fd: unknown): unknown {
  const f = handleOf(p, fd);
  if (!(f instanceof RawFile)) return f ?? badarg(p);
  if (!f.read) return err('ebadf');
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const bs = readAt(f, f.pos + total, 4096);
    if (bs instanceof Tuple) return bs;
    const nl = bs.indexOf(10);
    if (nl >= 0) {
      chunks.push(bs.subarray(0, nl + 1));
      total += nl + 1;
      break;
    }
    if (bs.length === 0) break;
    chunks.push(bs);
    total += bs.length;
  }
  if (total === 0) return EOF;
  f.pos += total;
  let line = Buffer.concat(chunks);
  if (line.length >= 2 && line[line.length - 1] === 10 && line[line.length - 2] === 13) {
    line = Buffer.concat([line.subarray(0, line.length - 2), Buffer.from([10])]);
  }
  return okT(data(f, line));
}

function writeAt(f: RawFile, pos: number | null, bytes: Uint8Array): Tuple | null {
  try {
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(f.fd, bytes, off, bytes.length - off, pos === null ? null : pos + off);
  } catch (e) {
    return posixError(e);
  }
  return null;
}

function write_2(p: Process, fd: unknown, d: unknown): unknown {
  const f = handleOf(p, fd);
  if (!(f instanceof RawFile)) return f ?? badarg(p);
  const bytes = iolistToBytes(d);
  if (bytes === undefined) return err('badarg');
  if (!f.write) return err('ebadf');
  const e = writeAt(f, f.append ? null : f.pos, bytes);
  if (e !== null) return e;
  f.pos = f.append ? fs.fstatSync(f.fd).size : f.pos + bytes.length;
  return OK;
}

function pread_3(p: Process, fd: unknown, at: unknown, size: unknown): unknown {
  const f = handleOf(p, fd);
  if (!(f instanceof RawFile)) return f ?? badarg(p);
  if (typeof at !== 'number' || typeof size !== 'number' || size < 0) return err('badarg');
  if (at < 0) return err('einval');
  if (!f.read) return err('ebadf');
  const bs = readAt(f, at, size);
  if (bs instanceof Tuple) return bs;
  return bs.length === 0 && size > 0 ? EOF : okT(data(f, bs));
}

function pwrite_3(p: Process, fd: unknown, at: unknown, d: unknown): unknown {
  const f = handleOf(p, fd);
  if (!(f instanceof RawFile)) return f ?? badarg(p);
  const bytes = iolistToBytes(d);
  if (typeof at !== 'number' || bytes === undefined) return err('badarg');
  if (at < 0) return err('einval');
  if (!f.write) return err('ebadf');
  return writeAt(f, at, bytes) ?? OK;
}

/** The absolute offset a file:location() names, or null for a malformed one. */
export function locate(at: unknown, cur: number, size: () => number): number | null {
  if (typeof at === 'number') return at;
  if (at instanceof Atom) {
    if (at.name === 'bof') return 0;
    if (at.name === 'cur') return cur;
    if (at.name === 'eof') return size();
    return null;
  }
  if (at instanceof Tuple && at.elements.length === 2 && typeof at.elements[1] === 'number') {
    const [w, n] = at.elements as [unknown, number];
    if (w === atom('bof')) return n;
    if (w === atom('cur')) return cur + n;
    if (w === atom('eof')) return size() + n;
  }
  return null;
}

function position_2(p: Process, fd: unknown, at: unknown): unknown {
  const f = handleOf(p, fd);
  if (!(f instanceof RawFile)) return f ?? badarg(p);
  const to = locate(at, f.pos, () => fs.fstatSync(f.fd).size);
  if (to === null) return err('badarg');
  if (to < 0) return err('einval');
  f.pos = to;
  return okT(to);
}

function truncate_1(p: Process, fd: unknown): unknown {
  const f = handleOf(p, fd);
  if (!(f instanceof RawFile)) return f ?? badarg(p);
  // A file not open for writing: ftruncate(2) says einval, as OTP reports.
  if (!f.write) return err('einval');
  try {
    fs.ftruncateSync(f.fd, f.pos);
  } catch (e) {
    return posixError(e);
  }
  return OK;
}

function sync_1(p: Process, fd: unknown): unknown {
  const f = handleOf(p, fd);
  if (!(f instanceof RawFile)) return f ?? badarg(p);
  try {
    fs.fsyncSync(f.fd);
  } catch (e) {
    return posixError(e);
  }
  return OK;
}

// ---- whole files and directories ----

/** Runs a host operation on one file name: {error, badarg} for a bad name, {error, Posix} on failure. */
function onPath(name: unknown, op: (path: string) => unknown): unknown {
  const path = fileName(name);
  if (path === null) return err('badarg');
  try {
    return op(path);
  } catch (e) {
    return posixError(e);
  }
}

function read_file_1(_p: Process, name: unknown): unknown {
  return onPath(name, (path) => {
    const bs = fs.readFileSync(path);
    return okT(bs.length === 0 ? EMPTY_BIN : binFromBytes(new Uint8Array(bs.buffer, bs.byteOffset, bs.length)));
  });
}

function write_file_3(_p: Process, name: unknown, d: unknown, modes: unknown): unknown {
  const bytes = iolistToBytes(d);
  // OTP opens with [binary, write | Modes]: no read (and so O_TRUNC) unless Modes says read.
  const m = parseModes(new Cons(WRITE, modes));
  if (bytes === undefined || m === null) return err('badarg');
  return onPath(name, (path) => {
    const fd = fs.openSync(path, openFlags({ ...m, write: !m.append || m.write }), 0o666);
    try {
      let off = 0;
      while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    } finally {
      fs.closeSync(fd);
    }
    return OK;
  });
}

function list_dir_1(_p: Process, name: unknown): unknown {
  return onPath(name, (path) => okT(listFromArray(fs.readdirSync(path).map(nameToList))));
}

/** del_dir_r: removes a tree; {error, Posix} from the first entry that cannot go, as OTP does. */
function del_dir_r_1(_p: Process, name: unknown): unknown {
  return onPath(name, (path) => {
    const st = fs.lstatSync(path);
    if (!st.isDirectory()) {
      fs.unlinkSync(path);
      return OK;
    }
    fs.rmSync(path, { recursive: true });
    return OK;
  });
}

/** rename(2): a missing source is enoent; moving onto a non-empty directory eexist, as on Linux. */
function rename_2(_p: Process, from: unknown, to: unknown): unknown {
  const dst = fileName(to);
  if (dst === null) return err('badarg');
  return onPath(from, (src) => {
    fs.renameSync(src, dst);
    return OK;
  });
}

/** The terms of a file's contents (file:consult): UTF-8 text, or latin1 when it is not valid UTF-8. */
function parse_terms_1(p: Process, b: unknown): unknown {
  const bs = binBytes(b);
  if (bs === undefined) return badarg(p);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bs);
  } catch {
    text = Buffer.from(bs).toString('latin1');
  }
  return readAllTerms(text);
}

export const bifs: BifTable = {
  'prim_file:open/2': open_2,
  'prim_file:close/1': close_1,
  'prim_file:read/2': read_2,
  'prim_file:read_line/1': read_line_1,
  'prim_file:write/2': write_2,
  'prim_file:pread/3': pread_3,
  'prim_file:pwrite/3': pwrite_3,
  'prim_file:position/2': position_2,
  'prim_file:truncate/1': truncate_1,
  'prim_file:sync/1': sync_1,
  'prim_file:datasync/1': sync_1,
  'prim_file:read_file/1': read_file_1,
  'prim_file:write_file/3': write_file_3,
  'prim_file:delete/1': (_p: Process, n: unknown) => onPath(n, (path) => {
    // Linux says EISDIR for unlink(2) of a directory; OTP reports POSIX's eperm.
    if (fs.lstatSync(path).isDirectory()) return err('eperm');
    fs.unlinkSync(path);
    return OK;
  }),
  'prim_file:rename/2': rename_2,
  'prim_file:list_dir/1': list_dir_1,
  'prim_file:make_dir/1': (_p: Process, n: unknown) => onPath(n, (path) => (fs.mkdirSync(path), OK)),
  'prim_file:del_dir/1': (_p: Process, n: unknown) => onPath(n, (path) => {
    try {
      fs.rmdirSync(path);
    } catch (e) {
      // OTP reports a directory that is not empty as eexist (POSIX allows either errno).
      if ((e as NodeJS.ErrnoException).code === 'ENOTEMPTY') return err('eexist');
      throw e;
    }
    return OK;
  }),
  'prim_file:del_dir_r/1': del_dir_r_1,
  'prim_file:make_symlink/2': (_p: Process, target: unknown, n: unknown) => {
    const t = fileName(target);
    return t === null ? err('badarg') : onPath(n, (path) => (fs.symlinkSync(t, path), OK));
  },
  'prim_file:make_link/2': (_p: Process, existing: unknown, n: unknown) => {
    const e = fileName(existing);
    return e === null ? err('badarg') : onPath(n, (path) => (fs.linkSync(e, path), OK));
  },
  'prim_file:is_name/1': (_p: Process, n: unknown) => (fileName(n) === null ? atom('false') : atom('true')),
  'prim_file:read_link/1': (_p: Process, n: unknown) => onPath(n, (path) => okT(nameToList(fs.readlinkSync(path)))),
  'prim_file:parse_terms/1': parse_terms_1,
  'prim_file:get_cwd/0': () => okT(nameToList(process.cwd())),
  'prim_file:set_cwd/1': (_p: Process, n: unknown) => onPath(n, (path) => (process.chdir(path), OK)),
};
