// Test helper: reads the Erlang literal syntax that `io:format("~w")` prints, so BIF cases can be
// written as `'lists:nth(2, [a,b])'` with the result text recorded from real OTP (oracle.escript).
// Only literals: numbers, atoms, strings, tuples, lists, maps and bitstrings. No expressions.

import { atom, Atom } from '../../../vm/terms/atom.js';
import { Bin } from '../../../vm/terms/binary.js';
import { ErlFloat } from '../../../vm/terms/float.js';
import { normInt } from '../../../vm/terms/integer.js';
import { Cons, NIL, listFromArray } from '../../../vm/terms/list.js';
import { ErlMap, mapFromPairs } from '../../../vm/terms/map.js';
import { Tuple } from '../../../vm/terms/tuple.js';

class Reader {
  pos = 0;
  constructor(readonly src: string) {}

  fail(msg: string): never {
    throw new Error(`${msg} at ${this.pos} in ${this.src}`);
  }
  skip(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }
  peek(s: string): boolean {
    this.skip();
    return this.src.startsWith(s, this.pos);
  }
  eat(s: string): void {
    if (!this.peek(s)) this.fail(`expected ${s}`);
    this.pos += s.length;
  }
  tryEat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.pos += s.length;
    return true;
  }

  term(): unknown {
    this.skip();
    const c = this.src[this.pos];
    if (c === '{') return new Tuple(this.seq('{', '}'));
    if (c === '[') return this.list();
    if (c === '"') return listFromArray(this.quoted('"'));
    if (c === '#') {
      this.eat('#');
      return this.map();
    }
    if (this.peek('<<')) return this.bits();
    if (c === "'") return atom(String.fromCodePoint(...this.quoted("'")));
    if (c === '$') {
      this.pos++;
      return this.char();
    }
    if (/[-0-9]/.test(c)) return this.number();
    const m = /^[a-z\u00df-\u00f6\u00f8-\u00ff][A-Za-z0-9_@\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]*/.exec(this.src.slice(this.pos));
    if (!m) this.fail('unexpected character');
    this.pos += m[0].length;
    return atom(m[0]);
  }

  seq(open: string, close: string): unknown[] {
    this.eat(open);
    const out: unknown[] = [];
    if (this.tryEat(close)) return out;
    do out.push(this.term());
    while (this.tryEat(','));
    this.eat(close);
    return out;
  }

  list(): unknown {
    this.eat('[');
    const out: unknown[] = [];
    if (this.tryEat(']')) return NIL;
    let tail: unknown = NIL;
    do out.push(this.term());
    while (this.tryEat(','));
    if (this.tryEat('|')) tail = this.term();
    this.eat(']');
    return listFromArray(out, tail);
  }

  map(): ErlMap {
    this.eat('{');
    const pairs: [unknown, unknown][] = [];
    if (!this.tryEat('}')) {
      do {
        const k = this.term();
        this.eat('=>');
        pairs.push([k, this.term()]);
      } while (this.tryEat(','));
      this.eat('}');
    }
    return mapFromPairs(pairs);
  }

  bits(): Bin {
    this.eat('<<');
    const bits: number[] = [];
    const push = (v: bigint, size: number) => {
      for (let i = size - 1; i >= 0; i--) bits.push(Number((v >> BigInt(i)) & 1n));
    };
    if (!this.tryEat('>>')) {
      do {
        this.skip();
        if (this.src[this.pos] === '"') {
          for (const cp of this.quoted('"')) push(BigInt(cp), 8);
          continue;
        }
        const v = this.term();
        const size = this.tryEat(':') ? Number(this.term()) : 8;
        push(BigInt(v as number), size);
      } while (this.tryEat(','));
      this.eat('>>');
    }
    const bytes = new Uint8Array(Math.ceil(bits.length / 8));
    bits.forEach((b, i) => (bytes[i >> 3] |= b << (7 - (i & 7))));
    return new Bin(bytes, bits.length);
  }

  number(): unknown {
    const m = /^-?(\d+#[0-9A-Za-z]+|\d+\.\d+(e[-+]?\d+)?|\d+)/.exec(this.src.slice(this.pos));
    if (!m) this.fail('bad number');
    this.pos += m[0].length;
    const s = m[0];
    if (s.includes('#')) {
      const neg = s.startsWith('-');
      const [base, digits] = s.replace('-', '').split('#');
      let v = 0n;
      for (const d of digits.toLowerCase()) v = v * BigInt(base) + BigInt(parseInt(d, 36));
      return normInt(neg ? -v : v);
    }
    if (s.includes('.')) return new ErlFloat(parseFloat(s));
    return normInt(BigInt(s));
  }

  char(): number {
    const c = this.src.codePointAt(this.pos)!;
    this.pos += c > 0xffff ? 2 : 1;
    if (c !== 92) return c;
    const e = this.src[this.pos++];
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, s: 32, e: 27, b: 8, f: 12, v: 11, d: 127 };
    if (e in simple) return simple[e];
    if (e === 'x' && this.src[this.pos] === '{') {
      const end = this.src.indexOf('}', this.pos);
      const v = parseInt(this.src.slice(this.pos + 1, end), 16);
      this.pos = end + 1;
      return v;
    }
    if (/[0-7]/.test(e)) {
      let s = e;
      while (s.length < 3 && /[0-7]/.test(this.src[this.pos])) s += this.src[this.pos++];
      return parseInt(s, 8);
    }
    return e.codePointAt(0)!;
  }

  quoted(q: string): number[] {
    this.eat(q);
    const out: number[] = [];
    while (this.src[this.pos] !== q) {
      if (this.pos >= this.src.length) this.fail('unterminated');
      out.push(this.char());
    }
    this.pos++;
    return out;
  }

  name(): string {
    this.skip();
    const t = this.term();
    if (!(t instanceof Atom)) this.fail('expected a name');
    return t.name;
  }
}

