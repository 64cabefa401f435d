import { ADOPTION_LEVEL_LABELS, ADOPTION_LEVELS } from './bulletin-issues';
import { INSTRUCTION_LEVELS } from './instructions';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from './meetings';

/**
 * 履职项 (duty item) kinds. Each module that produces duty items declares its kinds here as data
 * (label, the default points of DOMAIN.md §7, a default yearly cap, which minimum duty it counts
 * towards); the server's item registry (server/modules/duty-archive/sources.ts) pairs each module
 * with the SQL that finds its items. The scoring reads only this catalogue and the stored rules,
 * so a new kind needs no change to the archive's code.
 */

/** What minimum yearly duties count (一年至少…): items of a kind count towards one category. */
export const DUTY_CATEGORIES = ['proposal', 'opinion', 'activity'] as const;
export type DutyCategory = (typeof DUTY_CATEGORIES)[number];
export const DUTY_CATEGORY_LABELS: Record<DutyCategory, { noun: string; unit: string; verb: string }> = {
  proposal: { noun: '提案', unit: '件', verb: '提交' },
  opinion: { noun: '社情民意', unit: '篇', verb: '提交' },
  activity: { noun: '履职活动', unit: '次', verb: '参加' },
};

export interface DutyKindDef {
  key: string;
  label: string;
  /** The group the archive page shows it under (提案, 会议活动, 社情民意, 自行申报). */
  group: string;
  points: number;
  /** Largest absolute sum a member may gain (or lose) from this kind in a year; null: no cap. */
  cap: number | null;
  /** The minimum duty it counts towards, once per evidence (a proposal counts once however many facts). */
  counts: DutyCategory | null;
}

const kind = (
  group: string,
  key: string,
  label: string,
  points: number,
  cap: number | null = null,
  counts: DutyCategory | null = null,
): DutyKindDef => ({ key, label, group, points, cap, counts });

/** 提案: registered proposals only (立案, including those merged on registration: 并案 counts once). */
export const PROPOSAL_DUTY_KINDS: DutyKindDef[] = [
  kind('提案', 'proposal.lead', '立案提案（第一提案人）', 10, 40, 'proposal'),
  kind('提案', 'proposal.coSigner', '立案提案（联名人）', 3, 15, 'proposal'),
  kind('提案', 'proposal.key', '重点提案（第一提案人）', 5),
  kind('提案', 'proposal.excellent', '优秀提案（第一提案人）', 10),
];

/** Per meeting kind: 出席/迟到 add, 请假/无故缺席 deduct (无故缺席全体会议 −30, 请假 −10). */
const MEETING_POINTS: Record<MeetingKind, [present: number, late: number, leave: number, absent: number]> = {
  plenary: [10, 8, -10, -30],
  standing: [5, 4, -3, -10],
  chairs: [3, 2, 0, -5],
  specialCommittee: [3, 2, 0, -5],
  training: [2, 1, 0, -3],
  inspection: [3, 2, 0, -3],
  activityDay: [2, 1, 0, -3],
  reading: [2, 1, 0, -2],
  consultation: [3, 2, 0, -3],
  other: [2, 1, 0, -2],
};
const ATTENDED_CAP: Partial<Record<MeetingKind, number>> = {
  specialCommittee: 15,
  training: 10,
  inspection: 15,
  activityDay: 10,
  reading: 10,
  other: 10,
};

export const MEETING_DUTY_KINDS: DutyKindDef[] = MEETING_KINDS.flatMap((k) => {
  const [present, late, leave, absent] = MEETING_POINTS[k];
  const name = MEETING_KIND_LABELS[k];
  const cap = ATTENDED_CAP[k] ?? null;
  const counts: DutyCategory = 'activity';
  return [
    kind('会议活动', `meeting.${k}.present`, `出席${name}`, present, cap, counts),
    kind('会议活动', `meeting.${k}.late`, `${name}迟到`, late, cap, counts),
    kind('会议活动', `meeting.${k}.leave`, `${name}请假`, leave),
    kind('会议活动', `meeting.${k}.absent`, `${name}无故缺席`, absent),
  ];
});

