// Registers every BIF table with the registry. Hosts call registerAllBifs() once before loading
// code; the code server resolves BIF references against the registry at load time.

import { registerBifs } from './registry.js';
import { bifs as erlangProc } from './bifs/erlang-proc.js';
import { bifs as erlangTypes } from './bifs/erlang-types.js';
import { bifs as erlangData } from './bifs/erlang-data.js';
import { bifs as erlangArith } from './bifs/erlang-arith.js';
import { bifs as erlangConvert } from './bifs/erlang-convert.js';
import { bifs as lists } from './bifs/lists.js';
import { bifs as maps } from './bifs/maps.js';
import { bifs as math } from './bifs/math.js';
import { bifs as io } from './bifs/io.js';
import { bifs as checksums } from './bifs/checksums.js';
import { bifs as ioLib } from './bifs/io-lib.js';
import { bifs as binary } from './bifs/binary.js';
import { bifs as unicode } from './bifs/unicode.js';
import { bifs as base64 } from './bifs/base64.js';
import { bifs as termCodec } from './bifs/term-codec.js';
import { bifs as cHost } from './bifs/c-host.js';

let registered = false;

export function registerAllBifs(): void {
  if (registered) return;
  registered = true;
  for (const table of [erlangTypes, erlangData, erlangArith, erlangConvert, lists, maps, math, erlangProc, io, ioLib, binary, unicode, base64, termCodec, checksums, cHost]) registerBifs(table);
}
