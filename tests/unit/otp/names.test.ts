// Server names: local names work as in OTP; global and via names, which need distribution or a
// registry module we do not have, are refused with a clear error instead of misbehaving.

import { describe, expect, it } from 'vitest';
import { runErlang } from '../vm/run-erlang.js';

async function value(body: string): Promise<string> {
  const src = `-module(t).\n-export([main/0, init/1, handle_call/3, handle_cast/2]).\nmain() -> ${body}.
init(S) -> {ok, S}.
handle_call(get, _, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.\n`;
  const r = await runErlang(src);
  if (r.crashed) throw new Error(`crashed: ${r.value}\n${r.output}`);
  return r.value;
}

describe('gen_server names', () => {
  it('rejects {global, Name} and {via, Mod, Name} with error {not_supported, Name}', async () => {
    expect(await value(`try gen_server:start({global, g}, t, 1, []) catch error:R -> R end`)).toBe('{not_supported,{global,g}}');
    expect(await value(`try gen_server:start_link({via, reg, v}, t, 1, []) catch error:R -> R end`)).toBe('{not_supported,{via,reg,v}}');
    expect(await value(`try gen_statem:start({global, g}, t, 1, []) catch error:R -> R end`)).toBe('{not_supported,{global,g}}');
    expect(await value(`try supervisor:start_link({global, g}, t, 1) catch error:R -> R end`)).toBe('{not_supported,{global,g}}');
  });
  it('rejects a malformed name with badarg', async () => {
    expect(await value(`try gen_server:start(oops, t, 1, []) catch error:R -> R end`)).toBe('badarg');
  });
  it('calls through a global name exit with noproc', async () => {
    expect(await value(`catch gen_server:call({global, g}, get)`)).toBe("{'EXIT',{noproc,{gen_server,call,[{global,g},get]}}}");
  });
  it('registers and unregisters a local name', async () => {
    expect(await value(`{ok, P} = gen_server:start({local, n}, t, 5, []), A = whereis(n) =:= P, B = gen_server:call(n, get), ok = gen_server:stop(n), {A, B, whereis(n)}`)).toBe('{true,5,undefined}');
  });
});
