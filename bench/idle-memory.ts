// `node dist/bench/idle-memory.js [N]`: spawns N idle processes (each blocked in receive) from
// Erlang code, then reports the JS heap bytes per process and the spawn cost in microseconds.
// Run with --expose-gc for exact numbers (a full collection before each measurement).
// The targets: under 2.5 KB per idle process, and a million alive at once.

import { compileSource } from '../compiler/compile.js';
import { registerAllBifs } from '../stdlib/index.js';
import { Runtime } from '../vm/runtime.js';
import { atom } from '../vm/terms/atom.js';
import { makeFinder } from '../host/module-finder.js';

const SOURCE = `-module(idle).
-export([start/1]).
start(N) -> Pids = spawn_all(N, []), receive stop -> length(Pids) end.
spawn_all(0, Acc) -> Acc;
spawn_all(N, Acc) -> spawn_all(N - 1, [spawn(fun idle/0) | Acc]).
idle() -> receive stop -> ok end.
`;

function heapBytes(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  registerAllBifs();
  const { image } = compileSource(SOURCE, 'idle.erl');
  const rt = new Runtime({ putChars() {}, flush() {} });
  rt.codeServer.finder = makeFinder(() => {});
  rt.codeServer.load(image!);
  const before = heapBytes();
  const t0 = performance.now();
  const main = rt.spawnApply(atom('idle'), atom('start'), [n], null);
  await rt.run(() => rt.processes.size > n && rt.runQueueLength() === 0);
  const t1 = performance.now();
  const after = heapBytes();
  // The pid list main holds costs 24 bytes per element (a Cons); it is not part of a process.
  const perProcess = (after - before) / n - 24;
  console.log(`processes alive: ${rt.processes.size}`);
  console.log(`bytes per idle process: ${perProcess.toFixed(0)}`);
  console.log(`spawn + first run, us per process: ${((1000 * (t1 - t0)) / n).toFixed(2)}`);
  console.log(`main waiting: ${main.status === 2}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
