// rand_core: the state steps of rand's 58-bit xorshift generators (exsss, exsp/exsplus, exrop),
// called by stdlib/lib/rand.erl. The same arithmetic in Erlang works on bignums (every 58-bit word
// is past 2^53) and made rand:uniform/0 65x slower than BEAM; here a word is two uint32 halves
// (hi: 26 bits, lo: 32 bits) and only the results become Erlang integers.
// A state that is not a cons of two integers is badarg; rand.erl passes what the seed functions
// made. Words are masked to 58 bits on the way in (OTP's exrop does not mask: only a hand-made
// exrop state with words past 2^58 would differ).

import { Cons } from '../../vm/terms/list.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';

const M26 = 0x3ffffff;
const TWO_32 = 0x100000000;
const TWO_POW_MINUS53 = 1.11022302462515657e-16;

// One 58-bit word being computed: module-level scratch to avoid allocating pairs.
let hi = 0;
let lo = 0;

/** Loads an Erlang integer masked to 58 bits into (hi, lo); false if it is not an integer. */
function load(t: unknown): boolean {
  if (typeof t === 'number') {
    if (!Number.isInteger(t)) return false;
    if (t >= 0) {
      lo = t % TWO_32 >>> 0;
      hi = Math.floor(t / TWO_32) & M26;
      return true;
    }
    t = BigInt(t);
  }
  if (typeof t !== 'bigint') return false;
  lo = Number(BigInt.asUintN(32, t as bigint));
  hi = Number(BigInt.asUintN(26, (t as bigint) >> 32n));
  return true;
}

function toTerm(h: number, l: number): number | bigint {
  return h < 0x200000 ? h * TWO_32 + l : (BigInt(h) << 32n) | BigInt(l);
}

// Word helpers on (h, l) pairs, results in (hi, lo). Shifts are 0 < n < 32 unless noted.
function shl58(h: number, l: number, n: number): void {
  hi = ((h << n) | (l >>> (32 - n))) & M26;
  lo = (l << n) >>> 0;
}

function shr(h: number, l: number, n: number): void {
  if (n >= 32) {
    lo = h >>> (n - 32);
    hi = 0;
  } else {
    lo = ((l >>> n) | (h << (32 - n))) >>> 0;
    hi = h >>> n;
  }
}

function add58(h1: number, l1: number, h2: number, l2: number): void {
  const s = l1 + l2;
  lo = s >>> 0;
  hi = (h1 + h2 + (s >= TWO_32 ? 1 : 0)) & M26;
}

/** rotl(x, n) in 58 bits: (x << n) | (x >> (58 - n)), 0 < n < 58. */
function rotl58(h: number, l: number, n: number): void {
  if (n < 32) shl58(h, l, n);
  else shl58(l & M26, 0, n - 32); // shifting by 32 moves lo into hi
  const h1 = hi;
  const l1 = lo;
  shr(h, l, 58 - n);
  hi = (hi | h1) >>> 0;
  lo = (lo | l1) >>> 0;
}

// xorshift116: S1b = S1 ^ (S1 << 24); new S1 = S1b ^ S0 ^ (S1b >> 11) ^ (S0 >> 41)
let s1h = 0;
let s1l = 0;

function xs116(s0h: number, s0l: number, h1: number, l1: number): void {
  shl58(h1, l1, 24);
  const bh = h1 ^ hi;
  const bl = (l1 ^ lo) >>> 0;
  shr(bh, bl, 11);
  let rh = bh ^ s0h ^ hi;
  let rl = bl ^ s0l ^ lo;
  shr(s0h, s0l, 41);
  rh ^= hi;
  rl ^= lo;
  s1h = rh & M26;
  s1l = rl >>> 0;
}

/** The ** scrambler: rotl(S * 5, 7) * 9 in 58 bits, into (hi, lo). */
function starstar(h: number, l: number): void {
  shl58(h, l, 2);
  add58(h, l, hi, lo);
  rotl58(hi, lo, 7);
  const vh = hi;
  const vl = lo;
  shl58(vh, vl, 3);
  add58(vh, vl, hi, lo);
}

/** [S1|S0] -> {Out, [S0|NewS1]} where Out comes from `scramble` (0: +, 1: **). */
function xorshiftNext(p: BifContext, state: unknown, scramble: number): unknown {
  if (!(state instanceof Cons) || !load(state.tl)) return badarg(p);
  const s0h = hi;
  const s0l = lo;
  if (!load(state.hd)) return badarg(p);
  xs116(s0h, s0l, hi, lo);
  if (scramble === 0) add58(s0h, s0l, s1h, s1l);
  else starstar(s0h, s0l);
  return new Tuple([toTerm(hi, lo), new Cons(toTerm(s0h, s0l), toTerm(s1h, s1l))]);
}

/** {Float in [0,1), NewState} from the top 53 bits of a 58-bit output. */
function xorshiftUniform(p: BifContext, state: unknown, scramble: number): unknown {
  const r = xorshiftNext(p, state, scramble);
  if (!(r instanceof Tuple)) return r;
  return new Tuple([new ErlFloat((hi * 0x8000000 + (lo >>> 5)) * TWO_POW_MINUS53), r.elements[1]]);
}

// xoroshiro116+: [S0|S1] -> {S0 + S1, [rotl(S0,24) ^ S1a ^ (S1a << 2) | rotl(S1a, 35)]}, S1a = S1 ^ S0
function exropNext(p: BifContext, state: unknown, wantFloat: boolean): unknown {
  if (!(state instanceof Cons) || !load(state.hd)) return badarg(p);
  const s0h = hi;
  const s0l = lo;
  if (!load(state.tl)) return badarg(p);
  const s1h = hi;
  const s1l = lo;
  add58(s0h, s0l, s1h, s1l);
  const outH = hi;
  const outL = lo;
  const ah = s1h ^ s0h;
  const al = (s1l ^ s0l) >>> 0;
  rotl58(s0h, s0l, 24);
  let nh = hi ^ ah;
  let nl = lo ^ al;
  shl58(ah, al, 2);
  nh = (nh ^ hi) & M26;
  nl = (nl ^ lo) >>> 0;
  rotl58(ah, al, 35);
  const newState = new Cons(toTerm(nh, nl), toTerm(hi, lo));
  const out = wantFloat ? new ErlFloat((outH * 0x8000000 + (outL >>> 5)) * TWO_POW_MINUS53) : toTerm(outH, outL);
  return new Tuple([out, newState]);
}

export const bifs: BifTable = {
  'rand_core:exsss_next/1': (p: BifContext, s: unknown) => xorshiftNext(p, s, 1),
  'rand_core:exsp_next/1': (p: BifContext, s: unknown) => xorshiftNext(p, s, 0),
  'rand_core:exsss_uniform/1': (p: BifContext, s: unknown) => xorshiftUniform(p, s, 1),
  'rand_core:exsp_uniform/1': (p: BifContext, s: unknown) => xorshiftUniform(p, s, 0),
  'rand_core:exrop_next/1': (p: BifContext, s: unknown) => exropNext(p, s, false),
  'rand_core:exrop_uniform/1': (p: BifContext, s: unknown) => exropNext(p, s, true),
};
