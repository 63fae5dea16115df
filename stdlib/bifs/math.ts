// The math module. Arguments are numbers (anything else is badarg; an integer too large for a
// double is badarith); every result is a float and a NaN or infinite result is badarith, which is
// how OTP reports domain errors (sqrt(-1), log(0), acos(2), exp(710), pow(0, -1)).
// BEAM calls glibc, whose exp, log, log2, pow, sin, cos, tan, asin, acos, atan and atan2 are
// (almost always) correctly rounded and whose other functions are fdlibm's algorithms on top of
// those; V8's Math functions differ in the last bit for 2-20% of arguments. So the first group is
// computed exactly in BigInt fixed point and rounded once (math-precise section below), and sinh,
// cosh, asinh, acosh and log10 follow fdlibm's formulas over it; tanh and atanh (fdlibm's expm1 and
// log1p, as in V8) match as they are. erf and erfc are correctly rounded, which differs from
// glibc's fdlibm versions in about 2% and 9% of arguments.

import { BADARITH } from '../../vm/terms/atom.js';
import { ErlFloat } from '../../vm/terms/float.js';
import { badarg, error, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';
import { intToDouble } from './util.js';

/** A number argument as a double; NaN for a non-number, Infinity for a too-large integer. */
function toDouble(t: unknown): number {
  if (typeof t === 'number') return t;
  if (t instanceof ErlFloat) return t.value;
  if (typeof t === 'bigint') {
    const v = intToDouble(t);
    return Number.isFinite(v) ? v : Infinity;
  }
  return NaN;
}

function result(p: BifContext, v: number): unknown {
  return Number.isFinite(v) ? new ErlFloat(v) : error(p, BADARITH);
}

function unary(f: (x: number) => number) {
  return (p: BifContext, a: unknown): unknown => {
    const x = toDouble(a);
    if (Number.isNaN(x)) return badarg(p);
    if (!Number.isFinite(x)) return error(p, BADARITH);
    return result(p, f(x));
  };
}

function binary(f: (x: number, y: number) => number) {
  return (p: BifContext, a: unknown, b: unknown): unknown => {
    const x = toDouble(a);
    const y = toDouble(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return badarg(p);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return error(p, BADARITH);
    return result(p, f(x, y));
  };
}

function pi_0(): unknown {
  return new ErlFloat(Math.PI);
}

// ---- erf and erfc, correctly rounded through exact fixed-point arithmetic ----

const LOG2E = 1.4426950408889634;
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** A positive finite double as m * 2^e with m an integer. */
function decompose(a: number): { m: bigint; e: number } {
  F64[0] = a;
  const hi = U32[HI];
  const lo = U32[1 - HI];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp !== 0) m |= 1n << 52n;
  return { m, e: (bexp === 0 ? 1 : bexp) - 1075 };
}

/** atan(1/k) * 2^p by its Taylor series (k >= 2). */
function atanInv(k: bigint, p: bigint): bigint {
  const k2 = k * k;
  let term = (1n << p) / k;
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term /= k2;
    sum += (n & 1n ? -term : term) / (2n * n + 1n);
  }
  return sum;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

let cachedP = 0;
let cachedTwoOverSqrtPi = 0n;

/** 2/sqrt(pi) * 2^p (Machin's formula for pi), cached for the largest precision asked so far. */
function twoOverSqrtPi(p: number): bigint {
  if (p > cachedP) {
    const q = BigInt(p + 32);
    const pi = 16n * atanInv(5n, q) - 4n * atanInv(239n, q);
    // (2/sqrt(pi)) * 2^q = sqrt(4 * 2^(2q) / pi) = sqrt(4 * 2^(3q) / (pi * 2^q)).
    cachedTwoOverSqrtPi = isqrt((4n << (3n * q)) / pi);
    cachedP = p + 32;
  }
  return cachedTwoOverSqrtPi >> BigInt(cachedP - p);
}

/** erf(a) * 2^p for a > 0, within a few units of the last place, by the alternating Taylor series. */
function erfFixed(a: number, p: number): bigint {
  const { m, e } = decompose(a);
  const P = BigInt(p);
  const x = p + e >= 0 ? m << BigInt(p + e) : m >> BigInt(-(p + e));
  const x2 = (x * x) >> P;
  let term = x;
  let sum = 0n;
  for (let n = 0n; term !== 0n; n++) {
    sum += (n & 1n ? -term : term) / (2n * n + 1n);
    term = (term * x2 >> P) / (n + 1n);
  }
  return (sum * twoOverSqrtPi(p)) >> P;
}

/** v * 2^k without intermediate overflow or underflow when the result is representable. */
function ldexp(v: number, k: number): number {
  while (k > 1000) {
    v *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    v *= 2 ** -1000;
    k += 1000;
  }
  return v * 2 ** k;
}

/** r * 2^-p rounded to the nearest double (ties to even), subnormals included. */
function fixedToDouble(r: bigint, p: number): number {
  if (r <= 0n) return 0;
  const bits = r.toString(2).length;
  const exp = bits - 1 - p;
  const precision = exp >= -1022 ? 53 : 53 - (-1022 - exp);
  if (precision <= 0) return 0;
  const shift = bits - precision;
  if (shift <= 0) return ldexp(Number(r), -p);
  const s = BigInt(shift);
  let q = r >> s;
  const rest = r - (q << s);
  const half = 1n << (s - 1n);
  if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  return ldexp(Number(q), shift - p);
}

/** Guard bits, plus the bits the series loses to cancellation and erfc's smallness (a^2 log2 e each). */
function precisionFor(a: number): number {
  const { e } = decompose(a);
  return 128 + 2 * Math.ceil(a * a * LOG2E) + Math.max(0, -e);
}

function erf(x: number): number {
  const a = Math.abs(x);
  if (a === 0) return x;
  if (a >= 6) return x > 0 ? 1 : -1;
  const p = precisionFor(a);
  const v = fixedToDouble(erfFixed(a, p), p);
  return x > 0 ? v : -v;
}

function erfc(x: number): number {
  const a = Math.abs(x);
  if (a === 0) return 1;
  if (a >= 28) return x > 0 ? 0 : 2;
  const p = precisionFor(a);
  const one = 1n << BigInt(p);
  const f = erfFixed(a, p);
  return fixedToDouble(x > 0 ? one - f : one + f, p);
}

// ---- math-precise: exp, log, pow and the circular functions, correctly rounded ----
// Values are BigInt fixed point: v * 2^q. Every result is computed with far more bits than a
// double holds and then rounded once by fixedToDouble, which is what makes it correctly rounded.

const WORK = 160;
const WORK_N = BigInt(WORK);
const ONE = 1n << WORK_N;

let constBits = 0;
let piConst = 0n;
let ln2Const = 0n;

/** pi and ln 2 with `bits` fraction bits (cached at the largest precision asked for). */
function constants(bits: number): { pi: bigint; ln2: bigint } {
  if (bits > constBits) {
    const q = BigInt(bits + 32);
    piConst = 16n * atanInv(5n, q) - 4n * atanInv(239n, q);
    // ln 2 = 2 atanh(1/3)
    let term = (1n << q) / 3n;
    let sum = term;
    for (let k = 1n; term !== 0n; k++) {
      term /= 9n;
      sum += term / (2n * k + 1n);
    }
    ln2Const = 2n * sum;
    constBits = bits + 32;
  }
  const drop = BigInt(constBits - bits);
  return { pi: piConst >> drop, ln2: ln2Const >> drop };
}

/** A positive finite double in fixed point with q fraction bits (truncated if it has more). */
function toFixed(a: number, q: number): bigint {
  const { m, e } = decompose(a);
  return q + e >= 0 ? m << BigInt(q + e) : m >> BigInt(-(q + e));
}

/** A signed fixed-point value rounded to the nearest double. */
function roundSigned(r: bigint, q: number): number {
  return r < 0n ? -fixedToDouble(-r, q) : fixedToDouble(r, q);
}

/** a * b / 2^q, truncated towards zero (a plain >> floors, and a series term of -1 never dies). */
function mulFx(a: bigint, b: bigint, q: bigint): bigint {
  const p = a * b;
  return p >= 0n ? p >> q : -(-p >> q);
}

/** exp(r) for |r| below about 1, by its Taylor series. */
function expSeries(r: bigint, q: number): bigint {
  const Q = BigInt(q);
  let sum = 1n << Q;
  let term = sum;
  for (let k = 1n; term !== 0n; k++) {
    term = mulFx(term, r, Q) / k;
    sum += term;
  }
  return sum;
}

/** exp(t) for a fixed-point t (|t| < 750), as a double. */
function expFixedToDouble(t: bigint, q: number): number {
  const { ln2 } = constants(q);
  const approx = Number(t >> BigInt(Math.max(0, q - 40))) / 2 ** Math.min(q, 40);
  const n = Math.round(approx / Math.LN2);
  return fixedToDouble(expSeries(t - BigInt(n) * ln2, q), q - n);
}

function preciseExp(x: number): number {
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (Math.abs(x) < 2 ** -54) return 1;
  const q = WORK + 16;
  const t = x < 0 ? -toFixed(-x, q) : toFixed(x, q);
  return expFixedToDouble(t, q);
}

/** log(a) * 2^q for a positive finite double: k ln 2 + 2 atanh((f-1)/(f+1)), f in [sqrt(1/2), sqrt(2)). */
function logFixed(a: number, q: number): bigint {
  const Q = BigInt(q);
  const one = 1n << Q;
  const { m, e } = decompose(a);
  const bits = m.toString(2).length;
  let k = e + bits - 1;
  let f = m << BigInt(q - (bits - 1));
  // sqrt(2) * 2^q, compared against f
  if (f * f > 2n * one * one) {
    f >>= 1n;
    k += 1;
  }
  const s = ((f - one) << Q) / (f + one);
  const s2 = (s * s) >> Q;
  let term = s;
  let sum = s;
  for (let j = 1n; term !== 0n; j++) {
    term = mulFx(term, s2, Q);
    sum += term / (2n * j + 1n);
  }
  return 2n * sum + BigInt(k) * constants(q).ln2;
}

function preciseLog(x: number): number {
  if (x < 0 || Number.isNaN(x)) return NaN;
  if (x === 0) return -Infinity;
  return roundSigned(logFixed(x, WORK), WORK);
}

function preciseLog2(x: number): number {
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  const l = logFixed(x, WORK);
  return roundSigned((l << WORK_N) / constants(WORK).ln2, WORK);
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 2 ** 53 && y % 2 !== 0;
}

/** x^y for an integer |y| <= 64: exact for y > 0, a single division for y < 0. */
function powInteger(a: number, y: number): number {
  const { m, e } = decompose(a);
  const n = Math.abs(y);
  const big = m ** BigInt(n);
  if (y > 0) return fixedToDouble(big, -e * n);
  const bits = big.toString(2).length;
  const q = WORK + bits;
  return fixedToDouble((1n << BigInt(q)) / big, q + e * n);
}

function precisePow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.pow(x, y);
  if (x < 0 && !Number.isInteger(y)) return NaN;
  const sign = x < 0 && isOddInteger(y) ? -1 : 1;
  const a = Math.abs(x);
  if (Number.isInteger(y) && Math.abs(y) <= 64) return sign * powInteger(a, y);
  const q = 256;
  const l = logFixed(a, q);
  const { m, e } = decompose(Math.abs(y));
  let t = l * m;
  t = e >= 0 ? t << BigInt(e) : t >> BigInt(-e);
  if (y < 0) t = -t;
  const limit = 750n << BigInt(q);
  if (t > limit) return sign * Infinity;
  if (t < -limit) return sign * 0;
  return sign * expFixedToDouble(t, q);
}

