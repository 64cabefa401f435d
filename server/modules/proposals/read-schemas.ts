import { z } from 'zod';
import {
  ASSIGNMENT_MODES,
  ASSIGNMENT_STATES,
  CALENDAR_OVERRIDE_KINDS,
  EXTENSION_STATES,
  KEY_STAGES,
} from '../../../domain/proposals';
import type { Page } from '../../http/paging';
import { dateTime, type Presented, pageOf, responseFor } from '../../http/response';
import type { proposalConfigView } from './config';
import type { AssignmentItem } from './handling-queries';
import type { KeyItem } from './key-queries';
import type { presentListItem } from './present';
import type { findSimilar } from './similar';
import type { SuggestedUnit } from './suggested-units';
import { proposalSummaryFields } from './view-schema';

const id = z.number();
const text = z.string();
const maybe = <T extends z.ZodType>(s: T) => s.nullable();

/** GET /api/proposals: a page of present.ts `presentListItem`. */
export const proposalPageSchema = responseFor<Page<ReturnType<typeof presentListItem>>>()(
  pageOf(
    z.object({
      ...proposalSummaryFields,
      categoryName: maybe(text),
      sessionName: text,
      committeeName: text,
      proposerName: maybe(text),
      cosignerCount: z.number(),
      unitNames: z.array(text),
    }),
  ),
);

/** GET /api/proposals/assignments (办理工作台): handling-queries.ts `present`. */
export const assignmentPageSchema = responseFor<Page<AssignmentItem>>()(
  pageOf(
    z.object({
      id,
      proposalId: id,
      numberLabel: maybe(text),
      title: text,
      proposalStatus: text,
      proposalStatusLabel: text,
      isKey: z.boolean(),
      sessionName: text,
      unitId: id,
      unitName: text,
      mode: z.enum(ASSIGNMENT_MODES),
      modeLabel: text,
      state: z.enum(ASSIGNMENT_STATES),
      round: z.number(),
      assignedAt: dateTime,
      acceptedAt: maybe(dateTime),
      repliedAt: maybe(dateTime),
      dueDate: text,
      originalDueDate: text,
      pending: z.boolean(),
      daysRemaining: z.number(),
      workingDaysRemaining: z.number(),
      overdue: z.boolean(),
      workingDaysOverdue: z.number(),
      extensionState: maybe(z.enum(EXTENSION_STATES)),
      extensionStateLabel: maybe(text),
      extensionRequestedDue: maybe(text),
      extensionText: maybe(text),
      urgeCount: z.number(),
      lastUrgedAt: maybe(dateTime),
    }),
  ),
);

/** GET /api/proposals/key-proposals: key-queries.ts `presentKey`. */
export const keyPageSchema = responseFor<Page<KeyItem>>()(
  pageOf(
    z.object({
      proposalId: id,
      numberLabel: maybe(text),
      title: text,
      status: text,
      statusLabel: text,
      year: z.number(),
      stage: z.enum(KEY_STAGES),
      stageLabel: text,
      basis: maybe(text),
      selectedAt: maybe(dateTime),
      leadSupervisorLeaderId: maybe(id),
      leadSupervisorChairId: maybe(id),
      leadSupervisorName: maybe(text),
      leadSupervisorTitle: maybe(text),
      leadSupervisorIsPrincipal: z.boolean(),
      supervisionCount: z.number(),
    }),
  ),
);

/** GET /api/proposals/similar and /api/proposals/:id/similar: the key terms and similar.ts `presentSimilar`. */
export const similarSchema = responseFor<{ terms: string[]; items: Presented<typeof findSimilar> }>()(
  z.object({
    terms: z.array(text),
    items: z.array(
      z.object({
        id,
        committeeId: id,
        number: maybe(z.number()),
        numberLabel: maybe(text),
        title: text,
        sessionName: text,
        year: z.number(),
        status: text,
        statusLabel: text,
        unitNames: z.array(text),
        replyCategory: maybe(text),
        replyCategoryLabel: maybe(text),
        score: z.number(),
      }),
    ),
  }),
);

/** GET /api/proposals/:id/suggested-units. */
export const suggestedUnitsSchema = responseFor<{ items: SuggestedUnit[] }>()(
  z.object({
    items: z.array(
      z.object({
        unitId: id,
        unitName: text,
        count: z.number(),
        reasons: z.array(z.object({ kind: z.enum(['similar', 'duty']), label: text, detail: text })),
      }),
    ),
  }),
);

const configItem = { id, committeeId: id, sortOrder: z.number(), active: z.boolean(), createdAt: dateTime };

/** GET /api/proposals/config: categories, rejection grounds, deadlines and reply categories, calendar days. */
export const proposalConfigSchema = responseFor<Presented<typeof proposalConfigView>>()(
  z.object({
    categories: z.array(z.object({ ...configItem, name: text })),
    rejectReasons: z.array(z.object({ ...configItem, text })),
    settings: z.object({
      returnWindowDays: z.number(),
      replyDueWorkingDays: z.number(),
      contactDueWorkingDays: z.number(),
      maxExtensionWorkingDays: z.number(),
      rehandleDueWorkingDays: z.number(),
      ratingWindowWorkingDays: z.number(),
      publishWithinWorkingDays: z.number(),
      remindBeforeWorkingDays: z.number(),
      replyCategories: z.array(z.object({ code: text, label: text })),
    }),
    calendarOverrides: z.array(
      z.object({ day: text, kind: z.enum(CALENDAR_OVERRIDE_KINDS), note: maybe(text) }),
    ),
  }),
);
