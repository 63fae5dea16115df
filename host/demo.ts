// `minierl demo NAME`: runs one of the programs in examples/ that show what minierl can do.
// hot-upgrade: examples/hot_upgrade/hot_upgrade.erl, given its own folder as argument.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEscript } from './escript.js';

/** examples/, two levels above this file both in dist/host/ and in the bundle dist/bin/. */
const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

const DEMOS: Record<string, string> = {
  'hot-upgrade': 'hot_upgrade',
};

export async function runDemo(name: string): Promise<number> {
  const folder = DEMOS[name];
  if (folder === undefined) {
    process.stderr.write(`minierl: no demo named ${name}; demos: ${Object.keys(DEMOS).join(', ')}\n`);
    return 1;
  }
  const dir = join(EXAMPLES, folder);
  const file = join(dir, folder + '.erl');
  if (!existsSync(file)) {
    process.stderr.write(`minierl: ${file} is missing\n`);
    return 1;
  }
  return runEscript(file, [dir], { codePath: [] });
}
