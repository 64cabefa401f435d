import { afterAll, describe, expect, it } from 'vitest';
import { formatDay, formatTime } from './format';
import { instantOf, pickerValue } from './pickerTime';

const deviceZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = deviceZone;
});

// Node applies a new TZ at once, so each case runs as a device set to that zone.
describe.each(['UTC', 'America/New_York', 'Asia/Shanghai'])('on a device set to %s', (zone) => {
  it('shows a server timestamp in Beijing time', () => {
    process.env.TZ = zone;
    expect(formatTime('2026-03-09T01:00:00.000Z')).toBe('2026-03-09 09:00:00');
    expect(formatTime(null)).toBe('');
  });

  it('dates a timestamp by its Beijing day', () => {
    process.env.TZ = zone;
    // 07:30 in Beijing on 3 December is still 2 December in UTC and in New York.
    expect(formatDay('2026-12-02T23:30:00.000Z')).toBe('2026-12-03');
    expect(formatDay(undefined)).toBe('');
  });

  it('gives pickers Beijing wall clock and reads them back as the same instant', () => {
    process.env.TZ = zone;
    const value = pickerValue('2026-03-08T07:00:00.000Z');
    expect(value.format('YYYY-MM-DD HH:mm')).toBe('2026-03-08 15:00');
    expect(instantOf(value)).toBe('2026-03-08T07:00:00.000Z');
    // A time the user picks: 09:00 on 10 March is 01:00 UTC, whatever the device's zone.
    expect(instantOf(value.date(10).hour(9).minute(0))).toBe('2026-03-10T01:00:00.000Z');
  });
});
