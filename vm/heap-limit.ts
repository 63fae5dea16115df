// max_heap_size enforcement. BEAM checks the limit when it collects; we check at the end of each
// slice of a process that has a limit (only those pay for the walk), which is where a process that
// grows would next have collected. Over the limit: the report (if error_logger), then, if kill,
// the process dies alone with reason `killed` (links and monitors see `killed`).

import { atom, KILLED } from './terms/atom.js';
import { listFromArray } from './terms/list.js';
import { Tuple } from './terms/tuple.js';
import { heapInfo, type HeapInfo } from './heap.js';
import type { Process } from './process.js';
import type { Runtime } from './runtime.js';
import { loggerAllows, maxHeapReport } from '../stdlib/crash-report.js';

const BIN_VHEAP_BLOCK = 46422;
const reported = new WeakSet<Process>();

function gcInfo(info: HeapInfo): unknown {
  const pairs: [string, number][] = [
    ['old_heap_block_size', 0], ['heap_block_size', info.heapSize], ['mbuf_size', info.queueWords],
    ['recent_size', 0], ['stack_size', info.stackWords], ['old_heap_size', 0], ['heap_size', info.liveWords],
    ['bin_vheap_size', 0], ['bin_vheap_block_size', BIN_VHEAP_BLOCK], ['bin_old_vheap_size', 0],
    ['bin_old_vheap_block_size', BIN_VHEAP_BLOCK],
  ];
  return listFromArray(pairs.map(([k, v]) => new Tuple([atom(k), v])));
}

/** True when `p` must die for its heap; sets its exit reason. */
export function overMaxHeap(rt: Runtime, p: Process): boolean {
  const info = heapInfo(p);
  const total = info.totalHeapSize;
  if (total <= p.maxHeapWords) return false;
  // A process that is not killed is reported once, not at every slice it stays over the limit.
  if (p.maxHeapLog && loggerAllows(rt.loggerLevel, 'error') && !reported.has(p)) {
    if (!p.maxHeapKill) reported.add(p);
    const text = maxHeapReport(p, total, gcInfo(info));
    rt.stdout.putChars(Array.from(text, (c) => c.codePointAt(0)!));
  }
  if (!p.maxHeapKill) return false;
  p.exitReason = KILLED;
  return true;
}
