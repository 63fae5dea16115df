// Float to text, digit for digit as OTP 25 writes it: the shortest round-trip form (`~p`,
// `float_to_list(F, [short])`), the C `%.20e` form of `float_to_list/1`, the `{decimals,N}` and
// `{scientific,N}` options, and the ~f ~e ~g directives of io_lib_format (which round the 21-digit
// `%.20e` text half-up a second time, so their results differ from a single correct rounding).
// Pure functions of a JS number; no term objects here.

const MAX_FAST = 2 ** 53;

/** Shortest digits and decimal exponent: v = 0.D1D2... x 10^(exp+1), i.e. D1.D2... x 10^exp. */
function shortestParts(a: number): { digits: string; exp: number } {
  // toExponential() without an argument gives the shortest digits that round-trip, choosing the
  // closest candidate, which is what Ryu (used by OTP's [short]) produces too.
  const s = a.toExponential();
  const e = s.indexOf('e');
  const mant = s.slice(0, e);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, exp: Number(s.slice(e + 1)) };
}

/**
 * `float_to_list(V, [short])`, also `~p`/`~w` of a float: shortest round-trip digits, in plain
 * notation unless scientific notation is strictly shorter ("100.0", "1.0e5", "0.0001", "1.0e-5"),
 * and always scientific from 2^53 up ("9007199254740991.0", "9.007199254740992e15").
 */
export function formatShortest(v: number): string {
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const sign = v < 0 ? '-' : '';
  const { digits, exp } = shortestParts(Math.abs(v));
  const n = digits.length;
  const sci = digits[0] + '.' + (n > 1 ? digits.slice(1) : '0') + 'e' + exp;
  let fixed: string;
  if (exp >= 0) {
    fixed = n <= exp + 1 ? digits + '0'.repeat(exp + 1 - n) + '.0' : digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  } else {
    fixed = '0.' + '0'.repeat(-exp - 1) + digits;
  }
  // From 2^53 up, OTP always writes scientific notation: a plain integer part would claim
  // precision the double does not have.
  if (Math.abs(v) >= MAX_FAST) return sign + sci;
  return sign + (fixed.length <= sci.length ? fixed : sci);
}

// ---- exact decimal expansion ----

/** The exact value of a finite non-negative double as (integer digits string, power of ten). */
function exactDecimal(a: number): { digits: string; pow10: number } {
  if (a === 0) return { digits: '0', pow10: 0 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, a);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  while (e2 < 0 && (mant & 1n) === 0n) {
    mant >>= 1n;
    e2++;
  }
  if (e2 >= 0) return { digits: (mant << BigInt(e2)).toString(), pow10: 0 };
  // m / 2^k = m * 5^k / 10^k
  return { digits: (mant * 5n ** BigInt(-e2)).toString(), pow10: e2 };
}