/** sin and cos of a fixed-point r with |r| <= pi/4. */
function sinCosSeries(r: bigint): { sin: bigint; cos: bigint } {
  const r2 = (r * r) >> WORK_N;
  let sin = r;
  let term = r;
  for (let k = 2n; term !== 0n; k += 2n) {
    term = -mulFx(term, r2, WORK_N) / (k * (k + 1n));
    sin += term;
  }
  let cos = ONE;
  term = ONE;
  for (let k = 1n; term !== 0n; k += 2n) {
    term = -mulFx(term, r2, WORK_N) / (k * (k + 1n));
    cos += term;
  }
  return { sin, cos };
}

/** sin(|x|), cos(|x|) in fixed point, after an exact reduction modulo pi/2. */
function sinCos(a: number): { sin: bigint; cos: bigint } {
  const { m, e } = decompose(a);
  const q = WORK + 64 + Math.max(0, e + 53);
  const halfPi = constants(q).pi >> 1n;
  const x = m << BigInt(q + e);
  const k = (x + (halfPi >> 1n)) / halfPi;
  const r = (x - k * halfPi) >> BigInt(q - WORK);
  const { sin, cos } = sinCosSeries(r);
  switch (Number(k & 3n)) {
    case 0:
      return { sin, cos };
    case 1:
      return { sin: cos, cos: -sin };
    case 2:
      return { sin: -sin, cos: -cos };
    default:
      return { sin: -cos, cos: sin };
  }
}

