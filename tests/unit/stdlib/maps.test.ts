// maps functions against results recorded from OTP 25 (tests/unit/stdlib/oracle.escript).

import { describe, expect, it } from 'vitest';
import { bifs } from '../../../stdlib/bifs/maps.js';
import { callText, runCases, type Case } from './run-cases.js';
import { parseTerm, show } from './erl-text.js';

const cases: Case[] = [
  ['maps:get(a, #{a=>1})', '1'],
  ['maps:get(b, #{a=>1})', 'error:{badkey,b}'],
  ['maps:get(a, [])', 'error:{badmap,[]}'],
  ['maps:get(1, #{1.0=>x})', 'error:{badkey,1}'],
  ['maps:get(1.0, #{1.0=>x})', 'x'],
  ['maps:get(a, #{a=>1}, d)', '1'],
  ['maps:get(b, #{a=>1}, d)', 'd'],
  ['maps:get(b, x, d)', 'error:{badmap,x}'],
  ['maps:find(a, #{a=>1})', '{ok,1}'],
  ['maps:find(b, #{a=>1})', 'error'],
  ['maps:find(a, x)', 'error:{badmap,x}'],
  ['maps:put(a, 1, #{})', '#{a => 1}'],
  ['maps:put(a, 2, #{a=>1})', '#{a => 2}'],
  ['maps:put(1.0, 2, #{1=>1})', '#{1 => 1,1.0 => 2}'],
  ['maps:put(a, 1, x)', 'error:{badmap,x}'],
  ['maps:remove(a, #{a=>1, b=>2})', '#{b => 2}'],
  ['maps:remove(c, #{a=>1})', '#{a => 1}'],
  ['maps:remove(a, x)', 'error:{badmap,x}'],
  ['maps:keys(#{b=>1, a=>2, 1=>x, 1.0=>y, {}=>z, []=>w, "a"=>v, <<>>=>u})', '[1,1.0,a,b,{},[],[97],<<>>]'],
  ['maps:keys(#{})', '[]'],
  ['maps:keys(x)', 'error:{badmap,x}'],
  ['maps:values(#{b=>1, a=>2})', '[2,1]'],
  ['maps:values(x)', 'error:{badmap,x}'],
  ['maps:to_list(#{b=>1, a=>2, 1.0=>f, 1=>i})', '[{1,i},{1.0,f},{a,2},{b,1}]'],
  ['maps:to_list(x)', 'error:{badmap,x}'],
  ['maps:from_list([{a,1},{b,2},{a,3}])', '#{a => 3,b => 2}'],
  ['maps:from_list([])', '#{}'],
  ['maps:from_list([{a,1}|b])', 'error:badarg'],
  ['maps:from_list([{a,1,2}])', 'error:badarg'],
  ['maps:from_list([a])', 'error:badarg'],
  ['maps:from_list(a)', 'error:badarg'],
  ['maps:from_list([{1,a},{1.0,b}])', '#{1 => a,1.0 => b}'],
  ['maps:is_key(a, #{a=>1})', 'true'],
  ['maps:is_key(b, #{a=>1})', 'false'],
  ['maps:is_key(a, x)', 'error:{badmap,x}'],
  ['maps:merge(#{a=>1, b=>2}, #{b=>3, c=>4})', '#{a => 1,b => 3,c => 4}'],
  ['maps:merge(#{}, #{})', '#{}'],
  ['maps:merge(x, #{})', 'error:{badmap,x}'],
  ['maps:merge(#{}, y)', 'error:{badmap,y}'],
  ['maps:merge(x, y)', 'error:{badmap,x}'],
  ['maps:size(#{a=>1})', '1'],
  ['maps:size(x)', 'error:{badmap,x}'],
  ['maps:new()', '#{}'],
  ['maps:update(a, 2, #{a=>1})', '#{a => 2}'],
  ['maps:update(b, 2, #{a=>1})', 'error:{badkey,b}'],
  ['maps:update(a, 2, x)', 'error:{badmap,x}'],
  ['maps:update(1, 2, #{1.0=>1})', 'error:{badkey,1}'],
  ['maps:take(a, #{a=>1, b=>2})', '{1,#{b => 2}}'],
  ['maps:take(c, #{a=>1})', 'error'],
  ['maps:take(a, x)', 'error:{badmap,x}'],
  ['maps:from_keys([a, b, a], 0)', '#{a => 0,b => 0}'],
  ['maps:from_keys([], 0)', '#{}'],
  ['maps:from_keys([a|b], 0)', 'error:badarg'],
  ['maps:from_keys(a, 0)', 'error:badarg'],
  ['maps:with([a, c], #{a=>1, b=>2})', '#{a => 1}'],
  ['maps:with([], #{a=>1})', '#{}'],
  ['maps:with([a|b], #{a=>1})', 'error:function_clause'],
  ['maps:with(a, #{a=>1})', 'error:badarg'],
  ['maps:with([a], x)', 'error:{badmap,x}'],
  ['maps:with(a, x)', 'error:{badmap,x}'],
  ['maps:with([1], #{1.0=>a, 1=>b})', '#{1 => b}'],
  ['maps:without([a, c], #{a=>1, b=>2})', '#{b => 2}'],
  ['maps:without([a|b], #{a=>1})', 'error:function_clause'],
  ['maps:without(a, #{a=>1})', 'error:badarg'],
  ['maps:without([a], x)', 'error:{badmap,x}'],
  ['maps:without(a, x)', 'error:{badmap,x}'],
  ['maps:from_list([{0.0,a},{-0.0,b}])', '#{-0.0 => b}'],
  ['maps:from_list([{-0.0,a},{0.0,b}])', '#{0.0 => b}'],
  ['maps:put(-0.0, b, #{0.0 => a})', '#{0.0 => b}'],
  ['maps:get(-0.0, #{0.0 => a})', 'a'],
  ['maps:merge(#{0.0 => a}, #{-0.0 => b})', '#{-0.0 => b}'],
  ['maps:with([1, 2.0], #{1 => a, 2 => b, 2.0 => c})', '#{1 => a,2.0 => c}'],
];

describe('maps', () => runCases(bifs, cases));

// OTP orders map keys with every integer before every float (2 before 1.0).
describe('map key order across integers and floats', () => {
  it('maps:to_list/1', () => {
    const call = 'maps:to_list(#{1 => a, 2 => b, 2.0 => c, -1 => d, -1.0 => e, 18446744073709551616 => f})';
    const otp = '[{-1,d},{1,a},{2,b},{18446744073709551616,f},{-1.0,e},{2.0,c}]';
    expect(callText(bifs, call)).toBe(show(parseTerm(otp)));
  });
});
