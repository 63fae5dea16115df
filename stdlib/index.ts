// Registers every BIF table with the registry. Hosts call registerAllBifs() once before loading
// code; the code server resolves BIF references against the registry at load time.

import { registerBifs } from './registry.js';
import { bifs as erlangProc } from './bifs/erlang-proc.js';
import { bifs as erlangTypes } from './bifs/erlang-types.js';
import { bifs as erlangData } from './bifs/erlang-data.js';
import { bifs as erlangArith } from './bifs/erlang-arith.js';
import { bifs as io } from './bifs/io.js';

let registered = false;

export function registerAllBifs(): void {
  if (registered) return;
  registered = true;
  for (const table of [erlangTypes, erlangData, erlangArith, erlangProc, io]) registerBifs(table);
}
