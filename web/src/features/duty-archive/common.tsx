import { Select, Tag } from 'antd';
import { recentYears } from './api';

const GRADE_COLORS: Record<string, string> = {
  excellent: 'green',
  competent: 'blue',
  basic: 'gold',
  incompetent: 'red',
};

/** A grade as a tag that carries its text (优秀 green, 不称职 red). */
export const GradeTag = ({ grade, label }: { grade: string; label: string }) => (
  <Tag color={GRADE_COLORS[grade]}>{label}</Tag>
);

const CLAIM_COLORS: Record<string, string> = {
  submitted: 'blue',
  confirmed: 'green',
  refused: 'red',
  withdrawn: 'default',
};

export const ClaimStatusTag = ({ status, label }: { status: string; label: string }) => (
  <Tag color={CLAIM_COLORS[status]}>{label}</Tag>
);

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
