import { z } from 'zod';
import { PROPOSAL_ACTIONS } from '../../../domain/proposal-workflow';
import {
  ASSIGNMENT_MODES,
  ASSIGNMENT_STATES,
  EXTENSION_STATES,
  IMPLEMENTATION_MARKS,
  KEY_STAGES,
  PUBLIC_STATES,
  SIGNER_ROLES,
  SIGNER_STATES,
} from '../../../domain/proposals';
import { dateTime, flagsOf, type Presented, responseFor } from '../../http/response';
import type { proposalStepView, proposalView } from './respond';

const id = z.number();
const text = z.string();
const maybe = <T extends z.ZodType>(s: T) => s.nullable();

/** The fields every view of a proposal shares (present.ts `summary`). */
export const proposalSummaryFields = {
  id,
  committeeId: id,
  sessionId: id,
  number: maybe(z.number()),
  numberLabel: maybe(text),
  title: text,
  categoryId: maybe(id),
  submitterKind: text,
  submitterKindLabel: text,
  submitterName: maybe(text),
  status: text,
  statusLabel: text,
  version: z.number(),
  isKey: z.boolean(),
  isExcellent: z.boolean(),
  submittedAt: maybe(dateTime),
  registeredAt: maybe(dateTime),
  updatedAt: dateTime,
};

const signer = z.object({
  memberId: id,
  name: text,
  role: z.enum(SIGNER_ROLES),
  roleLabel: text,
  state: z.enum(SIGNER_STATES),
  stateLabel: text,
  declineReason: maybe(text),
  respondedAt: maybe(dateTime),
});

const proposalRef = z.object({ id, title: text, number: maybe(z.number()), numberLabel: maybe(text) });

const attachment = z.object({
  id,
  fileName: text,
  mimeType: text,
  sizeBytes: z.number(),
  createdAt: dateTime,
});

const timelineEntry = z.object({
  id,
  action: text,
  actionLabel: text,
  fromStatus: maybe(text),
  toStatus: maybe(text),
  toStatusLabel: maybe(text),
  actorName: text,
  note: maybe(text),
  data: z.unknown(),
  at: dateTime,
});

const handlingAssignment = z.object({
  id,
  unitId: id,
  unitName: text,
  mode: z.enum(ASSIGNMENT_MODES),
  modeLabel: text,
  state: z.enum(ASSIGNMENT_STATES),
  round: z.number(),
  dueDate: text,
  originalDueDate: text,
  contactDueDate: maybe(text),
  pending: z.boolean(),
  daysRemaining: z.number(),
  workingDaysRemaining: z.number(),
  overdue: z.boolean(),
  workingDaysOverdue: z.number(),
  acceptedAt: maybe(dateTime),
  repliedAt: maybe(dateTime),
  extension: maybe(
    z.object({
      state: z.enum(EXTENSION_STATES),
      stateLabel: text,
      requestedDueDate: maybe(text),
      reason: maybe(text),
      decidedAt: maybe(dateTime),
      text,
    }),
  ),
  urgeCount: z.number(),
  lastUrgedAt: maybe(dateTime),
});

const rating = z.object({
  id,
  replyId: id,
  round: z.number(),
  raterName: maybe(text),
  overall: text,
  overallLabel: text,
  attitude: text,
  attitudeLabel: text,
  contact: text,
  contactLabel: text,
  result: text,
  resultLabel: text,
  comment: maybe(text),
  createdAt: dateTime,
});

const reply = z.object({
  id,
  committeeId: id,
  proposalId: id,
  assignmentId: id,
  unitId: id,
  unitName: text.optional(),
  round: z.number(),
  bodyHtml: text,
  attachmentId: maybe(id),
  category: text,
  categoryLabel: text,
  signedBy: maybe(text),
  publicBodyHtml: maybe(text),
  publicState: z.enum(PUBLIC_STATES),
  publicStateLabel: text,
  publishedAt: maybe(dateTime),
  publishedByUserId: maybe(id),
  createdByUserId: id,
  repliedAt: dateTime,
  file: maybe(z.object({ id, fileName: text, sizeBytes: z.number() })),
  letterReadable: z.boolean(),
  ratings: z.array(rating),
  ratingDueOn: maybe(text),
  ratingOverdue: z.boolean(),
});

