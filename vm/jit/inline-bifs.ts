// Fast paths the translator writes in place of a BIF call, for the BIFs hot code uses most: integer
// and float arithmetic, bitwise operators, comparisons and element/2. Each template assigns the result
// to `v` when the operands are of the easy kind and leaves `v` undefined otherwise; the generated code
// then calls the BIF itself, which owns the full semantics (bignums, mixed types, errors).
//
// Why the integer conditions are right: JS bitwise operators work on int32, and for operands in that
// range Erlang's infinite two's complement gives the same bits. A product or quotient of safe integers
// is exact whenever its magnitude stays within 2^53, which the range checks ensure.

type Template = (x: string, y: string) => string;

const MAX = Number.MAX_SAFE_INTEGER;
const int32 = (x: string): string => `typeof ${x} === 'number' && (${x} | 0) === ${x}`;
const floats = (x: string, y: string): string => `${x} instanceof R.ErlFloat && ${y} instanceof R.ErlFloat`;
/** A float result: Erlang raises badarith on overflow and NaN, so those go to the BIF. */
const floatResult = (expr: string): string => `{ const f = ${expr}; if (f - f === 0) v = new R.ErlFloat(f); }`;
const compare = (op: string): Template => (x, y) =>
  `if (typeof ${x} === 'number' && typeof ${y} === 'number') v = ${x} ${op} ${y} ? R.TRUE : R.FALSE;`;

const BINARY: Record<string, Template> = {
  'erlang:*/2': (x, y) =>
    `if (typeof ${x} === 'number' && typeof ${y} === 'number') { const n = ${x} * ${y}; if (n <= ${MAX} && n >= -${MAX}) v = n; }` +
    ` else if (${floats(x, y)}) ${floatResult(`${x}.value * ${y}.value`)}`,
  'erlang:+/2': (x, y) => `if (${floats(x, y)}) ${floatResult(`${x}.value + ${y}.value`)}`,
  'erlang:-/2': (x, y) => `if (${floats(x, y)}) ${floatResult(`${x}.value - ${y}.value`)}`,
  'erlang://2': (x, y) => `if (${floats(x, y)} && ${y}.value !== 0) ${floatResult(`${x}.value / ${y}.value`)}`,
  'erlang:div/2': (x, y) => `if (${int32(x)} && ${int32(y)} && ${y} !== 0) v = Math.trunc(${x} / ${y}) + 0;`,
  'erlang:rem/2': (x, y) => `if (${int32(x)} && ${int32(y)} && ${y} !== 0) v = ${x} % ${y} + 0;`,
  'erlang:band/2': (x, y) => `if (${int32(x)} && ${int32(y)}) v = ${x} & ${y};`,
  'erlang:bor/2': (x, y) => `if (${int32(x)} && ${int32(y)}) v = ${x} | ${y};`,
  'erlang:bxor/2': (x, y) => `if (${int32(x)} && ${int32(y)}) v = ${x} ^ ${y};`,
  'erlang:bsr/2': (x, y) => `if (${int32(x)} && typeof ${y} === 'number' && ${y} >= 0 && ${y} < 32) v = ${x} >> ${y};`,
  'erlang:bsl/2': (x, y) => `if (${int32(x)} && typeof ${y} === 'number' && ${y} >= 0 && ${y} <= 21) v = ${x} * (1 << ${y});`,
  'erlang:</2': compare('<'),
  'erlang:>/2': compare('>'),
  'erlang:=</2': compare('<='),
  'erlang:>=/2': compare('>='),
  'erlang:=:=/2': (x, y) => `if (typeof ${x} === 'number' && typeof ${y} === 'number') v = ${x} === ${y} ? R.TRUE : R.FALSE;`,
  'erlang:=/=/2': (x, y) => `if (typeof ${x} === 'number' && typeof ${y} === 'number') v = ${x} !== ${y} ? R.TRUE : R.FALSE;`,
  'erlang:element/2': (x, y) =>
    `if (typeof ${x} === 'number' && ${y} instanceof R.Tuple && ${x} >= 1 && ${x} <= ${y}.elements.length) v = ${y}.elements[${x} - 1];`,
};

const UNARY: Record<string, (x: string) => string> = {
  'erlang:-/1': (x) => `if (typeof ${x} === 'number') v = 0 - ${x}; else if (${x} instanceof R.ErlFloat) v = new R.ErlFloat(-${x}.value);`,
  'erlang:tuple_size/1': (x) => `if (${x} instanceof R.Tuple) v = ${x}.elements.length;`,
  'erlang:hd/1': (x) => `if (${x} instanceof R.Cons) v = ${x}.hd;`,
  'erlang:tl/1': (x) => `if (${x} instanceof R.Cons) v = ${x}.tl;`,
  'erlang:abs/1': (x) => `if (typeof ${x} === 'number') v = ${x} < 0 ? -${x} : ${x};`,
  'erlang:float/1': (x) => `if (typeof ${x} === 'number') v = new R.ErlFloat(${x}); else if (${x} instanceof R.ErlFloat) v = ${x};`,
};

/** Code that sets `v` for the easy cases of BIF `key` applied to the JS variables x (and y), or null. */
export function inlineBif(key: string, x: string, y?: string): string | null {
  if (y === undefined) return UNARY[key]?.(x) ?? null;
  return BINARY[key]?.(x, y) ?? null;
}
