import { describe, expect, it } from 'vitest';
import { runErlang } from './run-erlang.js';
import { registerAllBifs } from '../../../stdlib/index.js';
import { Runtime } from '../../../vm/runtime.js';
import { atom } from '../../../vm/terms/atom.js';
import { Tuple } from '../../../vm/terms/tuple.js';
import { Cons, NIL } from '../../../vm/terms/list.js';
import { Bin } from '../../../vm/terms/binary.js';
import { ErlMap } from '../../../vm/terms/map.js';
import { flatSizeWords, heapInfo, heapSizeFor } from '../../../vm/heap.js';
import { RunQueue, PRIO_LOW, PRIO_NORMAL, PRIO_HIGH, PRIO_MAX } from '../../../vm/scheduler.js';
import type { Process } from '../../../vm/process.js';

const mod = (body: string) => `-module(t).\n-export([main/0]).\n${body}\n`;

function quietRuntime(): Runtime {
  registerAllBifs();
  return new Runtime({ putChars() {}, flush() {} });
}

describe('heap isolation', () => {
  it('delivers a distinct deep copy, sharing only binaries over 64 bytes', () => {
    const rt = quietRuntime();
    const p = rt.spawnApply(atom('erlang'), atom('self'), [], null);
    const small = new Bin(new Uint8Array(64), 512);
    const big = new Bin(new Uint8Array(65), 520);
    const inner = new Tuple([atom('a'), 1]);
    const msg = new Tuple([inner, new Cons(inner, NIL), new ErlMap([atom('k')], [inner]), small, big]);
    rt.deliver(p, msg);
    const got = p.mailbox.get(0) as Tuple;
    expect(got).not.toBe(msg);
    expect(got.elements[0]).not.toBe(inner);
    expect((got.elements[1] as Cons).hd).not.toBe(inner);
    expect((got.elements[2] as ErlMap).values[0]).not.toBe(inner);
    expect(got.elements[3]).not.toBe(small);
    expect(got.elements[4]).toBe(big);
  });

  it('keeps a received term unchanged when the sender goes on building', async () => {
    const r = await runErlang(mod(`main() ->
      Self = self(),
      L = lists:seq(1, 1000),
      P = spawn(fun() -> receive {L2, From} -> From ! {back, lists:sum(L2), length(L2)} end end),
      P ! {L, Self},
      _ = [0 | L],
      receive {back, S, N} -> {S, N} end.`));
    expect(r.value).toBe('{500500,1000}');
  });
});

describe('heap accounting', () => {
  it('counts words as erts_debug:flat_size does', () => {
    expect(flatSizeWords(1)).toBe(0);
    expect(flatSizeWords(atom('x'))).toBe(0);
    expect(flatSizeWords(new Tuple([atom('a'), atom('b')]))).toBe(3);
    expect(flatSizeWords(new Cons(1, new Cons(2, NIL)))).toBe(4);
    expect(flatSizeWords(2n ** 64n)).toBe(3);
    expect(flatSizeWords(2n ** 200n)).toBe(5);
    expect(flatSizeWords(new Bin(new Uint8Array(64), 512))).toBe(10);
    expect(flatSizeWords(new Bin(new Uint8Array(65), 520))).toBe(6);
    expect(flatSizeWords(new ErlMap([atom('a')], [1]))).toBe(6);
  });

  it('rounds heap sizes up to BEAM heap steps', () => {
    expect(heapSizeFor(0)).toBe(233);
    expect(heapSizeFor(1000)).toBe(1598);
    expect(heapSizeFor(4000)).toBe(4185);
  });

  it('walks a million-element list without recursion', () => {
    let l: unknown = NIL;
    for (let i = 0; i < 1_000_000; i++) l = new Cons(i, l);
    expect(flatSizeWords(l)).toBe(2_000_000);
  });

  it('stops counting a big term once the call that held it returns', async () => {
    const r = await runErlang(mod(`main() ->
      Self = self(),
      P = spawn(fun() -> N = build(), Self ! {built, N}, receive stop -> ok end end),
      During = receive {built, N} -> N end,
      garbage_collect(P),
      {total_heap_size, After} = process_info(P, total_heap_size),
      P ! stop,
      {During > 200000, After < 1000}.
    build() -> L = lists:seq(1, 100000), N = heap(), length(L), N.
    heap() -> {total_heap_size, N} = process_info(self(), total_heap_size), N.`));
    expect(r.value).toBe('{true,true}');
  });
});

describe('refc binaries', () => {
  it('shares a 1 MB binary among 1,000 receivers without copying its bytes', async () => {
    const r = await runErlang(mod(`main() ->
      B = binary:copy(<<7>>, 1000000),
      Self = self(),
      Ps = [spawn(fun() -> receive {bin, X} -> Self ! {ok, byte_size(X)}, receive stop -> X end end end) || _ <- lists:seq(1, 1000)],
      [P ! {bin, B} || P <- Ps],
      [receive {ok, 1000000} -> ok end || _ <- Ps],
      Mem = erlang:memory(binary),
      {binary, [{_, Size, Refs}]} = process_info(self(), binary),
      [P ! stop || P <- Ps],
      timer:sleep(20),
      {binary, [{_, _, Refs2}]} = process_info(self(), binary),
      {Mem < 2000000, Size, Refs, Refs2}.`));
    expect(r.value).toBe('{true,1000000,1001,1}');
  });

  it('releases a binary the process no longer holds once it collects', async () => {
    const r = await runErlang(mod(`main() ->
      hold(),
      garbage_collect(),
      {binary, L} = process_info(self(), binary),
      L.
    hold() -> B = binary:copy(<<1>>, 5000), byte_size(B).`));
    expect(r.value).toBe('[]');
  });
});