/** Number of binary fraction digits of a finite double (0 for integers). */
function binaryFractionBits(a: number): number {
  if (Number.isInteger(a)) return 0;
  F64[0] = a;
  const lo = U32[LO];
  const hi = U32[HI];
  const bexp = (hi >>> 20) & 0x7ff;
  // Trailing zero bits of the 53-bit significand (the implicit bit counts for normal numbers).
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else {
    const h = (hi & 0xfffff) | (bexp === 0 ? 0 : 0x100000);
    tz = 32 + 31 - Math.clz32(h & -h);
  }
  const e2 = (bexp === 0 ? -1074 : bexp - 1075) + tz;
  return e2 < 0 ? -e2 : 0;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

/**
 * Correctly rounds the digit string `ds` (a decimal integer) to keep `keep` leading digits, with
 * ties to even as glibc's printf does. Returns the kept digits (possibly one longer after carry).
 */
function roundHalfEven(ds: string, keep: number): string {
  if (keep >= ds.length) return ds + '0'.repeat(keep - ds.length);
  if (keep < 0) return '';
  const head = keep === 0 ? '0' : ds.slice(0, keep);
  const d = ds.charCodeAt(keep) - 48;
  let up = d > 5;
  if (d === 5) {
    let rest = false;
    for (let i = keep + 1; i < ds.length; i++) {
      if (ds.charCodeAt(i) !== 48) {
        rest = true;
        break;
      }
    }
    up = rest || (head.charCodeAt(head.length - 1) - 48) % 2 === 1;
  }
  if (!up) return keep === 0 ? '' : head;
  const r = (BigInt(head) + 1n).toString();
  return keep === 0 ? r : r.padStart(head.length, '0');
}

/** C `%.{p}e` significant digits (p+1 of them) and exponent, for a finite a > 0. */
function sciDigits(a: number, p: number): { digits: string; exp: number } {
  // V8's toExponential is exact but breaks ties upwards; glibc breaks them to even. A tie needs an
  // exact expansion of exactly p+2 significant digits; with k binary fraction digits the expansion
  // has at least k*log10(5) of them, so only values with few fraction bits take the exact path.
  if (p <= 100 && a < 1e21 && binaryFractionBits(a) * 0.69897 > p + 3) {
    const s = a.toExponential(p);
    const e = s.indexOf('e');
    const mant = s.slice(0, e);
    return { digits: mant.length > 1 ? mant[0] + mant.slice(2) : mant, exp: Number(s.slice(e + 1)) };
  }
  const { digits, pow10 } = exactDecimal(a);
  let exp = digits.length - 1 + pow10;
  let r = roundHalfEven(digits, p + 1);
  if (r.length > p + 1) {
    r = r.slice(0, p + 1);
    exp++;
  }
  return { digits: r, exp };
}

function cExponent(e: number): string {
  const s = String(Math.abs(e));
  return (e < 0 ? 'e-' : 'e+') + (s.length < 2 ? '0' + s : s);
}

function isNegative(v: number): boolean {
  return v < 0 || Object.is(v, -0);
}

/** C `printf("%.{p}e", v)`: `float_to_list(V, [{scientific,P}])`. */
export function formatScientific(v: number, p: number): string {
  const sign = isNegative(v) ? '-' : '';
  const a = Math.abs(v);
  if (a === 0) return sign + '0' + (p > 0 ? '.' + '0'.repeat(p) : '') + 'e+00';
  const { digits, exp } = sciDigits(a, p);
  return sign + digits[0] + (p > 0 ? '.' + digits.slice(1) : '') + cExponent(exp);
}

/** `float_to_list(V)`: C `%.20e`, e.g. "1.00000000000000000000e+00". */
export function formatFloatDefault(v: number): string {
  return formatScientific(v, 20);
}

/** C `printf("%.{d}f", v)`, exact with ties to even. */
function printfFixed(v: number, d: number): string {
  const sign = isNegative(v) ? '-' : '';
  const { digits, pow10 } = exactDecimal(Math.abs(v));
  // value = digits * 10^pow10; we want round(value * 10^d) as an integer string.
  const shift = pow10 + d;
  let int: string;
  if (shift >= 0) int = digits === '0' ? '0' : digits + '0'.repeat(shift);
  else {
    const keep = digits.length + shift;
    int = keep < 0 ? '0' : roundHalfEven(digits, keep) || '0';
  }
  int = int.padStart(d + 1, '0');
  return sign + (d > 0 ? int.slice(0, int.length - d) + '.' + int.slice(int.length - d) : int);
}

function trimTrailingZeros(s: string): string {
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end++;
  return s.slice(0, end);
}

const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];
/** float_to_list/2 writes into a 256-byte buffer and fails with badarg when the text overflows it. */
const DECIMALS_BUF = 256;

/**
 * `float_to_list(V, [{decimals,D}])` and with `compact`. Mirrors erts' sys_double_to_chars_fast:
 * for moderate values the fraction is rounded in double arithmetic (round((a - floor a) * 10^D)),
 * which is not always the correctly rounded result; large values or D >= 19 use printf("%.*f").
 * Returns null where OTP raises badarg (text of 256 characters or more). D must be 0..253.
 */
