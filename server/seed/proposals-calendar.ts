import { isWorkingDay, nextDay } from '../lib/working-days';

/**
 * The official calendar (server/lib/working-days: chinese-days' 法定节假日 and 调休) over the demo's
 * proposal years, looked up once per day. The demo plans thousands of deadlines and steps; asking
 * chinese-days day by day each time made the seed take seconds, a table of ~1,100 days built on
 * first use takes milliseconds. Same rule as addWorkingDays: the start day does not count.
 */
const FIRST = '2024-11-01';
const LAST = '2027-12-31';

interface Table {
  days: string[];
  index: Map<string, number>;
  working: boolean[];
  /** For each day, the index of the next working day after it. */
  nextWorking: number[];
}

let table: Table | null = null;

function build(): Table {
  const days: string[] = [];
  for (let d = FIRST; d <= LAST; d = nextDay(d)) days.push(d);
  const working = days.map((d) => isWorkingDay(d));
  const nextWorking: number[] = new Array(days.length).fill(days.length);
  for (let i = days.length - 2; i >= 0; i--) nextWorking[i] = working[i + 1] ? i + 1 : nextWorking[i + 1];
  return { days, index: new Map(days.map((d, i) => [d, i])), working, nextWorking };
}

function indexOf(day: string): { t: Table; i: number } {
  table ??= build();
  const i = table.index.get(day);
  if (i === undefined) throw new Error(`demo calendar: ${day} outside ${FIRST}…${LAST}`);
  return { t: table, i };
}

/** Is `day` a working day (the demo committee has no calendar overrides)? */
export function isWorkday(day: string): boolean {
  const { t, i } = indexOf(day);
  return t.working[i];
}

/** The date `n` working days after `day`, as server/lib/working-days addWorkingDays. */
export function addWorkdays(day: string, n: number): string {
  const { t, i: start } = indexOf(day);
  let i = start;
  for (let k = 0; k < n; k++) i = t.nextWorking[i];
  if (i >= t.days.length) throw new Error(`demo calendar: ${day} + ${n} working days after ${LAST}`);
  return t.days[i];
}

/** The Beijing calendar date of a moment (UTC+8 all year: China keeps no daylight saving time). */
export const beijingDate = (at: Date): string =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