const TINY = 2 ** -26;

function preciseSin(x: number): number {
  if (Math.abs(x) < TINY) return x;
  const v = roundSigned(sinCos(Math.abs(x)).sin, WORK);
  return x < 0 ? -v : v;
}

function preciseCos(x: number): number {
  if (Math.abs(x) < TINY) return 1;
  return roundSigned(sinCos(Math.abs(x)).cos, WORK);
}

function preciseTan(x: number): number {
  if (Math.abs(x) < TINY) return x;
  const { sin, cos } = sinCos(Math.abs(x));
  const v = roundSigned((sin << WORK_N) / cos, WORK);
  return x < 0 ? -v : v;
}

/** atan(t) for a fixed-point t >= 0: 1/t above 1, then three halvings of the angle, then Taylor. */
function atanFixed(t: bigint): bigint {
  const halfPi = constants(WORK).pi >> 1n;
  if (t > ONE) return halfPi - atanFixed((ONE << WORK_N) / t);
  for (let i = 0; i < 3; i++) t = (t << WORK_N) / (ONE + isqrt((ONE + ((t * t) >> WORK_N)) << WORK_N));
  const t2 = (t * t) >> WORK_N;
  let term = t;
  let sum = t;
  for (let j = 1n; term !== 0n; j++) {
    term = -mulFx(term, t2, WORK_N);
    sum += term / (2n * j + 1n);
  }
  return 8n * sum;
}

