import { z } from 'zod';
import { AWARD_KINDS, AWARD_STATUSES, AWARD_WORKFLOW } from '../../../domain/duty-awards';
import { CLAIM_STATUSES, CLAIM_WORKFLOW } from '../../../domain/duty-claim-workflow';
import { DUTY_CATEGORIES } from '../../../domain/duty-kinds';
import { CONSEQUENCES, DUTY_GRADES, dutyRulesSchema } from '../../../domain/duty-rules';
import type { Page } from '../../http/paging';
import { dateTime, flagsOf, type Presented, pageOf, responseFor } from '../../http/response';
import type { awardView, listAwards } from './awards';
import type { ClaimItem, claimView } from './claim-queries';
import type { MemberArchive } from './present';
import type { gradeDistribution, listFlags, ScoreRow } from './queries';
import type { rulesView } from './rules';
import type { selfReportList, selfReportOf } from './self-reports';

const id = z.number();
const text = z.string();
const grade = z.enum(DUTY_GRADES);

const consequence = z.object({ consequence: z.enum(CONSEQUENCES), label: text, reasons: z.array(text) });
const action = z.object({
  id,
  memberId: id,
  year: z.number(),
  consequence: text,
  actedBy: text,
  actedOn: text,
  content: text,
  label: text,
});

/** GET /api/duty-archive/me and /members/:memberId: present.ts `memberArchive`. */
export const memberArchiveSchema = responseFor<MemberArchive>()(
  z.object({
    member: z.object({ id, name: text, position: text, sector: text, left: z.boolean() }),
    year: z.number(),
    term: text.nullable(),
    closed: z.boolean(),
    ruleVersion: z.number(),
    total: z.number(),
    grade,
    gradeLabel: text,
    base: z.number(),
    added: z.number(),
    bonusCut: z.number(),
    deducted: z.number(),
    lines: z.array(
      z.object({
        itemKey: text,
        kind: text,
        label: text,
        group: text,
        date: text,
        rulePoints: z.number(),
        points: z.number(),
        note: text.nullable(),
        evidence: z.object({ type: text, id: id.nullable(), title: text, link: text.nullable() }),
      }),
    ),
    done: z.object({ proposal: z.number(), opinion: z.number(), activity: z.number() }),
    missing: z.array(
      z.object({ category: z.enum(DUTY_CATEGORIES), required: z.number(), done: z.number(), text }),
    ),
    consequences: z.array(consequence),
    rank: z.object({ rank: z.number(), of: z.number() }).nullable(),
    years: z.array(
      z.object({
        year: z.number(),
        term: text.nullable(),
        total: z.number(),
        grade,
        gradeLabel: text,
        closed: z.boolean(),
      }),
    ),
    actions: z.array(action),
  }),
);

const scoreRow = z.object({
  memberId: id,
  name: text,
  position: text,
  sector: text,
  specialCommittee: text.nullable(),
  liaisonGroup: text.nullable(),
  left: z.boolean(),
  total: z.number(),
  grade,
  gradeLabel: text,
  computedAt: dateTime,
  added: z.number(),
  deducted: z.number(),
  proposals: z.number(),
  opinions: z.number(),
  activities: z.number(),
  missing: z.array(text),
  consequences: z.array(text),
});

/** GET /api/duty-archive/scores. */
export const scorePageSchema = responseFor<Page<Omit<ScoreRow, 'counted'>>>()(pageOf(scoreRow));

/** GET /api/duty-archive/distribution. */
export const distributionSchema = responseFor<Presented<typeof gradeDistribution>>()(
  z.object({
    year: z.number(),
    committeeId: id,
    closed: z.boolean(),
    members: z.number(),
    average: z.number().nullable(),
    computedAt: dateTime.nullable(),
    grades: z.array(z.object({ grade, label: text, count: z.number() })),
  }),
);

/** GET /api/duty-archive/flags. */
export const flagsSchema = responseFor<Presented<typeof listFlags>>()(
  z.array(
    z.object({
      memberId: id,
      name: text,
      position: text,
      sector: text,
      total: z.number(),
      grade,
      gradeLabel: text,
      consequences: z.array(consequence),
      actions: z.array(action),
      open: z.number(),
    }),
  ),
);

const claimStatus = z.enum(CLAIM_STATUSES);

/** GET /api/duty-archive/claims. */
export const claimPageSchema = responseFor<Page<ClaimItem>>()(
  pageOf(
    z.object({
      id,
      memberId: id,
      memberName: text,
      sector: text,
      kind: text,
      kindLabel: text,
      occurredOn: text,
      title: text,
      status: claimStatus,
      statusLabel: text,
      createdAt: dateTime,
    }),
  ),
);

