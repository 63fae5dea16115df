// The run queue and the timer queue. One scheduler runs one process at a time for at most
// REDUCTIONS_PER_SLICE reductions (MINIERL_REDUCTIONS overrides it: 1 preempts at every call, the
// stress mode CI uses). Timers are a binary min-heap keyed by due time in ms.

import type { Process } from './process.js';

export const REDUCTIONS_PER_SLICE = Math.max(1, Number(process.env.MINIERL_REDUCTIONS) || 4000);

/** A FIFO of processes, an array with a moving head so dequeue is O(1). */
class Fifo {
  private items: Process[] = [];
  private head = 0;

  push(p: Process): void {
    this.items.push(p);
  }

  shift(): Process | undefined {
    if (this.head >= this.items.length) return undefined;
    const p = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return p;
  }

  get length(): number {
    return this.items.length - this.head;
  }
}

export const PRIO_MAX = 0;
export const PRIO_HIGH = 1;
export const PRIO_NORMAL = 2;
export const PRIO_LOW = 3;
export const PRIORITY_NAMES = ['max', 'high', 'normal', 'low'];

/**
 * How many times a low-priority process is passed over in the shared normal/low queue before it
 * runs (BEAM's RESCHEDULE_LOW): low work still progresses under a normal load, eight times slower.
 */
const RESCHEDULE_LOW = 8;

/**
 * The run queues, with BEAM's rules: every runnable `max` process runs before any `high` one, every
 * `high` one before `normal` and `low`; normal and low share one FIFO, where a low process goes back
 * to the end RESCHEDULE_LOW times before it gets its slice (unless it is alone).
 */
export class RunQueue {
  private readonly max = new Fifo();
  private readonly high = new Fifo();
  private readonly normal = new Fifo();

  push(p: Process): void {
    const prio = p.priority;
    if (prio === PRIO_NORMAL || prio === PRIO_LOW) this.normal.push(p);
    else if (prio === PRIO_HIGH) this.high.push(p);
    else this.max.push(p);
  }

  shift(): Process | undefined {
    if (this.max.length > 0) return this.max.shift();
    if (this.high.length > 0) return this.high.shift();
    for (;;) {
      const p = this.normal.shift();
      if (p === undefined || p.priority !== PRIO_LOW || this.normal.length === 0) return p;
      if (p.scheduleCount >= RESCHEDULE_LOW) {
        p.scheduleCount = 0;
        return p;
      }
      p.scheduleCount++;
      this.normal.push(p);
    }
  }

  get length(): number {
    return this.max.length + this.high.length + this.normal.length;
  }
}

export class Timer {
  cancelled = false;
  constructor(
    readonly dueMs: number,
    readonly seq: number,
    readonly fire: () => void,
  ) {}
}

export class TimerQueue {
  private heap: Timer[] = [];
  private seq = 0;

  add(dueMs: number, fire: () => void): Timer {
    const t = new Timer(dueMs, this.seq++, fire);
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (before(h[parent], h[i])) break;
      [h[parent], h[i]] = [h[i], h[parent]];
      i = parent;
    }
    return t;
  }

  /** Due time of the earliest live timer, or Infinity. */
  nextDue(): number {
    this.dropCancelled();
    return this.heap.length ? this.heap[0].dueMs : Infinity;
  }

  /** Fires every live timer due at `nowMs`, earliest first. Returns how many fired. */
  fireDue(nowMs: number): number {
    let n = 0;
    for (;;) {
      this.dropCancelled();
      const top = this.heap[0];
      if (top === undefined || top.dueMs > nowMs) return n;
      this.pop();
      top.fire();
      n++;
    }
  }

  get size(): number {
    return this.heap.length;
  }

  private dropCancelled(): void {
    while (this.heap.length && this.heap[0].cancelled) this.pop();
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l], h[m])) m = l;
      if (r < h.length && before(h[r], h[m])) m = r;
      if (m === i) return;
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.dueMs < b.dueMs || (a.dueMs === b.dueMs && a.seq < b.seq);
}
