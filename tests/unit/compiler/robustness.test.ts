// A wrong program must never make the front end throw: mangled sources, random text and
// pathological nesting all come back as diagnostics. Also keeps an eye on speed: parser
// construction and a 2,000-line module, with bounds far above the measured times (see the
// numbers in compiler/parser.ts) so that only a real regression trips them.

import { describe, expect, it } from 'vitest';
import { parseModule } from '../../../compiler/parse.js';
import { getParser } from '../../../compiler/parser.js';

const SAMPLE = `-module(sample).
-export([start/0, loop/1]).
-record(state, {count = 0 :: integer(), name = "x"}).
-define(TIMEOUT, 1000).
-spec start() -> pid().
start() -> spawn(fun() -> loop(#state{}) end).
loop(#state{count = N} = S) ->
    receive
        {inc, From} when is_pid(From) -> From ! {ok, N + 1}, loop(S#state{count = N + 1});
        {bin, <<Len:16, Data:Len/binary, _/binary>>} -> io:format("~p~n", [Data]), loop(S);
        stop -> ok
    after ?TIMEOUT -> loop(S)
    end.
f(L) -> [X * 2 || X <- L, X > 0] ++ << <<Y>> || <<Y>> <= <<"abc">> >>.
g(M) -> try maps:get(k, M) of V -> V catch error:{badkey, _}:St -> {St} after ok end.
`;

/** A small deterministic generator, so failures can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['(', ')', '[', ']', '{', '}', ',', ';', '.', '. ', '->', '|', '||', '#', ':', '=', ' end ', ' fun ',
  ' case ', ' of ', '<<', '>>', '"', "'", '$', '?', '?X', ' -define(', ' -ifdef(A).', ' -endif.', '%', '\n', 'λ', '\\',
  '16#', '1.0e', '::', ' when ', ' catch ', ' after ', ' receive ', '<-', '<='];

function expectDiagnosticsOnly(src: string): void {
  const r = parseModule(src, 'fuzz.erl');
  expect(Array.isArray(r.ast.forms)).toBe(true);
  for (const d of r.diagnostics) {
    expect(typeof d.message).toBe('string');
    expect(d.message.startsWith('internal error')).toBe(false);
  }
}

describe('robustness', () => {
  it('parses the sample cleanly, every decision on the fast LL(1) path', () => {
    expect(parseModule(SAMPLE, 'sample.erl').diagnostics).toEqual([]);
    expect(getParser().lookahead.fallbacks).toEqual([]);
  });

  it('never throws on mutated sources', () => {
    const next = rng(42);
    for (let i = 0; i < 400; i++) {
      let src = SAMPLE;
      for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
        const pos = Math.floor(next() * src.length);
        if (next() < 0.4) src = src.slice(0, pos) + src.slice(pos + 1 + Math.floor(next() * 3));
        else src = src.slice(0, pos) + PIECES[Math.floor(next() * PIECES.length)] + src.slice(pos);
      }
      expectDiagnosticsOnly(src);
    }
  });

  it('never throws on random text', () => {
    const next = rng(7);
    for (let i = 0; i < 200; i++) {
      let src = '';
      for (let k = Math.floor(next() * 200); k > 0; k--) src += String.fromCharCode(Math.floor(next() * 0x2ff));
      expectDiagnosticsOnly(src);
    }
  });

  it('turns pathological nesting into a diagnostic and goes on', () => {
    const deep = 'f() -> ' + '['.repeat(50000) + ']'.repeat(50000) + '.\ng() -> ok.\n';
    const r = parseModule(deep, 'deep.erl');
    expect(r.diagnostics.map((d) => d.message)).toEqual(['expression nested too deeply']);
    expect(r.ast.forms).toHaveLength(1);
  });
});

describe('speed', () => {
  it('builds the parser quickly', () => {
    const t0 = performance.now();
    getParser();
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('parses a 2,000-line module quickly', () => {
    const lines: string[] = ['-module(big).', '-export([f0/1]).'];
    for (let i = 0; lines.length < 2000; i++) {
      lines.push(`f${i}(X) when is_integer(X), X > ${i} ->`);
      lines.push(`    Y = [{A, B} || A <- lists:seq(1, X), B <- "ab", A rem 2 =:= 0],`);
      lines.push(`    case Y of [] -> #{k => X}; [{_, C} | _] -> <<C:8, X:32/little>> end;`);
      lines.push(`f${i}(_) -> receive {msg, M} -> M after 10 -> ?MODULE end.`);
    }
    const src = lines.join('\n') + '\n';
    const t0 = performance.now();
    const r = parseModule(src, 'big.erl');
    const ms = performance.now() - t0;
    expect(r.diagnostics).toEqual([]);
    expect(ms).toBeLessThan(2000);
  });
});
