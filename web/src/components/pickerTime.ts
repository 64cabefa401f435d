import dayjs, { type Dayjs } from 'dayjs';
import { beijingClock } from './format';

/*
 * antd's date pickers work in the device's zone. Their values hold Beijing's wall clock instead,
 * so a picker shows and edits Beijing time on any device; `instantOf` turns one back into the
 * instant the server stores.
 */

/** A picker value showing the instant's Beijing date and time. */
export const pickerValue = (instant: string | Date): Dayjs => dayjs(beijingClock(instant));

/** Now, as a picker value: today's date and the time in Beijing. */
export const beijingNow = (): Dayjs => pickerValue(new Date());

/** A picker's value, read as Beijing wall clock, as the instant (UTC ISO) the server stores. */
export const instantOf = (value: Dayjs): string =>
  new Date(`${value.format('YYYY-MM-DDTHH:mm:ss.SSS')}+08:00`).toISOString();
