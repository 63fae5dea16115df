// Registers every BIF table with the registry. Hosts call registerAllBifs() once before loading
// code; the code server resolves BIF references against the registry at load time.

import { registerBifs } from './registry.js';
import { bifs as erlangProc } from './bifs/erlang-proc.js';
import { bifs as erlangAlias } from './bifs/erlang-alias.js';
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
import { bifs as re } from './bifs/re.js';
import { bifs as unicodeUtil } from './bifs/unicode-util.js';
import { bifs as termCodec } from './bifs/term-codec.js';
import { bifs as termHash } from './bifs/term-hash.js';
import { bifs as erlangSystem } from './bifs/erlang-system.js';
import { bifs as randCore } from './bifs/rand-core.js';
import { bifs as erlangTime } from './bifs/erlang-time.js';
import { bifs as otpSupport } from './bifs/otp-support.js';
import { bifs as otpInterim } from './bifs/otp-interim.js';
import { bifs as primFile } from './bifs/prim-file.js';
import { bifs as fileInfo } from './bifs/file-info.js';
import { bifs as os } from './bifs/os.js';
import { bifs as ioDevices } from './bifs/io-devices.js';
import { bifs as ets } from './bifs/ets/ets.js';
import { bifs as etsSelect } from './bifs/ets/select.js';
import { bifs as persistentTerm } from './bifs/persistent-term.js';
import { bifs as code } from './bifs/code.js';
import { bifs as erlangCode } from './bifs/erlang-code.js';
import { bifs as compile } from './bifs/compile.js';
import { bifs as filelib } from './bifs/filelib.js';
import { bifs as erlangSpawn } from './bifs/erlang-spawn.js';
import { bifs as processFlags } from './bifs/process-flags.js';
import { bifs as processInfo } from './bifs/process-info.js';
import { bifs as timers } from './bifs/timers.js';
import { bifs as statistics } from './bifs/statistics.js';
import { bifs as cHost } from './bifs/c-host.js';

let registered = false;

// One table per line (later tables override earlier ones for the same BIF). otpInterim goes first
// so that the process BIFs' own versions of the same functions win.
const TABLES = [
  otpInterim,
  otpSupport,
  erlangTypes,
  erlangData,
  erlangArith,
  erlangConvert,
  lists,
  maps,
  math,
  erlangProc,
  io,
  ioLib,
  binary,
  unicode,
  base64,
  termCodec,
  checksums,
  termHash,
  erlangSystem,
  randCore,
  erlangTime,
  re,
  unicodeUtil,
  primFile,
  fileInfo,
  os,
  ioDevices,
  ets,
  etsSelect,
  persistentTerm,
  code,
  erlangCode,
  compile,
  filelib,
  erlangSpawn,
  processFlags,
  processInfo,
  timers,
  statistics,
  erlangAlias,
  cHost,
];

export function registerAllBifs(): void {
  if (registered) return;
  registered = true;
  for (const table of TABLES) registerBifs(table);
}
