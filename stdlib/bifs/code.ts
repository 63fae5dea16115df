// The code module (code:load_file/1, purge/1, which/1...) over the VM's code server, with the
// results of OTP 25's code_server. Differences, by design: a source NAME.erl on the code path
// counts as object code (it is compiled when loaded), compiled files are `.mbeam`, and modules
// implemented only by BIFs (erlang, io...) count as preloaded. The standard library is sticky.

import { atom, Atom, FALSE, FUNCTION_CLAUSE, TRUE, bool, ERROR } from '../../vm/terms/atom.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { Bin, binFromBytes } from '../../vm/terms/binary.js';
import { listFromArray, stringToList, arrayFromList } from '../../vm/terms/list.js';
import { LoadError, NOT_PURGED, type FoundModule } from '../../vm/code-server.js';
import { logReport } from './otp-support.js';
import { purgeOld, stopIfKilled } from '../../vm/code-purge.js';
import { BadImageError, deserializeImage, IMAGE_EXTENSION } from '../../vm/isa/image-file.js';
import type { ModuleImage } from '../../vm/isa/image.js';
import type { Process } from '../../vm/process.js';
import { error } from '../bif.js';
import type { BifTable } from '../registry.js';
import { chardataToChars } from './io.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const MODULE = atom('module');
const FILE = atom('file');
const PRELOADED = atom('preloaded');
const NON_EXISTING = atom('non_existing');
const BADARG = atom('badarg');
const BADFILE = atom('badfile');
const NOFILE = atom('nofile');
const STICKY = atom('sticky_directory');
const BAD_DIRECTORY = atom('bad_directory');

const moduleResult = (m: Atom): Tuple => new Tuple([MODULE, m]);
const errorResult = (reason: Atom): Tuple => new Tuple([ERROR, reason]);

/** A file name given as a string, an atom or a binary (file:name()), or null. */
export function fileName(t: unknown): string | null {
  if (t instanceof Atom) return t.name;
  const chars = chardataToChars(t);
  return chars === null ? null : String.fromCodePoint(...chars);
}

/** Decodes a compiled module binary (the bytes of a .mbeam file); null if it is not one. */
export function imageOfBinary(b: Bin): ModuleImage | null {
  if ((b.bitSize & 7) !== 0) return null;
  try {
    return deserializeImage(new TextDecoder().decode(b.bytes.subarray(0, b.bitSize >> 3)));
  } catch (e) {
    if (e instanceof BadImageError) return null;
    throw e;
  }
}

export function binaryOfFile(file: string): Bin {
  return binFromBytes(new Uint8Array(readFileSync(file)));
}

/** True when `m` is loaded from the standard library, which cannot be replaced (sticky). */
function isSticky(p: Process, m: Atom): boolean {
  const lm = p.runtime.codeServer.currentVersion(m);
  return lm !== undefined && lm.sticky;
}

/**
 * Loads `image` as module `m` (erlang:load_module's rules): {module, M}, or {error, badfile} for a
 * damaged image or one of another module, {error, not_purged} while old code exists.
 */
export function loadImage(p: Process, m: Atom, image: ModuleImage | null, file: string | null, sticky = false): unknown {
  if (image === null || image.module !== m.name) return errorResult(BADFILE);
  try {
    const cs = p.runtime.codeServer;
    const lm = cs.tryLoad(image);
    if (lm === NOT_PURGED) {
      // OTP's code server logs the failure too (for a load from a file).
      if (file !== null) logReport(p, 'error', 'ERROR REPORT', `Loading of ${file} failed: not_purged\n`);
      return errorResult(atom(NOT_PURGED));
    }
    lm.sticky = sticky;
    // erlang:load_module/2 (file null) leaves the code server's record of the module alone.
    if (file !== null) cs.files.set(m, file);
    return moduleResult(m);
  } catch (e) {
    if (e instanceof LoadError) return errorResult(BADFILE);
    throw e;
  }
}

function loadFound(p: Process, m: Atom, found: FoundModule | null): unknown {
  if (found === null) return errorResult(NOFILE);
  if (isSticky(p, m)) return errorResult(STICKY);
  return loadImage(p, m, found.image, resolve(found.file), found.sticky === true);
}

function load_file_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return error(p, FUNCTION_CLAUSE);
  return loadFound(p, m, p.runtime.codeServer.find(m));
}

function ensure_loaded_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return error(p, FUNCTION_CLAUSE);
  if (p.runtime.codeServer.isLoaded(m)) return moduleResult(m);
  return loadFound(p, m, p.runtime.codeServer.find(m));
}

/** code:load_abs(File[, Module]): loads File ++ ".mbeam" (Module, or the module named in it). */
function load_abs(p: Process, f: unknown, mod: unknown): unknown {
  const name = fileName(f);
  if (name === null || (mod !== null && !(mod instanceof Atom))) return error(p, FUNCTION_CLAUSE);
  const file = resolve(name + IMAGE_EXTENSION);
  if (!existsSync(file)) return errorResult(NOFILE);
  const image = imageOfBinary(binaryOfFile(file));
  if (image === null) return errorResult(BADFILE);
  const m = mod ?? atom(image.module);
  if (isSticky(p, m)) return errorResult(STICKY);
  return loadImage(p, m, image, file);
}

