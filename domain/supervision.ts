/**
 * 民主监督 and 视察 / 调研 (DOMAIN.md §5). Their suggestions travel the consultation suggestion loop
 * (domain/consultation-suggestions.ts); a suggestion names its origin, one of SUGGESTION_ORIGINS.
 */

export const SUPERVISION_KINDS = ['group', 'special'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, string> = {
  group: '民主监督小组',
  special: '专项民主监督',
};

export const INSPECTION_KINDS = ['inspection', 'research'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = {
  inspection: '视察',
  research: '调研',
};

/** Appointments of members by other bodies (courts, procuratorates, business-environment offices). */
export const APPOINTMENT_ROLES = ['supervisor', 'hearer'] as const;
export type AppointmentRole = (typeof APPOINTMENT_ROLES)[number];
export const APPOINTMENT_ROLE_LABELS: Record<AppointmentRole, string> = {
  supervisor: '特约监督员',
  hearer: '听证员',
};

/** What the timelines of supervision groups and inspections say each event was. */
export const SUPERVISION_EVENT_LABELS: Record<string, string> = {
  create: '创建',
  visit: '记录活动',
  visitFile: '上传活动附件',
  removeVisitFile: '删除活动附件',
  linkConsultation: '关联协商活动',
  unlinkConsultation: '取消关联协商活动',
  writeReport: '撰写报告',
  sendReport: '报送报告',
  invite: '邀请联动委员会',
  setMembers: '确定本会参加委员',
};

/** Where a 意见建议 came from: a consultation activity, a supervision group or special topic, an inspection. */
export const SUGGESTION_ORIGINS = ['activity', 'supervision', 'inspection'] as const;
export type SuggestionOrigin = (typeof SUGGESTION_ORIGINS)[number];
export const SUGGESTION_ORIGIN_LABELS: Record<SuggestionOrigin, string> = {
  activity: '协商活动',
  supervision: '民主监督',
  inspection: '视察调研',
};

/** The web page of a suggestion's origin. */
export function originLink(origin: SuggestionOrigin, id: number): string {
  if (origin === 'supervision') return `/supervision-groups/${id}`;
  if (origin === 'inspection') return `/inspections/${id}`;
  return `/consultations/${id}`;
}
