// Tab completion for the shell's line editor: module names (`lis` -> `lists:`) and exported
// functions (`lists:rev` -> `lists:reverse(`), as erl's edlin_expand. Pure: the caller supplies
// the known modules and a module's exports.

export interface CompletionSource {
  /** Every module name the shell can reach (loaded, standard library, code path). */
  modules(): string[];
  /** A module's exported functions as [name, arity], or null if there is no such module. */
  exports(module: string): Array<[string, number]> | null;
}

const WORD = /(?<![A-Za-z0-9_@'])[a-z][A-Za-z0-9_@]*(?::(?:[a-z][A-Za-z0-9_@]*)?)?$/;

/** readline's completer contract: the candidates and the text they replace. */
export function complete(line: string, src: CompletionSource): [string[], string] {
  const m = WORD.exec(line);
  if (m === null) return [[], ''];
  const word = m[0];
  const colon = word.indexOf(':');
  if (colon < 0) {
    const hits = unique(src.modules().filter((name) => name.startsWith(word))).map((name) => name + ':');
    return [hits, word];
  }
  const mod = word.slice(0, colon);
  const prefix = word.slice(colon + 1);
  const exports = src.exports(mod);
  if (exports === null) return [[], word];
  const names = unique(exports.filter(([f]) => f.startsWith(prefix) && f !== 'module_info').map(([f]) => f));
  if (names.length === 1) {
    // One name: complete it, with `(` for a call; with `()` when it only takes no arguments.
    const arities = exports.filter(([f]) => f === names[0]).map(([, a]) => a);
    const suffix = arities.length === 1 && arities[0] === 0 ? '()' : '(';
    return [[`${mod}:${names[0]}${suffix}`], word];
  }
  const shown = unique(exports.filter(([f]) => names.includes(f)).map(([f, a]) => `${mod}:${f}/${a}`));
  // Several candidates: readline inserts their common prefix and lists them.
  const common = commonPrefix(names);
  return [common.length > prefix.length ? [`${mod}:${common}`] : shown, word];
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)].sort();
}

function commonPrefix(xs: string[]): string {
  if (xs.length === 0) return '';
  let p = xs[0];
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}