function preciseAtan(x: number): number {
  if (Math.abs(x) < TINY) return x;
  const v = fixedToDouble(atanFixed(toFixed(Math.abs(x), WORK)), WORK);
  return x < 0 ? -v : v;
}

/** asin(a) * 2^WORK for 0 <= a < 1, as atan(a / sqrt(1 - a^2)). */
function asinFixed(a: number): bigint {
  const x = toFixed(a, WORK);
  const root = isqrt((ONE - ((x * x) >> WORK_N)) << WORK_N);
  return atanFixed((x << WORK_N) / root);
}

function preciseAsin(x: number): number {
  const a = Math.abs(x);
  if (a > 1) return NaN;
  if (a < TINY) return x;
  const v = a === 1 ? Math.PI / 2 : fixedToDouble(asinFixed(a), WORK);
  return x < 0 ? -v : v;
}

function preciseAcos(x: number): number {
  const a = Math.abs(x);
  if (a > 1) return NaN;
  if (x === 1) return 0;
  const halfPi = constants(WORK).pi >> 1n;
  const s = a === 1 ? halfPi : asinFixed(a);
  return fixedToDouble(x < 0 ? halfPi + s : halfPi - s, WORK);
}

/** Zeros keep C's signed results (+-0, +-pi/2, +-pi); a quotient below 2^-27 is atan's own value. */
function preciseAtan2(y: number, x: number): number {
  if (y === 0 || x === 0) return Math.atan2(y, x);
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  if (x > 0 && ay / ax < 2 ** -27) return y / x;
  const { pi } = constants(WORK);
  let a: bigint;
  if (ay <= ax) {
    const dy = decompose(ay);
    const dx = decompose(ax);
    const shift = WORK + dy.e - dx.e;
    a = shift < -8 ? 0n : atanFixed(shift >= 0 ? (dy.m << BigInt(shift)) / dx.m : dy.m / (dx.m << BigInt(-shift)));
  } else {
    const dy = decompose(ay);
    const dx = decompose(ax);
    const shift = WORK + dx.e - dy.e;
    const t = shift < -8 ? 0n : shift >= 0 ? (dx.m << BigInt(shift)) / dy.m : dx.m / (dy.m << BigInt(-shift));
    a = (pi >> 1n) - atanFixed(t);
  }
  if (x < 0) a = pi - a;
  const v = fixedToDouble(a, WORK);
  return y < 0 ? -v : v;
}

