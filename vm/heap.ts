// Heap accounting: what a process's terms would occupy on BEAM, in 8-byte words, and which
// off-heap (refc) binaries it holds. Nothing here runs on the hot path: the interpreter allocates
// plain JS objects and never counts; sizes are computed from the process's roots (stack, process
// dictionary, mailbox, exception state) when process_info, garbage_collect, erlang:memory or a
// max_heap_size check asks. Shared subterms are counted once per occurrence, as erts_debug:flat_size.

import { Bin } from './terms/binary.js';
import { ErlFloat } from './terms/float.js';
import { Fun } from './terms/fun.js';
import { Cons, NIL } from './terms/list.js';
import { ErlMap } from './terms/map.js';
import { Tuple } from './terms/tuple.js';
import { Ref } from './terms/pid.js';
import { HEAP_BINARY_LIMIT_BYTES } from './terms/copy.js';
import type { Process } from './process.js';
import type { LoadedModule } from './module.js';
import { FRAME_LINK, OP_OPERANDS, instructionLength } from './isa/opcodes.js';
import { Op } from './isa/op.js';

/** Largest integer BEAM keeps immediate (a 60-bit signed small on 64-bit builds). */
const MAX_SMALL_BEAM = 2 ** 59 - 1;

/** BEAM's heap sizes in words (erts_heap_sizes: a Fibonacci-like series from 233). */
export const HEAP_SIZES: number[] = (() => {
  const s = [233, 376];
  while (s[s.length - 1] < 2 ** 40) s.push(s[s.length - 1] + s[s.length - 2] + 1);
  return s;
})();

/** The smallest BEAM heap size that holds `words`. */
export function heapSizeFor(words: number): number {
  for (const s of HEAP_SIZES) if (s >= words) return s;
  return words;
}

/** True for a binary whose bytes live in the off-heap store (a refc binary or a view into one). */
export function isRefc(b: Bin): boolean {
  return b.bytes.buffer.byteLength > HEAP_BINARY_LIMIT_BYTES;
}

/** Collects sizes while walking: words on the heap, and the refc buffers seen. */
export class HeapWalk {
  words = 0;
  readonly binaries = new Set<ArrayBufferLike>();

  /** Adds the flat size of `t`; lists and nested terms are walked with an explicit stack. */
  add(t: unknown): void {
    const todo: unknown[] = [t];
    while (todo.length > 0) {
      let x = todo.pop();
      // Walk list spines in a loop so long lists never grow `todo` by more than their heads.
      while (x instanceof Cons) {
        this.words += 2;
        if (typeof x.hd === 'object') todo.push(x.hd);
        else if (typeof x.hd !== 'number') this.words += leafWords(x.hd);
        else if (x.hd > MAX_SMALL_BEAM || x.hd < -MAX_SMALL_BEAM) this.words += 2;
        x = x.tl;
      }
      if (typeof x !== 'object' || x === null) {
        this.words += leafWords(x);
        continue;
      }
      if (x instanceof Tuple) {
        const es = x.elements;
        this.words += 1 + es.length;
        for (let i = 0; i < es.length; i++) pushOrCount(this, todo, es[i]);
      } else if (x instanceof ErlFloat) {
        this.words += 2;
      } else if (x instanceof Bin) {
        if (isRefc(x)) {
          this.words += 6;
          this.binaries.add(x.bytes.buffer);
        } else this.words += 2 + Math.ceil(x.bytes.length / 8);
      } else if (x instanceof ErlMap) {
        const n = x.keys.length;
        this.words += n === 0 ? 3 : n <= 32 ? 4 + 2 * n : Math.ceil(3.8 * n);
        for (let i = 0; i < n; i++) {
          pushOrCount(this, todo, x.keys[i]);
          pushOrCount(this, todo, x.values[i]);
        }
      } else if (x instanceof Fun) {
        this.words += 5 + x.env.length;
        for (let i = 0; i < x.env.length; i++) pushOrCount(this, todo, x.env[i]);
      } else if (x instanceof Ref) {
        this.words += 3;
      }
      // Atoms, pids, ports and [] are immediates: no heap words.
    }
  }
}

function pushOrCount(w: HeapWalk, todo: unknown[], t: unknown): void {
  if (typeof t === 'object') todo.push(t);
  else w.words += leafWords(t);
}

/** Heap words of a non-object term: small integers are immediate, bignums 1 + one word per 64 bits. */
function leafWords(t: unknown): number {
  if (typeof t === 'number') return t > MAX_SMALL_BEAM || t < -MAX_SMALL_BEAM ? 2 : 0;
  if (typeof t === 'bigint') {
    const bits = (t < 0n ? -t : t).toString(2).length;
    return 1 + Math.ceil(bits / 64);
  }
  return 0;
}

/** The flat size of one term in words (erts_debug:flat_size/1). */
export function flatSizeWords(t: unknown): number {
  const w = new HeapWalk();
  w.add(t);
  return w.words;
}

/** Slots of the stack that can hold live terms: everything up to the top frame's registers. */
export function liveStackTop(p: Process): number {
  const top = p.code === null ? p.stack.length : p.base + frameWords(p.code, p.pc);
  return Math.min(top, p.stack.length);
}

