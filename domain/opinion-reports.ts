import type { DepartmentDuty } from './org-resources';

/**
 * 社情民意信息 (DOMAIN.md §3): a member's short report on one matter (一事一报), its 情况/分析/建议
 * within a length limit the committee sets. Staff of a 社情民意信息 department receive it, take it
 * up for editing (采用) or not (不采用, with a reason the reporter reads); the edited text is an
 * item (编辑稿) that keeps every report merged into it.
 */

/** Staff handle reports through a department with this duty (研究室/信息科). */
export const OPINION_DUTY: DepartmentDuty = '社情民意信息';

export const OPINION_REPORT_STATUSES = [
  'draft',
  'submitted',
  'received',
  'adopted',
  'rejected',
  'withdrawn',
] as const;
export type OpinionReportStatus = (typeof OPINION_REPORT_STATUSES)[number];
export const OPINION_REPORT_STATUS_LABELS: Record<OpinionReportStatus, string> = {
  draft: '草稿',
  submitted: '已报送',
  received: '已接收',
  adopted: '已采用',
  rejected: '不采用',
  withdrawn: '已撤回',
};

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '紧急' };

/** The limit a committee starts with: 情况、分析、建议 together, as the reporter counts them. */
export const DEFAULT_OPINION_MAX_CHARS = 1500;
/** The range a committee may set its limit in (the form and the API alike). */
export const OPINION_MAX_CHARS_RANGE = { min: 200, max: 10_000 } as const;

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/**
 * Characters as the reporter types and sees them: one per grapheme, so an emoji or a rare
 * character outside the BMP counts once (a JavaScript string's length would count two).
 */
export function typedLength(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/** The three parts of a report's text, in the order the form shows them. */
export const OPINION_TEXT_FIELDS = ['situation', 'analysis', 'recommendation'] as const;
export type OpinionTextField = (typeof OPINION_TEXT_FIELDS)[number];
export const OPINION_TEXT_LABELS: Record<OpinionTextField, string> = {
  situation: '情况',
  analysis: '分析',
  recommendation: '建议',
};

/** What a report must say before it is filed: what is happening and what is proposed (分析 may be left out). */
export const OPINION_REQUIRED_TEXT_FIELDS: readonly OpinionTextField[] = ['situation', 'recommendation'];

/** The first required part still empty (spaces only count as empty), or null. */
export function missingPart(text: Record<OpinionTextField, string>): OpinionTextField | null {
  return OPINION_REQUIRED_TEXT_FIELDS.find((f) => !text[f].trim()) ?? null;
}

/**
 * Whether the text fits the limit, and if not, the part where it went over (the field a 400
 * names: the reporter's typing crossed the limit there).
 */
export function overLimit(
  text: Record<OpinionTextField, string>,
  max: number,
): { total: number; field: OpinionTextField } | null {
  let total = 0;
  let crossed: OpinionTextField | null = null;
  for (const f of OPINION_TEXT_FIELDS) {
    total += typedLength(text[f]);
    if (crossed === null && total > max) crossed = f;
  }
  return crossed === null ? null : { total, field: crossed };
}

/** An edited item (编辑稿) while the editors work on it. */
export const OPINION_ITEM_STATUSES = ['editing'] as const;
export type OpinionItemStatus = (typeof OPINION_ITEM_STATUSES)[number];
export const OPINION_ITEM_STATUS_LABELS: Record<OpinionItemStatus, string> = {
  editing: '编辑中',
};

/**
 * Who a report is from (DOMAIN.md §3): a member; a party, people's organisation, sector group or
 * liaison group, filed by the editors in its name (代为报送); a lower committee as a body (what it
 * sent up inside the platform, or filed for it by hand); an appointed 特邀信息员 in their own account.
 */
export const REPORTER_KINDS = ['member', 'body', 'committee', 'informant'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];
export const REPORTER_KIND_LABELS: Record<ReporterKind, string> = {
  member: '委员',
  body: '党派团体/界别/联络组',
  committee: '下级政协',
  informant: '特邀信息员',
};

/** The bodies the editors file for (代为报送). */
export const BODY_KINDS = ['party', 'organisation', 'sectorGroup', 'liaisonGroup'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  party: '民主党派',
  organisation: '人民团体',
  sectorGroup: '界别',
  liaisonGroup: '委员联络组',
};

/** Who recommended a 特邀信息员 (seed 004: special committees and sector groups). */
export const INFORMANT_SOURCES = ['specialCommittee', 'sector'] as const;
export type InformantSource = (typeof INFORMANT_SOURCES)[number];
export const INFORMANT_SOURCE_LABELS: Record<InformantSource, string> = {
  specialCommittee: '专门委员会',
  sector: '界别',
};

/**
 * The adoption level a committee stands for (committees.level → 采用层级): an issue of the city
 * committee that carries a county's report is 市政协采用 on the county's report.
 */
export function adoptionLevelOf(committeeLevel: string): 'national' | 'province' | 'city' | 'county' {
  if (committeeLevel === 'national' || committeeLevel === 'province' || committeeLevel === 'city') {
    return committeeLevel;
  }
  return 'county';
}