// ---- fdlibm's formulas over the functions above, as glibc computes them ----

/** The high 32 bits of |x|, which fdlibm's range tests compare. */
function highWord(x: number): number {
  F64[0] = x;
  return U32[HI] & 0x7fffffff;
}

function sinh(x: number): number {
  const h = x < 0 ? -0.5 : 0.5;
  const a = Math.abs(x);
  const hw = highWord(x);
  if (hw < 0x40360000) {
    if (hw < 0x3e300000) return x;
    const t = Math.expm1(a);
    return hw < 0x3ff00000 ? h * (2 * t - (t * t) / (t + 1)) : h * (t + t / (t + 1));
  }
  if (hw < 0x40862e42) return h * preciseExp(a);
  const w = preciseExp(0.5 * a);
  return h * w * w;
}

function cosh(x: number): number {
  const a = Math.abs(x);
  const hw = highWord(x);
  if (hw < 0x3fd62e43) {
    const t = Math.expm1(a);
    const w = 1 + t;
    if (hw < 0x3c800000) return w;
    return 1 + (t * t) / (w + w);
  }
  if (hw < 0x40360000) {
    const t = preciseExp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (hw < 0x40862e42) return 0.5 * preciseExp(a);
  const w = preciseExp(0.5 * a);
  return 0.5 * w * w;
}

function asinh(x: number): number {
  const a = Math.abs(x);
  const hw = highWord(x);
  if (hw < 0x3e300000) return x;
  let w: number;
  if (hw > 0x41b00000) w = preciseLog(a) + Math.LN2;
  else if (hw > 0x40000000) w = preciseLog(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
  else {
    const t = x * x;
    w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

function acosh(x: number): number {
  if (x < 1) return NaN;
  const hw = highWord(x);
  if (hw >= 0x41b00000) return preciseLog(x) + Math.LN2;
  if (x === 1) return 0;
  if (hw > 0x40000000) return preciseLog(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

const IVLN10 = 0.4342944819032518;
const LOG10_2HI = 0.30102999566361177;
const LOG10_2LO = 3.694239077158931e-13;

/** log10(x) = n log10(2) + log(m) / ln 10 with x = m 2^n, m in [1, 2) (or [1/2, 1) for n < 0). */
function log10(x: number): number {
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  const { m, e } = decompose(x);
  const exponent = e + m.toString(2).length - 1;
  const below = exponent < 0 ? 1 : 0;
  const k = exponent + below;
  const z = k * LOG10_2LO + IVLN10 * preciseLog(ldexp(x, -k));
  return z + k * LOG10_2HI;
}

export const bifs: BifTable = {
  'math:pi/0': pi_0,
  'math:sin/1': unary(preciseSin),
  'math:cos/1': unary(preciseCos),
  'math:tan/1': unary(preciseTan),
  'math:asin/1': unary(preciseAsin),
  'math:acos/1': unary(preciseAcos),
  'math:atan/1': unary(preciseAtan),
  'math:atan2/2': binary(preciseAtan2),
  'math:sinh/1': unary(sinh),
  'math:cosh/1': unary(cosh),
  'math:tanh/1': unary(Math.tanh),
  'math:asinh/1': unary(asinh),
  'math:acosh/1': unary(acosh),
  'math:atanh/1': unary(Math.atanh),
  'math:exp/1': unary(preciseExp),
  'math:log/1': unary(preciseLog),
  'math:log2/1': unary(preciseLog2),
  'math:log10/1': unary(log10),
  'math:pow/2': binary(precisePow),
  'math:sqrt/1': unary(Math.sqrt),
  'math:erf/1': unary(erf),
  'math:erfc/1': unary(erfc),
  'math:ceil/1': unary(Math.ceil),
  'math:floor/1': unary(Math.floor),
  'math:fmod/2': binary((x, y) => x % y),
};