export function parseTerm(src: string): unknown {
  const r = new Reader(src);
  const t = r.term();
  r.skip();
  if (r.pos !== src.length) r.fail('trailing text');
  return t;
}

/** `m:f(A1, ..., An)` with literal arguments. */
export function parseCall(src: string): { key: string; args: unknown[] } {
  const r = new Reader(src);
  const m = r.name();
  r.eat(':');
  const f = r.name();
  const args = r.seq('(', ')');
  r.skip();
  if (r.pos !== src.length) r.fail('trailing text');
  return { key: `${m}:${f}/${args.length}`, args };
}

/** A strict printed form: floats and integers, -0.0 and 0.0 all print differently. */
export function show(t: unknown): string {
  if (typeof t === 'number') return Number.isInteger(t) ? String(t) : `!bad-int(${t})`;
  if (typeof t === 'bigint') return Number.isSafeInteger(Number(t)) ? `!unnormalised(${t})` : String(t);
  if (t instanceof ErlFloat) return Object.is(t.value, -0) ? '-0.0f' : `${t.value}f`;
  if (t instanceof Atom) return `'${t.name}'`;
  if (t instanceof Tuple) return `{${t.elements.map(show).join(',')}}`;
  if (t === NIL) return '[]';
  if (t instanceof Cons) {
    const parts: string[] = [];
    let l: unknown = t;
    while (l instanceof Cons) {
      parts.push(show(l.hd));
      l = l.tl;
    }
    return `[${parts.join(',')}${l === NIL ? '' : '|' + show(l)}]`;
  }
  if (t instanceof ErlMap) return `#{${t.keys.map((k, i) => `${show(k)}=>${show(t.values[i])}`).join(',')}}`;
  if (t instanceof Bin) {
    if (t.bytes.length !== Math.ceil(t.bitSize / 8)) return `!bad-bin-length(${t.bytes.length},${t.bitSize})`;
    const tailBits = t.bitSize & 7;
    const last = t.bytes[t.bytes.length - 1];
    if (tailBits && (last & ((1 << (8 - tailBits)) - 1)) !== 0) return `!dirty-tail-bits`;
    return `<<${Array.from(t.bytes).join(',')}:${t.bitSize}>>`;
  }
  return `?${String(t)}`;
}
