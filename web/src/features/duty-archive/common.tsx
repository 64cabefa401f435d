import { Tag } from 'antd';

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
