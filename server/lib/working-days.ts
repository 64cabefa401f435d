import chineseDays from 'chinese-days';

// chinese-days is CommonJS under Node: take the function from the default export.
const { isWorkday } = chineseDays;

/** A committee's changes to the official calendar, keyed by 'YYYY-MM-DD'. */
export type CalendarOverrideMap = ReadonlyMap<string, 'holiday' | 'workday'>;

const NO_OVERRIDES: CalendarOverrideMap = new Map();

/**
 * Is `day` a working day? The official calendar (chinese-days: 法定节假日 and 调休 workdays) decides,
 * unless the committee overrides that date.
 */
export function isWorkingDay(day: string, overrides: CalendarOverrideMap = NO_OVERRIDES): boolean {
  const local = overrides.get(day);
  if (local) return local === 'workday';
  return isWorkday(day);
}

/** The calendar day after `day` ('YYYY-MM-DD'), computed in UTC so no time zone can shift it. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The date `n` working days after `start` (the start day itself does not count): a deadline of
 * "60 working days from assignment" skips weekends and holidays and counts 调休 Saturdays.
 */
export function addWorkingDays(
  start: string,
  n: number,
  overrides: CalendarOverrideMap = NO_OVERRIDES,
): string {
  let day = start;
  let left = n;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day, overrides)) left--;
  }
  return day;
}

// Built once: constructing a formatter costs far more than formatting (it was a tenth of the demo seed).
const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** Today's date in Beijing time: deadlines are calendar dates where the committee works. */
export function shanghaiDate(at: Date = new Date()): string {
  return BEIJING_DAY.format(at);
}

const BEIJING_MINUTE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Beijing date and time to the minute, "2026-03-01 09:00", for notices and documents. */
export function shanghaiDateTime(at: Date): string {
  return BEIJING_MINUTE.format(at).replace(', ', ' ');
}

/** A date as the office writes it: 2025年3月1日 (Beijing time). */
export function cnDate(at: Date | string | null | undefined): string {
  if (!at) return '';
  const day = typeof at === 'string' ? at : shanghaiDate(at);
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
