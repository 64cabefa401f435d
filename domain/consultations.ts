import type { DepartmentDuty } from './org-resources';

/**
 * 协商活动 (consultation, DOMAIN.md §4): the forms of consultation and who organises it. The plan
 * (domain/consultation-plan.ts) names an entry's form from the same list the activities use.
 */

export const CONSULTATION_FORMS = [
  'standingTopic',
  'special',
  'forum',
  'counterpart',
  'sector',
  'proposalHandling',
  'askUs',
  'remote',
  'grassroots',
] as const;
export type ConsultationForm = (typeof CONSULTATION_FORMS)[number];
export const CONSULTATION_FORM_LABELS: Record<ConsultationForm, string> = {
  standingTopic: '专题议政性常委会会议',
  special: '专题协商会',
  forum: '协商座谈会',
  counterpart: '对口协商',
  sector: '界别协商',
  proposalHandling: '提案办理协商',
  askUs: '请你来协商',
  remote: '远程/网络协商',
  grassroots: '基层协商',
};

/** Staff organise consultation activities through a department with one of these duties. */
export const CONSULTATION_DUTIES: readonly DepartmentDuty[] = ['协商工作', '综合'];
