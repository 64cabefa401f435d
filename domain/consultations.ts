import type { DepartmentDuty } from './org-resources';
import { defineWorkflow, type TransitionDef } from './workflow';

/**
 * 协商活动 (consultation, DOMAIN.md §4): an activity of one of the CPPCC's forms of consultation,
 * with its speeches, its suggestions (each tracked to the department's written feedback, see
 * domain/consultation-suggestions.ts), the problems a grass-roots session raised and its outputs
 * (纪要, 协商专报/建议案) sent within a deadline.
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

/** The kinds of grass-roots session a liaison group runs in a township or community. */
export const GRASSROOTS_KINDS = ['council', 'courtyard', 'bench', 'talkItOver'] as const;
export type GrassrootsKind = (typeof GRASSROOTS_KINDS)[number];
export const GRASSROOTS_KIND_LABELS: Record<GrassrootsKind, string> = {
  council: '议事会',
  courtyard: '院坝协商',
  bench: '板凳协商会',
  talkItOver: '有事好商量',
};

/** The label of an activity's form, with its grass-roots kind when it has one. */
export const formLabelOf = (form: string, grassrootsKind: string | null) => {
  const label = CONSULTATION_FORM_LABELS[form as ConsultationForm] ?? form;
  const kind = grassrootsKind ? GRASSROOTS_KIND_LABELS[grassrootsKind as GrassrootsKind] : null;
  return kind ? `${label}（${kind}）` : label;
};

/** 纪要 and the 协商专报 / 建议案 that carry the activity's results to the party committee and government. */
export const OUTPUT_KINDS = ['minutes', 'report', 'proposalDraft'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];
export const OUTPUT_KIND_LABELS: Record<OutputKind, string> = {
  minutes: '纪要',
  report: '协商专报',
  proposalDraft: '建议案',
};

/** Outputs are sent within this many working days of the activity (DOMAIN.md §4: ~7). */
export const OUTPUT_WORKING_DAYS = 7;

export const CONSULTATION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = {
  planned: '筹备中',
  held: '已召开',
  cancelled: '已取消',
};

/** Staff organise consultation activities through a department with one of these duties. */
export const CONSULTATION_DUTIES: readonly DepartmentDuty[] = ['协商工作', '综合'];

/**
 * organiser = staff of a 协商工作 or 综合 department of the activity's own committee; participant = the
 * same staff of a committee the organiser invited to a joint activity (联动协商), who write only their
 * committee's part (its members, speeches and suggestions).
 */
export type ConsultationRole = 'organiser' | 'participant';

/** 联动协商: at most this many committees of the organiser's subtree take part in one activity. */
export const MAX_PARTICIPANT_COMMITTEES = 50;

export interface ConsultationFacts {
  /** The outcomes are on the public page. */
  published: boolean;
  /** The activity is a grass-roots session (problems are recorded). */
  grassroots: boolean;
}

const CONSULTATION_TRANSITIONS = [
  { action: 'edit', label: '修改', from: ['planned', 'held'], to: 'same', roles: ['organiser'] },
  { action: 'hold', label: '确认召开', from: ['planned'], to: 'held', roles: ['organiser'] },
  { action: 'cancel', label: '取消活动', from: ['planned'], to: 'cancelled', roles: ['organiser'] },
  {
    action: 'invite',
    label: '邀请联动委员会',
    from: ['planned', 'held'],
    to: 'same',
    roles: ['organiser'],
  },
  {
    action: 'setMembers',
    label: '确定本会参加委员',
    from: ['planned', 'held'],
    to: 'same',
    roles: ['participant'],
  },
  {
    action: 'addSpeech',
    label: '记录发言',
    from: ['held'],
    to: 'same',
    roles: ['organiser', 'participant'],
  },
  {
    action: 'addSuggestion',
    label: '交办意见建议',
    from: ['held'],
    to: 'same',
    roles: ['organiser', 'participant'],
  },
  {
    action: 'addProblem',
    label: '记录问题',
    from: ['held'],
    to: 'same',
    roles: ['organiser'],
    guard: (f) => (f.grassroots ? null : '只有基层协商记录群众反映的问题'),
  },
  {
    action: 'solveProblem',
    label: '问题已解决',
    from: ['held'],
    to: 'same',
    roles: ['organiser'],
    guard: (f) => (f.grassroots ? null : '只有基层协商记录群众反映的问题'),
  },
  { action: 'writeOutput', label: '撰写成果', from: ['held'], to: 'same', roles: ['organiser'] },
  { action: 'sendOutput', label: '报送成果', from: ['held'], to: 'same', roles: ['organiser'] },
  {
    action: 'publish',
    label: '公开成果',
    from: ['held'],
    to: 'same',
    roles: ['organiser'],
    guard: (f) => (f.published ? '成果已公开' : null),
  },
] as const satisfies readonly TransitionDef<ConsultationStatus, ConsultationRole, ConsultationFacts>[];

export const CONSULTATION_WORKFLOW = defineWorkflow<
  ConsultationStatus,
  ConsultationRole,
  ConsultationFacts
>()({
  subject: 'consultation',
  noun: '协商活动',
  statusLabels: CONSULTATION_STATUS_LABELS,
  transitions: CONSULTATION_TRANSITIONS,
});
export type ConsultationAction = (typeof CONSULTATION_TRANSITIONS)[number]['action'];

export const CONSULTATION_EVENT_LABELS: Record<string, string> = {
  create: '新建协商活动',
  ...CONSULTATION_WORKFLOW.actionLabels,
};
