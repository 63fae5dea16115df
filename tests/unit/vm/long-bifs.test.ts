// Long BIFs charge reductions in proportion to their work (so they end their caller's slice), and
// lists:member/2 on a long list yields a chunk at a time, letting other processes run meanwhile.

import { describe, expect, it } from 'vitest';
import { runErlang } from './run-erlang.js';

const mod = (body: string) => `-module(t).\n-export([main/0]).\n${body}\n`;

/** A program that reports whether `expr` (with L bound to a 400,000-element list) charged > 20,000 reductions. */
function charges(expr: string): string {
  return mod(`main() ->
    L = lists:seq(1, 400000), B = binary:copy(<<"abcdefgh">>, 250000), T = list_to_tuple(L),
    {reductions, R0} = process_info(self(), reductions),
    _ = ${expr},
    {reductions, R1} = process_info(self(), reductions),
    _ = {L, B, T},
    R1 - R0 > 20000.`);
}

describe('reductions charged by long BIFs', () => {
  for (const expr of [
    'length(L)', 'L ++ [x]', 'L -- [1]', 'lists:member(x, L)', 'lists:keyfind(x, 1, L)',
    'lists:keymember(x, 1, L)', 'binary_to_list(B)', 'list_to_binary(binary_to_list(B))',
    'iolist_to_binary([B, L -- L])', 'iolist_size(lists:duplicate(400000, $a))', 'tuple_to_list(T)',
    'list_to_tuple(L)', 'term_to_binary(B)', 'binary_to_term(term_to_binary(B))',
  ]) {
    it(expr, async () => {
      expect((await runErlang(charges(expr))).value).toBe('true');
    });
  }

  it('charges little for short inputs', async () => {
    const r = await runErlang(mod(`main() ->
      L = [1, 2, 3],
      {reductions, R0} = process_info(self(), reductions),
      _ = {length(L), L ++ L, lists:member(3, L), binary_to_list(<<"abc">>)},
      {reductions, R1} = process_info(self(), reductions),
      R1 - R0 < 100.`));
    expect(r.value).toBe('true');
  });
});

describe('lists:member/2 on a long list', () => {
  it('searches a chunk per slice, letting others run in between', async () => {
    const r = await runErlang(mod(`main() ->
      Self = self(),
      T = spawn(fun() -> tick(Self, 0) end),
      L = lists:seq(1, 2000000),
      T ! {go, self()},
      receive ready -> ok end,
      In = lists:member(2000000, L),
      Out = lists:member(x, L),
      T ! {stop, self()},
      Ticks = receive {ticks, N} -> N end,
      {In, Out, Ticks >= 8}.
    tick(Parent, 0) -> receive {go, Parent} -> Parent ! ready, tick(Parent, 1) end;
    tick(Parent, N) -> receive {stop, Parent} -> Parent ! {ticks, N} after 0 -> tick(Parent, N + 1) end.`));
    expect(r.value).toBe('{true,false,true}');
  });

  it('raises badarg for an improper tail found after a yield, naming the rest of the list as OTP does', async () => {
    const r = await runErlang(mod(`main() ->
      L = lists:seq(1, 500000) ++ improper,
      {'EXIT', {E, [{M, F, [X, Rest], _}, {t, main, 0, _} | _]}} = (catch lists:member(x, L)),
      {'EXIT', {E2, [Top | _]}} = (catch lists:member(x, [1 | improper2])),
      {E, M, F, X, hd(Rest) > 1, E2, Top}.`));
    expect(r.value).toBe('{badarg,lists,member,x,true,badarg,{lists,member,[x,[1|improper2]],[{error_info,#{module => erl_stdlib_errors}}]}}');
  });

  it('finds elements across chunk boundaries', async () => {
    const r = await runErlang(mod(`main() ->
      L = lists:seq(1, 1000000),
      [lists:member(N, L) || N <- [1, 199999, 200000, 200001, 400001, 1000000, 0, 1000001]].`));
    expect(r.value).toBe('[true,true,true,true,true,true,false,false]');
  });
});
