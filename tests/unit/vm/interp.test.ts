import { describe, expect, it } from 'vitest';
import { runErlang } from './run-erlang.js';

const mod = (body: string) => `-module(t).\n-export([main/0]).\n${body}\n`;

describe('the interpreter', () => {
  it('runs a 10-million-iteration tail loop in constant stack', async () => {
    const r = await runErlang(mod('main() -> loop(10000000, 0).\nloop(0, A) -> A;\nloop(N, A) -> loop(N - 1, A + 1).'));
    expect(r.value).toBe('10000000');
    expect(r.process.stack.length).toBeLessThan(1000);
  });

  it('completes a body recursion 1,000,000 deep', async () => {
    const r = await runErlang(mod('main() -> len(lists:duplicate(1000000, x)).\nlen([]) -> 0;\nlen([_ | T]) -> 1 + len(T).'));
    expect(r.value).toBe('1000000');
  });

  it('promotes to bignums and back', async () => {
    const r = await runErlang(mod('main() -> X = 9007199254740991 + 10, {X, X - 10, X * X div X, -X}.'));
    expect(r.value).toBe('{9007199254740001,9007199254740991,9007199254740001,-9007199254740001}'.replace(/9007199254740001/g, '9007199254741001'));
  });

  it('raises OTP reasons and catches them with the right class', async () => {
    const r = await runErlang(mod(`main() ->
      [catch_it(fun() -> {a} = {b} end), catch_it(fun() -> case 3 of 4 -> x end end),
       catch_it(fun() -> if false -> x end end), catch_it(fun() -> throw(t) end),
       catch_it(fun() -> exit(e) end), catch_it(fun() -> f(2) end), catch_it(fun() -> 1 + a end),
       catch_it(fun() -> nomod:f() end), catch_it(fun() -> (fun(_) -> x end)() end)].
    catch_it(F) -> try F() catch C:R -> {C, R} end.
    f(1) -> one.`));
    expect(r.value).toMatch(/^\[\{error,\{badmatch,\{b\}\}\},\{error,\{case_clause,3\}\},\{error,if_clause\},\{throw,t\},\{exit,e\},\{error,function_clause\},\{error,badarith\},\{error,undef\},\{error,\{badarity,/);
  });

  it('runs try ... of ... after in order', async () => {
    const r = await runErlang(mod(`main() ->
      put(log, []),
      V = try id(1) of 1 -> log(inof), ok catch _:_ -> caught after log(aft) end,
      W = (catch try throw(x) after log(aft2) end),
      {V, W, lists:reverse(get(log))}.
    log(X) -> put(log, [X | get(log)]).
    id(X) -> X.`));
    expect(r.value).toBe('{ok,x,[inof,aft,aft2]}');
  });

  it('preempts a busy process so another one runs', async () => {
    const r = await runErlang(mod(`main() ->
      Self = self(),
      spawn(fun() -> spin() end),
      spawn(fun() -> Self ! done end),
      receive done -> ok after 5000 -> starved end.
    spin() -> spin().`));
    expect(r.value).toBe('ok');
  });

  it('receives selectively, in order per sender, with after timeouts', async () => {
    const r = await runErlang(mod(`main() ->
      self() ! {b, 1}, self() ! {a, 2}, self() ! {b, 3},
      A = receive {a, X} -> X end,
      B1 = receive {b, Y} -> Y end,
      B2 = receive {b, Z} -> Z end,
      T = receive nothing -> no after 10 -> timeout end,
      {A, B1, B2, T}.`));
    expect(r.value).toBe('{2,1,3,timeout}');
  });

  it('copies a message into the receiver (no shared structure)', async () => {
    const r = await runErlang(mod(`main() ->
      Self = self(), T = {a, [1, 2, 3], #{k => v}},
      P = spawn(fun() -> receive {From, M} -> From ! {echo, M} end end),
      P ! {Self, T},
      receive {echo, M} -> {M =:= T, M} end.`));
    expect(r.value).toBe('{true,{a,[1,2,3],#{k => v}}}');
    // The copy is a distinct object graph: check in the runtime's terms directly.
  });

  it('binds closures, named funs and comprehensions', async () => {
    const r = await runErlang(mod(`main() ->
      N = 10,
      Add = fun(X) -> X + N end,
      Fact = fun F(0) -> 1; F(K) -> K * F(K - 1) end,
      {lists:map(Add, [1, 2]), Fact(5), [{X, Y} || X <- [1, 2, 3], Y <- [a, b], X > 1],
       << <<B>> || <<B>> <= <<1, 2, 3>>, B =/= 2 >>}.`));
    expect(r.value).toBe('{[11,12],120,[{2,a},{2,b},{3,a},{3,b}],<<1,3>>}');
  });
});
