import { describe, expect, it } from 'vitest';
import { runErlang } from './run-erlang.js';
import { Ref } from '../../../vm/terms/pid.js';

const mod = (body: string) => `-module(t).\n-export([main/0]).\n${body}\n`;

describe('alias references', () => {
  it('name their owner in the reference; plain references name nobody', async () => {
    const r = await runErlang(mod(`main() -> {alias(), make_ref(), monitor(process, self(), [{alias, demonitor}])}.`));
    const [, plain] = r.value.slice(1, -1).split(',');
    expect(plain).toMatch(/^#Ref<0\.\d+\.\d+\.0>$/);
    const owner = r.process.pid.id + 1;
    expect(r.process.aliases.size).toBe(2);
    for (const a of r.process.aliases.values()) expect(a.ref.c).toBe(owner);
  });

  it('leave the owner\'s table when unaliased, demonitored, or taken down with their monitor', async () => {
    const r = await runErlang(mod(`main() ->
      A = alias(), true = unalias(A),
      P = spawn(fun() -> receive stop -> ok end end),
      M1 = monitor(process, P, [{alias, demonitor}]), true = demonitor(M1),
      M2 = monitor(process, P, [{alias, reply_demonitor}]), M2 ! once, receive once -> ok end,
      _ = monitor(process, P, [{alias, demonitor}]),
      _ = monitor(process, P, [{alias, demonitor}, {tag, t}]),
      P ! stop,
      receive {'DOWN', _, process, P, normal} -> ok end,
      receive {t, _, process, P, normal} -> ok end,
      R = alias([reply]), R ! x, receive x -> ok end,
      done.`));
    expect(r.value).toBe('done');
    expect(r.process.aliases.size).toBe(0);
    expect(r.process.monitors.size).toBe(0);
  });

  it('keep an explicit_unalias monitor alias after its monitor is gone', async () => {
    const r = await runErlang(mod(`main() ->
      P = spawn(fun() -> ok end),
      M = monitor(process, P, [{alias, explicit_unalias}]),
      receive {'DOWN', M, process, P, _} -> ok end,
      M ! kept,
      receive kept -> M after 100 -> lost end.`));
    expect(r.value).toMatch(/^#Ref</);
    expect(r.process.aliases.size).toBe(1);
  });

  it('remove the monitor on the target too when a reply_demonitor alias lets a message through', async () => {
    const r = await runErlang(mod(`main() ->
      Me = self(),
      P = spawn(fun() -> receive {A, go} -> A ! hi, A ! again, Me ! {info, erlang:process_info(self(), monitored_by)}, receive stop -> ok end end end),
      M = monitor(process, P, [{alias, reply_demonitor}]),
      P ! {M, go},
      receive {info, Info} -> P ! stop, {Info, receive hi -> hi end, receive again -> again after 50 -> dropped end} end.`));
    expect(r.value).toBe('{{monitored_by,[]},hi,dropped}');
  });

  it('are not made by a send to a forged reference', async () => {
    const r = await runErlang(mod(`main() ->
      A = alias(), unalias(A),
      A ! x, erlang:send(make_ref(), y),
      receive M -> M after 20 -> nothing end.`));
    expect(r.value).toBe('nothing');
    expect(r.process.aliases.size).toBe(0);
  });
});

describe('gen_server:call with a timeout', () => {
  it('leaves neither alias nor monitor behind after the timeout, and drops the late reply', async () => {
    const r = await runErlang(`-module(t).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2]).
init(S) -> {ok, S}.
handle_call(slow, _From, S) -> timer:sleep(100), {reply, late, S}.
handle_cast(_, S) -> {noreply, S}.
main() ->
  {ok, P} = gen_server:start(?MODULE, [], []),
  R = catch gen_server:call(P, slow, 10),
  timer:sleep(200),
  {element(1, element(2, R)), receive M -> M after 0 -> empty end}.
`);
    expect(r.value).toBe('{timeout,empty}');
    expect(r.process.aliases.size).toBe(0);
    expect(r.process.monitors.size).toBe(0);
  });
});

// Keeps the Ref import honest: alias references are ordinary Ref terms.
it('alias references are Ref terms', async () => {
  const r = await runErlang(mod(`main() -> alias().`));
  expect(r.process.result).toBeInstanceOf(Ref);
});