const handling = z.object({
  assignments: z.array(handlingAssignment),
  proposerContact: maybe(z.object({ memberId: id, name: text, phoneMasked: maybe(text) })),
  contacts: z.array(
    z.object({
      id,
      committeeId: id,
      proposalId: id,
      assignmentId: id,
      unitId: id,
      unitName: text.optional(),
      contactedOn: text,
      method: text,
      methodLabel: text,
      unitContactName: text,
      memberId: maybe(id),
      memberName: maybe(text),
      summary: text,
      createdByUserId: id,
      createdAt: dateTime,
    }),
  ),
  opinions: z.array(
    z.object({
      id,
      committeeId: id,
      proposalId: id,
      assignmentId: id,
      fromUnitId: id,
      fromUnitName: text.optional(),
      toUnitId: id,
      toUnitName: text.optional(),
      body: text,
      attachmentId: maybe(id),
      createdByUserId: id,
      createdAt: dateTime,
    }),
  ),
  replies: z.array(reply),
  ratableReplyIds: z.array(id),
  replyCategories: z.array(z.object({ code: text, label: text })),
  implementations: z.array(
    z.object({
      id,
      committeeId: id,
      proposalId: id,
      unitId: id,
      unitName: text.optional(),
      body: text,
      attachmentId: maybe(id),
      createdByUserId: id,
      reportedAt: dateTime,
    }),
  ),
  implementationMark: maybe(z.enum(IMPLEMENTATION_MARKS)),
  implementationMarkLabel: maybe(text),
  implementationMarkedAt: maybe(dateTime),
  key: maybe(
    z.object({
      year: z.number(),
      stage: z.enum(KEY_STAGES),
      stageLabel: text,
      basis: maybe(text),
      selectedAt: maybe(dateTime),
      leader: maybe(
        z.object({
          id: maybe(id),
          chairId: maybe(id),
          name: text,
          title: maybe(text),
          isPrincipal: z.boolean(),
        }),
      ),
    }),
  ),
  supervisions: z.array(
    z.object({
      id,
      committeeId: id,
      proposalId: id,
      kind: text,
      kindLabel: text,
      heldOn: text,
      place: maybe(text),
      participants: maybe(text),
      summary: text,
      attachmentId: maybe(id),
      createdByUserId: id,
      createdAt: dateTime,
    }),
  ),
});

/** GET /api/proposals/:id and the answer of every step (respond.ts `proposalView`). */
export const proposalViewSchema = responseFor<Presented<typeof proposalView>>()(
  z.object({
    ...proposalSummaryFields,
    situationHtml: text,
    analysisHtml: text,
    recommendationHtml: text,
    categoryName: maybe(text),
    sessionName: text,
    year: z.number(),
    leadMemberId: maybe(id),
    rejectReason: maybe(text),
    signers: z.array(signer),
    mergedInto: maybe(proposalRef),
    mergedProposals: z.array(proposalRef.extend({ signers: z.array(signer) })),
    assignments: z.array(
      z.object({
        id,
        unitId: id,
        unitName: text,
        mode: text,
        modeLabel: text,
        state: text,
        stateLabel: text,
        round: z.number(),
        assignedAt: dateTime,
        dueDate: text,
        contactDueDate: maybe(text),
        acceptedAt: maybe(dateTime),
        returnedAt: maybe(dateTime),
        returnReason: maybe(text),
      }),
    ),
    attachments: z.array(attachment),
    timeline: z.array(timelineEntry),
    handling,
    abilities: flagsOf([...PROPOSAL_ACTIONS, 'delete', 'instruct']),
  }),
);

/**
 * The answer of a step (respond.ts `proposalStepView`): the view, or, when the step took the
 * proposal out of the caller's sight (退回修改), only that it is gone.
 */
export const proposalStepViewSchema = responseFor<Presented<typeof proposalStepView>>()(
  z.union([
    proposalViewSchema,
    z.object({ id, readable: z.literal(false), status: text, version: z.number() }),
  ]),
);
