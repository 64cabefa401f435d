import { z } from 'zod';
import { ASSIGNMENT_MODES, PROPOSAL_STATUSES, SUBMITTER_KINDS } from '../../../domain/proposals';
import { jsonId, optionalText, pageQuery, text, textId } from '../../http/validation';

/** A proposal's title is 案由 here; FIELD_LABELS.title means 职务 elsewhere. */
export const PROPOSAL_LABELS: Record<string, string> = { title: '案由' };

const id = jsonId;
const idText = textId;
const richText = z.string().max(100_000, '内容过长');

/** Every step may carry what the caller's screen showed, so a stale screen gets a 409. */
export const stepBody = z.object({
  expectedVersion: jsonId.optional(),
  expectedStatus: z.enum(PROPOSAL_STATUSES).optional(),
  note: optionalText(2000),
});

const draftFields = {
  title: text(200),
  situationHtml: richText.default(''),
  analysisHtml: richText.default(''),
  recommendationHtml: richText.default(''),
  categoryId: id.nullish().transform((v) => v ?? null),
  cosignerMemberIds: z.array(id).max(50, '联名人不能超过 50 位').default([]),
};

export const createDraftBody = z.object({
  sessionId: id,
  ...draftFields,
  /** Staff only: a party, sector-group or special-committee proposal. */
  submitterKind: z.enum(SUBMITTER_KINDS).optional(),
  submitterName: optionalText(100),
  specialCommitteeId: id.nullish().transform((v) => v ?? null),
  sectorId: id.nullish().transform((v) => v ?? null),
});
export type CreateDraftInput = z.infer<typeof createDraftBody>;

export const updateDraftBody = stepBody.extend({ ...draftFields, submitterName: optionalText(100) });
export type UpdateDraftInput = z.infer<typeof updateDraftBody>;

export const declineBody = stepBody.extend({ reason: optionalText(500) });
export const noteRequiredBody = stepBody.extend({ note: text(2000) });
export const registerBody = stepBody.extend({ categoryId: id.optional() });
export const rejectBody = stepBody.extend({ reasonId: id });
export const mergeBody = stepBody.extend({ targetId: id });
export const returnBody = stepBody.extend({ reason: text(500) });

const assignmentPlan = z
  .array(z.object({ unitId: id, mode: z.enum(ASSIGNMENT_MODES) }))
  .min(1, '请至少选择一个承办单位')
  .max(20, '承办单位不能超过 20 个');
export const assignBody = stepBody.extend({ units: assignmentPlan });
export type AssignmentPlan = z.infer<typeof assignmentPlan>;

export const proposalIdParams = z.object({ id: idText });
export const cosignerParams = z.object({ id: idText, memberId: idText });
export const attachmentParams = z.object({ id: idText, attachmentId: idText });

/** The role-based lists: which proposals the caller works on now. */
export const PROPOSAL_VIEWS = [
  'all',
  'mine',
  'cosign-invitations',
  'to-review',
  'to-assign',
  'unit-inbox',
] as const;
export type ProposalView = (typeof PROPOSAL_VIEWS)[number];

const statusList = z
  .string()
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.enum(PROPOSAL_STATUSES)));

/** A yes/no filter in the query string; absent means no filter. */
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const listFilters = z.object({
  view: z.enum(PROPOSAL_VIEWS).default('all'),
  /** One committee of the caller's read scope (a city reading one of its districts). */
  committeeId: idText.optional(),
  sessionId: idText.optional(),
  /** Received in a year (the statistics' and the cockpit's 收到): submitted to that year's sessions. */
  year: z.coerce.number({ error: '须为年份' }).int('须为年份').min(1949).max(2999).optional(),
  status: statusList.optional(),
  categoryId: idText.optional(),
  unitId: idText.optional(),
  sectorId: idText.optional(),
  isKey: flag,
  /** 优秀提案 (评为优秀提案 at year end). */
  excellent: flag,
  /** A signer (第一提案人 or 联名人) by member id, or a proposer's name (members or the submitting body). */
  proposerId: idText.optional(),
  proposerName: z.string().trim().max(50).optional(),
  /** An active 主办/分办 assignment past its due date without a reply. */
  overdue: flag,
  /** A current reply the caller (a proposer) has still to rate (满意度测评). */
  toRate: flag,
  /** A reply whose public version waits for the staff's review (审核公开答复). */
  publicationPending: flag,
  /** Full text: every segmented word must occur (see search.ts). */
  q: z.string().trim().max(100).optional(),
});
export type ListFilters = z.infer<typeof listFilters>;
export const listQuery = pageQuery.extend(listFilters.shape);