describe('the scheduler', () => {
  it('never lets a looping process starve the others', async () => {
    const r = await runErlang(mod(`main() ->
      spawn(fun loop/0),
      spawn(fun loop/0),
      receive after 20 -> done end.
    loop() -> loop().`));
    expect(r.value).toBe('done');
  });

  it('runs high before normal and normal well ahead of low', async () => {
    const r = await runErlang(mod(`main() ->
      Self = self(),
      process_flag(priority, max),
      Mk = fun(Tag, Prio) -> spawn_opt(fun() -> count(200000), Self ! Tag end, [{priority, Prio}]) end,
      Mk(low1, low), Mk(normal1, normal), Mk(high1, high), Mk(low2, low), Mk(normal2, normal), Mk(high2, high),
      process_flag(priority, normal),
      [receive T -> T end || _ <- lists:seq(1, 6)].
    count(0) -> ok;
    count(N) -> count(N - 1).`));
    expect(r.value).toBe('[high1,high2,normal1,normal2,low1,low2]');
  });

  it('orders the run queues max, high, normal, with low passed over 8 times', () => {
    const q = new RunQueue();
    const mk = (name: string, priority: number) => ({ name, priority, scheduleCount: 0 }) as unknown as Process;
    const low = mk('low', PRIO_LOW);
    q.push(low);
    q.push(mk('n1', PRIO_NORMAL));
    q.push(mk('h', PRIO_HIGH));
    q.push(mk('m', PRIO_MAX));
    const order = [q.shift(), q.shift(), q.shift()].map((p) => (p as unknown as { name: string }).name);
    expect(order).toEqual(['m', 'h', 'n1']);
    // Alone, a low process runs at once.
    expect(q.shift()).toBe(low);
    // Among normal processes it runs once per 9 turns of the shared queue.
    const n = mk('n', PRIO_NORMAL);
    q.push(low);
    q.push(n);
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      const p = q.shift()!;
      seen.push((p as unknown as { name: string }).name);
      q.push(p);
    }
    expect(seen.filter((s) => s === 'low').length).toBe(2);
  });

  it('makes a long BIF end its caller slice (reductions charged by length)', async () => {
    const r = await runErlang(mod(`main() ->
      {reductions, R0} = process_info(self(), reductions),
      _ = lists:reverse(lists:seq(1, 400000)),
      {reductions, R1} = process_info(self(), reductions),
      R1 - R0 > 100000.`));
    expect(r.value).toBe('true');
  });

  it('reverses a long list a chunk per slice, letting others run in between', async () => {
    const r = await runErlang(mod(`main() ->
      T = spawn(fun() -> tick() end),
      L = lists:seq(1, 1000000),
      {C0, _} = statistics(context_switches),
      R = lists:reverse(L),
      {C1, _} = statistics(context_switches),
      R2 = lists:reverse(L, [x]),
      Bad = try lists:reverse(L ++ improper) catch error:E -> E end,
      exit(T, kill),
      {C1 - C0 >= 8, hd(R), lists:last(R), length(R), lists:last(R2), length(R2), Bad}.
    tick() -> tick().`));
    expect(r.value).toBe('{true,1000000,1,1000000,x,1000001,badarg}');
  });

  it('sleeps until the next timer instead of spinning', async () => {
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const r = await runErlang(mod(`main() -> receive after 300 -> slept end.`));
    const cpu = process.cpuUsage(cpu0);
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(r.value).toBe('slept');
    expect(wallMs).toBeGreaterThanOrEqual(290);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(200);
  });

  it('kills a process over max_heap_size alone', async () => {
    const r = await runErlang(mod(`main() ->
      {P, R} = spawn_opt(fun() -> lists:seq(1, 100000) end, [monitor, {max_heap_size, #{size => 2000, error_logger => false}}]),
      receive {'DOWN', R, process, P, Why} -> Why end.`));
    expect(r.value).toBe('killed');
  });
});

describe('the max_heap_size report', () => {
  it('prints BEAM\'s report, with its field layout, once per killed process', async () => {
    const r = await runErlang(mod(`main() ->
      {P, R} = spawn_opt(fun() -> lists:seq(1, 100000) end, [monitor, {max_heap_size, 2000}]),
      receive {'DOWN', R, process, P, Why} -> Why end.`));
    expect(r.value).toBe('killed');
    expect(r.output).toMatch(/^=ERROR REPORT==== \d\d-\w\w\w-\d{4}::\d\d:\d\d:\d\d\.\d{6} ===\n     Process:            <0\.\d+\.0> \n     Context:            maximum heap size reached\n     Max Heap Size:      2000\n     Total Heap Size:    \d+\n     Kill:               true\n     Error Logger:       true\n     Message Queue Len:  0\n     GC Info:            \[\{old_heap_block_size,0\},\n                          \{heap_block_size,/);
    expect(r.output.match(/ERROR REPORT/g)?.length).toBe(1);
  });
});

describe('process_info memory', () => {
  it('reports heap words from the roots of an idle process', () => {
    const rt = quietRuntime();
    const p = rt.spawnApply(atom('erlang'), atom('self'), [], null);
    const info = heapInfo(p);
    expect(info.heapSize).toBe(233);
    expect(info.queueWords).toBe(0);
    rt.deliver(p, new Tuple([atom('a'), new Cons(1, NIL)]));
    expect(heapInfo(p).queueWords).toBe(3 + 2);
  });
});