export function formatDecimals(v: number, d: number, compact: boolean): string | null {
  const a = Math.abs(v);
  if (a > MAX_FAST || d >= POW10.length) {
    const s = printfFixed(v, d);
    if (s.length >= DECIMALS_BUF) return null;
    return compact ? trimTrailingZeros(s) : s;
  }
  const sign = isNegative(v) ? '-' : '';
  let s: string;
  if (d > 0) {
    let intPart = Math.floor(a);
    const fracF = cRound((a - intPart) * POW10[d]);
    let frac = fracF;
    if (fracF >= POW10[d]) {
      intPart++;
      frac = 0;
    }
    s = String(intPart) + '.' + String(frac).padStart(d, '0');
  } else {
    s = String(cRound(a));
  }
  if (compact && d > 0) s = trimTrailingZeros(s);
  return sign + s;
}

/** C round(): halves away from zero (argument is non-negative here). */
function cRound(x: number): number {
  const f = Math.floor(x);
  return x - f >= 0.5 ? f + 1 : f;
}

// ---- io_lib_format ~f ~e ~g ----

/** The 21 significant digits of float_to_list/1 and the exponent E with value = 0.D... x 10^E. */
function floatData(a: number): { ds: string; e: number } {
  if (a === 0) return { ds: '0'.repeat(21), e: 1 };
  const { digits, exp } = sciDigits(a, 20);
  return { ds: digits, e: exp + 1 };
}

/**
 * Rounds the digit string half-up the way io_lib_format's float_man does: `intCount` digits go before
 * the point and `decCount` after it. Returns the text and whether a carry left the top.
 */
function floatMan(ds: string, intCount: number, decCount: number): { text: string; carry: boolean } {
  const total = intCount + decCount;
  const kept = ds.length >= total ? ds.slice(0, total) : ds + '0'.repeat(total - ds.length);
  let carry = ds.length > total && ds.charCodeAt(total) >= 53;
  const out = kept.split('');
  for (let i = total - 1; i >= 0 && carry; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String.fromCharCode(out[i].charCodeAt(0) + 1);
      carry = false;
    }
  }
  const joined = out.join('');
  return { text: joined.slice(0, intCount) + '.' + joined.slice(intCount), carry };
}

/** `~.Pf` body (P >= 1) without field padding. */
export function formatTildeF(v: number, p: number): string {
  const sign = isNegative(v) ? '-' : '';
  let { ds, e } = floatData(Math.abs(v));
  if (e <= 0) {
    ds = '0'.repeat(-e + 1) + ds;
    e = 1;
  }
  const { text, carry } = floatMan(ds, e, p);
  return sign + (carry ? '1' + text : text);
}

/** `~.Pe` body (P >= 2) without field padding. */
export function formatTildeE(v: number, p: number): string {
  const sign = isNegative(v) ? '-' : '';
  const { ds, e } = floatData(Math.abs(v));
  const { text, carry } = floatMan(ds, 1, p - 1);
  const exp = carry ? e : e - 1;
  const mant = carry ? '1' + text.slice(1) : text;
  return sign + mant + (exp >= 0 ? 'e+' : 'e') + exp;
}

/** `~.Pg` body (P >= 1): ~f when 0.1 <= |v| < 10^4 and P allows it, else ~e. */
export function formatTildeG(v: number, p: number): string {
  const a = Math.abs(v);
  let e: number;
  if (a < 0.1) e = -2;
  else if (a < 1) e = -1;
  else if (a < 10) e = 0;
  else if (a < 100) e = 1;
  else if (a < 1000) e = 2;
  else if (a < 10000) e = 3;
  else e = Infinity;
  if ((p <= 1 && e === -1) || (p - 1 > e && e >= -1)) return formatTildeF(v, p - 1 - e);
  if (p <= 1) return formatTildeE(v, 2);
  return formatTildeE(v, p);
}
