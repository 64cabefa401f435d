/** Timestamps are stored in UTC and shown in Beijing time (UTC+8, no daylight saving). */
const shanghai = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'medium',
});

/** 'YYYY-MM-DD HH:mm:ss' in Beijing time, the way the office reads timestamps. */
export function shanghaiTime(d: Date | null): string {
  return d ? shanghai.format(d) : '';
}

const OFFSET_MS = 8 * 3600_000;

/** The instant today began in Beijing: "today's" counts follow the office's calendar, not UTC. */
export function shanghaiDayStart(now = new Date()): Date {
  const local = now.getTime() + OFFSET_MS;
  return new Date(local - (local % 86_400_000) - OFFSET_MS);
}