const ADOPTION_POINTS: Record<(typeof ADOPTION_LEVELS)[number], number> = {
  national: 20,
  province: 15,
  city: 10,
  county: 5,
};
const INSTRUCTION_POINTS: Record<(typeof INSTRUCTION_LEVELS)[number], number> = {
  national: 30,
  province: 25,
  city: 20,
  county: 10,
};
const INSTRUCTION_LEVEL_NAMES: Record<(typeof INSTRUCTION_LEVELS)[number], string> = {
  national: '国家级',
  province: '省级',
  city: '市级',
  county: '县（区）级',
};

/** 社情民意: filed, adopted per level (once per level and report). */
export const OPINION_DUTY_KINDS: DutyKindDef[] = [
  kind('社情民意', 'opinion.filed', '报送社情民意', 2, 10, 'opinion'),
  ...ADOPTION_LEVELS.map((l) =>
    kind('社情民意', `opinion.adopted.${l}`, `社情民意被${ADOPTION_LEVEL_LABELS[l]}采用`, ADOPTION_POINTS[l]),
  ),
];

/** 批示 on the member's own document (a 社情民意 item carrying their report, a proposal they lead), by level. */
export const INSTRUCTION_DUTY_KINDS: DutyKindDef[] = INSTRUCTION_LEVELS.map((l) =>
  kind('批示', `instruction.${l}`, `获${INSTRUCTION_LEVEL_NAMES[l]}领导批示`, INSTRUCTION_POINTS[l]),
);

/**
 * 协商议政: a speech at a consultation activity, a suggestion the department adopted (采纳 or 部分采纳),
 * taking part for one's committee in a higher committee's joint activity (联动协商: no meeting of one's own).
 */
export const CONSULTATION_DUTY_KINDS: DutyKindDef[] = [
  kind('协商议政', 'consultation.speech', '协商活动发言', 3, 15, 'activity'),
  kind('协商议政', 'consultation.adopted', '意见建议被采纳', 3, 15),
  kind('协商议政', 'consultation.joint', '参加上级联动协商', 3, 15, 'activity'),
];

/** 民主监督 and 视察调研: taking part in a supervision visit, an inspection or research visit (present, recorded). */
export const SUPERVISION_DUTY_KINDS: DutyKindDef[] = [
  kind('民主监督', 'supervision.visit', '参加民主监督活动', 3, 15, 'activity'),
  kind('视察调研', 'inspection.visit', '参加视察调研', 3, 15, 'activity'),
];

/** 网络议政: taking part in a topic (once per topic, posts shown), each suggestion the staff adopted. */
export const DELIBERATION_DUTY_KINDS: DutyKindDef[] = [
  kind('协商议政', 'deliberation.post', '参与网络议政', 2, 10, 'activity'),
  kind('协商议政', 'deliberation.adopted', '网络议政建议被采纳', 3, 15),
];

/** 自行申报: what happens outside the platform, claimed by the member and confirmed by staff. */
export const CLAIM_DUTY_KINDS: DutyKindDef[] = [
  kind('自行申报', 'claim.visit', '企业走访', 2, 10, 'activity'),
  kind('自行申报', 'claim.donation', '公益捐助', 3, 9, 'activity'),
  kind('自行申报', 'claim.award', '获奖表彰', 5, 10),
  kind('自行申报', 'claim.legalService', '法律服务团服务', 2, 10, 'activity'),
  kind('自行申报', 'claim.supervisor', '特约监督员履职', 2, 10, 'activity'),
  kind('自行申报', 'claim.other', '其他履职', 1, 5, 'activity'),
];
export const CLAIM_KIND_KEYS = CLAIM_DUTY_KINDS.map((k) => k.key);

/** Every kind, in the order the rules form lists them. */
export const DUTY_KINDS: readonly DutyKindDef[] = [
  ...PROPOSAL_DUTY_KINDS,
  ...MEETING_DUTY_KINDS,
  ...OPINION_DUTY_KINDS,
  ...INSTRUCTION_DUTY_KINDS,
  ...CONSULTATION_DUTY_KINDS,
  ...SUPERVISION_DUTY_KINDS,
  ...DELIBERATION_DUTY_KINDS,
  ...CLAIM_DUTY_KINDS,
];
export const DUTY_KIND_BY_KEY: ReadonlyMap<string, DutyKindDef> = new Map(DUTY_KINDS.map((k) => [k.key, k]));