/** Frame size of each function by entry pc, per module version, computed on first use. */
const frameCache = new WeakMap<LoadedModule, Map<number, number>>();

/**
 * The registers the function containing `pc` can touch, outgoing call arguments included: the
 * highest register operand of its instructions. Slots above it belong to finished callees.
 */
export function frameWords(code: LoadedModule, pc: number): number {
  const f = code.functionAt(pc);
  if (f === undefined) return code.maxFrame;
  let cache = frameCache.get(code);
  if (cache === undefined) frameCache.set(code, (cache = new Map()));
  let n = cache.get(f.pc);
  if (n === undefined) {
    n = scanFrame(code, f.pc);
    cache.set(f.pc, n);
  }
  return n;
}

function scanFrame(code: LoadedModule, start: number): number {
  const ops = code.code;
  const i = code.functions.findIndex((g) => g.pc === start);
  const end = i >= 0 && i + 1 < code.functions.length ? code.functions[i + 1].pc : ops.length;
  let top = FRAME_LINK;
  for (let pc = start; pc < end; pc += instructionLength(ops, pc)) {
    const op = ops[pc];
    const kinds = OP_OPERANDS[op];
    if (kinds === undefined) return code.maxFrame;
    let at = pc + 1;
    for (const k of kinds) {
      const v = ops[at++];
      if (k === 'r' || (k === 's' && v >= 0)) top = Math.max(top, v + 1);
      else if (k === 'list') {
        for (let j = 0; j < v; j++) if (ops[at + j] >= 0) top = Math.max(top, ops[at + j] + 1);
        at += v;
      }
    }
    top = Math.max(top, callTop(code, op, ops, pc));
  }
  return Math.min(top, code.maxFrame);
}

/** The slot above the last argument an outgoing call writes (its link slots and arguments). */
function callTop(code: LoadedModule, op: number, ops: Int32Array, pc: number): number {
  const r = ops[pc + 1];
  switch (op) {
    case Op.call: return r + FRAME_LINK + (code.functionAt(ops[pc + 2])?.arity ?? 0) + 1;
    case Op.call_ext: return r + FRAME_LINK + code.imports[ops[pc + 2]].arity + 1;
    case Op.call_fun: case Op.apply: return r + FRAME_LINK + ops[pc + 2] + 2;
    case Op.call_last: case Op.call_ext_last: case Op.call_fun_last: case Op.apply_last: return r + ops[pc + 2] + 2;
    default: return 0;
  }
}

/** Walks a process's roots: heap words of its stack and dictionary, plus its mailbox separately. */
export function walkProcess(p: Process): { heap: HeapWalk; queueWords: number } {
  const heap = new HeapWalk();
  const s = p.stack;
  const top = liveStackTop(p);
  // Frame link slots hold module objects and return addresses, which count as nothing.
  for (let i = 0; i < top; i++) heap.add(s[i]);
  for (const [k, v] of p.dict.values()) {
    heap.words += 2 + 3; // the dictionary cell and its {K, V} tuple
    heap.add(k);
    heap.add(v);
  }
  heap.add(p.excReason);
  heap.add(p.result); // null until the process returns; then its last live term
  const before = heap.words;
  for (let i = 0; i < p.mailbox.length; i++) heap.add(p.mailbox.get(i));
  return { heap, queueWords: heap.words - before };
}

/** Bytes a process costs beyond its heap and stack (the Process object, its maps and arrays). */
export const PROCESS_BASE_BYTES = 688;

export interface HeapInfo {
  /** Live words outside the message queue, words of queued messages. */
  liveWords: number;
  queueWords: number;
  /** BEAM-style heap_size (a heap-size step at least min_heap_size) and total_heap_size. */
  heapSize: number;
  totalHeapSize: number;
  stackWords: number;
  binaries: Set<ArrayBufferLike>;
}

export function heapInfo(p: Process): HeapInfo {
  const { heap, queueWords } = walkProcess(p);
  const liveWords = heap.words - queueWords;
  const heapSize = heapSizeFor(Math.max(liveWords, p.minHeapWords));
  return { liveWords, queueWords, heapSize, totalHeapSize: heapSize + queueWords, stackWords: p.stack.length, binaries: heap.binaries };
}

/** process_info(P, memory): the process's own bytes, heap, message queue and stack included. */
export function processBytes(info: HeapInfo): number {
  return PROCESS_BASE_BYTES + 8 * (info.totalHeapSize + info.stackWords);
}

/**
 * garbage_collect: drops everything above the top frame (stale registers the JS collector could
 * otherwise never free, refc binaries among them) and records the live size.
 */
export function collect(p: Process): HeapInfo {
  // Clearing stays above the module's largest frame, a bound the interpreter itself relies on;
  // the precise per-function bound (frameWords) is used for counting only, never for freeing.
  const s = p.stack;
  const top = p.code === null ? s.length : p.base + p.code.maxFrame;
  for (let i = top; i < s.length; i++) s[i] = NIL;
  p.gcCount++;
  const info = heapInfo(p);
  const rt = p.runtime;
  rt.gcCount++;
  rt.gcWordsReclaimed += Math.max(0, p.heapWords - info.liveWords);
  p.heapWords = info.liveWords;
  return info;
}
