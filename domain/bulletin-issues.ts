import type { DepartmentDuty } from './org-resources';

/**
 * 期 (bulletinIssue, DOMAIN.md §3): the office compiles items into an issue of its periodical
 * 《社情民意》 or a 专报, numbered per year and kind; the head of the office signs it off (签发) and
 * it is sent to the same-level leaders. Adoption of an item by a level (全国/省/市/县政协) is
 * recorded with its evidence; every reporter of the item is credited.
 */

export const ISSUE_KINDS = ['periodical', 'special'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];
/** The masthead (报头) of each kind. */
export const ISSUE_KIND_LABELS: Record<IssueKind, string> = {
  periodical: '社情民意',
  special: '社情民意专报',
};

export const ISSUE_STATUSES = ['draft', 'signed', 'sent'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  draft: '编辑中',
  signed: '已签发',
  sent: '已报送',
};

/** Sign-off is the office's (办公室: 秘书长/副秘书长), not the editors' who compiled it. */
export const SIGN_OFF_DUTY: DepartmentDuty = '综合';

/** 《社情民意》2026年第12期. */
export function issueTitle(kind: IssueKind, year: number, number: number | null): string {
  return `《${ISSUE_KIND_LABELS[kind]}》${year}年${number === null ? '（待编号）' : `第${number}期`}`;
}

/** Levels that adopt (采用) a report: the committees above, up to the national one, and our own. */
export const ADOPTION_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type AdoptionLevel = (typeof ADOPTION_LEVELS)[number];
export const ADOPTION_LEVEL_LABELS: Record<AdoptionLevel, string> = {
  national: '全国政协',
  province: '省政协',
  city: '市政协',
  county: '县（区）政协',
};
