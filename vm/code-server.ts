// The code server: the current and the old version of each module, the export table every remote
// call goes through, loading images into LoadedModules, and the code path. Finding a module that
// is not loaded is delegated to a ModuleFinder supplied by the host (bin/), because the VM must not
// depend on the compiler or the file system. Killing the processes that purging requires is
// vm/code-purge.ts's job; this file only keeps the versions.

import { atom, Atom } from './terms/atom.js';
import { ISA_VERSION } from './isa/opcodes.js';
import type { ModuleImage } from './isa/image.js';
import { allBifKeys, lookupBif, type BifEntry } from '../stdlib/registry.js';
import { error } from '../stdlib/bif.js';
import { Export, LoadedModule } from './module.js';
import { LambdaTarget } from './ops/funs.js';
import { JitModule } from './jit/jit-module.js';
import { JIT_ENABLED } from './interp.js';
import { encodeLiteral } from './isa/literal-codec.js';
import type { Process } from './process.js';

/** A module found on the code path: its image, the file it came from, and whether it is sticky. */
export interface FoundModule {
  image: ModuleImage;
  file: string;
  sticky: boolean;
}

/** The host's access to module files (the VM itself has no file system). */
export interface ModuleFinder {
  /** Finds and compiles (or reads) `module` in the directories of `path`, or returns null. */
  find(module: string, path: readonly string[]): FoundModule | null;
  /** The file find() would read, without reading it, or null. */
  locate(module: string, path: readonly string[]): string | null;
}

export class LoadError extends Error {}

/** What tryLoad returns when the module still has old code: OTP's {error, not_purged}. */
export const NOT_PURGED = 'not_purged';

export class CodeServer {
  private readonly exportTable = new Map<string, Export>();
  private readonly current = new Map<Atom, LoadedModule>();
  private readonly old = new Map<Atom, LoadedModule>();
  /** Every module ever loaded: deleting one of these with no code left is still `true` in OTP. */
  private readonly known = new Set<Atom>();
  /**
   * The file each module was loaded from by code:* or autoloading (OTP's code_server table, which
   * erlang:load_module/2 does not update): code:is_loaded/1 and code:which/1 read it.
   */
  readonly files = new Map<Atom, string>();
  /** Modules the finder could not provide, so a hot loop of undef calls does not search again. */
  private readonly missing = new Set<Atom>();
  /** Modules implemented only by BIFs (erlang, io...): always loaded, like OTP's preloaded ones. */
  private bifModules: Map<Atom, boolean | null> | null = null;
  finder: ModuleFinder | null = null;
  /** The code path (code:get_path/0), searched in order by the finder. */
  path: string[] = [];

  getExport(m: Atom, f: Atom, arity: number): Export {
    const key = `${m.name}:${f.name}/${arity}`;
    let e = this.exportTable.get(key);
    if (e === undefined) {
      e = new Export(m, f, arity);
      e.bif = lookupBif(key) ?? null;
      this.exportTable.set(key, e);
    }
    return e;
  }

  /** True when `m` has a current version (or is implemented by BIFs only). */
  isLoaded(m: Atom): boolean {
    return this.current.has(m) || this.isPreloaded(m);
  }

  /**
   * A module of BIFs with no Erlang code to load (erlang, io...): OTP's preloaded modules, as far
   * as code:* can tell. A module with both (lists) is loaded only once its code is.
   */
  isPreloaded(m: Atom): boolean {
    if (this.bifModules === null) {
      this.bifModules = new Map(allBifKeys().map((k) => [atom(k.slice(0, k.indexOf(':'))), null]));
    }
    if (!this.bifModules.has(m) || this.current.has(m) || this.old.has(m)) return false;
    let pre = this.bifModules.get(m);
    if (pre === null || pre === undefined) {
      pre = this.find(m) === null;
      this.bifModules.set(m, pre);
    }
    return pre;
  }

  currentVersion(m: Atom): LoadedModule | undefined {
    return this.current.get(m);
  }

  oldVersion(m: Atom): LoadedModule | undefined {
    return this.old.get(m);
  }

  /** Modules with a current version, in load order (BIF-only modules are not listed). */
  loadedModules(): Atom[] {
    return [...this.current.keys()];
  }

  /** Loads `m` through the finder if it is not loaded. True if it is loaded afterwards. */
  ensureLoaded(m: Atom): boolean {
    if (this.current.has(m)) return true;
    if (this.missing.has(m)) return false;
    const found = this.find(m);
    if (found === null) {
      this.missing.add(m);
      return false;
    }
    const lm = this.tryLoad(found.image);
    if (lm === NOT_PURGED) return false;
    lm.sticky = found.sticky;
    this.files.set(m, found.file);
    return true;
  }

  /** Looks `m` up on the code path without loading it. */
  find(m: Atom): FoundModule | null {
    if (this.finder === null) return null;
    const found = this.finder.find(m.name, this.path);
    return found !== null && found.image.module === m.name ? found : null;
  }

  /** The file a lookup of `m` on the code path would load, or null. */
  locate(m: Atom): string | null {
    return this.finder === null ? null : this.finder.locate(m.name, this.path);
  }

  /** Loads `image` as the current version; throws LoadError if old code is still present. */
  load(image: ModuleImage, file = ''): LoadedModule {
    const lm = this.tryLoad(image);
    if (lm === NOT_PURGED) throw new LoadError(`${image.module}: old code must be purged first`);
    if (file !== '') this.files.set(lm.name, file);
    return lm;
  }

