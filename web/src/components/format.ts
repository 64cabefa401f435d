/*
 * Committees keep Beijing time (UTC+8: China has one zone and no daylight saving since 1991),
 * whatever zone a device is set to: a meeting at 09:00 reads 09:00 on a laptop left on UTC, and a
 * report sent at 07:30 is dated that day, not the day before as its UTC timestamp would say.
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The instant's Beijing wall clock as `YYYY-MM-DDTHH:mm:ss.SSS`. */
export const beijingClock = (instant: string | Date) =>
  new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 23);

/** A server timestamp in Beijing time, to the second: how the office reads logs. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? beijingClock(iso).slice(0, 19).replace('T', ' ') : '';
}

/** A server timestamp's Beijing date, `YYYY-MM-DD`. */
export function formatDay(iso: string | null | undefined): string {
  return iso ? beijingClock(iso).slice(0, 10) : '';
}
