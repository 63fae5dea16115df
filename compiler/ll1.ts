// LL(1) lookahead for the chevrotain parser (a chevrotain ILookaheadStrategy), computed lazily
// from memoized FIRST sets. chevrotain's default strategy computes the lookahead paths of every
// decision at performSelfAnalysis, walking the grammar again for each one: measured at ~40% of
// parser construction (phase timing of getParser(), see tests/unit/compiler/perf.test.ts). Here a
// decision gets its token table the first time the parser reaches it. Decisions this cannot
// handle (nullable alternatives, gates, separators) go to chevrotain's own LLk strategy.

import {
  Alternation, LLkLookaheadStrategy, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionWithSeparator, Terminal,
  type ILookaheadStrategy, type IOrAlt, type IProduction, type OptionalProductionType, type Rule, type TokenType,
} from './chevrotain.js';

type AlternationNode = InstanceType<typeof Alternation>;

interface First {
  /** Token type indexes that can start the production (categories expanded to their members). */
  tokens: number[];
  nullable: boolean;
}

/** What chevrotain calls a lookahead function with: the parser, for LA(). */
interface Lookahead { LA(n: number): { tokenTypeIdx: number } }

export class LazyLL1Strategy implements ILookaheadStrategy {
  /** Decisions handed to chevrotain's strategy, as `rule:Type:idx` (a test keeps this empty). */
  readonly fallbacks: string[] = [];
  private readonly fallback = new LLkLookaheadStrategy({ maxLookahead: 1 });
  private readonly firstSets = new Map<IProduction, First>();
  private readonly productions = new Map<Rule, Map<string, IProduction>>();

  validate(options: Parameters<ILookaheadStrategy['validate']>[0]): ReturnType<ILookaheadStrategy['validate']> {
    return this.fallback.validate(options);
  }

  // The functions returned below are what chevrotain calls at every decision while parsing. Each
  // builds its table on first use and then answers with one array lookup; only a decision this
  // strategy cannot handle delegates (through `slow`) to chevrotain's own function.

  buildLookaheadForAlternation(options: Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0]) {
    let table: number[] | null = null;
    let slow: ((this: Lookahead, alts?: Array<IOrAlt<unknown>>) => number | undefined) | null = null;
    const build = (): number[] => {
      const alt = options.hasPredicates ? undefined : this.production(options.rule, 'Alternation', options.prodOccurrence);
      const t = alt instanceof Alternation ? this.alternationTable(alt) : null;
      if (t !== null) return t;
      this.fallbacks.push(`${options.rule.name}:Alternation:${options.prodOccurrence}`);
      slow = this.fallback.buildLookaheadForAlternation(options);
      return [];
    };
    return function (this: Lookahead, alts?: Array<IOrAlt<unknown>>): number | undefined {
      table ??= build();
      if (slow !== null) return slow.call(this, alts);
      return table[this.LA(1).tokenTypeIdx];
    };
  }

  buildLookaheadForOptional(options: Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0]) {
    let set: boolean[] | null = null;
    let slow: ((this: Lookahead) => boolean) | null = null;
    const build = (): boolean[] => {
      const prod = this.production(options.rule, options.prodType, options.prodOccurrence);
      // The lookahead of an optional part is the FIRST set of its body.
      const body = prod !== undefined && isSimpleOptional(options.prodType) ? (prod as unknown as { definition: IProduction[] }).definition : null;
      const first = body === null ? null : this.sequenceFirst(body);
      if (first === null || first.nullable) {
        this.fallbacks.push(`${options.rule.name}:${options.prodType}:${options.prodOccurrence}`);
        slow = this.fallback.buildLookaheadForOptional(options);
        return [];
      }
      const s: boolean[] = [];
      for (const t of first.tokens) s[t] = true;
      return s;
    };
    return function (this: Lookahead): boolean {
      set ??= build();
      if (slow !== null) return slow.call(this);
      return set[this.LA(1).tokenTypeIdx] === true;
    };
  }

  /** tokenTypeIdx -> alternative (the first listed wins, as in chevrotain); null if not LL(1)-simple. */
  private alternationTable(alt: AlternationNode): number[] | null {
    const table: number[] = [];
    for (let i = 0; i < alt.definition.length; i++) {
      const f = this.first(alt.definition[i]);
      if (f.nullable) return null;
      for (const t of f.tokens) if (table[t] === undefined) table[t] = i;
    }
    return table;
  }

  private production(rule: Rule, type: OptionalProductionType | 'Alternation', idx: number): IProduction | undefined {
    let index = this.productions.get(rule);
    if (index === undefined) {
      index = new Map();
      collectProductions(rule.definition, index);
      this.productions.set(rule, index);
    }
    return index.get(`${type}:${idx}`);
  }

  private first(p: IProduction): First {
    const known = this.firstSets.get(p);
    if (known !== undefined) return known;
    this.firstSets.set(p, { tokens: [], nullable: false }); // guards against cycles
    let f: First;
    if (p instanceof Terminal) {
      f = { tokens: terminalTokens(p.terminalType), nullable: false };
    } else if (p instanceof NonTerminal) {
      f = this.first(p.referencedRule);
    } else if (p instanceof Alternation) {
      const parts = p.definition.map((a) => this.first(a));
      f = { tokens: parts.flatMap((x) => x.tokens), nullable: parts.some((x) => x.nullable) };
    } else {
      // Rule, Alternative and the mandatory repetitions are sequences; the rest may be skipped.
      const seq = this.sequenceFirst((p as unknown as { definition: IProduction[] }).definition);
      const optional = p instanceof Option || p instanceof Repetition || p instanceof RepetitionWithSeparator;
      f = { tokens: seq.tokens, nullable: seq.nullable || optional };
    }
    this.firstSets.set(p, f);
    return f;
  }

  private sequenceFirst(defs: IProduction[]): First {
    const tokens: number[] = [];
    for (const d of defs) {
      const f = this.first(d);
      tokens.push(...f.tokens);
      if (!f.nullable) return { tokens, nullable: false };
    }
    return { tokens, nullable: true };
  }
}

function terminalTokens(t: TokenType): number[] {
  return [t.tokenTypeIdx!, ...(t.categoryMatches ?? [])];
}

function isSimpleOptional(type: OptionalProductionType): boolean {
  return type === 'Option' || type === 'Repetition' || type === 'RepetitionMandatory';
}

const PRODUCTION_TYPES: Array<[new (...a: never[]) => IProduction, string]> = [
  [Alternation, 'Alternation'], [Option, 'Option'], [Repetition, 'Repetition'], [RepetitionMandatory, 'RepetitionMandatory'],
];

function collectProductions(defs: IProduction[], into: Map<string, IProduction>): void {
  for (const d of defs) {
    if (d instanceof NonTerminal || d instanceof Terminal) continue;
    for (const [ctor, name] of PRODUCTION_TYPES) {
      if (d instanceof ctor) into.set(`${name}:${(d as unknown as { idx: number }).idx}`, d);
    }
    collectProductions((d as unknown as { definition: IProduction[] }).definition, into);
  }
}
