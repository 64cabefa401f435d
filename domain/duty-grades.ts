/** 考评等次: the grades of the duty scoring (基本称职 only where a committee uses it). */
export const DUTY_GRADES = ['excellent', 'competent', 'basic', 'incompetent'] as const;
export type DutyGrade = (typeof DUTY_GRADES)[number];
export const DUTY_GRADE_LABELS: Record<DutyGrade, string> = {
  excellent: '优秀',
  competent: '称职',
  basic: '基本称职',
  incompetent: '不称职',
};
