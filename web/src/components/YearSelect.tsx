import { Select } from 'antd';
import { useSearchParams } from 'react-router';

/** This year in Beijing: the committees' years (archive, consultation, statistics) are Beijing calendar years. */
export function currentYear(): number {
  return Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
  );
}

/** The years a page offers: this one and the four before it. */
export const recentYears = (from = currentYear()) => [0, 1, 2, 3, 4].map((i) => from - i);

/**
 * The year a page shows, kept in the URL (`?year=2025`), so a to-do's link and a reload land on
 * the same year; any other query parameter is left as it is.
 */
export function useYearParam(fallback = currentYear()): [number, (year: number) => void] {
  const [search, setSearch] = useSearchParams();
  const raw = Number(search.get('year'));
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : fallback;
  const setYear = (y: number) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('year', String(y));
        return next;
      },
      { replace: true },
    );
  return [year, setYear];
}

/** The year a page shows: this year and the four before it. */
export function YearSelect({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  return (
    <Select
      aria-label="年度"
      value={year}
      onChange={onChange}
      style={{ width: 110 }}
      options={recentYears().map((y) => ({ value: y, label: `${y}年度` }))}
    />
  );
}
