// The supervisor's restart bookkeeping (otp/supervisor.erl): the restart-intensity window as a
// pure function, and live supervisors whose timing the golden programs cannot pin down (restarts
// falling out of the period, retried restarts of a child that fails to start again).

import { describe, expect, it } from 'vitest';
import { runErlang } from '../vm/run-erlang.js';

const WORKER = `
init(dyn) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 5},
          [#{id => d, start => {t, start_worker, []}, restart => transient}]}};
init({Intensity, Period, Strategy}) ->
    {ok, {#{strategy => Strategy, intensity => Intensity, period => Period},
          [#{id => w, start => {t, start_worker, [w]}}, #{id => v, start => {t, start_worker, [v]}}]}}.
start_worker(Id) ->
    case get_fail(Id) of
        true -> {error, refused};
        false -> Pid = spawn_link(t, worker, []), catch unregister(Id), register(Id, Pid), {ok, Pid}
    end.
get_fail(Id) -> whereis(list_to_atom("fail_" ++ atom_to_list(Id))) =/= undefined.
worker() -> receive {stop, R} -> exit(R) end.
crash(Id) -> whereis(Id) ! {stop, crash}, timer:sleep(20).
`;

async function value(body: string, extra = WORKER): Promise<string> {
  const src = `-module(t).\n-export([main/0, init/1, start_worker/1, worker/0]).\n-compile(nowarn_unused_function).\nmain() -> ${body}.\n${extra}`;
  const r = await runErlang(src);
  if (r.crashed) throw new Error(`crashed: ${r.value}\n${r.output}`);
  return r.value;
}


describe('supervisor:add_restart/3 (intensity within the period)', () => {
  it('allows up to Intensity restarts inside the window and refuses the next', async () => {
    expect(await value('supervisor:add_restart([], 100, {1, 5})')).toBe('{ok,[100]}');
    expect(await value('supervisor:add_restart([100], 103, {1, 5})')).toBe('{terminate,[103,100]}');
    expect(await value('supervisor:add_restart([100], 103, {2, 5})')).toBe('{ok,[103,100]}');
  });
  it('forgets restarts older than the period, keeping the boundary one', async () => {
    expect(await value('supervisor:add_restart([100], 106, {1, 5})')).toBe('{ok,[106]}');
    expect(await value('supervisor:add_restart([101, 100], 105, {2, 5})')).toBe('{terminate,[105,101,100]}');
    expect(await value('supervisor:add_restart([104, 100, 90], 105, {2, 5})')).toBe('{terminate,[105,104,100]}');
  });
  it('with intensity 0, the first restart is one too many', async () => {
    expect(await value('supervisor:add_restart([], 7, {0, 1})')).toBe('{terminate,[7]}');
  });
});

describe('live supervisors', () => {
  it('counts a one_for_all restart once, however many children it restarts', async () => {
    const v = await value(
      `process_flag(trap_exit, true), logger:set_primary_config(level, none),
       {ok, S} = supervisor:start_link(t, {1, 60, one_for_all}),
       crash(w), A = is_process_alive(S), crash(v), B = is_process_alive(S), {A, B}`,
      WORKER,
    );
    expect(v).toBe('{true,false}');
  }, 20_000);

  it('lets restarts fall out of the period', async () => {
    const v = await value(
      `process_flag(trap_exit, true), logger:set_primary_config(level, none),
       {ok, S} = supervisor:start_link(t, {1, 1, one_for_one}),
       crash(w), timer:sleep(2100), crash(w), A = is_process_alive(S), crash(w), {A, is_process_alive(S)}`,
      WORKER,
    );
    expect(v).toBe('{true,false}');
  }, 20_000);

  it('retries a child that fails to restart, counting each attempt, then gives up', async () => {
    const v = await value(
      `process_flag(trap_exit, true), logger:set_primary_config(level, none),
       {ok, S} = supervisor:start_link(t, {3, 60, one_for_one}),
       register(fail_w, spawn(fun() -> receive after infinity -> ok end end)),
       whereis(w) ! {stop, crash},
       receive {'EXIT', S, R} -> {gave_up, R} after 1000 -> still_running end`,
      WORKER,
    );
    expect(v).toBe('{gave_up,shutdown}');
  }, 20_000);

  it('keeps simple_one_for_one children in step with their restarts', async () => {
    const v = await value(
      `process_flag(trap_exit, true), logger:set_primary_config(level, none),
       {ok, S} = supervisor:start_link(t, dyn),
       [{ok, _} = supervisor:start_child(S, [Id]) || Id <- [d1, d2, d3]],
       whereis(d1) ! {stop, crash}, whereis(d2) ! {stop, normal}, timer:sleep(30),
       {supervisor:count_children(S), is_pid(whereis(d1)), whereis(d2)}`,
    );
    expect(v).toBe('{[{specs,1},{active,2},{supervisors,0},{workers,2}],true,undefined}');
  }, 20_000);
});
