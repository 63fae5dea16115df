// erlang:statistics/1: runtime, wall_clock, reductions (with OTP's "since last call" halves),
// run_queue, context_switches and garbage_collection, from counters the runtime keeps.

import { atom, Atom } from '../../vm/terms/atom.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg } from '../bif.js';
import type { BifTable } from '../registry.js';
import type { Process } from '../../vm/process.js';

function cpuMs(): number {
  const u = process.cpuUsage();
  return Math.floor((u.user + u.system) / 1000);
}

/** {Total, SinceLast}, remembering the total for the next call under `key`. */
function sinceLast(p: Process, key: string, total: number): Tuple {
  const last = p.runtime.statsLast.get(key) ?? 0;
  p.runtime.statsLast.set(key, total);
  return new Tuple([total, total - last]);
}

function statistics_1(p: Process, what: unknown): unknown {
  const rt = p.runtime;
  switch (what instanceof Atom ? what.name : '') {
    case 'runtime': return sinceLast(p, 'runtime', cpuMs());
    case 'wall_clock': return sinceLast(p, 'wall_clock', Math.floor(rt.nowMs() - rt.startMs));
    case 'reductions':
    case 'exact_reductions': return sinceLast(p, 'reductions', rt.totalReductions());
    case 'run_queue':
    case 'total_run_queue_lengths': return rt.runQueueLength();
    case 'context_switches': return new Tuple([rt.contextSwitches, 0]);
    case 'garbage_collection': return new Tuple([rt.gcCount, rt.gcWordsReclaimed, 0]);
    case 'io': return new Tuple([new Tuple([atom('input'), 0]), new Tuple([atom('output'), 0])]);
    default: return badarg(p);
  }
}

export const bifs: BifTable = {
  'erlang:statistics/1': statistics_1,
};
