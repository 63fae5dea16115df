// Calendar time BIFs: erlang:localtime/0, universaltime/0, date/0, time/0,
// localtime_to_universaltime/1,2 and universaltime_to_localtime/1, on the host's clock and time
// zone (JS Date). calendar.erl builds on these. Dates are checked like erts does (a valid
// Gregorian date from year 0, a valid time of day); anything else is badarg.

import { Atom, FALSE, TRUE, UNDEFINED } from '../../vm/terms/atom.js';
import { Tuple } from '../../vm/terms/tuple.js';
import { badarg, type BifContext } from '../bif.js';
import type { BifTable } from '../registry.js';

type Fields = [number, number, number, number, number, number];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** {{Y,Mo,D},{H,Mi,S}} as numbers, or undefined if it is not a valid date and time. */
function readDateTime(t: unknown): Fields | undefined {
  if (!(t instanceof Tuple) || t.elements.length !== 2) return undefined;
  const [d, tm] = t.elements;
  if (!(d instanceof Tuple) || d.elements.length !== 3 || !(tm instanceof Tuple) || tm.elements.length !== 3) return undefined;
  const f = [...d.elements, ...tm.elements];
  if (!f.every((x) => typeof x === 'number')) return undefined;
  const [y, mo, day, h, mi, s] = f as Fields;
  if (y < 0 || mo < 1 || mo > 12 || day < 1) return undefined;
  if (day > (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1])) return undefined;
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return undefined;
  return [y, mo, day, h, mi, s];
}

function dateTime(f: Fields): Tuple {
  return new Tuple([new Tuple([f[0], f[1], f[2]]), new Tuple([f[3], f[4], f[5]])]);
}

function utcFields(ms: number): Fields {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
}

function localFields(ms: number): Fields {
  const d = new Date(ms);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
}

/** Milliseconds since the epoch of a UTC date-time (setUTCFullYear keeps years below 100). */
function utcMs(f: Fields): number {
  const d = new Date(0);
  d.setUTCFullYear(f[0], f[1] - 1, f[2]);
  d.setUTCHours(f[3], f[4], f[5], 0);
  return d.getTime();
}

function localMs(f: Fields): number {
  const d = new Date(0);
  d.setFullYear(f[0], f[1] - 1, f[2]);
  d.setHours(f[3], f[4], f[5], 0);
  return d.getTime();
}

/** The zone's standard (non-DST) offset in minutes, as getTimezoneOffset reports it. */
function standardOffsetMin(year: number): number {
  const jan = new Date(0);
  jan.setFullYear(year, 0, 1);
  const jul = new Date(0);
  jul.setFullYear(year, 6, 1);
  return Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
}

/**
 * Local to UTC. IsDst `undefined` lets the zone decide; `true`/`false` force the interpretation
 * as mktime does with tm_isdst (a DST shift of one hour when the zone's rule disagrees).
 */
function localToUtc(f: Fields, isDst: Atom): Tuple {
  let ms = localMs(f);
  if (isDst !== UNDEFINED) {
    const inDst = new Date(ms).getTimezoneOffset() < standardOffsetMin(f[0]);
    if (isDst === TRUE && !inDst) ms -= 3600_000;
    else if (isDst === FALSE && inDst) ms += 3600_000;
  }
  return dateTime(utcFields(ms));
}

export const bifs: BifTable = {
  'erlang:localtime/0': () => dateTime(localFields(Date.now())),
  'erlang:universaltime/0': () => dateTime(utcFields(Date.now())),
  'erlang:date/0': () => {
    const f = localFields(Date.now());
    return new Tuple([f[0], f[1], f[2]]);
  },
  'erlang:time/0': () => {
    const f = localFields(Date.now());
    return new Tuple([f[3], f[4], f[5]]);
  },
  'erlang:universaltime_to_localtime/1': (p: BifContext, t: unknown) => {
    const f = readDateTime(t);
    return f === undefined ? badarg(p) : dateTime(localFields(utcMs(f)));
  },
  'erlang:localtime_to_universaltime/1': (p: BifContext, t: unknown) => {
    const f = readDateTime(t);
    return f === undefined ? badarg(p) : localToUtc(f, UNDEFINED);
  },
  'erlang:localtime_to_universaltime/2': (p: BifContext, t: unknown, isDst: unknown) => {
    const f = readDateTime(t);
    if (f === undefined || !(isDst === TRUE || isDst === FALSE || isDst === UNDEFINED)) return badarg(p);
    return localToUtc(f, isDst as Atom);
  },
};