  /**
   * Loads `image`: the current version (if any) becomes old, and every export is repointed at the
   * new one. Returns NOT_PURGED, changing nothing, when the module already has old code (OTP
   * keeps at most two versions). Throws LoadError for an image of another instruction set.
   */
  tryLoad(image: ModuleImage): LoadedModule | typeof NOT_PURGED {
    if (image.isa !== ISA_VERSION) {
      throw new LoadError(`${image.module}: compiled for instruction set ${image.isa}, this VM runs ${ISA_VERSION}`);
    }
    const name = atom(image.module);
    if (this.old.has(name)) return NOT_PURGED;
    const lm = this.link(name, image);
    lm.loadedMs = Date.now();
    const previous = this.current.get(name);
    if (previous !== undefined) this.retire(previous);
    this.current.set(name, lm);
    this.known.add(name);
    this.missing.delete(name);
    for (const [f, a, pc] of image.exports) {
      const e = this.getExport(name, atom(f), a);
      // A function implemented as a BIF keeps its BIF: it is the faster of the two.
      if (e.bif !== null) continue;
      e.code = lm;
      e.pc = pc;
    }
    return lm;
  }

  private link(name: Atom, image: ModuleImage): LoadedModule {
    const imports = image.imports.map(([m, f, a]) => this.getExport(atom(m), atom(f), a));
    const bifs = image.bifs.map((key) => lookupBif(key) ?? missingBif(key));
    const lm = new LoadedModule(
      name, image, Int32Array.from(image.code), image.literals, imports, bifs,
      image.lambdas, image.functions, Int32Array.from(image.lines), image.maxFrame,
    );
    for (const l of image.lambdas) {
      lm.lambdaTargets.push(new LambdaTarget(lm, l.pc, atom(l.name), l.arity, l.index, l.uniq, l.shownAs ?? null));
    }
    if (JIT_ENABLED) lm.jit = new JitModule(lm);
    return lm;
  }

  /** Makes `lm` (the current version) old: its exports stop pointing at it. */
  private retire(lm: LoadedModule): void {
    lm.old = true;
    this.old.set(lm.name, lm);
    this.current.delete(lm.name);
    for (const [f, a] of lm.image.exports) {
      const e = this.getExport(lm.name, atom(f), a);
      if (e.code === lm) e.code = null;
    }
  }

  /**
   * erlang:delete_module/1: the current version becomes old and the module is no longer loaded.
   * Returns NOT_PURGED when old code exists (checked first, as OTP), else 'undefined' when the
   * module was never loaded.
   */
  deleteModule(m: Atom): 'ok' | 'undefined' | typeof NOT_PURGED {
    if (this.old.has(m)) return NOT_PURGED;
    const lm = this.current.get(m);
    if (lm === undefined) return this.known.has(m) ? 'ok' : 'undefined';
    this.retire(lm);
    return 'ok';
  }

  /** Drops the old version of `m` (the caller has dealt with processes using it). */
  dropOld(m: Atom): boolean {
    const lm = this.old.get(m);
    if (lm === undefined) return false;
    lm.purged = true;
    this.old.delete(m);
    return true;
  }

  /**
   * Where a fun of a purged version runs now: OTP finds funs through a table keyed by the fun's
   * code, so a fun whose module was reloaded with the same code keeps working after the purge.
   * Returns the current version's lambda when the current code is identical, else null (badfun).
   */
  liveLambda(t: LambdaTarget): LambdaTarget | null {
    const purged = t.code;
    const cur = this.current.get(purged.name);
    if (cur === undefined) return null;
    if (purged.sameCodeAs !== cur) {
      if (!sameCode(purged, cur)) return null;
      purged.sameCodeAs = cur;
    }
    return cur.lambdaTargets.find((l) => l.index === t.index) ?? null;
  }

  /**
   * erlang:check_process_code/2: true when `p` runs `lm` or will return into it (a frame, or a
   * try/catch handler). Funs of `lm` that `p` merely holds do not count, as in OTP 25.
   */
  processUses(p: Process, lm: LoadedModule): boolean {
    if (p.code === lm) return true;
    for (const h of p.handlers) if (h.code === lm) return true;
    const stack = p.stack;
    // Walk the link slots: [return code, return pc, caller base] below each frame's base.
    for (let base = p.base; base >= 3; base = stack[base - 1] as number) {
      const rc = stack[base - 3];
      if (rc === null) break;
      if (rc === lm) return true;
    }
    return false;
  }
}

function sameCode(a: LoadedModule, b: LoadedModule): boolean {
  if (a.code.length !== b.code.length || a.lits.length !== b.lits.length) return false;
  for (let i = 0; i < a.code.length; i++) if (a.code[i] !== b.code[i]) return false;
  const lits = (m: LoadedModule) => JSON.stringify(m.lits.map(encodeLiteral));
  return lits(a) === lits(b);
}

/** A BIF the compiler referenced but this VM does not implement: fails with undef when called. */
function missingBif(key: string): BifEntry {
  const colon = key.indexOf(':');
  const slash = key.lastIndexOf('/');
  return {
    module: atom(key.slice(0, colon)),
    name: atom(key.slice(colon + 1, slash)),
    arity: Number(key.slice(slash + 1)),
    fn: (p) => error(p, atom('undef')),
    guard: false,
    cost: 0,
    frame: true,
  };
}