/** A claim and every step's answer: claim-queries.ts `claimView`. */
export const claimViewSchema = responseFor<Presented<typeof claimView>>()(
  z.object({
    id,
    memberId: id,
    memberName: text,
    kind: text,
    kindLabel: text,
    occurredOn: text,
    title: text,
    description: text,
    status: claimStatus,
    statusLabel: text,
    refuseReason: text.nullable(),
    version: z.number(),
    files: z.array(z.object({ id, fileName: text, sizeBytes: z.number() })),
    timeline: z.array(
      z.object({
        id,
        action: text,
        actionLabel: text,
        fromStatus: text.nullable(),
        toStatus: text.nullable(),
        toStatusLabel: text.nullable(),
        actorName: text,
        note: text.nullable(),
        data: z.unknown(),
        at: dateTime,
      }),
    ),
    abilities: flagsOf(CLAIM_WORKFLOW.actions),
  }),
);

/** GET and PUT /api/duty-archive/self-reports/mine. */
export const selfReportSchema = responseFor<Presented<typeof selfReportOf>>()(
  z.object({
    memberId: id,
    memberName: text,
    year: z.number(),
    text,
    saved: z.boolean(),
    submittedAt: dateTime.nullable(),
    version: z.number(),
    editable: z.boolean(),
  }),
);

/** Staff: GET /api/duty-archive/self-reports. */
export const selfReportListSchema = responseFor<Presented<typeof selfReportList>>()(
  pageOf(
    z.object({
      memberId: id,
      name: text,
      position: text,
      sector: text,
      submittedAt: dateTime.nullable(),
      updatedAt: dateTime.nullable(),
    }),
  ).extend({ year: z.number(), members: z.number(), submitted: z.number() }),
);

/** GET /api/duty-archive/rules: rules.ts `rulesView`. */
export const rulesViewSchema = responseFor<Presented<typeof rulesView>>()(
  z.object({
    year: z.number(),
    version: z.number(),
    rules: dutyRulesSchema,
    closed: z.boolean(),
    editable: z.boolean(),
    history: z.array(
      z.object({ version: z.number(), note: text.nullable(), savedBy: text, savedAt: dateTime }),
    ),
    kinds: z.array(
      z.object({
        key: text,
        label: text,
        group: text,
        points: z.number(),
        cap: z.number().nullable(),
        counts: z.enum(DUTY_CATEGORIES).nullable(),
      }),
    ),
    categories: z.object({
      proposal: z.object({ noun: text, unit: text, verb: text }),
      opinion: z.object({ noun: text, unit: text, verb: text }),
      activity: z.object({ noun: text, unit: text, verb: text }),
    }),
    defaults: dutyRulesSchema,
  }),
);

/** PUT /api/duty-archive/rules: the version saved and how many members were recomputed. */
export const rulesSavedSchema = responseFor<{ version: number; members: number }>()(
  z.object({ version: z.number(), members: z.number() }),
);

/** POST …/years/:year/recompute and /close. */
export const yearDoneSchema = responseFor<{ year: number; members: number }>()(
  z.object({ year: z.number(), members: z.number() }),
);

/** POST /api/duty-archive/actions. */
export const actionCreatedSchema = responseFor<{ id: number }>()(z.object({ id }));

/** POST /api/duty-archive/claims/:id/files: the file's id and the claim as it now stands. */
export const claimUploadSchema = z.object({ attachmentId: id, claim: claimViewSchema });

const award = z.object({
  id,
  year: z.number(),
  kind: z.enum(AWARD_KINDS),
  kindLabel: text,
  memberId: id.nullable(),
  memberName: text.nullable(),
  activityGroupId: id.nullable(),
  groupName: text.nullable(),
  basis: text,
  status: z.enum(AWARD_STATUSES),
  statusLabel: text,
  version: z.number(),
  abilities: flagsOf(AWARD_WORKFLOW.actions),
});

/** GET /api/duty-archive/awards. */
export const awardListSchema = responseFor<Presented<typeof listAwards>>()(z.array(award));
/** An award after each step. */
export const awardViewSchema = responseFor<Presented<typeof awardView>>()(award);
/** POST …/years/:year/awards/propose. */
export const awardProposedSchema = responseFor<{ year: number; proposed: number }>()(
  z.object({ year: z.number(), proposed: z.number() }),
);
