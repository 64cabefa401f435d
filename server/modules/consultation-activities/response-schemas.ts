import { z } from 'zod';
import { SUGGESTION_WORKFLOW } from '../../../domain/consultation-suggestions';
import { CONSULTATION_FORMS, CONSULTATION_WORKFLOW } from '../../../domain/consultations';
import { SUGGESTION_ORIGINS } from '../../../domain/supervision';
import type { Page } from '../../http/paging';
import { dateTime, flagsOf, type Presented, pageOf, responseFor } from '../../http/response';
import type { consultationView, suggestionView } from './present';
import type { ConsultationItem } from './queries';
import type { ConsultationStats } from './stats';
import type { SuggestionItem } from './suggestion-queries';

const id = z.number();
const text = z.string();
const maybe = <T extends z.ZodType>(s: T) => s.nullable();

const timeline = z.array(
  z.object({
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
  }),
);

/** An activity in a list: queries.ts `present`. */
const consultationItem = z.object({
  id,
  committeeId: id,
  committeeName: text,
  participantCommittees: z.number(),
  form: text,
  grassrootsKind: maybe(text),
  formLabel: text,
  topic: text,
  planTopicId: maybe(id),
  organiserKind: text,
  organiserId: id,
  organiserKindLabel: text,
  organiserName: text,
  startsAt: dateTime,
  endsAt: dateTime,
  place: text,
  meetingId: maybe(id),
  outputsDueOn: maybe(text),
  outputsOverdue: z.boolean(),
  published: z.boolean(),
  status: text,
  statusLabel: text,
  version: z.number(),
  suggestions: z.number(),
  awaitingFeedback: z.number(),
});

/** A suggestion in a list: suggestion-queries.ts `present`. */
export const suggestionItem = z.object({
  id,
  committeeId: id,
  consultationId: maybe(id),
  origin: z.enum(SUGGESTION_ORIGINS),
  originId: id,
  originLink: text,
  topic: text,
  formLabel: text,
  heldAt: dateTime,
  source: text,
  sourceLabel: text,
  memberId: maybe(id),
  proposerName: text,
  text,
  unitId: id,
  unitName: text,
  sentAt: dateTime,
  dueOn: text,
  overdue: z.boolean(),
  adoption: maybe(text),
  adoptionLabel: maybe(text),
  feedback: maybe(text),
  reason: maybe(text),
  fedBackAt: maybe(dateTime),
  percent: z.number(),
  completedAt: maybe(dateTime),
  status: text,
  statusLabel: text,
  version: z.number(),
});

const file = z.object({ id, fileName: text, mimeType: text, sizeBytes: z.number(), createdAt: dateTime });
const named = z.object({ id, name: text });
/** 三级联动: the organiser's part first, then each invited committee's (activities, supervision, inspections). */
export const jointParts = z.array(
  z.object({
    committeeId: id,
    committeeName: text,
    organiser: z.boolean(),
    mine: z.boolean(),
    members: z.array(named),
    speeches: z.number(),
    suggestions: z.number(),
  }),
);
const figures = z.object({
  expected: z.number(),
  attended: z.number(),
  late: z.number(),
  leave: z.number(),
  absent: z.number(),
  pending: z.number(),
});

/** GET /api/consultations. */
export const consultationPageSchema = responseFor<Page<ConsultationItem>>()(pageOf(consultationItem));

/** GET /api/consultations/:id and the answer of its steps. */
export const consultationViewSchema = responseFor<Presented<typeof consultationView>>()(
  consultationItem.extend({
    planTopic: maybe(z.object({ id, title: text })),
    /** 视察 / 调研 that prepared the activity, with their reports. */
    preparations: z.array(
      z.object({
        id,
        kind: text,
        kindLabel: text,
        topic: text,
        startsOn: text,
        reportTitle: maybe(text),
        reportSentTo: maybe(text),
        reportSentOn: maybe(text),
      }),
    ),
    summary: text,
    leaders: z.array(named),
    units: z.array(named),
    meeting: maybe(z.object({ id, status: text, figures })),
    parts: jointParts,
    speeches: z.array(
      z.object({
        id,
        committeeId: id,
        memberId: maybe(id),
        speakerName: text,
        title: text,
        text,
        createdAt: dateTime,
        files: z.array(file),
      }),
    ),
    suggestionList: z.array(suggestionItem),
    problems: z.array(
      z.object({ id, text, solved: z.boolean(), solution: maybe(text), solvedOn: maybe(text) }),
    ),
    outputs: z.array(
      z.object({
        id,
        kind: text,
        kindLabel: text,
        title: text,
        body: text,
        sentTo: maybe(text),
        sentOn: maybe(text),
      }),
    ),
    timeline,
    abilities: flagsOf(CONSULTATION_WORKFLOW.actions),
  }),
);

/** GET /api/consultation-suggestions. */
export const suggestionPageSchema = responseFor<Page<SuggestionItem>>()(pageOf(suggestionItem));

/** GET /api/consultation-suggestions/:id and the answer of its steps. */
export const suggestionViewSchema = responseFor<Presented<typeof suggestionView>>()(
  suggestionItem.extend({
    files: z.array(file),
    canAttachFiles: z.boolean(),
    milestones: z.array(z.object({ percent: z.number(), milestone: text, reportedAt: dateTime })),
    timeline,
    abilities: flagsOf(SUGGESTION_WORKFLOW.actions),
  }),
);

const rate = maybe(z.number());

/** GET /api/consultation-stats. */
export const consultationStatsSchema = responseFor<ConsultationStats>()(
  z.object({
    year: z.number(),
    activities: z.object({
      held: z.number(),
      planned: z.number(),
      cancelled: z.number(),
      byForm: z.array(z.object({ form: z.enum(CONSULTATION_FORMS), label: text, held: z.number() })),
      byMonth: z.array(z.object({ month: z.number(), held: z.number() })),
    }),
    suggestions: z.object({
      total: z.number(),
      awaitingFeedback: z.number(),
      implementing: z.number(),
      declined: z.number(),
      done: z.number(),
      adopted: z.number(),
      partial: z.number(),
      rejected: z.number(),
      answered: z.number(),
      answeredOnTime: z.number(),
      overdue: z.number(),
      onTimeRate: rate,
      adoptionRate: rate,
      completionRate: rate,
    }),
    problems: z.object({ raised: z.number(), solved: z.number() }),
    joint: z.object({
      activities: z.number(),
      organised: z.number(),
      joined: z.number(),
      members: z.number(),
      speeches: z.number(),
      suggestions: z.number(),
    }),
    supervision: z.object({
      groups: z.number(),
      special: z.number(),
      visits: z.number(),
      suggestions: z.number(),
      joined: z.number(),
    }),
    inspections: z.object({
      inspections: z.number(),
      research: z.number(),
      visits: z.number(),
      reports: z.number(),
      suggestions: z.number(),
      joined: z.number(),
    }),
  }),
);
