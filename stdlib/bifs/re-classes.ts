// Character sets for the PCRE-to-JavaScript translation (re-translate.ts): sets of code point
// ranges, PCRE's built-in classes as OTP's PCRE sees them (its character tables are ISO-8859-1, so
// \w, [:alpha:] and friends include the latin1 letters, in unicode mode too unless ucp is given),
// case variants, and rendering a set as a JS class body for a `u`-flag RegExp.

/** A set of code points as sorted, non-overlapping, non-adjacent [lo, hi] pairs, flattened. */
export type Ranges = number[];

export const MAX_CP = 0x10ffff;

/** Sorts and merges overlapping or adjacent ranges. */
export function normalize(r: Ranges): Ranges {
  const pairs: [number, number][] = [];
  for (let i = 0; i < r.length; i += 2) pairs.push([r[i], r[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1] + 1) out[n - 1] = Math.max(out[n - 1], hi);
    else out.push(lo, hi);
  }
  return out;
}

export function complement(r: Ranges): Ranges {
  const n = normalize(r);
  const out: Ranges = [];
  let next = 0;
  for (let i = 0; i < n.length; i += 2) {
    if (n[i] > next) out.push(next, n[i] - 1);
    next = n[i + 1] + 1;
  }
  if (next <= MAX_CP) out.push(next, MAX_CP);
  return out;
}

/** The code points 0..255 satisfying `pred`, as ranges. */
function latin1Set(pred: (c: number) => boolean): Ranges {
  const out: Ranges = [];
  for (let c = 0; c <= 255; c++) if (pred(c)) out.push(c, c);
  return normalize(out);
}

const isLetter = (c: number): boolean => /\p{L}/u.test(String.fromCharCode(c));
const isLower = (c: number): boolean => /\p{Ll}/u.test(String.fromCharCode(c)) || c === 0xaa || c === 0xba;
const isUpper = (c: number): boolean => /\p{Lu}/u.test(String.fromCharCode(c));
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSpace = (c: number): boolean => (c >= 9 && c <= 13) || c === 32;
const isCntrl = (c: number): boolean => c < 32 || (c >= 127 && c <= 0x9f);
const isGraph = (c: number): boolean => (c > 32 && c < 127) || c > 0xa0;

/** PCRE's POSIX classes under OTP's latin1 character tables. */
export const POSIX: Record<string, Ranges> = {
  alpha: latin1Set(isLetter),
  lower: latin1Set(isLower),
  upper: latin1Set(isUpper),
  digit: latin1Set(isDigit),
  alnum: latin1Set((c) => isLetter(c) || isDigit(c)),
  word: latin1Set((c) => isLetter(c) || isDigit(c) || c === 0x5f),
  space: latin1Set(isSpace),
  blank: [9, 9, 32, 32],
  cntrl: latin1Set(isCntrl),
  graph: latin1Set(isGraph),
  print: latin1Set((c) => isGraph(c) || c === 32 || c === 0xa0),
  punct: latin1Set((c) => isGraph(c) && !isLetter(c) && !isDigit(c)),
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
  ascii: [0, 127],
};

export const DIGIT = POSIX.digit;
export const WORD = POSIX.word;
export const SPACE = POSIX.space;
/** \h and \v (horizontal and vertical white space), the same in both modes. */
export const HSPACE: Ranges = normalize([9, 9, 32, 32, 0xa0, 0xa0, 0x1680, 0x1680, 0x180e, 0x180e, 0x2000, 0x200a, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000]);
export const VSPACE: Ranges = [10, 13, 0x85, 0x85, 0x2028, 0x2029];

/** Code points that caseless matching treats as equal to `c` (c included). */
export function caseVariants(c: number, unicode: boolean): number[] {
  const out = new Set<number>([c]);
  const s = String.fromCodePoint(c);
  for (const t of [s.toLowerCase(), s.toUpperCase(), s.toUpperCase().toLowerCase()]) {
    const cp = t.codePointAt(0)!;
    if (t.length === String.fromCodePoint(cp).length && (unicode || cp <= 255)) out.add(cp);
  }
  if (unicode) for (const [a, b] of EXTRA_FOLDS) if (out.has(a) || out.has(b)) out.add(a).add(b);
  return [...out];
}

/** Simple case folding pairs that toLowerCase/toUpperCase alone miss. */
const EXTRA_FOLDS: [number, number][] = [[0x6b, 0x212a], [0x73, 0x17f], [0xe5, 0x212b], [0x3c9, 0x2126], [0x3b8, 0x3d1], [0x3b2, 0x3d0]];

/** Adds the case variants of every code point of `r`; very wide ranges are left as they are. */
export function withCaseVariants(r: Ranges, unicode: boolean): Ranges {
  const out = r.slice();
  for (let i = 0; i < r.length; i += 2) {
    if (r[i + 1] - r[i] > 0x3000) continue;
    for (let c = r[i]; c <= r[i + 1]; c++) for (const v of caseVariants(c, unicode)) if (v !== c) out.push(v, v);
  }
  return normalize(out);
}

/** A code point as text inside or outside a JS class of a `u`-flag RegExp. */
export function escapeCp(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
  return `\\u{${c.toString(16)}}`;
}

/** The body of a JS class (between the brackets) for a set of ranges. */
export function classBody(r: Ranges): string {
  let s = '';
  for (let i = 0; i < r.length; i += 2) {
    s += escapeCp(r[i]);
    if (r[i + 1] > r[i]) s += (r[i + 1] > r[i] + 1 ? '-' : '') + escapeCp(r[i + 1]);
  }
  return s;
}

/** A set as a JS class atom (`[]` matches nothing, `[^]` anything). */
export function classAtom(r: Ranges, extra = '', negated = false): string {
  return `[${negated ? '^' : ''}${classBody(r)}${extra}]`;
}
