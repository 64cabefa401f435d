import dayjs from 'dayjs';

/** A server timestamp (UTC ISO) in the browser's time, to the second: how the office reads logs. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '';
}
