// The code server: which version of each module is current (and which is old), the export table
// every remote call goes through, and loading images into LoadedModules. Finding a module that is
// not loaded is delegated to a ModuleFinder supplied by the host (bin/), because the VM must not
// depend on the compiler.
// TODO(#4): old versions, purge/soft_purge and not_purged; today loading replaces the current version.

import { atom, Atom } from './terms/atom.js';
import { ISA_VERSION } from './isa/opcodes.js';
import type { ModuleImage } from './isa/image.js';
import { lookupBif, type BifEntry } from '../stdlib/registry.js';
import { error } from '../stdlib/bif.js';
import { Export, LoadedModule } from './module.js';
import { LambdaTarget } from './ops/funs.js';
import { JitModule } from './jit/jit-module.js';
import { JIT_ENABLED } from './interp.js';

/** Finds and compiles (or reads) the image of a module that is not loaded, or returns null. */
export type ModuleFinder = (module: string) => ModuleImage | null;

export class LoadError extends Error {}

export class CodeServer {
  private readonly exportTable = new Map<string, Export>();
  private readonly current = new Map<Atom, LoadedModule>();
  /** Modules the finder could not provide, so a hot loop of undef calls does not search again. */
  private readonly missing = new Set<Atom>();
  finder: ModuleFinder | null = null;

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

  isLoaded(m: Atom): boolean {
    return this.current.has(m);
  }

  currentVersion(m: Atom): LoadedModule | undefined {
    return this.current.get(m);
  }

  loadedModules(): Atom[] {
    return [...this.current.keys()];
  }

  /** Loads `m` through the finder if it is not loaded. True if it is loaded afterwards. */
  ensureLoaded(m: Atom): boolean {
    if (this.current.has(m)) return true;
    if (this.missing.has(m) || this.finder === null) return false;
    const image = this.finder(m.name);
    if (image === null) {
      this.missing.add(m);
      return false;
    }
    this.load(image);
    return true;
  }

  load(image: ModuleImage): LoadedModule {
    if (image.isa !== ISA_VERSION) {
      throw new LoadError(`${image.module}: compiled for instruction set ${image.isa}, this VM runs ${ISA_VERSION}`);
    }
    const name = atom(image.module);
    const imports = image.imports.map(([m, f, a]) => this.getExport(atom(m), atom(f), a));
    const bifs = image.bifs.map((key) => lookupBif(key) ?? missingBif(key));
    const lm = new LoadedModule(
      name, image, Int32Array.from(image.code), image.literals, imports, bifs,
      image.lambdas, image.functions, Int32Array.from(image.lines), image.maxFrame,
    );
    for (const l of image.lambdas) {
      lm.lambdaTargets.push(new LambdaTarget(lm, l.pc, atom(l.name), l.arity, l.index, l.uniq));
    }
    if (JIT_ENABLED) lm.jit = new JitModule(lm);
    const previous = this.current.get(name);
    if (previous !== undefined) {
      previous.old = true;
      for (const [f, a] of previous.image.exports) {
        const e = this.getExport(name, atom(f), a);
        if (e.code === previous) e.code = null;
      }
    }
    this.current.set(name, lm);
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

