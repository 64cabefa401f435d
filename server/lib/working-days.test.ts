import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, shanghaiDate } from './working-days';

describe('working days', () => {
  it('skips the 2025 国庆/中秋 holiday (10-01 to 10-08)', () => {
    // Tuesday 30 September: the next working day is Thursday 9 October.
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    // 9, 10, 11 (调休 Saturday), 13, 14.
    expect(addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
  });

  it('counts the 调休 Sunday before the holiday as a working day', () => {
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
  });

  it('skips ordinary weekends', () => {
    expect(addWorkingDays('2025-06-06', 1)).toBe('2025-06-09');
    expect(addWorkingDays('2025-06-02', 10)).toBe('2025-06-16');
  });

  it('applies a committee override over the official calendar', () => {
    const overrides = new Map([
      ['2025-06-09', 'holiday' as const],
      ['2025-06-07', 'workday' as const],
    ]);
    expect(isWorkingDay('2025-06-09', overrides)).toBe(false);
    expect(addWorkingDays('2025-06-06', 1, overrides)).toBe('2025-06-07');
    expect(addWorkingDays('2025-06-06', 2, overrides)).toBe('2025-06-10');
  });

  it('gives the Beijing date of an instant', () => {
    expect(shanghaiDate(new Date('2025-09-30T17:00:00Z'))).toBe('2025-10-01');
    expect(shanghaiDate(new Date('2025-09-30T15:59:00Z'))).toBe('2025-09-30');
  });
});