/** code:load_binary/3 purges the old code first (killing its users), then loads. */
function load_binary_3(p: Process, m: unknown, f: unknown, b: unknown): unknown {
  if (!(m instanceof Atom)) return error(p, FUNCTION_CLAUSE);
  const file = f instanceof Atom ? f.name : isString(f) ? fileName(f) : null;
  if (file === null || !(b instanceof Bin)) return errorResult(BADARG);
  if (isSticky(p, m)) return errorResult(STICKY);
  const rt = p.runtime;
  if (rt.codeServer.isLoaded(m)) purgeOld(rt, p, m, true);
  const r = loadImage(p, m, imageOfBinary(b), file);
  stopIfKilled(p);
  return r;
}

function isString(t: unknown): boolean {
  const items = arrayFromList(t);
  return items !== undefined && items.every((c) => typeof c === 'number');
}

function purge_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return error(p, FUNCTION_CLAUSE);
  const r = purgeOld(p.runtime, p, m, true);
  stopIfKilled(p);
  return bool(r.killed);
}

function soft_purge_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return error(p, FUNCTION_CLAUSE);
  return bool(!purgeOld(p.runtime, p, m, false).killed);
}

function delete_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return error(p, FUNCTION_CLAUSE);
  if (isSticky(p, m)) return FALSE;
  const cs = p.runtime.codeServer;
  if (cs.deleteModule(m) !== 'ok') return FALSE;
  cs.files.delete(m);
  return TRUE;
}

/** {file, F} for a module code:* loaded, where F is the file it came from, or `preloaded`. */
function loadedFile(p: Process, m: Atom): unknown {
  const cs = p.runtime.codeServer;
  const file = cs.files.get(m);
  if (file !== undefined) return new Tuple([FILE, stringToList(file)]);
  return cs.isPreloaded(m) ? new Tuple([FILE, PRELOADED]) : FALSE;
}

function is_loaded_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return error(p, FUNCTION_CLAUSE);
  return loadedFile(p, m);
}

function all_loaded_0(p: Process): unknown {
  const cs = p.runtime.codeServer;
  return listFromArray([...cs.files.keys()].filter((m) => cs.isLoaded(m)).map((m) => new Tuple([m, loadedFile(p, m)])));
}

function which_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return error(p, FUNCTION_CLAUSE);
  const cs = p.runtime.codeServer;
  const file = cs.files.get(m);
  if (file !== undefined) return stringToList(file);
  if (cs.isPreloaded(m)) return PRELOADED;
  const found = cs.find(m);
  return found === null ? NON_EXISTING : stringToList(resolve(found.file));
}

function addPath(p: Process, d: unknown, atEnd: boolean): unknown {
  const dir = fileName(d);
  if (dir === null) return error(p, FUNCTION_CLAUSE);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) return errorResult(BAD_DIRECTORY);
  const cs = p.runtime.codeServer;
  const path = cs.path.filter((x) => x !== dir);
  if (atEnd) path.push(dir);
  else path.unshift(dir);
  cs.path = path;
  return TRUE;
}

function get_path_0(p: Process): unknown {
  return listFromArray(p.runtime.codeServer.path.map(stringToList));
}

function get_object_code_1(p: Process, m: unknown): unknown {
  if (!(m instanceof Atom)) return error(p, FUNCTION_CLAUSE);
  const found = p.runtime.codeServer.find(m);
  if (found === null || !found.file.endsWith(IMAGE_EXTENSION)) return ERROR;
  const file = resolve(found.file);
  return new Tuple([m, binaryOfFile(file), stringToList(file)]);
}

/**
 * Modules whose file on the code path changed since they were loaded (c:lm/0 reloads them):
 * a newer file, or a different one (a source now newer than the compiled file, say).
 */
function modified_modules_0(p: Process): unknown {
  const cs = p.runtime.codeServer;
  const out: Atom[] = [];
  for (const [m, file] of cs.files) {
    const lm = cs.currentVersion(m);
    if (lm === undefined || lm.sticky) continue;
    const now = cs.locate(m);
    if (now === null) continue;
    if (resolve(now) !== resolve(file) || mtimeMs(now) > lm.loadedMs) out.push(m);
  }
  return listFromArray(out);
}

function mtimeMs(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function objfile_extension_0(): unknown {
  return stringToList(IMAGE_EXTENSION);
}

export const bifs: BifTable = {
  'code:load_file/1': load_file_1,
  'code:ensure_loaded/1': ensure_loaded_1,
  'code:load_abs/1': (p: Process, f: unknown) => load_abs(p, f, null),
  'code:load_abs/2': load_abs,
  'code:load_binary/3': load_binary_3,
  'code:purge/1': purge_1,
  'code:soft_purge/1': soft_purge_1,
  'code:delete/1': delete_1,
  'code:is_loaded/1': is_loaded_1,
  'code:all_loaded/0': all_loaded_0,
  'code:which/1': which_1,
  'code:add_patha/1': (p: Process, d: unknown) => addPath(p, d, false),
  'code:add_pathz/1': (p: Process, d: unknown) => addPath(p, d, true),
  'code:add_path/1': (p: Process, d: unknown) => addPath(p, d, true),
  'code:get_path/0': get_path_0,
  'code:get_object_code/1': get_object_code_1,
  'code:modified_modules/0': modified_modules_0,
  'code:objfile_extension/0': objfile_extension_0,
};
